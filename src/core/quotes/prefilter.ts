// Cheap, exact tests that rule out the speaker expressions of attribution.ts before they
// run. Each states a property every match of the expression has — the characters it can
// start with, end with or hold — so a failed test means the expression would fail too.
import { isLetterCode, isWordCode } from './chars';
import { DETERMINERS, DOTTED_TITLES, FIRST_PRONOUNS, THIRD_PRONOUNS } from './lexicon';

/** Words a speaker may start with in lower case (first letter either case): pronouns and determiners. */
const HEAD_WORDS = new Set(
  [THIRD_PRONOUNS, FIRST_PRONOUNS, DETERMINERS]
    .join('|')
    .split('|')
    .filter((w) => /^\p{L}+$/u.test(w))
    .map((w) => w[0].toLowerCase() + w.slice(1)),
);
const UPPER = /^\p{Lu}/u;
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * Whether a speaker (pronoun, role phrase or name) can start at `at`, the text ending at
 * `to`: a capital (a name, a title), or a whole pronoun or determiner, or « l’ ».
 */
export function mayStartSpeaker(text: string, at: number, to: number): boolean {
  if (at >= to) return false;
  const c = text.charCodeAt(at);
  if (isSurrogate(c) || UPPER.test(text[at])) return true;
  let end = at;
  while (end < to && isLetterCode(text.charCodeAt(end))) end++;
  if (end === at) return false;
  const word = text.slice(at, end).toLowerCase();
  // the first letter in either case, the others in lower case, as the expressions have them
  if (text.slice(at + 1, end) !== word.slice(1)) return false;
  return HEAD_WORDS.has(word) || (word === 'l' && (text[end] === '’' || text[end] === "'"));
}

const NOT_IN_APPOSITION = /[,;:.!?«»“”"\n]/;

/**
 * Whether a speaker before a verb can end just before `at`: the expression (BEFORE) ends
 * with spaces, after a word, a name (« M. »), a role (« l’ ») or an apposition (a comma
 * after text without quotation marks). False after « », a déclaré » and “…,” said.
 */
export function mayEndSpeaker(text: string, from: number, at: number): boolean {
  let j = at - 1;
  while (j >= from && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j--;
  if (j === at - 1 || j < from) return false;
  const c = text.charCodeAt(j);
  if (c === 0x2c) return j > from && !NOT_IN_APPOSITION.test(text[j - 1]);
  // surrogates: an astral letter, left to the expression
  return c === 0x2e || isWordCode(c) || isSurrogate(c);
}

/** Characters no speaker before a verb holds, apposition included. */
const BARRIER = /[;:!?«»“”"\n]/;

/**
 * The last offset in [from, at) that no speaker before `at` can span (-1 if none): a
 * quotation mark, a colon, a line break, or a full stop that ends a sentence rather than
 * an initial (« J. ») or a title (« M. », "Dr."). A speaker starts after it.
 */
export function lastBarrier(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2e ? sentenceStop(text, i) : c < 0x80 ? BARRIER.test(text[i]) : c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d) return i;
  }
  return -1;
}

function sentenceStop(text: string, dot: number): boolean {
  const p = text.charCodeAt(dot - 1);
  if (p >= 0x41 && p <= 0x5a) return false; // an initial, M., MM.
  if (p >= 0x61 && p <= 0x7a) {
    let s = dot - 1;
    while (s > 0 && isLetterCode(text.charCodeAt(s - 1))) s--;
    return !DOTTED_TITLES.has(text.slice(s, dot));
  }
  // another capital, or half of an astral letter: left to the expression
  if (p >= 0x80 && (isSurrogate(p) || UPPER.test(text[dot - 1]))) return false;
  return true;
}
