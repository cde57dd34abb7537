// The quotation marks each language expects at each nesting level, and the edits that
// convert a pair to them (with French no-break spaces inside « »).
import type { Language, QuoteFact, TextEdit } from '../types';

export interface PairStyle {
  open: string;
  close: string;
  /** Inner padding: a no-break space for French guillemets. */
  pad: string;
}

const FR: PairStyle[] = [
  { open: '«', close: '»', pad: '\u00a0' },
  { open: '“', close: '”', pad: '' },
];
const EN: PairStyle[] = [
  { open: '“', close: '”', pad: '' },
  { open: '‘', close: '’', pad: '' },
];

export const expectedStyle = (language: Language, level: number): PairStyle => (language === 'fr' ? FR : EN)[level % 2];

/** True when the pair already uses the expected marks (spaces are the typography rule's business). */
export function inStyle(q: QuoteFact, language: Language): boolean {
  const s = expectedStyle(language, q.level);
  return q.open.char === s.open && q.close.char === s.close;
}

/** A name for the pair's style in messages: « », “ ”, " ", ‘ ’ … */
export const styleName = (q: QuoteFact): string => `${q.open.char}${q.close.char}`;

const SPACES = /[ \u00a0\u202f\t]/;

/** Edits converting the pair to `style`, replacing the spaces just inside the marks. */
export function convertPair(text: string, q: QuoteFact, style: PairStyle): TextEdit[] {
  let a = q.open.end;
  while (a < q.close.start && SPACES.test(text[a])) a++;
  let b = q.close.start;
  while (b > a && SPACES.test(text[b - 1])) b--;
  return [
    { start: q.open.start, end: a, newText: style.open + style.pad },
    { start: b, end: q.close.end, newText: style.pad + style.close },
  ];
}
