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
  /** The comma before the attribution. */
  comma: number;
  /** Lost sentence punctuation between the speech and the comma (« . »), if any. */
  residue?: Span;
  attribution: Attribution;
}

const SPACES = /\s*/y;
const QUOTE_CHARS = /[«»“”"„‹›]/;
/** What may follow the speaker: the end of the sentence or a short circumstance. */
const TAIL_OK =
  /^[\s\u00a0]*(?:[.!?…;)]|$|,|(?:devant|lors|à|au|aux|en|dans|depuis|pendant|après|avant|sur|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|cette|during|at|in|on|to|after|before|from|while|when|outside|inside|near|by|reporters|journalists|the|later|yesterday|today|last|this|à la|sortie|lors)(?![\p{L}]))/u;
const LEAD_OUT = /^(?:selon|d[’']après|according|pour|for|si|if|quand|when|comme|as)(?![\p{L}])/iu;

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
  const to = Math.min(sentenceEnd, comma + 110);
  // The attribution must start right after the comma and its spaces (tested below):
  // most commas are followed by words no attribution starts with.
  SPACES.lastIndex = comma + 1;
  SPACES.test(text);
  if (!mayStartAttribution(text, SPACES.lastIndex, to, false)) return undefined;
  const list = scanAttributions(text, comma + 1, to, comma + 1);
  const a = list.find((x) => x.speaker && !x.according && !x.reported);
  if (!a || !a.speaker) return undefined;
  if (!/^[\s\u00a0]*$/.test(text.slice(comma + 1, Math.min(a.start, a.verb.start)))) return undefined;
  const tail = text.slice(a.end, sentenceEnd);
  // an apposition after the speaker (« , the union leader ») is part of the attribution
  if (!TAIL_OK.test(tail) && !/^,[^,;]{1,60}$/.test(tail.replace(/[.!?…]+$/, ''))) return undefined;
  if (text.slice(a.end, sentenceEnd).split(/\s+/).length > 10) return undefined;
  return a;
}

/** Unmarked direct speech in one sentence, or undefined. */
export function unmarkedIn(text: string, sentence: Span, language: Language): UnmarkedSpeech | undefined {
  const body = text.slice(sentence.start, sentence.end);
  if (QUOTE_CHARS.test(body)) return undefined;
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
  if (LEAD_OUT.test(speech)) return undefined;
  if (speech.split(/[\s\u00a0]+/).length < 3) return undefined;
  const firstPerson = (language === 'fr' ? FIRST_PERSON_FR : FIRST_PERSON_EN).test(speech) || SECOND_PERSON.test(speech);
  const present = (language === 'fr' ? PRESENT_FR : PRESENT_EN).test(speech) && attribution.speaker.kind === 'name';
  if (!firstPerson && !present) return undefined;
  return { speech: { start, end }, comma, ...(residue ? { residue } : {}), attribution };
}
