// Character classes tested one UTF-16 code unit at a time in the hot loops (word starts,
// the words before a quotation). A Unicode regular expression per character is slow, so
// each code unit's answer is computed once with the same expression and kept in a table.
// Surrogates are never letters here, exactly as /[\p{L}]/u.test(oneCodeUnit) says.

const LETTER = 1;
const WORD = 2; // \p{L} \p{M} ’ ' -
const CUE = 4; // \p{L} - (the words before a quotation)
const KNOWN = 8;

const table = new Uint8Array(0x10000);

function classify(code: number): number {
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
/** /[\p{L}-]/u on one code unit. */
export const isCueCode = (code: number): boolean => (bits(code) & CUE) !== 0;
