// Entities: mentions grouped into people, places and organisations. Full names are grouped
// with each other (every word must match, so two given names with one surname stay two
// people); a one-word mention joins the full name that contains it (the most recent one when
// several do); then each entity's preferred spelling is chosen — house list, else the first
// full-name mention, else the majority — and every mention that spells a word differently
// gets the edits that align it on the preferred spelling. Only distinct spellings are
// compared, looked up through buckets of keys, never all mentions against all mentions.
// A one-word place or organisation fragment never joins a multi-word person, and organisations
// group only with organisations. Edits go only to the capitalised words of mentions the entity
// is sure of (not a plural possessive, not a surname several people of the draft share); a name
// with particles is rewritten from its first particle (ben Salmane → bin Salman), never a hybrid.
import type { EntityFact, Language, NameFact, TextEdit } from '../types';
import { allSpellings, preferredFor, type HouseEntry, type HouseNames } from './house-format';
import { foldDiacritics, readings, skeleton } from './keys';
import { cantoneseKeys, chineseKeys } from './chinese';
import { isKnownPlace } from './places';
import { confirmTitleCase, restoreParticles, splitPlaceHeads, titleCaseLines } from './mention-context';
import { COMMON } from './lexicon';
import { findMentions, LowerWords, opensSentence, type Mention, type NameType, type Token } from './mentions';
import { foldedName, givenNameForms, isArabicName, nameTokens, newCaches, sameEntity, sameToken, type Caches } from './similarity';

interface Cluster {
  id: number;
  spellings: string[];
  mentions: Mention[];
  multi: boolean;
  /** organisation or place if any full mention is one, else person */
  kind: 'person' | 'place' | 'organisation';
}

const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ul)[-‐]/i;

function bucketKeys(spelling: string, caches: Caches): string[] {
  const keys: string[] = [];
  for (const t of nameTokens(spelling)) {
    const rs = readings(t, caches.readings);
    for (const r of rs) keys.push(skeleton(r).replace(/g/g, 'k').replace(/d/g, 't'));
    // consonants only (Arabic and Persian short vowels: Haftar / Hifter, Morsi / Mursi)
    const c = rs[0].replace(/[aeiouh]/g, '').replace(/[gq]/g, 'k').replace(/d/g, 't');
    if (c.length >= 3) keys.push('c:' + c);
    // Arabic and Persian tāʾ marbūṭa written -a, -ah or -eh (Haniya / Haniyeh): one more key
    if (/(?:a|ah|eh)$/i.test(t)) {
      const c = rs[rs.length - 1].replace(/[aeiou]+$/, '');
      if (c.length >= 3) keys.push('v:' + c);
    }
    for (const k of chineseKeys(t)) keys.push('zh:' + k.slice(0, 2));
    // keyboard slips (similarity.ts typoPair): the same letters in another order
    const letters = foldDiacritics(t).replace(/[^a-z]/g, '');
    if (letters.length >= 5) keys.push('an:' + [...letters].sort().join(''));
    for (const k of cantoneseKeys(t)) keys.push(k);
  }
  return keys;
}

class Index {
  private readonly map = new Map<string, Cluster[]>();
  add(c: Cluster, keys: string[]): void {
    for (const k of keys) {
      const arr = this.map.get(k);
      if (!arr) this.map.set(k, [c]);
      else if (!arr.includes(c)) arr.push(c);
    }
  }
  candidates(keys: string[]): Cluster[] {
    const out: Cluster[] = [];
    for (const k of keys) for (const c of this.map.get(k) ?? []) if (!out.includes(c)) out.push(c);
    return out.sort((a, b) => a.id - b.id);
  }
}

/**
 * True when the house list says the two spellings are different people. A listed pair also
 * separates longer names that contain it (Nourchev ≠ Nuryshev keeps Nourchev out of
 * Shakhrat Nuryshev).
 */
function different(house: HouseNames | undefined, a: string, b: string): boolean {
  if (!house?.different.length) return false;
  const ta = foldedName(a).split(' ');
  const tb = foldedName(b).split(' ');
  return house.different.some(([x, y]) => {
    const tx = foldedName(x).split(' ');
    const ty = foldedName(y).split(' ');
    return (contains(ta, tx) && contains(tb, ty)) || (contains(ta, ty) && contains(tb, tx));
  });
}

