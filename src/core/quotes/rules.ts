import type { Rule } from '../rule';
import { quoteUnclosed } from './quote-unclosed';

export const QUOTE_RULES: readonly Rule[] = [quoteUnclosed];
