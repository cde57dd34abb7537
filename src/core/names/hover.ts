// Hover text for a name: the entity, all its spellings with counts and lines, the preferred
// one and why, and the house list entry. Markdown, in the document's language.
import type { Analysis } from '../types';
import { say } from '../rule';
import { reasonText, times } from './name-variant';
import { lineIndex } from '../positions';


const TYPE = {
  person: ['Person', 'Personne'],
  place: ['Place', 'Lieu'],
  organisation: ['Organisation', 'Organisation'],
  unknown: ['Name', 'Nom'],
} as const;

/** Markdown describing the name at `offset`, or undefined when there is none. */
export function nameHover(analysis: Analysis, offset: number): string | undefined {
  const { facts, language: lang, prose } = analysis;
  const hit = facts.names.find((n) => n.start <= offset && offset < n.end) ?? facts.names.find((n) => n.end === offset);
  if (!hit) return undefined;
  const e = facts.entities.find((x) => x.id === hit.entity);
  if (!e) return undefined;
  const at0 = lineIndex(prose.text);
  const mentions = facts.names.filter((n) => n.entity === e.id);
  const lines: string[] = [];
  lines.push(`**${e.preferred}** — ${say(lang, TYPE[e.type][0], TYPE[e.type][1])}`);
  lines.push('');
  lines.push(say(lang, `Preferred spelling: **${e.preferred}** (${reasonText(lang, e.reason)}).`, `Graphie retenue : **${e.preferred}** (${reasonText(lang, e.reason)}).`));
  lines.push('');
  lines.push(say(lang, 'Spellings in this draft:', 'Graphies dans ce texte :'));
  for (const s of e.spellings) {
    const at = mentions.filter((m) => m.text === s.text).map((m) => at0(m.start).line + 1);
    const variant = mentions.some((m) => m.text === s.text && m.variant);
    const where = say(lang, `line${at.length > 1 ? 's' : ''} ${at.join(', ')}`, `ligne${at.length > 1 ? 's' : ''} ${at.join(', ')}`);
    lines.push(`- ${variant ? '⚠ ' : ''}${s.text} — ${times(lang, s.count)}, ${where}`);
  }
  if (e.house) {
    lines.push('');
    const v = e.house.variants.length ? say(lang, `; known variants: ${e.house.variants.join(', ')}`, ` ; variantes connues : ${e.house.variants.join(', ')}`) : '';
    const note = e.house.note ? ` — ${e.house.note}` : '';
    lines.push(say(lang, `House name list: \`${e.house.id}\` → ${e.house.preferred}${v}${note}`, `Liste maison : \`${e.house.id}\` → ${e.house.preferred}${v}${note}`));
  }
  return lines.join('\n');
}
