import type { Rule } from '../rule';
import { numberArithmetic } from './number-arithmetic';
import { numberConflict } from './number-conflict';
import { numberFormat } from './number-format';

export const FIGURE_RULES: readonly Rule[] = [numberConflict, numberArithmetic, numberFormat];
