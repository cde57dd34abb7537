import type { Rule } from '../rule';
import { quoteMismatch } from './quote-mismatch';
import { quoteSource } from './quote-source';
import { quoteStyle } from './quote-style';
import { quoteUnattributed } from './quote-unattributed';
import { quoteUnclosed } from './quote-unclosed';
import { quoteUnmarked } from './quote-unmarked';

export const QUOTE_RULES: readonly Rule[] = [quoteUnclosed, quoteMismatch, quoteStyle, quoteUnmarked, quoteUnattributed, quoteSource];
