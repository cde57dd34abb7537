import type { Rule } from '../rule';
import { nameVariant } from './name-variant';
import { nameStyle } from './name-style';

export const NAME_RULES: readonly Rule[] = [nameVariant, nameStyle];
