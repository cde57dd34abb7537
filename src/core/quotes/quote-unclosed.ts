// quote-unclosed: a quotation that is opened and never closed, or closed and never opened,
// within its paragraph (French continuation paragraphs are handled by the pairing).
import { say, type Rule } from '../rule';
import { inside, spanAt } from './locate';

export const quoteUnclosed: Rule = {
  id: 'quote-unclosed',
  defaultSeverity: 'error',
  description: {
    en: 'An opening quotation mark with no closing one, or a closing mark that opens nothing.',
    fr: 'Un guillemet ouvrant sans guillemet fermant, ou un guillemet fermant qui ne ferme rien.',
  },
  check({ facts, language, text, prose }) {
    return facts.strayMarks.map((m) => {
      const i = spanAt(prose.paragraphs, m.start);
      const para = inside(prose.paragraphs, i, m.start) ? prose.paragraphs[i] : undefined;
      const related = para
        ? [{ start: para.start, end: para.end, message: say(language, 'The paragraph the quotation belongs to', 'Le paragraphe de la citation') }]
        : undefined;
      const message =
        m.role === 'open'
          ? say(language, `The quotation opened by ${m.char} is never closed in this paragraph.`, `La citation ouverte par ${m.char} n’est jamais fermée dans ce paragraphe.`)
          : say(language, `The closing mark ${m.char} closes no quotation.`, `Le guillemet fermant ${m.char} ne ferme aucune citation.`);
      const fixes =
        m.role === 'close'
          ? [{ title: say(language, `Remove the stray ${m.char}`, `Supprimer le ${m.char} isolé`), edits: [{ start: m.start, end: m.end + (text[m.end] === ' ' && text[m.start - 1] === ' ' ? 1 : 0), newText: '' }] }]
          : undefined;
      return { start: m.start, end: m.end, message, related, ...(fixes ? { fixes } : {}) };
    });
  },
};
