// Quotation marks and what they do in context. The glyph decides the role of « » ‹ › „ ‚
// “ ” ‘ 「 」; the characters around it decide for straight quotes and for ’, which is
// far more often an apostrophe (l’ambassadeur, don’t, the ’90s, rock ’n’ roll).

export type MarkFamily = 'guillemet' | 'single-guillemet' | 'curly' | 'curly-single' | 'straight' | 'straight-single' | 'cjk' | 'cjk-double';

export interface MarkInfo {
  family: MarkFamily;
  /** double or single: nesting alternates levels, and a mismatch is only within a level. */
  level: 'double' | 'single';
}

export const MARKS: Record<string, MarkInfo> = {
  '«': { family: 'guillemet', level: 'double' },
  '»': { family: 'guillemet', level: 'double' },
  '‹': { family: 'single-guillemet', level: 'single' },
  '›': { family: 'single-guillemet', level: 'single' },
  '“': { family: 'curly', level: 'double' },
  '”': { family: 'curly', level: 'double' },
  '„': { family: 'curly', level: 'double' },
  '‘': { family: 'curly-single', level: 'single' },
  '’': { family: 'curly-single', level: 'single' },
  '‚': { family: 'curly-single', level: 'single' },
  '"': { family: 'straight', level: 'double' },
  "'": { family: 'straight-single', level: 'single' },
  '「': { family: 'cjk', level: 'single' },
  '」': { family: 'cjk', level: 'single' },
  '『': { family: 'cjk-double', level: 'double' },
  '』': { family: 'cjk-double', level: 'double' },
};

export const MARK_RE = /[«»‹›“”„‘’‚"'「」『』]/g;

/** Closers each opener accepts as its proper partner. */
export const PARTNERS: Record<string, string> = {
  '«': '»',
  '»': '«»', // German and Danish »…«; »…» is the ‘closing mark used to open’ mistake
  '‹': '›',
  '›': '‹',
  '“': '”',
  '„': '“”',
  '‘': '’',
  '‚': '‘’',
  '"': '"',
  "'": "'",
  '「': '」',
  '『': '』',
  '”': '”', // Swedish ”…”, and the ‘closing mark used to open’ mistake
};

const isLetter = (c: string | undefined): boolean => !!c && /[\p{L}\p{M}]/u.test(c);
const isDigit = (c: string | undefined): boolean => !!c && /\p{N}/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const OPENING_PUNCT = /[(\[{—–\-/«“‘„‚"']/;
const CLOSING_PUNCT = /[.,;:!?…)\]}—–\-/»”’"']/;

/** Before a mark: the start, a space or an opening bracket, so the mark can open. */
export function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return (isSpace(prev) || OPENING_PUNCT.test(prev)) && !isSpace(next);
}

/** After a mark: the end, a space or punctuation, so the mark can close. */
export function canClose(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  return !isSpace(prev) && (isSpace(next) || CLOSING_PUNCT.test(next));
}

/**
 * True where ’ or ' is an apostrophe: inside a word (l’État, O’Brien, don’t), elided
 * decades (’90s), rock ’n’ roll, feet and inches after a digit (5'10").
 */
export function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (isLetter(prev) && isLetter(next)) return true;
  if (isDigit(prev)) return true;
  if (isDigit(next) && isDigit(text[i + 2]) && (isSpace(prev) || !isLetter(prev))) return true;
  // ’n’ of rock ’n’ roll, either mark
  if (/^n['’]/.test(text.slice(i + 1, i + 3)) && isSpace(text[i + 3]) && isSpace(prev)) return true;
  if (text[i - 1] === 'n' && /['’]/.test(text[i - 2] ?? '') && isSpace(text[i - 3]) && isSpace(next)) return true;
  return false;
}

/**
 * A closing guillemet or curly mark after a French no-break space (U+00A0, U+202F), then the
 * end, a space or punctuation: “ … » and « … ” are closers of a mistyped quotation, which
 * canClose (no space before a closer) would miss.
 */
export function closesAfterNoBreakSpace(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '»' && c !== '”') return false;
  const nb = text.charCodeAt(i - 1);
  if (nb !== 0xa0 && nb !== 0x202f) return false;
  if (isSpace(text[i - 2])) return false;
  const next = text[i + 1];
  return isSpace(next) || CLOSING_PUNCT.test(next);
}

/**
 * A closer typed after an ordinary space, then punctuation or the end of the paragraph:
 * « Nous irons ”, a-t-il dit / “Ready », she said / « Prêts «, … A mark followed by a comma
 * or a full stop cannot open a quotation, so it closes the open one (of whatever style).
 */
export function closesAfterSpace(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev === undefined || !/[ \u00a0\u202f\t]/.test(prev) || /\s/.test(text[i - 2] ?? ' ')) return false;
  const next = text[i + 1];
  return next === undefined || next === '\n' || next === '\r' || /[,.;:!?…)\]]/.test(next);
}
