// French accented capitals: the preposition « à » keeps its accent when it opens a sentence
// (« À lire aussi », « À Paris, … »). The Académie française and the Lexique des règles
// typographiques en usage à l'Imprimerie nationale both ask for accents on capitals; a bare
// « A » there is a left-over of typewriters and of keyboards without « À ».
//
// Only the unambiguous case is reported: a capital « A » standing alone as the first word of
// a sentence, followed by a space and a word. The verb « a » cannot open a French sentence
// except inverted (« A-t-il … »), which is joined by a hyphen and so never matches; an « A »
// before a full stop or a hyphen (an initial, « A-t-elle », « A380 ») is not the preposition.

/** A capital that should carry its accent: `at` is the UTF-16 offset of the letter. */
export interface AccentProblem {
  at: number;
  mark: string;
  start: number;
  end: number;
  newText: string;
}

// Sentence start: start of the prose, a line break, or sentence punctuation then spaces
// (with an optional opening guillemet or dash). The lookahead wants a space then a letter
// or a digit: « A lire », « A 15 ans », « A l’issue ».
const SENTENCE_A = /(^\s*|[\n.!?…]\s*(?:[«—–-]\s*)?)A(?=[ \u00a0\u202f][\p{L}\p{N}])/gu;

/** Every sentence-opening « A » of French prose that should be « À ». */
export function accentedCapitals(text: string): AccentProblem[] {
  const out: AccentProblem[] = [];
  SENTENCE_A.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_A.exec(text))) {
    const at = m.index + m[1].length;
    // « A » preceded by a letter is part of a word (the lookbehind-free regex starts after punctuation only)
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) continue;
    // the next word is English (an English title quoted in a French draft): leave it alone
    const next = /^[ \u00a0\u202f]([\p{L}’']+)/u.exec(text.slice(at + 1, at + 40))?.[1] ?? '';
    if (ENGLISH_AFTER_A.has(next.toLowerCase())) continue;
    out.push({ at, mark: 'A', start: at, end: at + 1, newText: 'À' });
  }
  return out;
}

// Words that follow the English article « A » and never the French preposition « à »: enough
// to keep a quoted English headline (« A new hope ») out of the rule.
const ENGLISH_AFTER_A = new Set(['new', 'good', 'great', 'few', 'lot', 'man', 'woman', 'year', 'day', 'way', 'little', 'long', 'big', 'small', 'very', 'spokesman', 'spokeswoman', 'senior', 'former', 'second', 'third', 'single', 'number', 'new-york']);
