// Speech or words: a quotation of what someone said, or of a title, a name, a term or a
// scare quote (« la Ceinture et la Route », “Moby Dick”, the so-called “reform”).
import type { Language, QuoteFact } from '../types';
import { cueRunStart } from './chars';
import { FIRST_PERSON_EN, FIRST_PERSON_FR } from './lexicon';

/** Words just before a quotation that announce a name or a term rather than speech. */
const NAMING_CUES = new Set(
  `initiative opération programme plan projet livre roman film série émission journal magazine rapport loi texte
  intitulé intitulée intitulés intitulées baptisé baptisée baptisés baptisées surnommé surnommée appelé appelée
  appelés appelées dit dite dits dites nommé nommée qualifié qualifiée mot mots terme termes expression slogan
  formule label campagne chanson album book novel movie series show song report bill act titled entitled called
  dubbed nicknamed named so-called appelle appellent qualifie qualifient surnomme baptise nomme calls call dubs terms brands labels term word words phrase motto campaign operation program labelled labeled branded`.split(/\s+/),
);
const SPACE_BEFORE = (c: number): boolean => c === 0x20 || c === 0xa0;
/**
 * Words just before a quotation that announce a name or a term rather than speech: the
 * last word (or "known as") of the 30 characters before the opening mark.
 */
