// Mentions corrected from what the whole draft says about them (a relation per document, linear
// in the mentions): a run that opens with a word the draft uses alone as a place is split, and a
// particle dropped at a sentence start comes back when the draft writes the name with it.
import type { Mention } from './mentions';
import { TITLES } from './lexicon';

/**
 * A run of three or more capitalised words that opens with a word the draft uses alone as a place
 * ("… à Almaty Pierre Dumont Crédit", where "à Almaty" occurs elsewhere) is a place followed by a
 * name: split it. Per document, linear in the mentions.
 */
export function splitPlaceHeads(mentions: Mention[]): Mention[] {
  const places = new Set<string>();
  for (const m of mentions) if (m.tokens.length === 1 && m.type === 'place') places.add(m.text);
  if (!places.size) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    const [head, next] = m.tokens;
    if (m.tokens.length < 3 || m.type === 'organisation' || !places.has(head.text) || !/^\p{Lu}/u.test(next.text)) {
      out.push(m);
      continue;
    }
    out.push({ start: m.start, end: m.start + head.end, text: head.text, tokens: [head], type: 'place' });
    const rest = m.tokens.slice(1).map((t) => ({ start: t.start - next.start, end: t.end - next.start, text: t.text }));
    const last = rest[rest.length - 1];
    out.push({ start: m.start + next.start, end: m.start + next.start + last.end, text: m.text.slice(next.start), tokens: rest, type: rest.length >= 2 ? 'person' : 'unknown' });
  }
  return out;
}

const LEADING_PARTICLES = /(?:^|[^\p{L}\p{M}’'-])((?:(?:de|du|des|van|von|der|den|ter|da|di|do|dos|das|del|della|le|la|ben|bin|ibn|abu|abou)[ \u00a0])+)$/iu;
/** Particles that are not also ordinary French or English words: after a title they open the name. */
const NAME_ONLY_PARTICLES = /^(?:van|von|der|den|ter|da|di|dos|das|del|della|ben|bin|ibn|abu|abou)\b/i;

/**
 * A surname whose particle was dropped (sentence-initial "Le Pen said…", "Le général von Moltke")
 * gets it back when the draft writes the name with it elsewhere (Marine Le Pen), or when a
 * particle that is no ordinary word (von, van, bin, da) follows a title. Per document, linear.
 */
export function restoreParticles(text: string, mentions: Mention[]): Mention[] {
  const withParticle = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'organisation' || m.type === 'place') continue;
    const ws = m.text.toLowerCase().split(/\s+/);
    for (let i = 0; i < ws.length - 1; i++) if (/^(?:de|du|des|van|von|der|den|ter|da|di|do|dos|das|del|della|le|la|ben|bin|ibn|abu|abou)$/.test(ws[i])) withParticle.add(ws.slice(i).join(' '));
  }
  return mentions.map((m) => {
    if (m.type === 'place' || m.type === 'organisation') return m;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const p = LEADING_PARTICLES.exec(before);
    if (!p) return m;
    const lead = p[1];
    const full = (lead + m.text).toLowerCase().replace(/\u00a0/g, ' ');
    const titled = NAME_ONLY_PARTICLES.test(lead) && TITLES.has(previousWord(before.slice(0, before.length - lead.length)).toLowerCase());
    // evidence from the draft only for a capitalised particle (dropped as a sentence opener: Le Pen)
    if (!(/^\p{Lu}/u.test(lead) && withParticle.has(full)) && !titled) return m;
    const start = m.start - lead.length;
    const t = text.slice(start, m.end);
    const tokens = [...t.matchAll(/[^ \t\u00a0\u202f]+/g)].map((x) => ({ start: x.index ?? 0, end: (x.index ?? 0) + x[0].length, text: x[0] }));
    return { ...m, start, text: t, tokens, type: 'person', initialWord: undefined };
  });
}

function previousWord(s: string): string {
  return /([\p{L}\p{M}.]+)[\s\u00a0]*$/u.exec(s)?.[1]?.replace(/\.$/, '') ?? '';
}

