// quote-source: a quotation of speech checked against the source documents — found with
// different words (warning, with the word diff and the passage), or not found (information,
// its own severity); a quotation given twice in the draft with different words (warning).
import { say, type Draft, type Rule } from '../rule';
import { diffPlain } from './diff';
import { findDrift } from './drift';

export const quoteSource: Rule = {
  id: 'quote-source',
  defaultSeverity: 'warning',
  description: {
    en: 'A quotation not found, or not found word for word, in the source documents, or quoted twice with different words.',
    fr: 'Une citation introuvable, ou pas mot pour mot, dans les documents sources, ou citée deux fois différemment.',
  },
  check({ facts, language, prose }) {
    const drafts: Draft[] = [];
    for (const q of facts.quotes) {
      const s = q.source;
      if (!s || q.kind !== 'speech') continue;
      if (s.status === 'altered' && s.diff) {
        const where = `${s.path}:${s.line}`;
        drafts.push({
          start: q.start,
          end: q.end,
          message: say(
            language,
            `Not word for word in the source (${where}): ${diffPlain(s.diff)}.`,
            `Pas mot pour mot dans la source (${where}) : ${diffPlain(s.diff)}.`,
          ),
          data: { status: 'altered', path: s.path, line: s.line, diff: s.diff, passage: s.passage },
        });
      } else if (s.status === 'not-found') {
        const n = s.searched ?? 0;
        drafts.push({
          start: q.start,
          end: q.end,
          message: say(
            language,
            `Not found in the ${n} source document${n > 1 ? 's' : ''}.`,
            `Introuvable dans ${n > 1 ? `les ${n} documents sources` : 'le document source'}.`,
          ),
          severity: 'information',
          data: { status: 'not-found', searched: n },
        });
      }
    }
    for (const d of findDrift(prose.text, facts.quotes)) {
      drafts.push({
        start: d.later.start,
        end: d.later.end,
        message: say(
          language,
          `Quoted earlier with different words: ${diffPlain(d.diff)}.`,
          `Citation donnée plus haut avec d’autres mots : ${diffPlain(d.diff)}.`,
        ),
        related: [{ start: d.first.start, end: d.first.end, message: say(language, 'The earlier wording', 'La première version') }],
        data: { status: 'drift', diff: d.diff },
      });
    }
    return drafts;
  },
};