/** Whether `part` occurs as a run of whole words in `whole`. */
function contains(whole: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++) if (part.every((w, k) => whole[i + k] === w)) return true;
  return false;
}

function matchesCluster(spelling: string, c: Cluster, lang: Language, caches: Caches, house?: HouseNames): boolean {
  if (c.spellings.some((s) => different(house, s, spelling))) return false;
  return sameEntity(c.spellings[0], spelling, lang, caches);
}

/** Groups mentions (in document order) into clusters of one entity each. */
export function groupMentions(mentions: Mention[], lang: Language, house?: HouseNames, caches: Caches = newCaches()): Mention[][] {
  const bySpelling = new Map<string, Mention[]>();
  for (const m of mentions) {
    const arr = bySpelling.get(m.text);
    if (arr) arr.push(m);
    else bySpelling.set(m.text, [m]);
  }
  const clusters: Cluster[] = [];
  const fullIndex = new Index();
  const singleIndex = new Index();
  const comparable = (s: string): boolean => /[\p{Lu}\p{Ll}]/u.test(s);
  // 1. full names
  for (const [spelling, ms] of bySpelling) {
    if (nameTokens(spelling).length < 2 || !comparable(spelling)) continue;
    const keys = bucketKeys(spelling, caches);
    const kind = kindOf(ms);
    // an organisation groups only with organisations (the Forum de la Ceinture et de la Route is not the initiative)
    const hit = fullIndex.candidates(keys).find((c) => (c.kind === 'organisation') === (kind === 'organisation') && matchesCluster(spelling, c, lang, caches, house));
    if (hit) {
      hit.spellings.push(spelling);
      append(hit.mentions, ms);
      hit.kind = mergeKind(hit.kind, kindOf(ms));
      fullIndex.add(hit, keys);
    } else {
      const c: Cluster = { id: clusters.length, spellings: [spelling], mentions: [...ms], multi: true, kind: kindOf(ms) };
      clusters.push(c);
      fullIndex.add(c, keys);
    }
  }
  // 2. one-word mentions: join a full name, else group among themselves
  for (const [spelling, ms] of bySpelling) {
    if (nameTokens(spelling).length >= 2 && comparable(spelling)) continue;
    const keys = comparable(spelling) ? bucketKeys(spelling, caches) : ['=' + spelling];
    // a one-word place, common word or organisation fragment never joins a multi-word name
    const joinable = comparable(spelling) && !ms.some((m) => m.type === 'organisation') && !isKnownPlace(spelling);
    const fulls = joinable
      ? fullIndex.candidates(keys).filter((c) => c.kind === 'person' && matchesCluster(spelling, c, lang, caches, house))
      : [];
    if (fulls.length === 1) {
      append(fulls[0].mentions, ms);
      continue;
    }
    if (fulls.length > 1) {
      // the person most recently introduced before each mention (else the first one after)
      for (const m of ms) {
        const before = fulls.filter((c) => c.mentions.some((x) => x.start < m.start && x.text !== m.text));
        const pick = before.length
          ? before.reduce((a, b) => (latest(a, m.start) >= latest(b, m.start) ? a : b))
          : fulls.reduce((a, b) => (first(a) <= first(b) ? a : b));
        // it may stand for any of them: grouped with the likeliest, never given a fix
        pick.mentions.push({ ...m, unsure: true });
      }
      continue;
    }
    const hit = singleIndex.candidates(keys).find((c) => comparable(spelling) && matchesCluster(spelling, c, lang, caches, house));
    if (hit) {
      hit.spellings.push(spelling);
      append(hit.mentions, ms);
      singleIndex.add(hit, keys);
    } else {
      const c: Cluster = { id: clusters.length, spellings: [spelling], mentions: [...ms], multi: false, kind: kindOf(ms) };
      clusters.push(c);
      singleIndex.add(c, keys);
    }
  }
  const groups = clusters.map((c) => c.mentions.sort((a, b) => a.start - b.start)).filter((g) => g.length);
  return groups.sort((a, b) => a[0].start - b[0].start);
}

/** push(...items) without the argument-count limit: a 10 MB line can hold 100,000 mentions. */
function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

