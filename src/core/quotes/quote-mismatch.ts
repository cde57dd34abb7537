// quote-mismatch: a quotation opened in one style and closed in another (« … ”, " … ”,
// ‘ … ”), or a closing mark used to open (” … ”). The pairing marks these `mismatched`.
import { say, type Rule } from '../rule';
import type { Fix } from '../types';
import { PARTNERS } from './marks';

const OPENER_OF: Record<string, string> = { '»': '«', '”': '“', '’': '‘', '"': '"', "'": "'", '›': '‹' };

export const quoteMismatch: Rule = {
  id: 'quote-mismatch',
  defaultSeverity: 'warning',
  description: {
    en: 'A quotation opened with one style of mark and closed with another.',
    fr: 'Une citation ouverte avec un type de guillemet et fermée avec un autre.',
  },
  check({ facts, language, prose }) {
    return facts.quotes
      .filter((q) => q.mismatched && !q.unmarked)
      .map((q) => {
        const fixes: Fix[] = [];
        const o = q.open.char;
        const c = q.close.char;
        if (o === '”') {
          // a closing mark used to open: the opener is the wrong one
          fixes.push({ title: say(language, 'Open with “', 'Ouvrir avec “'), edits: [{ start: q.open.start, end: q.open.end, newText: '“' }], preferred: true, fixAll: true });
        } else {
          const partner = (PARTNERS[o] ?? c)[0];
          const padded = o === '«' && /[\s\u00a0\u202f]/.test(prose.text[q.open.end] ?? '') && !/[\s\u00a0\u202f]/.test(prose.text[q.close.start - 1] ?? '');
          fixes.push({
            title: say(language, `Close with ${partner}`, `Fermer avec ${partner}`),
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
          o === '”'
            ? say(language, `This quotation opens with the closing mark ”.`, `Cette citation s’ouvre avec le guillemet fermant ”.`)
            : say(language, `This quotation opens with ${o} and closes with ${c}.`, `Cette citation s’ouvre avec ${o} et se ferme avec ${c}.`);
        return {
          start: q.open.start,
          end: q.close.end,
          message,
          related: [{ start: q.close.start, end: q.close.end, message: say(language, 'The closing mark', 'Le guillemet fermant') }],
          fixes,
          data: { open: o, close: c },
        };
      });
  },
};
