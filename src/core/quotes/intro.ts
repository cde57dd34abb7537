// Speakers introduced without a verb of saying: before a colon (« La maire de Nantes : « … » »),
// by a clause about a message (« Le syndicat a publié un communiqué : »), by a lead-in
// (« Pour la ministre, « … » »), or as the subject opening a sentence.
import { NAME, ROLES } from './lexicon';
import type { Span } from '../types';
import { BARE_TITLE, nameSpeaker, ROLE_PHRASE, type Speaker } from './attribution';

const COLON_HEAD = new RegExp(`^(?:(${ROLE_PHRASE})|${BARE_TITLE}?(${NAME}))$`, 'u');
const COLON_LEAD = /[.!?…»”"\n]/;

/**
 * The speaker of a quotation introduced by a colon with no verb: « La maire de Nantes :
 * « … » », « Un pompier, à la radio : « … » », « Simone, 72 ans, bénévole : « … » »,
 * "The harbour master: “…”". The words from the sentence's start to the colon must be a
 * role phrase or a name, then at most two short appositions or circumstances.
 */
export function colonSpeaker(text: string, quoteStart: number, floor: number): Speaker | undefined {
  let c = quoteStart - 1;
  while (c >= floor && /[\s\u00a0\u202f]/.test(text[c])) c--;
  if (c < floor || text[c] !== ':') return undefined;
  let e = c;
  while (e > floor && /[\s\u00a0\u202f]/.test(text[e - 1])) e--;
  let s = e;
  while (s > floor && e - s < 120 && !COLON_LEAD.test(text[s - 1])) s--;
  if (s > floor && !COLON_LEAD.test(text[s - 1])) return undefined;
  while (s < e && /[\s\u00a0\u202f]/.test(text[s])) s++;
  const parts = text.slice(s, e).split(',');
  const head = parts[0].trim();
  const m = COLON_HEAD.exec(head);
  if (!m) return undefined;
  // after a name, an apposition may be a whole relative clause (« Jeannine, 81 ans, qui loge des
  // artistes chaque été : », "Rita Sharma, who runs a store near the stop:"); after a role, short ones
  const longest = m[2] ? 16 : 5;
  if (parts.length > 3 || parts.slice(1).some((p) => p.trim().split(/[\s\u00a0]+/).length > longest || !p.trim())) return undefined;
  if (m[1]) return { text: head, start: s, end: s + head.length, kind: 'role' };
  const at = s + head.length - m[2].length;
  return nameSpeaker(m[2], at);
}

/** A person opening a clause: a role and a name in apposition, a titled or full name, an age or short apposition after it. */
const PERSON_HEAD = new RegExp(
  `^(?:(?:[^,.;:!?«»“”"]{1,30},[ \\u00a0]+)?(?:(?:${ROLE_PHRASE}),?[ \\u00a0]+(${NAME})|(${NAME}))(,[ \\u00a0]*(?:\\p{N}{1,3}(?:[ \\u00a0]+ans)?|[^,.;:!?«»“”"]{1,40}),)?|(Il|Elle|He|She))[ \\u00a0]+\\p{Ll}`,
  'u',
);

/**
 * The speaker of a quotation after a colon that ends a sentence about a person, with no verb
 * of saying: « Camille Rostand espère élargir l’étude : « … » », "Mayor Ana Ruiz was upbeat:
 * “…”", « Elle hausse les épaules : « … » ». The subject must be a person: a name of two words
 * or more, a name with an age or apposition, a role with a name in apposition, or a personal
 * pronoun (resolved by the caller); a role alone (« La ville compte trois quartiers : ») is not.
 */
export function subjectColonSpeaker(text: string, quoteStart: number, floor: number): Speaker | undefined {
  let c = quoteStart - 1;
  while (c >= floor && /[\s\u00a0\u202f]/.test(text[c])) c--;
  if (c < floor || text[c] !== ':') return undefined;
  let s = c;
  while (s > floor && c - s < 200 && !COLON_LEAD.test(text[s - 1])) s--;
  if (s > floor && !COLON_LEAD.test(text[s - 1])) return undefined;
  while (s < c && /[\s\u00a0\u202f]/.test(text[s])) s++;
  const m = PERSON_HEAD.exec(text.slice(s, c));
  if (!m) return undefined;
  if (m[4]) {
    const w = m[4].toLowerCase();
    const speaker: Speaker = { text: m[4], start: s, end: s + m[4].length, kind: 'pronoun' };
    speaker.gender = w === 'il' || w === 'he' ? 'm' : 'f';
    return speaker;
  }
  const name = m[1] ?? m[2];
  if (!m[1] && !m[3] && name.split(/[ \u00a0]+/).length < 2) return undefined;
  return speakerFromName(name, s + m[0].lastIndexOf(name));
}

/** Nouns of a message: what a clause before a colon says was written or said. */
const MESSAGE = /(?<![\p{L}])(?:clear|blunt|adamant|emphatic|categorical|clair|claire|formel|formelle|catégorique|explicite|messages?|statements?|communiqués?|déclarations?|tweets?|posts?|letters?|lettres?|courriers?|courriels?|e-?mails?|réponses?|answers?|reply|replies|response|conclusions?|avertissements?|warnings?|mots?|words|slogans?|appels?|consignes?|instructions?|advice|conseils?|discours|speech|plaidoyer|verdict|credo|mot d’ordre|leitmotiv)(?![\p{L}])/iu;
const POSSESSIVE = /^(her|his|their|its|son|sa|ses|leur|leurs)[ \u00a0]/iu;
export const CLAUSE_SUBJECT = new RegExp(`^(?:(${ROLE_PHRASE})|(${NAME}))[ \\u00a0]+\\p{Ll}`, 'u');

/**
 * The speaker of a quotation after a colon that ends a clause about a message: « Le syndicat
 * a publié un communiqué : « … » », "Her message was simple: “…”". The clause's subject
 * speaks: a name, a role phrase, or the owner a possessive stands for (returned as a pronoun).
 */
export function messageSpeaker(text: string, quoteStart: number, floor: number): Speaker | undefined {
  let c = quoteStart - 1;
  while (c >= floor && /[\s\u00a0\u202f]/.test(text[c])) c--;
  if (c < floor || text[c] !== ':') return undefined;
  let s = c;
  while (s > floor && c - s < 160 && !COLON_LEAD.test(text[s - 1])) s--;
  while (s < c && /[\s\u00a0\u202f]/.test(text[s])) s++;
  const clause = text.slice(s, c);
  if (!MESSAGE.test(clause)) return undefined;
  const own = POSSESSIVE.exec(clause);
  if (own) {
    const w = own[1].toLowerCase();
    const speaker: Speaker = { text: own[1], start: s, end: s + own[1].length, kind: 'pronoun' };
    if (w === 'her') speaker.gender = 'f';
    else if (w === 'his') speaker.gender = 'm';
    return speaker;
  }
  // « Interrogée par France Inter, la ministre a été claire », "Speaking on the BBC, the minister was clear"
  const comma = clause.lastIndexOf(',');
  let m = CLAUSE_SUBJECT.exec(clause);
  // a one-word capitalised head before a comma is a participle (« Interrogée par… »), not a name
  if (m && m[2] && !/[ \u00a0]/.test(m[2]) && comma > 0) m = null;
  if (!m && comma > 0) {
    const rest = clause.slice(comma + 1);
    const lead = rest.length - rest.trimStart().length;
    m = CLAUSE_SUBJECT.exec(rest.trimStart());
    if (m) s += comma + 1 + lead;
  }
  if (!m) return undefined;
  if (m[1]) {
    const role = subjectPhrase(m[1]);
    return { text: role, start: s, end: s + role.length, kind: 'role' };
  }
  return nameSpeaker(m[2], s);
}

/**
 * A role phrase read at a clause's start, without the English simple past a greedy match
 * takes for a noun ("The club issued" → "The club").
 */
export function subjectPhrase(role: string): string {
  const words = role.split(/[ \u00a0]+/);
  let n = words.length;
  while (n > 2 && /^\p{Ll}+ed$/u.test(words[n - 1])) n--;
  return n === words.length ? role : role.slice(0, role.indexOf(words[n - 1], words.slice(0, n - 1).join(' ').length) + words[n - 1].length);
}

const LEAD_IN = new RegExp(`^(?:Pour|Aux yeux d[e’']|Aux yeux du|For|To|In the view of|In the words of)[ \\u00a0]+(?:(${ROLE_PHRASE})|(${NAME}))$`, 'u');

/**
 * The speaker a lead-in names before a comma and the quotation: « Pour la ministre,
 * « … » », "For the coach, “…”", "In the words of Ada Lee, “…”".
 */
export function leadInSpeaker(text: string, quoteStart: number, floor: number): Speaker | undefined {
  let c = quoteStart - 1;
  while (c >= floor && /[\s\u00a0\u202f]/.test(text[c])) c--;
  if (c < floor || text[c] !== ',') return undefined;
  let s = c;
  while (s > floor && c - s < 100 && !COLON_LEAD.test(text[s - 1])) s--;
  while (s < c && /[\s\u00a0\u202f]/.test(text[s])) s++;
  const clause = text.slice(s, c);
  const m = LEAD_IN.exec(clause);
  if (!m) return undefined;
  const g = m[1] ?? m[2];
  const at = s + clause.length - g.length;
  return m[1] ? { text: g, start: at, end: at + g.length, kind: 'role' } : nameSpeaker(g, at);
}

const SUBJECT_AHEAD = new RegExp(`^(?:(?:${ROLE_PHRASE}),?[ \\u00a0]+(${NAME}),?|(?:[\\p{Ll}\\-]+[ \\u00a0]+)?(?:${ROLES})[ \\u00a0]+(${NAME}))[ \\u00a0]+\\p{Ll}`, 'u');
/** A person's name opening a sentence, an age or a short apposition after it, then the verb: « Marie, 34 ans, a tout perdu », "Maria, 34, lost". */
const NAME_AHEAD = new RegExp(`^(${NAME})(?:,[ \\u00a0]*(?:\\p{N}{1,3}(?:[ \\u00a0]+ans)?|[^,.;:!?«»“”"]{1,40}),)?[ \\u00a0]+\\p{Ll}`, 'u');
/** A sentence pointing back at the quotation, then its speaker: a name (a title before it) or a role phrase. */
const BACK_REFERENCE = new RegExp(
  `^(?:Ainsi (?:parle|s[’']exprime|témoigne|résume|raconte)|(?:C[’']est|C[’']était|Tel est|Tel était|Telle est|Telle était|Ce sont|Ce furent|Voilà) (?:le|la|les) (?:constat|verdict|sentiment|témoignage|mots?|réaction|analyse|credo|avis|résumé|cri|confidence|conclusion)s? d(?:e |[’'])|(?:That|This|Such) (?:was|is) the (?:verdict|view|reaction|assessment|word|conclusion|message|take|summary) of |(?:Those|These|Such) were the words of |So says )[ \\u00a0]*(?:(${ROLE_PHRASE})(?![ \\u00a0]+\\p{Lu})|${BARE_TITLE}?(${NAME}))`,
  'u',
);
const DETERMINER_START = /^(?:Le|La|Les|L[’']|Un|Une|Des|Du|De|Ce|Cet|Cette|Ces|The|A|An|This|That|These|Those|Its|Their|His|Her|Our|Mon|Ma|Son|Sa|Ses|Leur|Leurs)(?![\p{L}])/u;

function speakerFromName(name: string, at: number): Speaker | undefined {
  if (DETERMINER_START.test(name)) return undefined;
  return nameSpeaker(name, at);
}

/**
 * The person a neighbouring sentence opens with, as the speaker of a quotation that stands
 * alone: the previous sentence's subject when it is a role with a name or a titled name
 * (« La directrice artistique, Frédérique Sagot, ne cache pas sa satisfaction. « … » »,
 * "Chief executive Mara Lind was unrepentant. “…”"), or the next sentence's subject, a
 * name with an age or an apposition (« « On n’a plus rien. » Marie, 34 ans, a tout perdu »),
 * as reporters introduce a witness.
 */
export function neighbourSpeaker(text: string, q: Span, previous: Span | undefined, paragraphEnd: number): Speaker | undefined {
  if (previous && previous.end <= q.start && /^[\s\u00a0\u202f]*$/.test(text.slice(previous.end, q.start))) {
    const s = text.slice(previous.start, Math.min(previous.end, previous.start + 160));
    const m = SUBJECT_AHEAD.exec(s.charAt(0).toLowerCase() + s.slice(1));
    if (m) {
      const name = m[1] ?? m[2];
      const at = previous.start + m[0].lastIndexOf(name);
      const who = speakerFromName(name, at);
      if (who) return who;
    }
    // « Rose Delmas, 91 ans, a retrouvé sa maison. « … » », « Parmi eux, Yvon Le Gall, 72 ans, abonné… »:
    // a person introduced with an age or an apposition, or a role with a name in apposition
    const p = m ? null : PERSON_HEAD.exec(s);
    if (p && (p[1] || (p[2] && p[3]))) {
      const name = p[1] ?? p[2];
      const who = speakerFromName(name, previous.start + p[0].lastIndexOf(name));
      if (who) return who;
    }
  }
  // the quotation ends a sentence (its last mark after . ! ? …) and the next one follows
  if (/[.!?…][\s\u00a0\u202f]*$/.test(text.slice(Math.max(q.start, q.end - 4), q.end - 1))) {
    let at = q.end;
    while (at < paragraphEnd && /[ \u00a0\u202f]/.test(text[at])) at++;
    const m = at > q.end ? NAME_AHEAD.exec(text.slice(at, Math.min(paragraphEnd, at + 120))) : null;
    // one word alone is a name only with an age or apposition after it (not « Paris a voté »)
    if (m && (m[0].includes(',') || m[1].split(/[ \u00a0]+/).length >= 2)) return speakerFromName(m[1], at);
    // a sentence that points back at the words and names who said them: « Ainsi parle Rose
    // Delmas », « C’est le constat de la maire », "That was the verdict of organizer Dave Lin"
    const back = at > q.end ? BACK_REFERENCE.exec(text.slice(at, Math.min(paragraphEnd, at + 160))) : null;
    if (back) {
      const name = back[2];
      if (name) return speakerFromName(name, at + back[0].length - name.length);
      return { text: back[1], start: at + back[0].length - back[1].length, end: at + back[0].length, kind: 'role' };
    }
  }
  return undefined;
}
