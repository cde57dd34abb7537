// Direct speech written without quotation marks: a first-person (or present-tense, named)
// statement closed by an inverted attribution — « Nous espérons…, a déclaré X. »,
// "We will not back down, he said." — and the punctuation a lost quotation leaves behind
// (« … tonnes. , a déclaré X »). Reported speech (« X a déclaré que… ») is not matched:
// its attribution comes first.
import type { Language, Span } from '../types';
import { mayStartAttribution, scanAttributions, type Attribution } from './attribution';
import { FIRST_PERSON_EN, FIRST_PERSON_FR, PRESENT_EN, PRESENT_FR, SECOND_PERSON } from './lexicon';

export interface UnmarkedSpeech {
  /** The speech, residue and spaces excluded. */
  speech: Span;
  /** The comma before the attribution; for speech after a colon, the colon. */
  comma: number;
  /** Speech after a colon that ends its attribution (« Le préfet a prévenu : Nous fermerons… »). */
  colon?: boolean;
  /** Lost sentence punctuation between the speech and the comma (« . »), if any. */
  residue?: Span;
  attribution: Attribution;
}

const SPACES = /\s*/y;
const QUOTE_CHARS = /[«»“”"„‹›]/;
/** What may follow the speaker: the end of the sentence or a short circumstance. */
const TAIL_OK =
  /^[\s\u00a0]*(?:[.!?…;)]|$|,|(?:devant|lors|à|au|aux|en|dans|depuis|pendant|après|avant|sur|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|during|at|in|on|to|after|before|from|while|when|outside|inside|near|by|reporters|journalists|the|later|yesterday|today|last|this|à la|sortie|lors|dès|par|only|just|earlier|again|once|twice|repeatedly|recently|privately|publicly|but|mais|et|and|adding|ajoutant|citing|citant|as|comme|with|avec|without|sans)(?![\p{L}]))/u;
const TELL = /(?:^|[\s\u00a0])(?:told|tells|tell)$/u;
/** Whom a speaker tells: one to three lower-case words, a determiner first, before the end or a circumstance. */
const TOLD_WHOM =
  /^[\s\u00a0]+(?:(?:the|a|an|his|her|their|its|our|fellow)[\s\u00a0]+)?(?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+){0,2}?\p{Ll}[\p{Ll}-]*(?=[\s\u00a0]*(?:[.!?…;,]|$)|[\s\u00a0]+(?:in|at|on|during|after|before|outside|from|while|when|by|via|over)(?![\p{L}]))/u;
