// Words for matching quotations against sources: case, apostrophes, quotation marks,
// spaces and dashes do not count; ellipses and bracketed insertions ([…], [the ministry])
// mark gaps where the quotation may skip words of the source.
export interface Word {
  /** Normalised form: lower case, NFC, ’ → '. */
  key: string;
  start: number;
  end: number;
  /** Words before this one were cut (an ellipsis or a bracketed insertion precedes it). */
  gapBefore?: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const GAP = /\[[^\]]*\]|\([.…]+\)|\.{3}|…/g;

/** Below U+0300 nothing composes or decomposes: NFC leaves such a word as it is (checked for every pair). */
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

export const normalise = (w: string): string => (MAY_CHANGE_IN_NFC.test(w) ? w.normalize('NFC') : w).toLowerCase();

/** Every word of `text` between `from` and `to`. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) out.push({ key: normalise(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The words of a quotation, with gaps where it cuts (…) or inserts ([words]). */
export function quotationWords(text: string, keepBrackets = false): Word[] {
  const gaps: [number, number][] = [];
  GAP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GAP.exec(text))) if (!(keepBrackets && m[0][0] === '[')) gaps.push([m.index, m.index + m[0].length]);
  const out: Word[] = [];
  let g = 0;
  let pendingGap = false;
  for (const w of words(text)) {
    while (g < gaps.length && gaps[g][1] <= w.start) {
      pendingGap = true;
      g++;
    }
    if (g < gaps.length && gaps[g][0] <= w.start && w.start < gaps[g][1]) continue; // inside [inserted words]
    out.push(pendingGap && out.length ? { ...w, gapBefore: true } : w);
    pendingGap = false;
  }
  return out;
}
