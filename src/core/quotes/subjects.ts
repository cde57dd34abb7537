// Speakers found as subjects rather than by a verb of saying: the subject of the sentence a
// fragment is quoted in, a possessive lead-in (“In his view, it is “…””), the person who
// opens the previous sentence (« Bernard Léger regarde ses rangs. « … » »), and the person
// last named before a pronoun.
import type { NameFact, Span } from '../types';
import { CLAUSE_SUBJECT, subjectPhrase } from './intro';
import { inside, spanAt } from './locate';

// lower case only: a sentence-opening lead-in (“For Webb, …”, « Pour Hélène, … ») names the person the sentence is about
const NOT_AFTER = /(?:^|[^\p{L}])(?:the|from|in|at|to|of|near|by|for|with|de|du|des|à|au|aux|en|la|le|les|vers|depuis|sur|pour|par|avec|chez)[ \u00a0]+$/u;
import type { Speaker } from './attribution';

const NOT_SUBJECT = /^(?:Le|La|Les|L|The|A|An|Il|Elle|He|She|It|This|That|Ce|Cette|Selon|According|Mais|But|Et|And)$/;
const PRONOUN_SUBJECT = /^(Il|Elle|He|She)[ \u00a0]+\p{Ll}/u;

/**
 * The name or role phrase that opens a sentence and is followed by a lower-case word: its
 * subject. `pronoun`: a personal pronoun counts too (resolved later). `personOnly`: a role
 * phrase does not (for fragments quoted without a verb of saying).
 */
export function sentenceSubject(text: string, sentence: Span, pronoun = false, personOnly = false): Speaker | undefined {
  let s = sentence.start;
  while (s < sentence.end && /[\s\u00a0\u202f«“"]/.test(text[s])) s++;
  const head = text.slice(s, Math.min(sentence.end, s + 160));
  const p = pronoun ? PRONOUN_SUBJECT.exec(head) : null;
  if (p) return pronounOf(p[1], s);
  const m = CLAUSE_SUBJECT.exec(head);
  if (!m || (personOnly && m[1])) return undefined;
  const g = m[1] ? subjectPhrase(m[1]) : m[2];
  if (NOT_SUBJECT.test(g)) return undefined;
  return { text: g, start: s, end: s + g.length, kind: m[1] ? 'role' : 'name' };
}

function pronounOf(word: string, start: number): Speaker {
  const w = word.toLowerCase();
  const speaker: Speaker = { text: word, start, end: start + word.length, kind: 'pronoun' };
  if (w === 'il' || w === 'he' || w === 'his' || w === 'him' || w === 'lui') speaker.gender = 'm';
  else if (w === 'elle' || w === 'she' || w === 'her') speaker.gender = 'f';
  return speaker;
}

const LEAD_IN_PRONOUN = /^(?:In[ \u00a0]+(his|her)[ \u00a0]+(?:view|opinion|words|eyes)|(?:For|To)[ \u00a0]+(him|her)|Pour[ \u00a0]+(lui|elle)|À[ \u00a0]+(?:ses|leurs)[ \u00a0]+yeux)[ \u00a0]*,/u;

/** A sentence opening with a possessive or pronoun lead-in: “In his view, …”, « Pour elle, … ». */
export function leadInPronoun(text: string, sentence: Span): Speaker | undefined {
  let s = sentence.start;
  while (s < sentence.end && /[\s\u00a0\u202f]/.test(text[s])) s++;
  const m = LEAD_IN_PRONOUN.exec(text.slice(s, Math.min(sentence.end, s + 40)));
  if (!m) return undefined;
  const word = m[1] ?? m[2] ?? m[3] ?? 'ses';
  const at = s + m[0].indexOf(word);
  return pronounOf(word, at);
}

/** The last mention of a person starting in [floor, at), unless two people share its sentence. */
export function lastPersonBefore(
  text: string,
  names: readonly NameFact[],
  persons: ReadonlySet<string>,
  at: number,
  floor: number,
  quoted: readonly Span[] = [],
): NameFact | undefined {
  let i = spanAt(names, at - 1);
  let found: NameFact | undefined;
  for (let k = 0; i >= 0 && k < 40 && names[i].start >= floor; i--, k++) {
    const n = names[i];
    if (n.end > at || !persons.has(n.entity)) continue;
    // a name inside a quotation, or after an article or a preposition (“from Harbour Town”), is not who speaks next
    if (inside(quoted, spanAt(quoted, n.start), n.start) || NOT_AFTER.test(text.slice(Math.max(0, n.start - 12), n.start))) continue;
    if (!found) found = n;
    // two people named close together (« Jane Doe met John Roe ») : ambiguous
    else if (n.entity !== found.entity) return found.start - n.end < 80 && !/[.!?]\s/.test(text.slice(n.end, found.start)) ? undefined : found;
  }
  return found;
}

/**
 * The one person the previous sentence names as a subject (a mention followed by a
 * lower-case word), when the quotation follows it directly: « À Meursault, Bernard Léger
 * regarde ses rangs. « Quarante ans de travail… » ».
 */
export function personSubject(
  text: string,
  previous: Span,
  q: Span,
  names: readonly NameFact[],
  persons: ReadonlySet<string>,
  quoted: (entity: string) => boolean,
): Speaker | undefined {
  if (q.start < previous.end || !/^[\s\u00a0\u202f]*$/.test(text.slice(previous.end, q.start))) return undefined;
  let i = spanAt(names, previous.end - 1);
  let subject: NameFact | undefined;
  for (let k = 0; i >= 0 && k < 20 && names[i].start >= previous.start; i--, k++) {
    const n = names[i];
    if (!persons.has(n.entity)) continue;
    if (subject && subject.entity !== n.entity) return undefined; // two people: ambiguous
    if (/^[ \u00a0]+\p{Ll}/u.test(text.slice(n.end, n.end + 3))) subject = n;
  }
  if (!subject) return undefined;
  // a person: already quoted in the draft, or with a personal pronoun or possessive after (not “New York woke up”)
  if (!quoted(subject.entity) && !PERSONAL.test(text.slice(subject.end, previous.end))) return undefined;
  return { text: subject.text, start: subject.start, end: subject.end, kind: 'name' };
}

const PERSONAL = /(?<![\p{L}])(?:her|his|him|she|he|herself|himself|elle|il|lui|elle-même|lui-même)(?![\p{L}])/iu;
