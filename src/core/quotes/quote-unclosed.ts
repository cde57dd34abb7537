// quote-unclosed: a quotation that is opened and never closed, or closed and never opened,
// within its paragraph (French continuation paragraphs are handled by the pairing).
import { say, type Rule } from '../rule';
import type { Paragraph } from '../types';

/** The paragraph holding an offset (paragraphs are sorted and disjoint). */
function paragraphAt(paragraphs: readonly Paragraph[], at: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= at) lo = mid + 1;
    else if (paragraphs[mid].start > at) hi = mid - 1;
    else return paragraphs[mid];
  }
  return undefined;
}

export const quoteUnclosed: Rule = {
  id: 'quote-unclosed',
  defaultSeverity: 'error',
  description: {
    en: 'An opening quotation mark with no closing one, or a closing mark that opens nothing.',
    fr: 'Un guillemet ouvrant sans guillemet fermant, ou un guillemet fermant qui ne ferme rien.',
  },
  check({ facts, language, text, prose }) {
    return facts.strayMarks.map((m) => {
      const para = paragraphAt(prose.paragraphs, m.start);
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