function namingCue(text: string, at: number): boolean {
  const floor = Math.max(0, at - 30);
  let end2 = at;
  while (end2 > floor && SPACE_BEFORE(text.charCodeAt(end2 - 1))) end2--;
  // an apposition: "the band’s new album, “Salt and Iron,” comes out"
  if (end2 > floor && text.charCodeAt(end2 - 1) === 0x2c) {
    end2--;
    while (end2 > floor && SPACE_BEFORE(text.charCodeAt(end2 - 1))) end2--;
  }
  const start2 = cueRunStart(text, end2, floor);
  if (start2 === end2) return false;
  const last = text.slice(start2, end2).toLowerCase();
  if (NAMING_CUES.has(last)) return true;
  if (last !== 'as') return false;
  let end1 = start2;
  while (end1 > floor && SPACE_BEFORE(text.charCodeAt(end1 - 1))) end1--;
  if (end1 === start2) return false;
  return text.slice(cueRunStart(text, end1, floor), end1).toLowerCase() === 'known';
}
/** Determiners and prepositions after which a quotation is a noun phrase of the sentence. */
const EMBEDDING = new Set(
  `the a an its his her their our your this that these those of for in on at with by from into about against
  le la les l un une du des de d au aux ce cet cette ces son sa ses leur leurs notre nos votre vos par pour
  avec sur sous dans en contre vers chez entre sans as comme`.split(/\s+/),
);
/** The word before the opening mark (apostrophes kept as the end of l’ / d’). */
function wordBefore(text: string, at: number): string {
  const m = /([\p{L}]+)[’']?[ \u00a0\u202f]*$/u.exec(text.slice(Math.max(0, at - 24), at));
  return m ? m[1].toLowerCase() : '';
}
function embedded(text: string, q: QuoteFact): boolean {
  if (!EMBEDDING.has(wordBefore(text, q.start))) return false;
  // a colon or a comma right before is an introduction of speech, not grammar
  return !/[:,][ \u00a0\u202f]*$/.test(text.slice(Math.max(0, q.start - 3), q.start));
}
function nickname(text: string, q: QuoteFact): boolean {
  return /\p{Lu}[\p{L}’'.-]*[ \u00a0]$/u.test(text.slice(Math.max(0, q.start - 20), q.start)) && /^[ \u00a0]\p{Lu}/u.test(text.slice(q.end, q.end + 2));
}
const FUNCTION_WORD = /^(?:le|la|les|l[’']|de|du|des|d[’']|et|en|à|au|aux|un|une|the|of|and|a|an|in|on|to|for|at|by|with|or)$/iu;

export interface KindHints {
  /** A verb of saying right next to the marks (“…,” he said / X a déclaré : « …). */
  adjacent: boolean;
  /** A verb of saying somewhere in the quotation's sentence. */
  inSentence: boolean;
}

export function quoteKind(text: string, q: QuoteFact, language: Language, hints: KindHints): 'speech' | 'words' {
  const inner = text.slice(q.inner.start, q.inner.end).trim();
  if (!inner) return 'words';
  // Only up to 8 words matter: every test below compares the count with 8 or less.
  const words = contentWords(inner, 8);
  const finished = /[.!?…,;:]$/.test(inner);
  if (namingCue(text, q.start) && !(finished && words.length >= 8)) return 'words';
  const firstPerson0 = (language === 'fr' ? FIRST_PERSON_FR : FIRST_PERSON_EN).test(inner) || FIRST_PERSON_EN.test(inner);
  // a phrase that is part of the sentence's grammar — after a determiner or a preposition
  // (the “deal of the century”, l’initiative de « la Ceinture et la Route »), or a nickname
  // between two names (Margaret “Maggie” Thatcher) — is quoted words, not speech
  if (!finished && words.length < 8 && !firstPerson0 && (embedded(text, q) || nickname(text, q))) return 'words';
  if (writtenText(text, q)) return 'words';
  if (hints.adjacent) return 'speech';
  const firstPerson = (language === 'fr' ? FIRST_PERSON_FR : FIRST_PERSON_EN).test(inner) || FIRST_PERSON_EN.test(inner);
  if (firstPerson && words.length >= 2) return 'speech';
  // a title set off by commas, its comma inside the marks as English sets it: “Salt and Iron,”
  if (/,$/.test(inner) && isTitleCase(words) && words.length >= 2) return 'words';
  if (finished && words.length >= 3) return 'speech';
  // a short sentence standing alone between two others (« C’est inadmissible. », “Never again!”)
  if (words.length >= 2 && /[.!?…]$/.test(inner) && /^\p{Lu}/u.test(inner) && !isTitleCase(words) && standsAlone(text, q.start)) return 'speech';
  if (words.length >= 8) return 'speech';
  if (isTitleCase(words)) return 'words';
  if (hints.inSentence && words.length >= 2) return 'speech';
  return words.length <= 3 ? 'words' : 'speech';
}

/** Things text is written on: signs, banners, placards, notes, tags. */
const CARRIER = '(?:sign|signs|banner|banners|placard|placards|poster|posters|notice|note|graffiti|plaque|billboard|t-shirt|panneau|panneaux|banderole|banderoles|pancarte|pancartes|affiche|affiches|affichette|écriteau|écriteaux|inscription|tag|tags)';
/** « on pouvait lire : », "the sign read:", "reading:" right before the opening mark. */
const READ_BEFORE = /(?:(?<![\p{L}])(?:lire|lit|lisait|read|reads|reading)|(?:inscrit|inscrite|écrit|écrite|written|printed|painted|scrawled|imprimé|peint)[ \u00a0]*(?:dessus|on it)?)[ \u00a0\u202f]*:?[ \u00a0\u202f]*$/u;
/** "…,” read a handwritten sign", « », proclamait une banderole »: the carrier named right after. */
const CARRIER_AFTER = new RegExp(`^[,.!?]?[ \\u00a0\\u202f]*[»”"]?[ \\u00a0\\u202f]*,?[ \\u00a0]*[\\p{L}’'-]+[ \\u00a0]+(?:(?:a|an|the|one|un|une|la|le|les|l[’']|des|sa|son|ses|his|her|their)[ \\u00a0]*)(?:[\\p{L}-]+[ \\u00a0]+){0,2}${CARRIER}(?![\\p{L}])`, 'iu');

/**
 * Text read on a sign, a banner or a placard (“Closed until further notice,” read a sign;
 * on pouvait lire : « Touche pas à ma ligne »): written words, with no speaker to name.
 */
function writtenText(text: string, q: QuoteFact): boolean {
  if (READ_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))) return true;
  return CARRIER_AFTER.test(text.slice(q.inner.end, q.inner.end + 60));
}

const TOKEN = /\S+/g;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** The first `max` space-separated tokens that hold a letter or a digit. */
function contentWords(inner: string, max: number): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = TOKEN.exec(inner))) if (HAS_CONTENT.test(m[0])) out.push(m[0]);
  return out;
}

/** Every content word capitalised: a title or a proper name (Moby Dick, la Ceinture et la Route). */
function isTitleCase(words: string[]): boolean {
  if (!words.length || words.length > 7) return false;
  const content = words.filter((w) => !FUNCTION_WORD.test(w));
  if (!content.length) return false;
  return content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Nothing but spaces between the opening mark and the start of the paragraph or the end of the last sentence. */
function standsAlone(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[ \u00a0\u202f\t]/.test(text[i])) i--;
  return i < 0 || /[\n.!?…»”"]/.test(text[i]);
}
