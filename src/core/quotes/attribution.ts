// Attributions: where the text says who speaks. One pass over the prose finds verbs of
// saying (« a déclaré », « a-t-il ajouté », "said", "told") and « selon » / "according to";
// the words around each verb then give the speaker: a name, a role or a pronoun.
import type { Span } from '../types';
import { wordStartsBefore } from './chars';
import { lastBarrier, mayEndSpeaker, mayStartSpeaker } from './prefilter';
import {
  ACCORDING,
  ADVERBS,
  TITLES,
  DETERMINERS,
  EN_VERBS,
  FEMALE_TITLES,
  FIRST_PRONOUNS,
  FR_PARTICIPLES,
  FR_PRESENT,
  FR_REFLEXIVE_PARTICIPLES,
  FR_REFLEXIVE_PRESENT,
  MALE_TITLES,
  NAME,
  NOT_NAMES,
  NOUN_STOPS,
  ROLES,
  THIRD_PRONOUNS,
} from './lexicon';

export interface Speaker extends Span {
  text: string;
  kind: 'name' | 'role' | 'pronoun';
  gender?: 'm' | 'f';
}

const SP = '[ \\u00a0]';
/** Case-insensitive first letter for lists used in case-sensitive expressions. */
const ci = (words: string): string => words.replace(/(^|\|)(\p{L})/gu, (_m, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c.toLowerCase()}]`);

// Starts at the separator before the verb (cheaper than a look-behind at every character).
const TRIGGER = new RegExp(
  // « comme l’écrit X », « comme l’a dit X »: the verb right after an elided article
  // « comme l’écrit X »: an apostrophe before the verb too, kept only after « comme l’ » (scanAttributions)
  `(?:^|[\\s,;:(«“"—–’'])(?:` +
    `(a|ont|avait|avaient|aurait|auraient)(?:-t-(il|elle|on)|-(il|elle|on|ils|elles))?${SP}+(?:(?:${ADVERBS})${SP}+){0,2}(?:${FR_PARTICIPLES})` +
    `|(?:${FR_PRESENT})(?:-t-|-)(il|elle|on|ils|elles)` +
    `|(?:${FR_PRESENT})|(?:${EN_VERBS})|(${ACCORDING})` +
    // reflexive verbs: « s’est réjoui », « se sont inquiétés », « s’est-elle félicitée », « se félicite »
    `|(?:s[’']|se${SP}+)(?:(est|sont|était|étaient|serait|seraient)(?:-t-(il|elle|on)|-(il|elle|on|ils|elles))?${SP}+(?:(?:${ADVERBS})${SP}+){0,2}(?:${FR_REFLEXIVE_PARTICIPLES})(?:e?s?)` +
    `|(?:${FR_REFLEXIVE_PRESENT})(?:(?:-t-|-)(il|elle|on|ils|elles))?))(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The same, tried at one offset only (the separator before the verb). */
const TRIGGER_AT = new RegExp(TRIGGER.source, 'uy');

/** A lower-case word that can be part of a noun phrase: not a function word, auxiliary or verb of saying. */
const NOUN_WORD = `(?!(?:${NOUN_STOPS})(?![\\p{L}’'\\-]))\\p{Ll}[\\p{Ll}\\-]*`;
/**
 * What starts a role phrase: a determiner (« la », "the", « son », "its"), optionally with a
 * possessor ("the club’s", "the band's"), or a capitalised possessor alone ("Apple’s").
 */
const ROLE_DET = `(?:(?:${ci(DETERMINERS)})${SP}*(?<=[’'\\s])(?:${NOUN_WORD}[’']s${SP}+)?|\\p{Lu}[\\p{L}\\-]*[’']s${SP}+)`;
/** « de l’académie », "of the bakery", « du conseil départemental », an age (« de 23 ans »): complements of a role. */
const COMPLEMENT = `(?:${SP}+(?:de|of)${SP}+\\p{N}{1,3}(?:${SP}+ans)?(?![\\p{L}\\p{N}])|${SP}+(?:(?:de|du|des|of|for|at|chez|from|en)${SP}+|d[’'])(?:la${SP}+|le${SP}+|les${SP}+|l[’']|the${SP}+)?[\\p{L}][\\p{L}\\-]*(?:${SP}+(?!(?:de|du|des|d|of|for|at|en)(?![\\p{L}\\-]))${NOUN_WORD})?)`;
/**
 * A speaker named by a role: a known role noun (ROLES, « l’ancien ministre ») or, since any
 * lower-case noun can name a speaker (« la rectrice », "the activist", "the owner"), one to
 * three lower-case words; then up to two complements. Which of the two matched is told by
 * KNOWN_ROLE; the second needs a name in apposition or an attribution position (checked by
 * the callers).
 */
export const ROLE_PHRASE = `${ROLE_DET}(?:(?:[\\p{Ll}\\-]+${SP}+)?(?:${ROLES})s?(?:${SP}+${NOUN_WORD})?|${NOUN_WORD}(?:${SP}+${NOUN_WORD}){0,2})(?:${SP}+\\p{Lu}{2,}(?![\\p{L}]))?${COMPLEMENT}{0,4}`;
const KNOWN_ROLE = new RegExp(`^${ROLE_DET}(?:[\\p{Ll}\\-]+${SP}+)?(?:${ROLES})s?(?![\\p{L}’'\\-])`, 'u');
const PRONOUN = `(?:${ci(THIRD_PRONOUNS)}|${ci(FIRST_PRONOUNS)})`;
const SKIP = `(?:(?:${ADVERBS})${SP}*,?${SP}+){0,3}`;

/** A title without an article before a name: "said director Helena Brask", « a dit ministre… » is not French. */
export const BARE_TITLE = `(?:(?:[\\p{Ll}\\-]+${SP}+)?(?:${ROLES})${SP}+|(?:${NOUN_WORD}${SP}+){1,2})`;
/** Whom the verb addresses, between it and the speaker: « a déclaré à l’AFP X », « a confié au Monde X ». */
const ADDRESSEE = `(?:(?:à|au|aux)${SP}+(?:l[’']|la${SP}+|le${SP}+)?\\p{Lu}[\\p{L}\\-]*${SP}+)?`;
const AFTER = new RegExp(`${SP}*${SKIP}${ADDRESSEE}(?:(${ROLE_PHRASE})(?:,?${SP}+(${NAME}))?|(?:(?:[Ll]e|[Ll]a|[Tt]he)${SP}+(?=(?:${TITLES})${SP}))?${BARE_TITLE}?(${NAME})|(${PRONOUN})(?![\\p{L}])|(?:[Ll]a|[Ll]e|[Ll]es|[Ll][’']|[Tt]he)${SP}*(?<=[’'\\s])(\\p{Lu}{2,}[\\p{Lu}\\p{N}\\-]*(?![\\p{L}])))`, 'uy');
const BEFORE = new RegExp(
  `(?:(${PRONOUN})|(${ROLE_PHRASE})|(${NAME}))(?:,${SP}*([^,;:.!?«»“”"\\n]{1,80}),)?${SP}+(?:(?:${ADVERBS})${SP}+){0,2}(?:(?:had|has|have|would|will|could|might|may)${SP}+(?:(?:${ADVERBS})${SP}+)?)?$`,
  'uy',
);
const REPORTED = /^[ \u00a0]*(?:que|qu[’']|that)(?![\p{L}])/iu;

/** Trims leading capitalised function words off a name: « Mais Nuryshev » → « Nuryshev ». */
export function nameSpeaker(text: string, start: number): Speaker | undefined {
  let s = text;
  let at = start;
  for (;;) {
    const m = /^([\p{L}’'.]+)[ \u00a0]*/u.exec(s);
    if (!m || !NOT_NAMES.has(m[1])) break;
    s = s.slice(m[0].length);
    at += m[0].length;
  }
  if (!s || !/^\p{Lu}/u.test(s)) return undefined;
  const title = /^\S+/.exec(s)?.[0] ?? '';
  const gender = MALE_TITLES.has(title) ? 'm' : FEMALE_TITLES.has(title) ? 'f' : undefined;
  const speaker: Speaker = { text: s, start: at, end: at + s.length, kind: 'name' };
  if (gender) speaker.gender = gender;
  return speaker;
}

function pronounSpeaker(text: string, start: number): Speaker {
  const t = text.toLowerCase();
  const gender = t === 'il' || t === 'he' ? 'm' : t === 'elle' || t === 'she' ? 'f' : undefined;
  const speaker: Speaker = { text, start, end: start + text.length, kind: 'pronoun' };
  if (gender) speaker.gender = gender;
  return speaker;
}

/** What may follow a role phrase that ends an inverted attribution: the clause's end or a circumstance. */
const ROLE_TAIL =
  /^[ \u00a0]*(?:[.,;:!?…)»”"—–]|$|(?:devant|lors|à|au|aux|en|dans|depuis|pendant|après|avant|sur|dès|par|avec|sans|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|qui|dont|on|in|at|during|after|before|to|from|while|when|outside|last|this|yesterday|today|later|on|who|whose|since|with|by|as)(?![\p{L}]))/u;

/** Before `at` (spaces skipped): a comma, a closing quotation mark, a dash or the start — an inverted attribution's place. */
function invertedPosition(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && /[\s\u00a0\u202f]/.test(text[i])) i--;
  return i < floor || /[,;:»”"—–(]/.test(text[i]);
}

/** Before a role phrase starting at `at`: the start of a clause (punctuation, a quotation mark or a conjunction). */
function clauseStart(text: string, at: number, floor: number): boolean {
  let i = at - 1;
  while (i >= floor && /[\s\u00a0\u202f]/.test(text[i])) i--;
  if (i < floor || /[,;:.!?»”"—–(«“]/.test(text[i])) return true;
  const word = /(?:^|[^\p{L}])(\p{L}+)$/u.exec(text.slice(Math.max(floor, i - 8), i + 1));
  return !!word && /^(?:et|mais|puis|alors|ensuite|comme|and|but|then|so|as)$/iu.test(word[1]);
}

function speakerAfter(text: string, at: number, according: boolean, verbStart = at): Speaker | undefined {
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (!m) return undefined;
  const startOf = (g: string): number => m.index + m[0].length - g.length;
  const apposed = m[2] ? nameSpeaker(m[2], startOf(m[2])) : undefined;
  if (apposed) return apposed;
  if (m[1]) {
    const roleStart = m[2] ? m.index + m[0].indexOf(m[1]) : startOf(m[1]);
    const end = roleStart + m[1].length;
    // any noun names a speaker only where an inverted attribution stands: « …, a assuré la rectrice. »
    // after « selon » / "according to" any noun phrase is the source (« selon le ministère »)
    if (!KNOWN_ROLE.test(m[1]) && !according && (!invertedPosition(text, verbStart, 0) || !ROLE_TAIL.test(text.slice(end, end + 12)))) return undefined;
    return { text: m[1], start: roleStart, end, kind: 'role' };
  }
  if (m[3]) {
    // "according to Chinese customs data": a capitalised adjective, not a person
    if (according && /^[ \u00a0]+\p{Ll}/u.test(text.slice(m.index + m[0].length)) && !/^[ \u00a0]+(?:de|du|des|d[’']|of|who|qui)\b/u.test(text.slice(m.index + m[0].length))) return undefined;
    return nameSpeaker(m[3], startOf(m[3]));
  }
  if (m[4] && !according) return pronounSpeaker(m[4], startOf(m[4]));
  // an organisation by its acronym where an inverted attribution stands: « a réagi la CGT », "said the NAACP"
  if (m[5] && (according || (invertedPosition(text, verbStart, 0) && ROLE_TAIL.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))))) {
    const at = startOf(m[5]);
    return { text: text.slice(m.index + m[0].search(/\S/), at + m[5].length).trim(), start: m.index + m[0].search(/\S/), end: at + m[5].length, kind: 'role' };
  }
  return undefined;
}

const APPOSED_NAME = new RegExp(`^${NAME}$`, 'u');

/** A comma, then only spaces, in the 3 characters before `at` (an apposition ends there). */
function commaBefore(text: string, at: number): boolean {
  for (let i = at - 1; i >= at - 3 && i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x2c) return true;
    if (c !== 0x20 && c !== 0xa0) return false;
  }
  return false;
}

/** The farthest a speaker before its verb may start. */
export const LOOK_BACK = 140;

function speakerBefore(text: string, at: number, floor: number): Speaker | undefined {
  // An apposition (« Le rapporteur, Marc Delorme, a jugé ») needs a longer look-back.
  const from = Math.max(floor, at - (commaBefore(text, at) ? LOOK_BACK : 60));
  if (!mayEndSpeaker(text, from, at)) return undefined;
  const slice = text.slice(from, at);
  // Tried at word starts only, farthest first: the first hit is the longest speaker.
  const starts = wordStartsBefore(text, from, at, 12);
  const barrier = lastBarrier(text, from, at);
  let m: RegExpExecArray | null = null;
  for (let k = starts.length - 1; k >= 0 && !m; k--) {
    // only where a speaker can start, past anything a speaker cannot hold
    if (from + starts[k] <= barrier || !mayStartSpeaker(text, from + starts[k], at)) continue;
    BEFORE.lastIndex = starts[k];
    m = BEFORE.exec(slice);
    // any noun, not a known role: a subject at a clause's start, or with a name in apposition
    if (m && m[2] && !KNOWN_ROLE.test(m[2]) && !(m[4] && APPOSED_NAME.test(m[4])) && !clauseStart(text, from + m.index, floor)) m = null;
  }
  if (!m) return undefined;
  const g = m[1] ?? m[2] ?? m[3];
  const start = from + m.index;
  if (m[1]) return pronounSpeaker(g, start);
  if (m[2]) {
    const apposed = m[4];
    if (apposed && APPOSED_NAME.test(apposed)) {
      const at2 = start + m[0].indexOf(apposed, g.length);
      const named = nameSpeaker(apposed, at2);
      if (named) return named;
    }
    return { text: g, start, end: start + g.length, kind: 'role' };
  }
  return nameSpeaker(g, start);
}

/**
 * A verb of saying found in the text. Its speaker — the costly part, several regular
 * expressions around the verb — is parsed on first use: most verbs (those inside
 * quotations, those far from any quotation) are never asked for theirs.
 */
export class Attribution implements Span {
  /** The verb of saying, or « selon » / "according to". */
  readonly verb: Span;
  readonly according: boolean;
  private parsed = false;
  private who: Speaker | undefined;
  private after = false;
  private said = false;
  private from = 0;
  private to = 0;
  private readonly match: RegExpExecArray;

  constructor(
    /** The scanned text, cut where the scan ends: the speaker never runs past it. */
    private readonly text: string,
    private readonly floor: number,
    match: RegExpExecArray,
  ) {
    const lead = LEAD.test(match[0]) ? 1 : 0;
    this.verb = { start: match.index + lead, end: match.index + match[0].length };
    this.according = !!match[5];
    this.match = match;
  }

  /** False for a bare present tense or English verb with nobody around it: a noun or another use. */
  get real(): boolean {
    this.parse();
    return !!this.who || !!this.match[1] || !!this.match[6];
  }
  get speaker(): Speaker | undefined {
    this.parse();
    return this.who;
  }
  /** The speaker follows the verb (« a déclaré X », "said X", « a-t-il dit »). */
  get speakerAfter(): boolean {
    this.parse();
    return this.after;
  }
  /** Followed by que / that: reported speech, not a quotation. */
  get reported(): boolean {
    this.parse();
    return this.said;
  }
  /** The whole attribution: speaker and verb. */
  get start(): number {
    this.parse();
    return this.from;
  }
  get end(): number {
    this.parse();
    return this.to;
  }

  private parse(): void {
    if (this.parsed) return;
    this.parsed = true;
    const { text, match: m, verb } = this;
    const inverted = m[2] ?? m[3] ?? m[4] ?? m[7] ?? m[8] ?? m[9];
    let speaker: Speaker | undefined;
    let after = false;
    if (inverted) {
      speaker = pronounSpeaker(inverted, m.index + m[0].lastIndexOf(inverted));
      after = true;
    } else if (this.according) {
      speaker = speakerAfter(text, verb.end, true);
      after = true;
    } else {
      speaker = speakerBefore(text, verb.start, this.floor);
      // « les débats ont repris », "the meeting continued": a verb with other senses takes
      // no unknown noun as its speaker before it
      if (speaker?.kind === 'role' && !KNOWN_ROLE.test(speaker.text) && OTHER_SENSES.test(text.slice(verb.start, verb.end))) speaker = undefined;
      if (!speaker) {
        speaker = speakerAfter(text, verb.end, false, verb.start);
        after = !!speaker;
      }
    }
    const tailFrom = after && speaker ? speaker.end : verb.end;
    this.who = speaker;
    this.after = after;
    this.said = !this.according && REPORTED.test(text.slice(tailFrom, tailFrom + 8));
    this.from = speaker && !after ? speaker.start : verb.start;
    this.to = speaker && after ? Math.max(verb.end, speaker.end) : verb.end;
  }
}

const LEAD = /^[\s,;:(«“"—–’']/;
/** « comme l’ » before a verb that follows an apostrophe. */
const COMME_L = /(?:^|[^\p{L}])[Cc]omme[ \u00a0]+l$/u;
/** A clitic « l’ » before an auxiliary: « la porte-parole l’a répété ». */
const CLITIC_L = /(?:^|[^\p{L}])[Ll]$/u;
/** Verbs of saying with other common senses (resume, go on, launch, note down). */
const OTHER_SENSES =
  /(?:^|[\s-])(?:repris|reprend|reprennent|poursuivi|poursuit|poursuivent|continué|continue|continuent|conclu|conclut|lancé|lance|lancent|enchaîné|enchaîne|relevé|relève|noté|note|observé|observe|soutenu|maintenu|défendu|défend|rapporté|appelé|appelle|écrit|lu|lit|continued|continues|added|adds|noted|observed|went on|goes on|resumed|concluded|reported|wrote|writes|maintained|held)$/u;

/**
 * The verbs of saying that start in [from, to), in text order, each a candidate attribution
 * (check `real` before use); `floor` bounds the look-back for a speaker before the verb.
 */
export function scanAttributions(whole: string, from = 0, to = whole.length, floor = from): Attribution[] {
  const out: Attribution[] = [];
  // Cut at `to` (a cheap slice): neither the search nor a speaker runs past the paragraph or sentence.
  const text = to < whole.length ? whole.slice(0, to) : whole;
  // The trigger starts at the separator before the verb: start one character early.
  TRIGGER.lastIndex = from > 0 ? from - 1 : 0;
  let m: RegExpExecArray | null;
  while ((m = TRIGGER.exec(text)) && m.index < to) {
    const c = m[0][0];
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    if ((c === '’' || c === "'") && !COMME_L.test(before) && !(m[1] && CLITIC_L.test(before))) {
      TRIGGER.lastIndex = m.index + 1;
      continue;
    }
    const a = new Attribution(text, floor, m);
    if (a.verb.start >= to) break;
    out.push(a);
  }
  return out;
}

/**
 * Whether scanAttributions(text, at, to) can return an attribution starting exactly at
 * `at`: its verb starts there, or a speaker before its verb does — a capitalised word
 * (a name, a title) or a pronoun or determiner (« il », « la ministre », « l’ »). A cheap
 * test on the first word that spares the scan and the speaker parsing when it is false.
 * With `according` false, « selon » / "according to" does not count.
 */
export function mayStartAttribution(text: string, at: number, to: number, according = true): boolean {
  if (at >= to) return false;
  if (mayStartSpeaker(text, at, to)) return true;
  if (at === 0) return false;
  TRIGGER_AT.lastIndex = at - 1;
  const m = TRIGGER_AT.exec(to < text.length ? text.slice(0, to) : text);
  return !!m && (according || !m[5]);
}

/** A key that groups the mentions of one speaker: the last word of the name, folded. */
export function speakerKey(name: string): string {
  const words = name.split(/[\s\u00a0]+/);
  return (words[words.length - 1] ?? name)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

