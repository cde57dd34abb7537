// Character classes tested one UTF-16 code unit at a time in the hot loops (word starts
// before a verb, the words before a quotation). A Unicode regular expression per character
// is slow, so each code unit's answer is computed once with the same expression and kept
// in a table. The loops live here too: one call per scan rather than one per character.

const LETTER = 1; // \p{L}
const WORD = 2; // \p{L} \p{M} ’ ' -
const CUE = 4; // \p{L} -
const KNOWN = 8;

const table = new Uint8Array(0x10000);

function classify(code: number): number {
  // one code unit, as /…/u.test(text[i]) sees it: a lone surrogate is never a letter
  const c = String.fromCharCode(code);
  let bits = KNOWN;
  if (/[\p{L}]/u.test(c)) bits |= LETTER;
  if (/[\p{L}\p{M}’'\-]/u.test(c)) bits |= WORD;
  if (/[\p{L}-]/u.test(c)) bits |= CUE;
  table[code] = bits;
  return bits;
}

const bits = (code: number): number => table[code] || classify(code);

/** /[\p{L}]/u on one code unit. */
export const isLetterCode = (code: number): boolean => (bits(code) & LETTER) !== 0;
/** /[\p{L}\p{M}’'\-]/u on one code unit: a character that continues a word. */
export const isWordCode = (code: number): boolean => (bits(code) & WORD) !== 0;

/**
 * Offsets (relative to `from`) of the last `max` word starts in [from, at), nearest first:
 * a letter not preceded by a letter, mark, apostrophe or hyphen.
 */
export function wordStartsBefore(text: string, from: number, at: number, max: number): number[] {
  const starts: number[] = [];
  for (let i = at - 1; i >= from && starts.length < max; i--) {
    if (bits(text.charCodeAt(i)) & LETTER && (i === from || !(bits(text.charCodeAt(i - 1)) & WORD))) starts.push(i - from);
  }
  return starts;
}

const ASTRAL_CUE = /^[\p{L}-]$/u;

/** Code units (1 or 2) of the letter or hyphen (/[\p{L}-]/u) ending at `i`; 0 if none at or after `floor`. */
function cueBefore(text: string, i: number, floor: number): number {
  if (i <= floor) return 0;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff) {
    // an astral letter is one code point in a Unicode expression
    if (i - 2 < floor) return 0;
    const h = text.charCodeAt(i - 2);
    return h >= 0xd800 && h <= 0xdbff && ASTRAL_CUE.test(text.slice(i - 2, i)) ? 2 : 0;
  }
  return bits(c) & CUE ? 1 : 0;
}

/** Start of the run of letters and hyphens ending at `end` (`end` itself if none), not before `floor`. */
export function cueRunStart(text: string, end: number, floor: number): number {
  let i = end;
  for (let n = cueBefore(text, i, floor); n; n = cueBefore(text, i, floor)) i -= n;
  return i;
}