/** A relative or participial clause about the speaker: « , qui a ajouté… », ", who added…", « , avant de… ». */
const RELATIVE_TAIL = /^[\s\u00a0]*,[\s\u00a0]*(?:qui|dont|lequel|laquelle|lesquels|lesquelles|who|whose|which|avant|after|before|ajoutant|soulignant|précisant|estimant|adding|noting|saying)(?![\p{L}])/iu;
const LEAD_OUT = /^(?:selon|d[’']après|according|pour(?![ \u00a0]+(?:nous|moi)(?![\p{L}]))|for(?![ \u00a0]+(?:us|me)(?![\p{L}]))|si|if|quand|when|comme|as)(?![\p{L}])/iu;
/** A subject and its relative clause, the verb after the comma being the sentence's own: « L’entreprise, qui nous a contactés, a confirmé… ». */
const SUBJECT_RELATIVE = /^[^,]{1,80},[ \u00a0]*(?:qui|que|qu[’']|dont|où|lequel|laquelle|which|who|whom|whose|where)(?![\p{L}])[^,]*$/iu;

/** Lost punctuation before a comma: « tonnes. , a déclaré », "back down. , he said". */
export function residueBefore(text: string, comma: number, floor: number): Span | undefined {
  const m = /([.!?…]+)([ \t\u00a0]*)$/.exec(text.slice(Math.max(floor, comma - 6), comma));
  if (!m) return undefined;
  const start = comma - m[0].length;
  // « etc., », "U.S., " and initials are abbreviations, not residue, unless a space follows the dot
  if (!m[2] && m[1] === '.' && !/[\p{Ll}\p{N}]{3}$/u.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  return { start, end: start + m[1].length };
}

/** The attribution that closes a sentence after its last comma, if it is an inverted one. */
export function closingAttribution(text: string, comma: number, sentenceEnd: number): Attribution | undefined {
  // room for a role with its complements and a name in apposition (« a affirmé le président du conseil départemental, Jean Morel »)
  const to = Math.min(sentenceEnd, comma + 200);
  // The attribution must start right after the comma and its spaces (tested below):
  // most commas are followed by words no attribution starts with.
  SPACES.lastIndex = comma + 1;
  SPACES.test(text);
  if (!mayStartAttribution(text, SPACES.lastIndex, to, false)) return undefined;
  const list = scanAttributions(text, comma + 1, to, comma + 1);
  const a = list.find((x) => x.speaker && !x.according && !x.reported);
  if (!a || !a.speaker) return undefined;
  // only spaces before the attribution, or the article of an acronym the speaker is (“the MP wrote”)
  if (!/^[\s\u00a0]*(?:(?:the|le|la|les|l[’'])[\s\u00a0]*)?$/iu.test(text.slice(comma + 1, Math.min(a.start, a.verb.start)))) return undefined;
  let tail = text.slice(a.end, sentenceEnd);
  // "told supporters in Reno", « a confié à ses proches »: the person told, then a circumstance
  if (TELL.test(text.slice(a.verb.start, a.verb.end))) {
    const obj = TOLD_WHOM.exec(tail);
    if (obj) tail = tail.slice(obj[0].length);
  }
  // a relative clause on the speaker (« , qui a également exprimé… », ", who also…") may run to the sentence's end
  if (RELATIVE_TAIL.test(tail)) return a;
  // an apposition after the speaker (« , the union leader ») is part of the attribution
  if (!TAIL_OK.test(tail) && !/^,[^,;]{1,60}$/.test(tail.replace(/[.!?…]+$/, ''))) return undefined;
  // a circumstance (« à un groupe de journalistes », "at a news conference in Geneva on Monday")
  if (tail.split(/\s+/).length > 16) return undefined;
  return a;
}

/** An imperative with an attached pronoun opening the speech: « Faites-nous confiance », « Laissez-moi », « Dites-le ». */
const IMPERATIVE_FR = /^\p{L}+(?:ez|ons|e|s)-(?:nous|moi|le|la|les|lui|leur|en|y|toi)(?![\p{L}])/iu;
/** « on » as a subject, with the verb after it (and « ne »/« n’ » between). */
const ON_SUBJECT = /(?<![\p{L}’'])[Oo]n[ \u00a0]+(?:ne[ \u00a0]+|n[’'])?(?:(?:se|s[’']|l[’']|le|la|les|y|en|vous|nous|lui|leur)[ \u00a0]*)?(\p{L}+)/gu;
/** Verbs after which « on » is the impersonal one of wire copy (« on ignore », « on compte 10 morts »). */
const IMPERSONAL_ON = new Set(
  `sait savait ignore ignorait apprend apprenait estime estimait dit disait pense pensait croit croyait rapporte
  indique constate compte comptait dénombre recense note observe trouve voit parle évoque attend craint
  retrouve signale évalue annonce prête suppose imagine considère appelle nomme cite reproche accuse
  soupçonne sent`.split(/\s+/),
);

/** « On ne lâchera rien », « on va se battre »: « on » standing for « nous », not the impersonal « on ». */
function onForNous(said: string): boolean {
  ON_SUBJECT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ON_SUBJECT.exec(said))) if (!IMPERSONAL_ON.has(m[1].toLowerCase())) return true;
  return false;
}

/** Places and institutions that speak for a government or a company (metonymy). */
const INSTITUTION = /(?:^|[ \u00a0])(?:Street|House|Hall|Palace|Office|Ministry|Department|Kremlin|Pentagon|Élysée|Elysée|Matignon|Bercy|Beauvau|Quai|Downing|Whitehall|Commission|Council|Conseil|Assemblée|Sénat|Senate|Congress|Parliament|Parlement|Court|Cour|Tribunal|Police|Army|Armée|Bank|Banque|Group|Groupe|Inc|Ltd|SA|Agency|Agence)(?:$|[ \u00a0])/u;

/** A person named in full: a title and a name, or two capitalised words, none an institution's. */
function personName(name: string): boolean {
  if (INSTITUTION.test(name)) return false;
  return name.split(/[ \u00a0]+/).length >= 2;
}

/**
 * Whether the words speak in person: first person (je, nous, « on » for « nous », I, we),
 * second person, or a French imperative with an attached pronoun. Without these, a
 * statement before « , a déclaré X » may be the wire's third-person paraphrase.
 */
export function speaksInPerson(said: string, language: Language): boolean {
  return (language === 'fr' ? FIRST_PERSON_FR.test(said) || onForNous(said) || IMPERATIVE_FR.test(said) : FIRST_PERSON_EN.test(said)) || SECOND_PERSON.test(said);
}

/** Markdown emphasis in the original draft (*I, Daniel Blake*, _Moi, président_): a title or a term, never the speaker's pronoun. */
const EMPHASIS = /(\*{1,2}|_{1,2})(?=\S)[^*_\n]{1,120}?\S\1/g;

/** `said` (text from `start`) with the words inside emphasis in `original` blanked, same length. */
function maskEmphasis(said: string, original: string, start: number): string {
  const from = Math.max(0, start - 2);
  const src = original.slice(from, start + said.length);
  if (!/[*_]/.test(src)) return said;
  const chars = said.split('');
  EMPHASIS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMPHASIS.exec(src))) for (let k = Math.max(0, m.index + from - start); k < Math.min(said.length, m.index + m[0].length + from - start); k++) chars[k] = ' ';
  return chars.join('');
}

/**
 * Unmarked direct speech in one sentence, or undefined. `original`: the draft before
 * Markdown syntax was blanked (same offsets), so that a title in emphasis is not speech.
 */
export function unmarkedIn(text: string, sentence: Span, language: Language, original: string = text): UnmarkedSpeech | undefined {
  const raw = text.slice(sentence.start, sentence.end);
  // quoted words (« la Ceinture et la Route », a title) do not make the sentence a quotation: masked
  const body = QUOTE_CHARS.test(raw) ? maskQuotedWords(raw) : raw;
  if (body === undefined) return undefined;
  // The attribution follows one of the last commas (« …, said X, the union leader. »).
  let rel = body.lastIndexOf(',');
  let attribution: Attribution | undefined;
  for (let tries = 0; rel >= 8 && tries < 3 && !attribution; tries++) {
    attribution = closingAttribution(text, sentence.start + rel, sentence.end);
    if (!attribution) rel = body.lastIndexOf(',', rel - 1);
  }
  if (!attribution?.speaker || rel < 8) return undefined;
  const comma = sentence.start + rel;
  const residue = residueBefore(text, comma, sentence.start);
  let end = residue ? residue.start : comma;
  while (end > sentence.start && /[\s\u00a0]/.test(text[end - 1])) end--;
  const start = sentence.start;
  const speech = text.slice(start, end);
  if (LEAD_OUT.test(speech) || SUBJECT_RELATIVE.test(speech)) return undefined;
  const count = speech.split(/[\s\u00a0-]+/).length;
  if (count < 2) return undefined;
  const said = original === text ? body.slice(0, end - start) : maskEmphasis(body.slice(0, end - start), original, start);
  const firstPerson = speaksInPerson(said, language);
  if (count < 3 && !firstPerson) return undefined;
  // third person in the present or future: speech only from a person named in full (« a déclaré
  // Anne Morel »), not an institution standing for its staff (« a annoncé Matignon », "Downing Street said")
  const present = (language === 'fr' ? PRESENT_FR : PRESENT_EN).test(said) && attribution.speaker.kind === 'name' && personName(attribution.speaker.text);
  if (!firstPerson && !present) return undefined;
  return { speech: { start, end }, comma, ...(residue ? { residue } : {}), attribution };
}

const QUOTED_SEGMENT = /«[^«»]*»|“[^“”]*”|"[^"]*"|‹[^‹›]*›|„[^„“”]*[“”]/g;

/**
 * The sentence with each quoted term blanked out (same length), or undefined when a
 * quotation in it is speech rather than words (8 words or more, or sentence punctuation
 * inside) or a mark is left unpaired: that sentence is a quotation already.
 */
export function maskQuotedWords(body: string): string | undefined {
  const masked = body.replace(QUOTED_SEGMENT, (seg) => {
    const inner = seg.slice(1, -1).trim();
    if (inner.split(/[\s\u00a0\u202f]+/).length >= 8 || /[.!?…]$/.test(inner.replace(/[\s\u00a0\u202f]+$/, ''))) return '\u0000';
    return ' '.repeat(seg.length);
  });
  if (masked.includes('\u0000') || QUOTE_CHARS.test(masked)) return undefined;
  return masked;
}

/** At most this many words between an attribution and its colon: whom the speaker told, a circumstance. */
const COLON_TAIL_WORDS = 6;

/**
 * Unmarked speech after a colon that closes an attribution: « Le préfet a prévenu les
 * automobilistes : Nous fermerons l’autoroute. », "The mayor told residents: We will reopen
 * the bridge." The clause before the colon must hold a verb of saying with its speaker (not
 * reported speech), and the words after it start with a capital and speak in person (first
 * or second person, an imperative) — « Le ministre a annoncé trois mesures : la route… » does not.
 */
export function colonUnmarkedIn(text: string, sentence: Span, language: Language, original: string = text): UnmarkedSpeech | undefined {
  // searched within the sentence only: a document without colons stays linear
  const raw = text.slice(sentence.start, sentence.end);
  const rel = raw.indexOf(':');
  if (rel < 8 || rel >= raw.length - 8 || QUOTE_CHARS.test(raw)) return undefined;
  const colon = sentence.start + rel;
  let start = colon + 1;
  while (start < sentence.end && /[\s\u00a0\u202f]/.test(text[start])) start++;
  if (start === colon + 1 || !/\p{Lu}/u.test(text[start] ?? '')) return undefined;
  let end = sentence.end;
  while (end > start && /[\s\u00a0\u202f.!?…]/.test(text[end - 1])) end--;
  const speech = text.slice(start, end);
  if (speech.split(/[\s\u00a0-]+/).length < 3 || speech.includes(':')) return undefined;
  const said = original === text ? speech : maskEmphasis(speech, original, start);
  if (!speaksInPerson(said, language)) return undefined;
  const list = scanAttributions(text, sentence.start, colon, sentence.start);
  const a = list.find((x) => x.real && x.speaker && !x.according && !x.reported);
  if (!a || !a.speaker) return undefined;
  const tail = text.slice(a.end, colon).trim();
  if (tail && (tail.split(/[\s\u00a0]+/).length > COLON_TAIL_WORDS || /[,;.!?]/.test(tail))) return undefined;
  return { speech: { start, end }, comma: colon, colon: true, attribution: a };
}
