// Who speaks: for each quotation, the attribution next to it, else in its sentence, the
// previous sentence or the paragraph; pronouns stand for the last named speaker when that
// is unambiguous; the speaker is linked to the names stage's entity when one overlaps.
import type { NameFact, Paragraph, QuoteFact, Span } from '../types';
import { NAME, NOT_NAMES, TITLES } from './lexicon';
import { LOOK_BACK, scanAttributions, speakerKey, type Attribution, type Speaker } from './attribution';
import { inside, spanAt } from './locate';

/** Attributions paragraph by paragraph, scanned only when asked for (most paragraphs never are). */
export class Attributions {
  private readonly byParagraph = new Map<number, Attribution[]>();
  constructor(
    readonly text: string,
    readonly paragraphs: readonly Paragraph[],
  ) {}

  inParagraph(pi: number): Attribution[] {
    if (pi < 0 || pi >= this.paragraphs.length) return [];
    let list = this.byParagraph.get(pi);
    if (!list) {
      const p = this.paragraphs[pi];
      list = scanAttributions(this.text, p.start, p.end, p.start);
      this.byParagraph.set(pi, list);
    }
    return list;
  }
}

export interface SpeakerChoice {
  attribution?: Attribution;
  speaker?: Speaker;
  /** For a pronoun: the named speaker it stands for. */
  resolved?: Speaker;
  adjacent: boolean;
  inSentence: boolean;
}

const within = (s: Span, x: number): boolean => s.start <= x && x < s.end;

/**
 * How far from a quotation its speaker may be named. Paragraphs are far shorter in real drafts;
 * the bound keeps a pathological paragraph (a 10 MB single line) linear instead of quadratic.
 */
export const MAX_REACH = 3000;

