// Cheap looks around a number before the scanner's regexes: which of them can match there
// at all. Each test lets through every place its regex matches (and some more); the regex,
// sticky there, decides. Most numbers skip most regexes this way.
import { SCALE_WORDS } from './scales';
import { CURRENCY_WORDS, UNITS } from './units';

/** Latin letters, accented ones included (enough for French and English words). */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 192 && c <= 0x24f && c !== 215 && c !== 247);
}

/** First words that can start a scale, percent, currency or unit after a number. */
export const SCALE_BIT = 1;
export const PERCENT_BIT = 2;
export const POINTS_BIT = 4;
export const CURRENCY_BIT = 8;
export const UNIT_BIT = 16;
const LINK_BIT = 32;

/** First word (lower case) after a number → which suffix regexes can match there. */
const SUFFIX_FIRST = new Map<string, number>();
const mark = (w: string, bit: number): void => {
  const k = w.toLowerCase();
  SUFFIX_FIRST.set(k, (SUFFIX_FIRST.get(k) ?? 0) | bit);
};
for (const w of [...Object.keys(SCALE_WORDS), 'billion', 'billions', 'trillion', 'trillions']) mark(w, SCALE_BIT);
for (const w of ['pour', 'per', 'percent', 'pourcent', 'pourcents']) mark(w, PERCENT_BIT);
for (const w of ['points', 'point', 'percentage', 'pp', 'pts', 'pt', 'basis', 'bp', 'bps', 'pb']) mark(w, POINTS_BIT);
for (const [w] of CURRENCY_WORDS) mark(w.split(' ')[0], CURRENCY_BIT);
mark('us', CURRENCY_BIT);
for (const [w] of UNITS) mark(w.split(' ')[0], UNIT_BIT);
for (const w of ['de', 'of', 'd']) mark(w, LINK_BIT);

function nextWord(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < 20 && (isLetter(text.charCodeAt(j)) || text[j] === '²')) j++;
  return text.slice(i, j).toLowerCase();
}

/** A cheap look at the next word: which of the suffix regexes can match at `end`. */
export function suffixMask(text: string, end: number): number {
  let i = end;
  const c0 = text[i];
  if (c0 === ' ' || c0 === '\u00a0' || c0 === '\u202f') i++;
  const c = text[i];
  if (c === undefined) return 0;
  if (c === '%' || c === '‰') return PERCENT_BIT;
  if ('$€£¥₸₽₹'.includes(c)) return CURRENCY_BIT;
  const w = nextWord(text, i);
  if (!w) return 0;
  let mask = SUFFIX_FIRST.get(w) ?? 0;
  if (mask & LINK_BIT) {
    // "de dollars", "of freight", "d’euros": the word after the link decides
    let k = i + w.length;
    if (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '’' || text[k] === "'") k++;
    mask |= (SUFFIX_FIRST.get(nextWord(text, k)) ?? 0) & (CURRENCY_BIT | UNIT_BIT);
  }
  return mask;
}

/** Whether PHONE can match at `at`: 555- or 555. then, or 01 or 01. (most numbers: neither). */
export function mayBePhone(text: string, at: number): boolean {
  const c3 = text[at + 3];
  const c2 = text[at + 2];
  return c3 === '.' || c3 === '-' || (text[at] === '0' && (c2 === ' ' || c2 === '.'));
}

/** First characters DAY_MONTH can read as a month's after its space (case-insensitive; ſ folds to s). */
const MONTH_INITIALS = 'jfmasondJFMASONDſ';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\u00a0' || c === '\u202f';

/** Whether DAY_MONTH can match at `at`: a space then a month's initial, maybe after "er", "st"… (two characters). */
export function mayBeDayMonth(text: string, at: number): boolean {
  return (isSpace(text[at]) && MONTH_INITIALS.includes(text[at + 1] ?? '_')) || (isSpace(text[at + 2]) && MONTH_INITIALS.includes(text[at + 3] ?? '_'));
}

const CURRENCY_SIGNS = '$€£¥₸₽₹';

/**
 * Whether CURRENCY_BEFORE can match just before `at`: it ends with a sign, or with a space
 * after a sign, a space or a code (USD). Most numbers follow a lower-case word and skip the regex.
 */
export function mayFollowCurrency(text: string, at: number): boolean {
  const c1 = text[at - 1];
  if (c1 === undefined) return false;
  if (CURRENCY_SIGNS.includes(c1)) return true;
  if (c1 !== ' ' && c1 !== '\u00a0' && c1 !== '\u202f') return false;
  const c2 = text.charCodeAt(at - 2);
  return (c2 >= 65 && c2 <= 90) || c2 === 32 || c2 === 0xa0 || c2 === 0x202f || CURRENCY_SIGNS.includes(text[at - 2] ?? '');
}
