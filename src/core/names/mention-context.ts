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
  // what follows a particle (leyen, der leyen): another particle before it is the same surname
  const afterParticle = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'organisation' || m.type === 'place') continue;
    const ws = m.text.toLowerCase().split(/\s+/);
    for (let i = 0; i < ws.length - 1; i++)
      if (/^(?:de|du|des|van|von|der|den|ter|da|di|do|dos|das|del|della|le|la|ben|bin|ibn|abu|abou)$/.test(ws[i])) {
        withParticle.add(ws.slice(i).join(' '));
        afterParticle.add(ws.slice(i + 1).join(' '));
      }
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
    // or a particle that is no ordinary word (von, van, bin) before a surname the draft writes with another one (von / van der Leyen)
    const other = NAME_ONLY_PARTICLES.test(lead) && afterParticle.has(m.text.toLowerCase().replace(/\u00a0/g, ' '));
    if (!((/^\p{Lu}/u.test(lead) || NAME_ONLY_PARTICLES.test(lead)) && withParticle.has(full)) && !titled && !other) return m;
    const start = m.start - lead.length;
    const t = text.slice(start, m.end);
    const tokens = [...t.matchAll(/[^ \t\u00a0\u202f]+/g)].map((x) => ({ start: x.index ?? 0, end: (x.index ?? 0) + x[0].length, text: x[0] }));
    return { ...m, start, text: t, tokens, type: 'person', initialWord: undefined };
  });
}

function previousWord(s: string): string {
  return /([\p{L}\p{M}.]+)[\s\u00a0]*$/u.exec(s)?.[1]?.replace(/\.$/, '') ?? '';
}


const WORD = /\p{L}[\p{L}\p{M}’'‐-]*/gu;
/** English headline words that Title Case capitalises (verbs of saying, auxiliaries, adverbs). */
const HEADLINE = new Set('will would can could should must shall over under into up out off down more less says say tells told wants want sees seeks hits eyes vows plans urges calls makes takes gets amid after before against about than just not no'.split(' '));

/**
 * Lines written in headline Title Case ("Kazakhstan Wants More Chinese Investment, Envoy Says"):
 * at least two words after the first are capitalised although they are function words or words
 * the draft writes in lower case elsewhere. Their capitals say nothing about names.
 */
export function titleCaseLines(text: string, isCommon: (lowerWord: string) => boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > 8) {
      let n = 0;
      let words = 0;
      let caps = 0;
      const line = text.slice(start, end);
      for (const m of line.matchAll(WORD)) {
        const at = m.index ?? 0;
        // a capital after a sentence end, a colon or a quotation mark is no sign of Title Case
        const before = line.slice(Math.max(0, at - 6), at).replace(/[\s\u00a0*_#>-]+$/, '');
        if (!before || /[.!?:;«“"(\u0001]$/.test(before) || m[0].length < 3) continue;
        const w = m[0].toLowerCase();
        const cap = /^\p{Lu}\p{Ll}/u.test(m[0]);
        words++;
        if (cap) caps++;
        if (cap && !TITLES.has(w) && (HEADLINE.has(w) || isCommon(w))) n++;
      }
      // two capitalised function words, and most words capitalised
      if (n >= 2 && caps >= 0.7 * words) out.push({ start, end });
    }
    start = end + 1;
  }
  return out;
}

/**
 * Mentions inside Title Case lines are kept only where the draft confirms them: a known place, an
 * organisation, or the longest run of their words that the draft names outside such lines
 * ("Shakhrat Nuryshev" in "Shakhrat Nuryshev Says Trade Will Double").
 */
export function confirmTitleCase(mentions: Mention[], lines: { start: number; end: number }[], isPlace: (s: string) => boolean): Mention[] {
  if (!lines.length) return mentions;
  // mentions and lines are both in document order: one walk marks the mentions inside a line
  const isInside: boolean[] = new Array(mentions.length).fill(false);
  let li = 0;
  mentions.forEach((m, k) => {
    while (li < lines.length && lines[li].end < m.start) li++;
    isInside[k] = li < lines.length && lines[li].start <= m.start && m.end <= lines[li].end;
  });
  const known = new Set<string>();
  mentions.forEach((m, k) => {
    if (!isInside[k]) known.add(m.text);
  });
  const out: Mention[] = [];
  for (const [k, m] of mentions.entries()) {
    if (!isInside[k] || m.type === 'organisation' || isPlace(m.text) || known.has(m.text)) {
      out.push(m);
      continue;
    }
    // the longest run of words named elsewhere (or a known place)
    const ts = m.tokens;
    let best: [number, number] | undefined;
    for (let i = 0; i < ts.length && !best; i++) {
      for (let j = ts.length; j > i; j--) {
        const t = m.text.slice(ts[i].start, ts[j - 1].end);
        if (known.has(t) || isPlace(t)) {
          if (!best || j - i > best[1] - best[0]) best = [i, j];
          break;
        }
      }
    }
    if (!best) continue;
    const [i, j] = best;
    const off = ts[i].start;
    const text = m.text.slice(off, ts[j - 1].end);
    out.push({
      start: m.start + off,
      end: m.start + ts[j - 1].end,
      text,
      tokens: ts.slice(i, j).map((t) => ({ start: t.start - off, end: t.end - off, text: t.text })),
      type: isPlace(text) ? 'place' : m.type,
    });
  }
  return out;
}
