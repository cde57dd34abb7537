// The scanner's cheap first pass: where its big regex (SCAN in scan.ts) can match at all.
// Searching prose with that alternation of number words, months and digits costs more than
// walking the characters once: a match starts at a digit, at "+" or "(" before a digit, or at
// a number word, ordinal or month that ends a run of letters ("deux", "third", "January";
// also "ten" in "often", which the scanner then skips as glued to a letter). Every such
// place is returned, in order, and a few more; the regex, sticky there, decides.
import { FIRST_WORDS } from './words';

/** First words of the month alternative of SCAN (exact case there; folded here). */
const MONTH_WORDS = 'january february march april may june july august september october november december jan feb aug sep sept oct nov dec'.split(' ');

const DIGIT = 1;
const LETTER = 2;
const OPENER = 3;
/**
 * Character classes below U+0270 (0 for everything above): digits; Latin letters, accented
 * ones included (every letter of the words above, and only letters); "+" and "(".
 */
const CLASS = new Uint8Array(0x270);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 0x24f; c++) if ((c <= 90 || c >= 97) && (c <= 122 || c >= 192) && c !== 215 && c !== 247) CLASS[c] = LETTER;
CLASS[43] = CLASS[40] = OPENER;
const classOf = (c: number): number => (c < 0x270 ? CLASS[c] : 0);

/** Case folding good enough to over-match: A→a, É→é (and a few unrelated pairs above U+00FF). */
const fold = (c: number): number => c | 0x20;

const SIZE = 0x270;
/** Words by folded last, then second-to-last letter; longest first (earliest start first). */
const BY_END: (string[] | undefined)[][] = [];
/** One-letter words ("a") by folded letter. */
const ONE_LETTER = new Set<number>();
const LEAD = new Set(FIRST_WORDS.lead);

for (const w of [...FIRST_WORDS.words, ...FIRST_WORDS.lead, ...MONTH_WORDS]) {
  const last = fold(w.charCodeAt(w.length - 1));
  if (w.length === 1) {
    ONE_LETTER.add(last);
    continue;
  }
  const row = (BY_END[last] ??= new Array<string[] | undefined>(SIZE));
  const list = (row[fold(w.charCodeAt(w.length - 2))] ??= []);
  if (!list.includes(w)) list.push(w);
}
for (const row of BY_END) for (const list of row ?? []) list?.sort((a, b) => b.length - a.length);

/** "a", "un", "one"… start a match only before hundred, thousand, mille, dozen, centaines, billion… */
function leadFits(text: string, end: number): boolean {
  const c = text[end];
  return (c === ' ' || c === '\u00a0') && 'htmdcb'.includes(text[end + 1] ?? '_');
}

/** Whether text[end - w.length, end) is w, folded. */
function endsWith(text: string, end: number, w: string): boolean {
  for (let k = w.length - 3, i = end - 3; k >= 0; k--, i--) if (fold(text.charCodeAt(i)) !== fold(w.charCodeAt(k))) return false;
  return true;
}

/** The earliest offset in the letter run [a, b) where a listed word starts and ends the run, or -1. */
function wordStart(text: string, a: number, b: number): number {
  const len = b - a;
  const row = BY_END[fold(text.charCodeAt(b - 1))];
  const list = row && len >= 2 ? row[fold(text.charCodeAt(b - 2))] : undefined;
  if (list) {
    for (const w of list) {
      if (w.length > len || !endsWith(text, b, w)) continue;
      if (LEAD.has(w) && !leadFits(text, b)) continue;
      return b - w.length;
    }
  }
  return ONE_LETTER.has(fold(text.charCodeAt(b - 1))) && leadFits(text, b) ? b - 1 : -1;
}

/**
 * The first offset at or after `from` where SCAN may match, or -1. When the regex fails
 * there, ask again from the next offset: later words of the same run are found then.
 */
export function nextStart(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const k = classOf(text.charCodeAt(i));
    if (k === DIGIT) return i;
    if (k === LETTER) {
      let b = i + 1;
      while (b < n && classOf(text.charCodeAt(b)) === LETTER) b++;
      const p = wordStart(text, i, b);
      if (p >= 0) return p;
      i = b;
    } else if (k === OPENER && classOf(text.charCodeAt(i + 1)) === DIGIT) return i; // +33 1…, (555) 123…
    else i++;
  }
  return -1;
}
