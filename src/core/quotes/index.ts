// Quotes stage: paired quotations enriched with kind (speech or words), speaker, the
// paragraphs they span and their status in the source documents; plus direct speech
// written without marks (unmarked: true, with zero-width marks).
import { buildSourceIndex, lookupQuote } from '../sources';
import type { SourceIndex } from '../sources/types';
import type { StageInput } from '../stage';
import type { NameFact, Paragraph, QuoteFact, QuoteMark, Span } from '../types';
import { inside, spanAt } from './locate';
import { quoteKind } from './speech';
import { colonSpeaker, leadInSpeaker, messageSpeaker, neighbourSpeaker, subjectColonSpeaker } from './intro';
import { lastPersonBefore, leadInPronoun, personSubject, sentenceSubject } from './subjects';
import { MAX_REACH, verbBetween } from './speaker';
import { Attributions, chooseAttribution, entityOf, leadSubject, resolvePronoun } from './speaker';
import { colonUnmarkedIn, unmarkedIn } from './unmarked';
import type { Speaker } from './attribution';
import { RoleLinks } from './roles';

export function enrichQuotes(input: StageInput, quotes: QuoteFact[], names: NameFact[]): QuoteFact[] {
  const { prose, sentences, language } = input;
  const text = prose.text;
  const paragraphs = prose.paragraphs;
  const attributions = new Attributions(text, paragraphs);
  const sortedNames = isSorted(names) ? names : [...names].sort((a, b) => a.start - b.start);
  const outer = quotes.filter((q) => q.level === 0);
  const roles = new RoleLinks(text, sortedNames);
  // entities the names stage types as a person in at least one mention
  const persons = new Set<string>();
  for (const n of sortedNames) if (n.type === 'person') persons.add(n.entity);
  const out: QuoteFact[] = [];

  for (const q of quotes) {
    const pa = spanAt(paragraphs, q.start);
    const pb = spanAt(paragraphs, q.end - 1);
    const si = spanAt(sentences, q.start);
    const sj = spanAt(sentences, q.end - 1);
    const sentence: Span = {
      start: inside(sentences, si, q.start) ? sentences[si].start : q.start,
      end: sj >= 0 && sentences[sj].end >= q.end ? sentences[sj].end : q.end,
    };
    const prevIndex = inside(sentences, si, q.start) ? si - 1 : si;
    const previous = prevIndex >= 0 && pa >= 0 && sentences[prevIndex].start >= paragraphs[pa].start ? sentences[prevIndex] : undefined;
    const fact = copyQuote(q);
    fact.paragraphs = [pa, pb];
    if (q.level > 0) {
      const inSentence = attributions.inParagraph(pb).some((a) => a.verb.start >= sentence.start && a.verb.start < sentence.end && a.real);
      fact.kind = quoteKind(text, q, language, { adjacent: false, inSentence });
      out.push(fact);
      continue;
    }
    const choice = chooseAttribution(q, sentence, previous, pb, attributions, outer, pa);
    // « La maire de Nantes : « … » »: a speaker before a colon, with no verb of saying
    if (!choice.adjacent && !(choice.speaker && choice.inSentence) && pa >= 0) {
      const floor = paragraphs[pa].start;
      const before = colonSpeaker(text, q.start, floor) ?? leadInSpeaker(text, q.start, floor) ?? (choice.speaker ? undefined : messageSpeaker(text, q.start, floor) ?? subjectColonSpeaker(text, q.start, floor));
      if (before) Object.assign(choice, { speaker: before, attribution: undefined, adjacent: true });
    }
    // a fragment quoted inside reported speech whose speaker was not parsed (« L’établissement
    // qui l’a construite a indiqué que… « dès que possible » »): the sentence's subject
    // a fragment embedded mid-sentence (“…a farm emergency “as soon as possible.”): the subject if a pronoun or a person
    if (!choice.speaker && pa >= 0) {
      const fragment = q.start > sentence.start + 3 && /^[\s\u00a0\u202f]*\p{Ll}/u.test(text.slice(q.inner.start, q.inner.end));
      const subject =
        leadInPronoun(text, sentence) ??
        (verbBetween(attributions.inParagraph(pa), sentence.start, q.start) ? sentenceSubject(text, sentence, true) : fragment ? sentenceSubject(text, sentence, true, true) : undefined);
      if (subject) choice.speaker = subject;
    }
    fact.kind = quoteKind(text, q, language, choice);
    if (fact.kind === 'speech') {
      if (choice.attribution) fact.attribution = { start: choice.attribution.start, end: choice.attribution.end };
      // no verb of saying anywhere near: the person the previous sentence is about, if it opens with one
      const speaker =
        choice.speaker ??
        (previous ? leadSubject(text, previous, q, sortedNames) ?? personSubject(text, previous, q, sortedNames, persons, (e) => quotedBefore(out, e)) : undefined) ??
        (pb >= 0 ? neighbourSpeaker(text, q, previous, paragraphs[pb].end) ?? continuedSpeaker(text, q, pa, paragraphs, out) : undefined);
      setSpeaker(fact, speaker, pb, attributions, out, sortedNames, roles, persons, outer);
    }
    out.push(fact);
  }

  const original = input.text.length === text.length ? input.text : text;
  for (const s of sentences) {
    const comma = text.lastIndexOf(',', s.end);
    const u = (comma >= s.start + 8 ? unmarkedIn(text, s, language, original) : undefined) ?? colonUnmarkedIn(text, s, language, original);
    if (!u) continue;
    const pi = spanAt(paragraphs, s.start);
    const mark = (at: number, role: 'open' | 'close'): QuoteMark => ({ char: '', start: at, end: at, role });
    const fact: QuoteFact = {
      start: u.speech.start,
      end: u.speech.end,
      text: input.text.slice(u.speech.start, u.speech.end),
      inner: { ...u.speech },
      open: mark(u.speech.start, 'open'),
      close: mark(u.speech.end, 'close'),
      level: 0,
      kind: 'speech',
      unmarked: true,
      paragraphs: [pi, pi],
      attribution: { start: u.attribution.start, end: u.attribution.end },
    };
    setSpeaker(fact, u.attribution.speaker, pi, attributions, out, sortedNames, roles, persons, outer);
    out.push(fact);
  }
  out.sort((a, b) => a.start - b.start || a.level - b.level);

  const index: SourceIndex | undefined = input.options.sourceIndex ?? (input.options.sources?.length ? buildSourceIndex(input.options.sources) : undefined);
  for (const f of out) {
    if (f.kind !== 'speech' || f.level > 0) continue;
    f.source = index ? lookupQuote(index, input.text.slice(f.inner.start, f.inner.end), language, f.speaker) : { status: 'unchecked' };
  }
  return out;
}