/** Index of the first attribution (sorted by verb) whose verb starts at or after `from`: binary search. */
function firstVerbFrom(list: readonly Attribution[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].verb.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a verb of saying (parsed or not) starts in [from, to). */
export function verbBetween(list: readonly Attribution[], from: number, to: number): boolean {
  const i = firstVerbFrom(list, from);
  return i < list.length && list[i].verb.start < to;
}

/** The attributions (sorted by verb) whose verb lies within MAX_REACH of the quotation. */
function near(list: readonly Attribution[], q: Span): readonly Attribution[] {
  const from = q.start - MAX_REACH;
  const to = q.end + MAX_REACH;
  if (!list.length || (list[0].verb.start >= from && list[list.length - 1].verb.start <= to)) return list;
  const lo = firstVerbFrom(list, from);
  let end = lo;
  while (end < list.length && list[end].verb.start <= to) end++;
  return list.slice(lo, end);
}

/**
 * Chooses the attribution of quotation `q` whose sentence range is `sentence`. Tests on
 * the verb's position come first: a speaker is parsed only for the verbs still in play.
 */
export function chooseAttribution(
  q: Span,
  sentence: Span,
  previous: Span | undefined,
  pi: number,
  attributions: Attributions,
  others: readonly Span[],
  firstParagraph = pi,
): SpeakerChoice {
  // a quotation continued over paragraphs keeps the speaker named in its first one
  const all = firstParagraph !== pi && firstParagraph >= 0 ? [...attributions.inParagraph(firstParagraph), ...attributions.inParagraph(pi)] : attributions.inParagraph(pi);
  // verbs inside a quotation (this one or another) belong to the quoted speech, but for an
  // incise (« Nous avons tout perdu, explique le maire. Personne… »)
  const inOther = (x: number): boolean => {
    const o = spanAt(others, x);
    return inside(others, o, x) && (others[o].start !== q.start || others[o].end !== q.end);
  };
  const list = near(all, q).filter((a) => (within(q, a.verb.start) ? incise(attributions.text, q, a) : !inOther(a.verb.start)));
  const inner = list.find((a) => within(q, a.verb.start));
  if (inner) return { attribution: inner, speaker: inner.speaker, adjacent: true, inSentence: true };
  const between = (from: number, to: number): string => attributions.text.slice(from, to);
  const adjacentAfter = list.find(
    (a) => a.verb.start >= q.end && a.verb.start - q.end <= 40 && a.real && ADJACENT_AFTER.test(between(q.end, a.start)),
  );
  let adjacentBefore: Attribution | undefined;
  for (let k = list.length - 1; k >= 0 && !adjacentBefore; k--) {
    const a = list[k];
    // the attribution ends at or after its verb: a verb ending past the quotation's start cannot be before it
    if (a.verb.end > q.start || !a.real) continue;
    if (a.end <= q.start && q.start - a.end <= 6 && ADJACENT_BEFORE.test(between(a.end, q.start))) adjacentBefore = a;
  }
  const adjacent = adjacentAfter ?? adjacentBefore;
  const inSentence = list.filter((a) => a.verb.start >= sentence.start && a.verb.start < sentence.end);
  const withSpeaker = (as: Attribution[]): Attribution | undefined => {
    let best: Attribution | undefined;
    let bestDistance = Infinity;
    for (const a of as) {
      if (!a.speaker) continue;
      const d = a.start >= q.end ? a.start - q.end : q.start - a.end;
      if (Math.abs(d) < bestDistance) {
        best = a;
        bestDistance = Math.abs(d);
      }
    }
    return best;
  };
  let chosen = adjacent?.speaker ? adjacent : withSpeaker(inSentence);
  if (!chosen && previous) chosen = withSpeaker(list.filter((a) => a.verb.start >= previous.start && a.verb.start < previous.end));
  if (!chosen) chosen = withSpeaker(list.filter((a) => a.end <= q.start)) ?? withSpeaker(list);
  const anyInSentence = (!!adjacent && inSentence.includes(adjacent)) || inSentence.some((a) => a.real);
  return { attribution: chosen, speaker: chosen?.speaker, adjacent: !!adjacent, inSentence: anyInSentence };
}

/**
 * An incise: a verb of saying inside the marks, after a comma, with its speaker after it and
 * then a comma, a full stop or the closing mark (« Nous avons tout perdu, explique le maire,
 * Jean Dupont. Personne… », “We lost everything, says the mayor. Nobody warned us.”).
 */
function incise(text: string, q: QuoteFact | Span, a: Attribution): boolean {
  if (!/,[\s\u00a0\u202f]*$/.test(text.slice(Math.max(q.start, a.verb.start - 4), a.verb.start))) return false;
  if (!a.speaker || !a.speakerAfter || a.reported) return false;
  return /^[\s\u00a0\u202f]*(?:[,.;!?…]|[»”"]|$)/.test(text.slice(a.end, q.end));
}

const ADJACENT_AFTER = /^[\s\u00a0,;—–-]*$/;
const ADJACENT_BEFORE = /^[\s\u00a0,:—–-]*$/;

/**
 * The named speaker a pronoun stands for: the last named speaker before it in this
 * paragraph or the previous one, unless two people of the pronoun's gender compete.
 */
export function resolvePronoun(pronoun: Speaker, pi: number, attributions: Attributions, earlierQuotes: readonly QuoteFact[]): Speaker | undefined {
  const named: Speaker[] = [];
  // within MAX_REACH before the pronoun only: a long paragraph of short quotations stays linear
  const around = { start: pronoun.start, end: pronoun.start };
  for (const p of [pi - 1, pi]) {
    for (const a of near(attributions.inParagraph(p), around)) {
      // a speaker never starts more than LOOK_BACK before its verb: skip (unparsed) verbs too far on
      if (a.verb.start - LOOK_BACK >= pronoun.start) continue;
      if (a.speaker?.kind === 'name' && a.speaker.end <= pronoun.start) named.push(a.speaker);
    }
  }
  const floor = Math.max(attributions.paragraphs[Math.max(0, pi - 1)]?.start ?? 0, pronoun.start - MAX_REACH);
  for (let k = earlierQuotes.length - 1; k >= 0 && earlierQuotes[k].start >= floor; k--) {
    const q = earlierQuotes[k];
    if (q.speakerSpan && q.speaker && q.start >= floor && q.speakerSpan.end <= pronoun.start && !named.some((n) => n.start === q.speakerSpan!.start)) {
      named.push({ text: q.speaker, start: q.speakerSpan.start, end: q.speakerSpan.end, kind: 'name' });
    }
  }
  if (pronoun.text.length > 0 && /^(?:je|nous|i|we)$/i.test(pronoun.text)) return undefined;
  const fits = named.filter((n) => !n.gender || !pronoun.gender || n.gender === pronoun.gender).sort((a, b) => a.start - b.start);
  if (!fits.length) return undefined;
  const last = fits[fits.length - 1];
  // Two different people named in the same stretch just before the pronoun: ambiguous.
  const rival = fits.slice(0, -1).reverse().find((n) => speakerKey(n.text) !== speakerKey(last.text));
  if (rival && last.start - rival.end < 80 && !last.gender) return undefined;
  return last;
}

/** The names entity overlapping a speaker mention. */
export function entityOf(span: Span, names: readonly NameFact[]): NameFact | undefined {
  const i = spanAt(names, span.end - 1);
  for (let j = i; j >= 0 && j > i - 4; j--) {
    const n = names[j];
    if (n.start < span.end && span.start < n.end) return n;
  }
  return undefined;
}

const LEAD_NAME = new RegExp(`^(${NAME})[ \\u00a0]+\\p{Ll}`, 'u');
const PERSONAL = /(?<![\p{L}])(?:her|his|him|she|he|herself|himself|elle|il|lui|elle-même|lui-même)(?![\p{L}])/iu;
const TITLED = new RegExp(`^(?:${TITLES})[ \\u00a0]`, 'u');

/**
 * The person a quotation with no verb of saying follows: « Senator Alicia Grant did not mince
 * her words. “…” ». Only when the quotation opens the sentence right after `previous`, and
 * `previous` opens with a person as subject — a title and a name, or a full name (two
 * capitalised words or more, not a place or an organisation for the names stage, and a
 * personal pronoun or possessive later in the sentence: "did not mince her words")
 * followed by a lower-case word.
 */
export function leadSubject(text: string, previous: Span, q: Span, names: readonly NameFact[]): Speaker | undefined {
  if (q.start < previous.end || !/^[\s\u00a0\u202f]*$/.test(text.slice(previous.end, q.start))) return undefined;
  const m = LEAD_NAME.exec(text.slice(previous.start, Math.min(previous.end, previous.start + 120)));
  if (!m) return undefined;
  const name = m[1];
  const words = name.split(/[ \u00a0]+/);
  if (NOT_NAMES.has(words[0].replace(/[’'.]+$/, ''))) return undefined;
  const start = previous.start;
  const span = { start, end: start + name.length };
  if (!TITLED.test(name)) {
    // an untitled name may be a place (« New York woke up under snow »): a personal pronoun
    // or possessive further on in the sentence must show that it is a person
    if (words.length < 2) return undefined;
    const entity = entityOf(span, names);
    if (entity?.type && entity.type !== 'person' && entity.type !== 'unknown') return undefined;
    if (!PERSONAL.test(text.slice(span.end, previous.end))) return undefined;
  }
  return { text: name, start: span.start, end: span.end, kind: 'name' };
}
