// Speech or words: a quotation of what someone said, or of a title, a name, a term or a
// scare quote (« la Ceinture et la Route », “Moby Dick”, the so-called “reform”).
import type { Language, QuoteFact } from '../types';
import { FIRST_PERSON_EN, FIRST_PERSON_FR } from './lexicon';

/** Words just before a quotation that announce a name or a term rather than speech. */
const NAMING_CUES = new Set(
  `initiative opération programme plan projet livre roman film série émission journal magazine rapport loi texte
  intitulé intitulée intitulés intitulées baptisé baptisée baptisés baptisées surnommé surnommée appelé appelée
  appelés appelées dit dite dits dites nommé nommée qualifié qualifiée mot mots terme termes expression slogan
  formule label campagne chanson album book novel movie series show song report bill act titled entitled called
  dubbed nicknamed named so-called term word words phrase motto campaign operation program labelled labeled branded`.split(/\s+/),
);
const LAST_WORDS = /([\p{L}-]+)[ \u00a0]+([\p{L}-]+)[ \u00a0]*$|([\p{L}-]+)[ \u00a0]*$/u;

/** Words just before a quotation that announce a name or a term rather than speech. */
function namingCue(before: string): boolean {
  const m = LAST_WORDS.exec(before.slice(-30));
  if (!m) return false;
  const last = (m[2] ?? m[3] ?? '').toLowerCase();
  return NAMING_CUES.has(last) || (m[1]?.toLowerCase() === 'known' && last === 'as');
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
  const words = inner.split(/[\s\u00a0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const finished = /[.!?…,;:]$/.test(inner);
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  if (namingCue(before) && !(finished && words.length >= 8)) return 'words';
  if (hints.adjacent) return 'speech';
  const firstPerson = (language === 'fr' ? FIRST_PERSON_FR : FIRST_PERSON_EN).test(inner) || FIRST_PERSON_EN.test(inner);
  if (firstPerson && words.length >= 2) return 'speech';
  if (finished && words.length >= 3) return 'speech';
  if (words.length >= 8) return 'speech';
  if (isTitleCase(words)) return 'words';
  if (hints.inSentence && words.length >= 2) return 'speech';
  return words.length <= 3 ? 'words' : 'speech';
}

/** Every content word capitalised: a title or a proper name (Moby Dick, la Ceinture et la Route). */
function isTitleCase(words: string[]): boolean {
  if (!words.length || words.length > 7) return false;
  const content = words.filter((w) => !FUNCTION_WORD.test(w));
  if (!content.length) return false;
  return content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}