/** A cluster's kind: an organisation or place if any of its mentions is one, else a person. */
function kindOf(ms: readonly Mention[]): Cluster['kind'] {
  if (ms.some((m) => m.type === 'organisation')) return 'organisation';
  if (ms.some((m) => m.type === 'place')) return 'place';
  return 'person';
}
function mergeKind(a: Cluster['kind'], b: Cluster['kind']): Cluster['kind'] {
  return a === 'organisation' || b === 'organisation' ? 'organisation' : a === 'place' || b === 'place' ? 'place' : 'person';
}

function latest(c: Cluster, before: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start < before && m.start > best && nameTokens(m.text).length >= 2) best = m.start;
  return best;
}
function first(c: Cluster): number {
  let min = Infinity;
  for (const m of c.mentions) if (m.start < min) min = m.start;
  return min;
}

function houseEntryFor(group: Mention[], house: HouseNames | undefined, lang: Language, caches: Caches): HouseEntry | undefined {
  if (!house?.entries.length) return undefined;
  const texts = [...new Set(group.map((m) => m.text))];
  const folded = new Set(texts.map(foldedName));
  for (const e of house.entries) if (allSpellings(e).some((s) => folded.has(foldedName(s)))) return e;
  // a surname-only or full mention of a listed name
  for (const e of house.entries) {
    const spellings = allSpellings(e);
    if (texts.some((t) => spellings.some((s) => !different(house, s, t) && sameEntity(s, t, lang, caches) && nameTokens(t).every((w) => nameTokens(s).some((x) => x.toLowerCase() === w.toLowerCase() || spellings.some((v) => v.toLowerCase() === w.toLowerCase())))))) return e;
  }
  return undefined;
}

