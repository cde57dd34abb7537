import type { Rule } from '../rule';

export const FIGURE_RULES: readonly Rule[] = [];
