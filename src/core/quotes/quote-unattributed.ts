// quote-unattributed: a quotation of speech with no speaker in its sentence, the previous
// sentence or its paragraph (the quotes stage looks there; words in marks are exempt).
import { say, type Rule } from '../rule';
import type { Span } from '../types';

export const quoteUnattributed: Rule = {
  id: 'quote-unattributed',
  defaultSeverity: 'information',
  description: {
    en: 'A quotation of speech with no speaker in its sentence, the previous one or its paragraph.',
    fr: 'Une citation sans locuteur dans sa phrase, la précédente ou son paragraphe.',
  },
  check({ facts, language, prose }) {
    return facts.quotes
      .filter((q) => q.kind === 'speech' && q.level === 0 && !q.speaker && !q.unmarked && !embeddedFragment(prose.text, q))
      .map((q) => ({
        start: q.start,
        end: q.end,
        message: say(language, 'Who said this? No speaker is named for this quotation.', 'Qui parle\u202f? Aucun locuteur n’est nommé pour cette citation.'),
      }));
  },
};

/**
 * A phrase quoted inside a sentence of the writer's own: the mark follows a word and the
 * quotation starts in lower case (called it “a very expensive education.”, décrit comme
 * « une trahison cynique »). Quoted words, whoever coined them, not a speaker's statement.
 */
function embeddedFragment(text: string, q: Span): boolean {
  let i = q.start - 1;
  while (i >= 0 && /[ \u00a0\u202f]/.test(text[i])) i--;
  if (i < 0 || !/[\p{L}\p{N}]/u.test(text[i])) return false;
  return /^[\s\u00a0\u202f]*\p{Ll}/u.test(text.slice(q.start + 1, q.start + 4));
}