const core = (t: string): string => t.replace(/[’']s$/i, '');
const stripArticle = (t: string): string => t.replace(ARTICLE, '');

/** Same word for the variant check: case and a dropped article do not count. */
function sameSurface(a: string, b: string): boolean {
  const x = core(a).toLowerCase();
  const y = core(b).toLowerCase();
  if (x === y) return true;
  if (ARTICLE.test(x) && ARTICLE.test(y)) return false;
  return stripArticle(x) === stripArticle(y);
}

interface Aligned {
  token: Token;
  preferred: string;
}

/** Pairs each comparable word of a mention with the preferred spelling's word it stands for. */
function align(m: Mention, preferredTokens: string[], caches: Caches): Aligned[] {
  const out: Aligned[] = [];
  const arabic = isArabicName(preferredTokens.join(' ')) || isArabicName(m.text);
  for (const t of m.tokens) {
    const w = core(t.text);
    // only capitalised words are names: the lower-case words of an organisation's name
    // (ministère kazakh des Affaires étrangères) are grammar, never "fixed"
    if (!nameTokens(w).length || /^\p{Ll}/u.test(nameTokens(w)[0])) continue;
    const p =
      preferredTokens.find((x) => sameSurface(x, w)) ??
      preferredTokens.find((x) => nameTokens(x).length > 0 && sameToken(nameTokens(w)[0], nameTokens(x)[0], caches, /-/.test(w + x), arabic)) ??
      // the given name of a full name in its other national form (Dmytro / Dmitri): the entity already matched the surname
      (t === m.tokens[0] && m.tokens.length >= 2 && preferredTokens.length >= 2 && givenNameForms(w, preferredTokens[0], caches) ? preferredTokens[0] : undefined);
    if (p !== undefined) out.push({ token: t, preferred: p });
  }
  return out;
}

/** Particles that open the last part of a name: von der, van, bin, ibn, ben, de, al, abu. */
const PARTICLE = /^(?:de|du|des|van|von|vom|der|den|ter|da|di|do|dos|das|del|della|bin|ibn|ben|bint|abu|abou|al|el|zu|y)$/;

/**
 * When a mention and the preferred spelling both have particles (von der Leyen / van der Leyen,
 * ben Salmane / bin Salman, De Gaulle / de Gaulle) and differ from the first particle on, one edit
 * that rewrites the mention from its first particle with the preferred spelling's span from its
 * first particle. A particle's capital letter counts (Belgian De Croo, French de Gaulle: the house
 * writes one), except on the word that opens a sentence (`initial`: "Von der Leyen said…" is
 * ordinary capitalisation). Offsets relative to the mention. Undefined when the particles and
 * what follows agree, or when the two spans do not have the same number of names.
 */
function particleEdit(m: Mention, preferred: string, caches: Caches, initial: boolean): { start: number; end: number; newText: string } | undefined {
  // a particle written apart (Al Thani) or an article glued to the name (al-Thani) opens the span
  const isParticle = (w: string, i: number, all: readonly unknown[]): boolean => (i < all.length - 1 && PARTICLE.test(w.toLowerCase())) || (i > 0 && ARTICLE.test(w));
  const mi = m.tokens.findIndex((t, i, all) => isParticle(t.text, i, all));
  if (mi < 0) return undefined;
  const pw = preferred.split(/\s+/);
  const pi = pw.findIndex((w, i, all) => isParticle(w, i, all));
  if (pi < 0) return undefined;
  // a sentence-initial particle stands for the preferred one written in its case
  const mineWords = m.tokens.slice(mi).map((t, k) => (k === 0 && mi === 0 && initial && t.text.toLowerCase() === pw[pi].toLowerCase() ? pw[pi] : t.text));
  const theirWords = pw.slice(pi);
  const theirs = theirWords.join(' ');
  // an article glued on one side stands only for an article on the other (al-Saud is not bin Saud)
  const glued = (ws: string[]): boolean => ws.some((w) => ARTICLE.test(w));
  const filiation = (ws: string[]): number => ws.filter((w) => PARTICLE.test(w.toLowerCase()) && !/^(?:al|el)$/i.test(w)).length;
  if ((glued(mineWords) || glued(theirWords)) && filiation(mineWords) !== filiation(theirWords)) return undefined;
  if (mineWords.join(' ') === theirs) return undefined;
  const particle = (w: string): boolean => PARTICLE.test(w.toLowerCase());
  // the particles, and the articles glued to a word (Al-Thani / Al Thani), against the other's
  const particles = (ws: string[]): string => ws.filter((w) => particle(w) || /^al$/i.test(w)).join(' ') + '|' + ws.filter((w) => ARTICLE.test(w)).map((w) => w.slice(0, 2).toLowerCase()).join(' ');
  const names = (ws: string[]): string[] => ws.filter((w) => !particle(w) && !/^al$/i.test(w)).map((w) => stripArticle(w));
  const mn = names(mineWords);
  const tn = names(theirWords);
  // the same names after the particles, word for word (else no safe rewrite: the word edits stand)
  if (!mn.length || mn.length !== tn.length || !mn.every((w, k) => w.toLowerCase() === tn[k].toLowerCase() || sameToken(w, tn[k], caches, false, true))) return undefined;
  const sameShape = mineWords.length === theirWords.length && mineWords.every((w, k) => particle(w) === particle(theirWords[k]));
  if (sameShape && particles(mineWords) === particles(theirWords) && mineWords.every((w, k) => !particle(w) || w === theirWords[k])) return undefined; // same particles: the word edits suffice
  return { start: m.tokens[mi].start, end: m.tokens[m.tokens.length - 1].end, newText: theirs };
}

export interface NamesBuild {
  names: NameFact[];
  entities: EntityFact[];
}

/** Mentions → NameFacts and EntityFacts, with preferred spellings and variant edits. */
export function buildEntities(text: string, lang: Language, house?: HouseNames): NamesBuild {
  const caches = newCaches();
  const lowerWords = new LowerWords(text);
  const found = restoreParticles(text, splitPlaceHeads(findMentions(text, lowerWords)));
  const mentions = confirmTitleCase(found, titleCaseLines(text, (w) => COMMON.has(w) || lowerWords.has(w)), isKnownPlace);
  // A word seen only at the start of sentences ("Nobody on this council…", "Exports of wheat…")
  // is a name only if it links to another spelling or the house list knows it.
  const groups = groupMentions(mentions, lang, house, caches).filter(
    (g) => !g.every((m) => m.initialWord && m.text === g[0].text) || isKnownPlace(g[0].text) || !!houseEntryFor(g, house, lang, caches),
  );
  const names: NameFact[] = [];
  const entities: EntityFact[] = [];
  groups.forEach((group, i) => {
    const id = `e${i + 1}`;
    const counts = new Map<string, number>();
    for (const m of group) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    const entry = houseEntryFor(group, house, lang, caches);
    let preferred: string;
    let reason: EntityFact['reason'];
    const fullText = [...counts.keys()].find((t) => nameTokens(t).length >= 2);
    const fullMention = fullText === undefined ? undefined : group.find((m) => m.text === fullText);
    if (entry) {
      preferred = preferredFor(entry, lang);
      reason = 'house';
    } else if (fullMention) {
      preferred = fullMention.text;
      reason = 'first-full';
    } else {
      preferred = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
      reason = 'majority';
    }
    const prefTokens = preferred.split(/\s+/);
    const variantWords = new Set<string>();
    const seenWords = new Map<string, Set<string>>();
    const facts: NameFact[] = [];
    // one alignment per distinct spelling, shifted onto each of its mentions
    const perText = new Map<string, { start: number; end: number; newText: string }[]>();
    const listed = entry ? new Set(allSpellings(entry).map(foldedName)) : undefined;
    for (const m of group) {
      if (m.unsure) {
        // grouped, but its spelling may be right for another person or a plural: never fixed
        facts.push({ start: m.start, end: m.end, text: m.text, entity: id, type: m.type });
        continue;
      }
      const initial = opensSentence(text, m.start);
      const textKey = (initial ? '\u0000' : '') + m.text;
      let rel = perText.get(textKey);
      if (!rel) {
        rel = [];
        for (const a of align(m, prefTokens, caches)) {
          const w = core(a.token.text);
          let bucket = seenWords.get(a.preferred);
          if (!bucket) seenWords.set(a.preferred, (bucket = new Set()));
          bucket.add(sameSurface(w, a.preferred) ? a.preferred : w);
          if (!sameSurface(w, a.preferred)) {
            rel.push({ start: a.token.start, end: a.token.start + w.length, newText: a.preferred });
            variantWords.add(w);
          }
        }
        // a listed spelling with no word in common with the preferred one (Nur-Sultan → Astana)
        if (!rel.length && entry && m.text !== preferred && listed?.has(foldedName(m.text))) {
          rel.push({ start: 0, end: m.text.length, newText: preferred });
          variantWords.add(m.text);
          let bucket = seenWords.get(preferred);
          if (!bucket) seenWords.set(preferred, (bucket = new Set()));
          bucket.add(m.text);
        }
        const p = particleEdit(m, preferred, caches, initial);
        if (p) {
          // from the first particle on, the whole span takes the preferred spelling: never a hybrid
          rel = [...rel.filter((e) => e.end <= p.start), p];
          let bucket = seenWords.get('\u0000particles');
          if (!bucket) seenWords.set('\u0000particles', (bucket = new Set([p.newText])));
          bucket.add(m.text.slice(p.start));
          variantWords.add(m.text.slice(p.start));
        }
        perText.set(textKey, rel);
      }
      const edits: TextEdit[] = rel.map((e) => ({ start: m.start + e.start, end: m.start + e.end, newText: e.newText }));
      facts.push({ start: m.start, end: m.end, text: m.text, entity: id, type: m.type, ...(edits.length ? { variant: true, edits } : {}) });
    }
    append(names, facts);
    const types = group.map((m) => m.type).filter((t): t is Exclude<NameType, 'unknown'> => t !== 'unknown');
    const type: EntityFact['type'] = entry?.type ?? (types.length ? mode(types) : 'unknown');
    const conflict = [...seenWords.values()].some((s) => s.size > 1);
    entities.push({
      id,
      type,
      preferred,
      reason,
      spellings: [...counts.entries()].map(([t, count]) => ({ text: t, count })),
      ...(conflict ? { conflict } : {}),
      ...(variantWords.size ? { variants: [...variantWords] } : {}),
      ...(entry
        ? { house: { id: entry.id, name: entry.name, preferred, variants: entry.variants, ...(entry.note ? { note: entry.note } : {}) } }
        : {}),
    });
  });
  names.sort((a, b) => a.start - b.start);
  return { names, entities };
}

function mode<T>(xs: T[]): T {
  const c = new Map<T, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The text with every name aligned on its preferred spelling (what the fixes would do). */
export function correctNames(text: string, lang: Language, house?: HouseNames): string {
  const { names } = buildEntities(text, lang, house);
  const edits = names.flatMap((n) => n.edits ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
