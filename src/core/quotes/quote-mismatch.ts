// quote-mismatch: a quotation opened in one style and closed in another (« … ”, " … ”,
// ‘ … ”), or a closing mark used to open (” … ”). The pairing marks these `mismatched`.
import { say, type Draft, type Rule } from '../rule';
import type { Fix, Language, QuoteFact } from '../types';
import { PARTNERS } from './marks';
import { convertPair, expectedStyle } from './styles';

const NB = '\u00a0';
const OPENER_OF: Record<string, string> = { '»': '«', '”': '“', '’': '‘', '"': '"', "'": "'", '›': '‹' };

export const quoteMismatch: Rule = {
  id: 'quote-mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'A quotation opened with one style of mark and closed with another.',
    fr: 'Une citation ouverte avec un type de guillemet et fermée avec un autre.',
  },
  check({ facts, language, prose }) {
    const empty: Draft[] = facts.quotes
      .filter((q) => !q.unmarked && !q.mismatched && !/[\p{L}\p{N}\p{P}\p{S}]/u.test(prose.text.slice(q.inner.start, q.inner.end).replace(/[«»“”"'‘’]/g, '')))
      .map((q) => ({
        start: q.open.start,
        end: q.close.end,
        message: say(language, `An empty pair of quotation marks: ${q.open.char}${q.close.char} holds nothing.`, `Des guillemets vides${NB}: ${q.open.char}${q.close.char} n’encadrent rien.`),
        // a draft about typography names the marks themselves (« inside « » »): a question, not a warning
        severity: 'information' as const,
        data: { open: q.open.char, close: q.close.char, empty: true },
      }));
    const mismatched: Draft[] = facts.quotes
      .filter((q) => q.mismatched && !q.unmarked)
      .map((q) => {
        const fixes: Fix[] = [];
        const o = q.open.char;
        const c = q.close.char;
        if (o === '»' && c === '«') return reversed(prose.text, q, language);
        if (o === '”' || (o === '»' && c === '»')) {
          // a closing mark used to open: the opener is the wrong one
          const opener = o === '”' ? '“' : '«';
          fixes.push({ title: say(language, `Open with ${opener}`, `Ouvrir avec ${opener}`), edits: [{ start: q.open.start, end: q.open.end, newText: opener }], preferred: true, fixAll: true });
        } else {
          const partner = (PARTNERS[o] ?? c)[0];
          const padded = o === '«' && /[\s\u00a0\u202f]/.test(prose.text[q.open.end] ?? '') && !/[\s\u00a0\u202f]/.test(prose.text[q.close.start - 1] ?? '');
          fixes.push({
            title: say(language, `Close with ${partner}`, `Fermer avec “${partner}”`),
            edits: [{ start: q.close.start, end: q.close.end, newText: (padded ? '\u00a0' : '') + partner }],
            preferred: true,
            fixAll: true,
          });
          const opener = OPENER_OF[c];
          if (opener && opener !== o) {
            fixes.push({ title: say(language, `Open with ${opener}`, `Ouvrir avec ${opener}`), edits: [{ start: q.open.start, end: q.open.end, newText: opener }] });
          }
        }
        const message =
          o === '”' || (o === '»' && c === '»')
            ? say(language, `This quotation opens with the closing mark ${o}.`, `Cette citation s’ouvre avec le guillemet fermant ${o}.`)
            : o === c && (o === '«' || o === '“')
              ? say(language, `This quotation closes with the opening mark ${c}.`, `Cette citation se ferme avec le guillemet ouvrant “${c}”.`)
              : say(language, `This quotation opens with ${o} and closes with ${c}.`, `Cette citation s’ouvre avec “${o}” et se ferme avec “${c}”.`);
        return {
          start: q.open.start,
          end: q.close.end,
          message,
          related: [{ start: q.close.start, end: q.close.end, message: say(language, 'The closing mark', 'Le guillemet fermant') }],
          fixes,
          data: { open: o, close: c },
        };
      });
    return [...mismatched, ...empty].sort((a, b) => a.start - b.start);
  },
};

/** German-style »…« in a French or English draft: reversed guillemets, turned into the language's pair. */
function reversed(text: string, q: QuoteFact, language: Language): Draft {
  const style = expectedStyle(language, q.level);
  const pair = `${style.open}${style.pad ? ' ' : ''}…${style.pad ? ' ' : ''}${style.close}`;
  return {
    start: q.open.start,
    end: q.close.end,
    message: say(
      language,
      `Reversed guillemets »…« (German style): English quotes with ${pair}.`,
      `Guillemets inversés »…« (usage allemand)\u00a0: le français emploie ${pair}.`,
    ),
    related: [{ start: q.close.start, end: q.close.end, message: say(language, 'The closing mark', 'Le guillemet fermant') }],
    fixes: [{ title: say(language, `Use ${pair}`, `Employer ${pair}`), edits: convertPair(text, q, style), preferred: true, fixAll: true }],
    data: { open: q.open.char, close: q.close.char, reversed: true },
  };
}