/**
 * A paragraph that is nothing but a quotation, right after a paragraph whose last quotation
 * has a speaker: the same speaker goes on (news copy continues a quotation in the next
 * paragraph: « « On a vidé la cave », raconte Hélène. ¶ « Le lendemain, tout était perdu. » »).
 */
function continuedSpeaker(text: string, q: Span, pa: number, paragraphs: readonly Paragraph[], out: readonly QuoteFact[]): Speaker | undefined {
  const p = paragraphs[pa];
  if (!p || pa === 0 || text.slice(p.start, q.start).trim() || text.slice(q.end, p.end).trim()) return undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    const f = out[k];
    if (!f.paragraphs || f.paragraphs[1] < pa - 1) return undefined;
    if (f.paragraphs[1] !== pa - 1 || f.level > 0 || f.kind !== 'speech') continue;
    // the previous paragraph's last quotation of speech, and the quotation must end that paragraph's speech
    if (!f.speaker || !f.speakerSpan) return undefined;
    const kind = /^\p{Ll}|^(?:Le|La|Les|L[’']|The|A|An|Un|Une)(?![\p{L}])/u.test(f.speaker) ? 'role' : 'name';
    return { text: f.speaker, start: f.speakerSpan.start, end: f.speakerSpan.end, kind };
  }
  return undefined;
}

/** Whether one of the last quotations found (at most 50 back) is by this entity. */
function quotedBefore(out: readonly QuoteFact[], entity: string): boolean {
  for (let k = out.length - 1; k >= 0 && k >= out.length - 50; k--) if (out[k].speakerEntity === entity) return true;
  return false;
}

function setSpeaker(
  fact: QuoteFact,
  speaker: Speaker | undefined,
  pi: number,
  attributions: Attributions,
  earlier: QuoteFact[],
  names: NameFact[],
  roles: RoleLinks,
  persons: ReadonlySet<string>,
  quoted: readonly Span[],
): void {
  if (!speaker) return;
  let named: Speaker | undefined = speaker;
  if (speaker.kind === 'pronoun') {
    if (/^(?:je|nous|i|we)$/i.test(speaker.text)) return;
    named = resolvePronoun(speaker, pi, attributions, earlier) ?? undefined;
    // the person last named before the pronoun, speaker or not (« Pierre Mille est assis… « … »,
    // raconte-t-il »), when named later than the last speaker
    const floor = attributions.paragraphs[Math.max(0, pi - 3)]?.start ?? 0;
    const person = lastPersonBefore(attributions.text, names, persons, speaker.start, Math.max(floor, speaker.start - MAX_REACH), quoted);
    if (person && (!named || person.start > named.end)) named = { text: person.text, start: person.start, end: person.end, kind: 'name' };
  }
  const who = named ?? speaker;
  fact.speaker = who.text;
  fact.speakerSpan = { start: who.start, end: who.end };
  // a role (« l’ambassadeur ») is the person the draft named in that role, if it did
  const entity = entityOf(who, names)?.entity ?? (who.kind === 'role' ? roles.entityFor(who) : undefined);
  if (entity) fact.speakerEntity = entity;
}

/**
 * A copy of a paired quotation, as { ...q } would make it. An object spread gives every
 * copy a map (hidden class) of its own, so that each property added afterwards builds a
 * new one: several times slower than this literal, whose copies share their maps.
 */
function copyQuote(q: QuoteFact): QuoteFact {
  const fact: QuoteFact = { start: q.start, end: q.end, text: q.text, inner: q.inner, open: q.open, close: q.close, level: q.level };
  for (const key in q) if (!Object.prototype.hasOwnProperty.call(fact, key) && Object.prototype.hasOwnProperty.call(q, key)) (fact as unknown as Record<string, unknown>)[key] = (q as unknown as Record<string, unknown>)[key];
  return fact;
}

function isSorted(names: readonly NameFact[]): boolean {
  for (let i = 1; i < names.length; i++) if (names[i].start < names[i - 1].start) return false;
  return true;
}
