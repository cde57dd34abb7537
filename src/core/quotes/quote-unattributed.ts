// quote-unattributed: a quotation of speech with no speaker in its sentence, the previous
// sentence or its paragraph (the quotes stage looks there; words in marks are exempt).
import { say, type Rule } from '../rule';

export const quoteUnattributed: Rule = {
  id: 'quote-unattributed',
  defaultSeverity: 'information',
  description: {
    en: 'A quotation of speech with no speaker in its sentence, the previous one or its paragraph.',
    fr: 'Une citation sans locuteur dans sa phrase, la précédente ou son paragraphe.',
  },
  check({ facts, language }) {
    return facts.quotes
      .filter((q) => q.kind === 'speech' && q.level === 0 && !q.speaker && !q.unmarked)
      .map((q) => ({
        start: q.start,
        end: q.end,
        message: say(language, 'Who said this? No speaker is named for this quotation.', 'Qui parle\u202f? Aucun locuteur n’est nommé pour cette citation.'),
      }));
  },
};
