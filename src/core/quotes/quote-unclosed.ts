// quote-unclosed: a quotation that is opened and never closed, or closed and never opened,
// within its paragraph (French continuation paragraphs are handled by the pairing).
import { say, type Rule } from '../rule';
import { inside, spanAt } from './locate';

const NB = '\u00a0';
const APOSTROPHE_LIKE = new Set(["'", '’', '‘']);
const GUILLEMETS = new Set(['«', '»', '‹', '›']);

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
      // a single mark that pairs with nothing is as likely an apostrophe (an elision, a
      // possessive after markup): a question, never an error
      if (APOSTROPHE_LIKE.has(m.char)) {
        return {
          start: m.start,
          end: m.end,
          severity: 'information' as const,
          message: say(language, `Apostrophe or quotation mark? This ${m.char} pairs with no other mark in its paragraph.`, `Apostrophe ou guillemet${NB}? Ce ${m.char} ne s’apparie à aucun autre dans son paragraphe.`),
          data: { kind: 'apostrophe-or-quote' },
        };
      }
      // « typed as a character between spaces in a draft whose language does not use it (a README naming the mark)
      if (language !== 'fr' && GUILLEMETS.has(m.char) && /\s/.test(text[m.start - 1] ?? ' ') && /[ \t\n]/.test(text[m.end] ?? ' ')) {
        return {
          start: m.start,
          end: m.end,
          severity: 'information' as const,
          message: say(language, `A lone ${m.char} between spaces: a quotation mark that never closes, or the character itself?`, `Un ${m.char} isolé entre deux espaces${NB}: guillemet jamais fermé, ou le caractère lui-même${NB}?`),
          data: { kind: 'lone-mark' },
        };
      }
      const message =
        m.role === 'open'
          ? say(language, `The quotation opened by ${m.char} is never closed in this paragraph.`, `La citation ouverte par “${m.char}” n’est jamais fermée dans ce paragraphe.`)
          : say(language, `The closing mark ${m.char} closes no quotation.`, `Le guillemet fermant “${m.char}” ne ferme aucune citation.`);
      const fixes =
        m.role === 'close'
          ? [{ title: say(language, `Remove the stray ${m.char}`, `Supprimer le “${m.char}” isolé`), edits: [{ start: m.start, end: m.end + (text[m.end] === ' ' && text[m.start - 1] === ' ' ? 1 : 0), newText: '' }] }]
          : undefined;
      return { start: m.start, end: m.end, message, related, ...(fixes ? { fixes } : {}) };
    });
  },
};
