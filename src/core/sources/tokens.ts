// Words for matching quotations against sources: case, apostrophes, quotation marks,
// spaces and dashes do not count; ellipses and bracketed insertions ([…], [the ministry])
// mark gaps where the quotation may skip words of the source. How a number is written
// does not count either: "dix", "10" and "ten" are one word, "deux mille vingt-cinq" and
// "2025" too (read by the figures stage's number words), and "%", "pour cent", "per cent"
// and "percent" are one word "%".
import { readNumberWords, WORDS_SOURCE } from '../figures/words';
export interface Word {
  /** Normalised form: lower case, NFC, ’ → '. */
  key: string;
  start: number;
  end: number;
  /** Words before this one were cut (an ellipsis or a bracketed insertion precedes it). */
  gapBefore?: boolean;
}

const GAP = /\[[^\]]*\]|\([.…]+\)|\.{3}|…/g;

/** Below U+0300 nothing composes or decomposes: NFC leaves such a word as it is (checked for every pair). */
const MAY_CHANGE_IN_NFC = /[^\u0000-\u02ff]/;

export const normalise = (w: string): string => (MAY_CHANGE_IN_NFC.test(w) ? w.normalize('NFC') : w).toLowerCase();

const SP = '[ \\u00a0\\u202f]';
/**
 * One token: a percent phrase or sign (1), digits with thousands separators and decimals (2),
 * number words (3), or any other word. Thousands are grouped by a space of any width or a
 * comma before exactly three digits; any other comma or point is a decimal separator.
 */
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])((?:pour|per)${SP}cent|percent|pourcent)(?![\\p{L}])|(%)` +
    `|(?<![\\p{L}\\p{N}])(\\p{N}{1,3}(?:(?:${SP}|,)\\p{N}{3}(?!\\p{N}))+(?:[.,]\\p{N}+)?|\\p{N}+(?:[.,]\\p{N}+)?)(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{L}\\p{N}])(${WORDS_SOURCE})` +
    `|[\\p{L}\\p{N}\\p{M}]+`,
  'gu',
);

/** The value of digits as written: 10 000, 10,000, 23,6, 23.6. */
function digitsValue(s: string): number {
  const grouped = s.replace(/[ \u00a0\u202f]|,(?=\d{3}(?!\d))/g, '');
  return Number(grouped.replace(',', '.'));
}

/** Every word of `text` between `from` and `to`; numbers as `#value`, percent as `%`. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < to) {
    const start = m.index;
    if (m[1] || m[2]) out.push({ key: '%', start, end: start + m[0].length });
    else if (m[3]) {
      const v = digitsValue(m[3]);
      out.push({ key: Number.isFinite(v) ? `#${v}` : normalise(m[3]), start, end: start + m[3].length });
    } else if (m[4]) {
      // read from the text, not the match: "one" before "hundred and twenty thousand" is matched alone
      const reading = readNumberWords(text.slice(start, Math.min(to, start + 120)));
      if (reading) {
        out.push({ key: `#${reading.value}`, start, end: start + reading.length });
        TOKEN.lastIndex = start + reading.length;
      } else {
        // not a number after all: its first word only, the rest scanned again
        const w = /^[\p{L}\p{N}\p{M}]+/u.exec(m[4])![0];
        out.push({ key: normalise(w), start, end: start + w.length });
        TOKEN.lastIndex = start + w.length;
      }
    } else out.push({ key: normalise(m[0]), start, end: start + m[0].length });
    // "two point five", « deux virgule cinq »: one decimal number
    const n = out.length;
    if (n >= 3 && /^#\d+$/.test(out[n - 1].key) && (out[n - 2].key === 'point' || out[n - 2].key === 'virgule') && /^#\d+$/.test(out[n - 3].key)) {
      out.splice(n - 3, 3, { key: `#${Number(`${out[n - 3].key.slice(1)}.${out[n - 1].key.slice(1)}`)}`, start: out[n - 3].start, end: out[n - 1].end });
    }
  }
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
