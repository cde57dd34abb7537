// Hover text for a quotation (pure): speaker, where the sources have it (path:line, the
// word diff and the passage, or not found), and the same speaker's other quotations.
// Markdown, in the document's language.
import { say } from '../rule';
import type { Analysis, QuoteFact } from '../types';
import { speakerKey } from './attribution';
import { diffMarkdown } from './diff';

const clip = (s: string, n = 70): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};
const md = (s: string): string => s.replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/** The innermost quotation at `offset`, or undefined. */
export function quoteAt(analysis: Analysis, offset: number): QuoteFact | undefined {
  let best: QuoteFact | undefined;
  for (const q of analysis.facts.quotes) {
    if (q.start <= offset && offset <= q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

const sameSpeaker = (a: QuoteFact, b: QuoteFact): boolean =>
  !!a.speaker && !!b.speaker && (a.speakerEntity && b.speakerEntity ? a.speakerEntity === b.speakerEntity : speakerKey(a.speaker) === speakerKey(b.speaker));

export function quoteHover(analysis: Analysis, offset: number): string | undefined {
  const q = quoteAt(analysis, offset);
  if (!q) return undefined;
  const L = analysis.language;
  const lines: string[] = [];
  if (q.unmarked) lines.push(say(L, '**Direct speech without quotation marks**', '**Discours direct sans guillemets**'));
  else if (q.kind === 'words') lines.push(say(L, '**Quoted words** (a title, a name or a term, not speech)', '**Mots cités** (titre, nom ou terme, pas des propos)'));
  else lines.push(say(L, '**Quotation**', '**Citation**'));
  if (q.kind === 'words') return lines.join('\n\n');

  lines.push(q.speaker ? say(L, `Speaker: ${md(q.speaker)}`, `Locuteur : ${md(q.speaker)}`) : say(L, 'Speaker: not named', 'Locuteur : non nommé'));
  const s = q.source;
  if (s) {
    const where = s.path ? `\`${s.path}${s.line ? `:${s.line}` : ''}\`` : '';
    const n = s.searched ?? 0;
    switch (s.status) {
      case 'verbatim':
        lines.push(say(L, `Found word for word in ${where}`, `Trouvée mot pour mot dans ${where}`));
        break;
      case 'altered':
        lines.push(say(L, `Found with different words in ${where}:`, `Trouvée avec d’autres mots dans ${where} :`));
        if (s.diff) lines.push(diffMarkdown(s.diff.map((p) => ({ ...p, text: md(p.text) }))));
        if (s.passage) lines.push(`> ${md(clip(s.passage, 300))}`);
        break;
      case 'not-found':
        lines.push(say(L, `Not found in the ${n} source document${n > 1 ? 's' : ''}`, `Introuvable dans ${n > 1 ? `les ${n} documents sources` : 'le document source'}`));
        break;
      case 'other-language':
        lines.push(
          say(
            L,
            `The source${where ? ` (${where})` : ''} is in another language: a translated quotation cannot be checked word for word`,
            `La source${where ? ` (${where})` : ''} est dans une autre langue : une citation traduite ne peut pas être vérifiée mot pour mot`,
          ),
        );
        break;
      case 'unchecked':
        lines.push(n ? say(L, 'Too short to check against the sources', 'Trop courte pour être vérifiée dans les sources') : say(L, 'No source documents configured', 'Aucun document source configuré'));
        break;
    }
  }
  const others = analysis.facts.quotes.filter((o) => o !== q && o.kind === 'speech' && sameSpeaker(o, q));
  if (others.length) {
    lines.push(say(L, `Other quotations of ${md(q.speaker!)}:`, `Autres citations de ${md(q.speaker!)} :`));
    lines.push(others.slice(0, 5).map((o) => `- ${md(clip(analysis.prose.text.slice(o.inner.start, o.inner.end)))}`).join('\n') + (others.length > 5 ? `\n- … (+${others.length - 5})` : ''));
  }
  return lines.join('\n\n');
}
