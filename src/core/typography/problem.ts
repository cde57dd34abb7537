// What every typography convention module returns: one problem, its span, the exact edit that
// corrects it, and the message in both languages. The rule (typography.ts) turns problems into
// findings; the modules are pure functions of the scanned prose.
import type { Language } from '../types';

/** The conventions a user can turn off one by one (setting `copydesk.typography.off`). */
export type Convention =
  | 'space-before-high' // French no-break space before ; : ! ?, English none
  | 'guillemets' // French no-break space inside « »
  | 'unit-space' // French no-break space between a number and its unit or currency
  | 'space-around-comma' // no space before , and . ; a space after , ; : ! ?
  | 'double-space' // two ordinary spaces between words
  | 'accented-capitals' // À, É, Ê, Ç, Î on French capitals
  | 'ellipsis' // "..." → "…"
  | 'apostrophes' // one apostrophe style per draft
  | 'dashes' // one dash style per draft (English)
  | 'doubled-punctuation' // ", ," ".." ";;"
  | 'brackets'; // no space inside ( ) [ ]

export const CONVENTIONS: Convention[] = [
  'space-before-high',
  'guillemets',
  'unit-space',
  'space-around-comma',
  'double-space',
  'accented-capitals',
  'ellipsis',
  'apostrophes',
  'dashes',
  'doubled-punctuation',
  'brackets',
];

export interface Problem {
  convention: Convention;
  /** The span the finding covers (UTF-16 offsets into the original text). */
  start: number;
  end: number;
  /** The exact edit that gives the conventional characters. */
  edit: { start: number; end: number; newText: string };
  en: string;
  fr: string;
  title: { en: string; fr: string };
}

/** What a convention module reads: the original text and its prose (non-prose blanked with spaces). */
export interface Scan {
  text: string;
  prose: string;
  language: Language;
  /** The no-break space the French fixes insert before ; ! ? (U+202F by default, or U+00A0). */
  highSpace: string;
}

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';
export const isNoBreak = (c: string | undefined): boolean => c === NBSP || c === NNBSP;
export const isSpace = (c: string | undefined): boolean => c === ' ' || c === NBSP || c === NNBSP;
export const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
export const isLetter = (c: string | undefined): boolean => !!c && /\p{L}/u.test(c);

/** True where the prose shows the original character (not blanked Markdown, code or URL). */
export const original = (s: Scan, i: number): boolean => i >= 0 && i < s.text.length && s.text[i] === s.prose[i];

/** True where every character of [start, end) is original prose. */
export function allOriginal(s: Scan, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!original(s, i)) return false;
  return true;
}

/** The character's name in a message: U+00A0, U+202F, or the character itself. */
export const charName = (c: string): string => (c === NNBSP ? 'U+202F' : c === NBSP ? 'U+00A0' : c);

/** French names of the spaces, for messages (« espace insécable », « espace fine insécable »). */
export const spaceName = (c: string): { en: string; fr: string } =>
  c === NNBSP
    ? { en: 'narrow no-break space (U+202F)', fr: 'espace fine insécable (U+202F)' }
    : { en: 'no-break space (U+00A0)', fr: 'espace insécable (U+00A0)' };

/** French guillemets around a quoted character, with the no-break spaces French wants. */
export const g = (s: string): string => `«${NBSP}${s}${NBSP}»`;

/** Start of the run of original spaces (ordinary or no-break) that ends at `at`, on the same line. */
export function spacesBefore(s: Scan, at: number): number {
  let from = at;
  while (from > 0 && isSpace(s.prose[from - 1]) && original(s, from - 1)) from--;
  return from;
}

/** An emoji shortcode (:tada:, :+1:) around the colon at `at`. */
export const inShortcode = (text: string, at: number): boolean =>
  (!isWordChar(text[at - 1]) && /^:[a-z0-9_+-]+:/.test(text.slice(at, at + 40))) || /(^|[^\p{L}\p{N}]):[a-z0-9_+-]+$/u.test(text.slice(Math.max(0, at - 40), at));
