// What kind of variant two spellings of one word are, for the message a copy desk reads
// ("French transcription of the same Cyrillic name"), and whether the pair is only a doubled
// letter apart (Kaufman / Kaufmann, Andersen / Anderssen, Philips / Phillips): in Western
// surnames those are often two families, so the pair is a question, not a correction.
import { arabicCue, baseForm, foldDiacritics, hasCyrillic } from './keys';
import { cantonesePair, chineseKeys, chineseMarker } from './chinese';
import { ARABIC_NAMES } from './lexicon';
import { givenNameForms, typoPair } from './similarity';

export type VariantKind =
  | 'diacritics'
  | 'cyrillic-script'
  | 'french'
  | 'german'
  | 'polish-czech'
  | 'dutch'
  | 'bgn'
  | 'turkic'
  | 'chinese'
  | 'arabic'
  | 'particle'
  | 'particle-case'
  | 'typo'
  | 'given-form';

const LABEL: Record<VariantKind, [string, string]> = {
  diacritics: ['the same name with and without diacritics', 'le même nom avec et sans signes diacritiques'],
  'cyrillic-script': ['the same name in Cyrillic and in Latin letters', 'le même nom en cyrillique et en lettres latines'],
  french: ['French transcription of the same Cyrillic name', 'transcription française du même nom cyrillique'],
  german: ['German transcription of the same Cyrillic name', 'transcription allemande du même nom cyrillique'],
  'polish-czech': ['Polish or Czech spelling of the same Slavic name', 'graphie polonaise ou tchèque du même nom slave'],
  dutch: ['Dutch transcription of the same Cyrillic name', 'transcription néerlandaise du même nom cyrillique'],
  bgn: ['two romanizations (BGN/PCGN and another) of the same Cyrillic name', 'deux romanisations (BGN/PCGN et une autre) du même nom cyrillique'],
  turkic: ['Kazakh or Uzbek Latin spelling of the same name', 'graphie latine kazakhe ou ouzbèke du même nom'],
  chinese: ['Wade-Giles and pinyin spellings of the same Chinese name', 'graphies Wade-Giles et pinyin du même nom chinois'],
  arabic: ['two romanizations of the same Arabic or Persian name', 'deux romanisations du même nom arabe ou persan'],
  particle: ['the same name with another particle', 'le même nom avec une autre particule'],
  'given-form': ['two national forms of one given name, such as Ukrainian and Russian', 'deux formes nationales d’un même prénom, ukrainienne et russe par exemple'],
  typo: ['two letters swapped or one vowel changed: a likely typo', 'deux lettres interverties ou une voyelle changée\u00a0: une coquille probable'],
  'particle-case': ['the particle capitalised differently', 'la particule avec une autre casse'],
};

/** The message label of a kind, in English and French. */
export function kindLabel(kind: VariantKind): [string, string] {
  return LABEL[kind];
}

const SLAVIC_END = /(?:ov|ev|ova|eva|in|ina|sky|ski|skiy|skii|enko|uk|yk|ich|vich|itch|off|eff|ow|ew|ine|ev[ae]?)$/;
const ARABIC = new Set([...ARABIC_NAMES]);

/** The kind of variant from one spelling `a` to another `b` of the same word, when it can be told. */
export function variantKind(a: string, b: string): VariantKind | undefined {
  if (a !== b && a.toLowerCase() === b.toLowerCase() && /\s/.test(a)) return 'particle-case';
  if (/^(?:von|van|vom|der|de|du|bin|ibn|ben|bint|al|el|abu|abou)\s/i.test(a) && /\s/.test(b)) return 'particle';
  if (hasCyrillic(a) !== hasCyrillic(b)) return 'cyrillic-script';
  if (typoOnly(a, b)) return 'typo';
  if (!/\s/.test(a) && givenNameForms(a, b)) return 'given-form';
  const fa = foldDiacritics(a);
  const fb = foldDiacritics(b);
  if (fa === fb) return 'diacritics';
  const la = baseForm(a);
  const lb = baseForm(b);
  const both = `${la} ${lb}`;
  if (/[ūīğñäöüə]|q/.test(both) && /(?:ay|ai|aï|ev|ov|yev|bek|ul|uly)$/.test(fb + ' ' + fa)) {
    if (/[ūīğñə]|q/.test(both)) return 'turkic';
  }
  if ((chineseKeys(a).length && chineseKeys(b).length && (chineseMarker(a) || chineseMarker(b))) && !SLAVIC_END.test(fa)) return 'chinese';
  if (!SLAVIC_END.test(fa) && !SLAVIC_END.test(fb) && (arabicCue(a) || arabicCue(b) || ARABIC.has(fa) || ARABIC.has(fb))) return 'arabic';
  const slavic = SLAVIC_END.test(fa) || SLAVIC_END.test(fb) || /(?:zh|kh|shch|tch|sch|yev|yeva)/.test(both);
  if (!slavic) return undefined;
  const either = (re: RegExp): boolean => re.test(la) !== re.test(lb);
  if (either(/[żźśćńłąęěřůčšž]|sz|cz|rz/)) return 'polish-czech';
  if (either(/tsj|sj|oe(?!v)/)) return 'dutch';
  if (germanish(la, lb) || germanish(lb, la)) return 'german';
  if (frenchish(la, lb) || frenchish(lb, la)) return 'french';
  if (either(/ye|yev|iy$|yy$|y$/)) return 'bgn';
  return undefined;
}

/** French conventions in `x` where `y` has the English ones: ou, tch, ï, j for zh, ch for sh, -ine. */
function frenchish(x: string, y: string): boolean {
  return (/ou/.test(x) && !/ou/.test(y)) || (/tch/.test(x) && !/tch/.test(y)) || /ï/.test(x) || (/j/.test(x) && /zh/.test(y)) || (/ch/.test(x) && !/sch/.test(x) && /sh/.test(y)) || (/ine$/.test(x) && /in$/.test(y));
}

/** German conventions in `x` where `y` has the English ones: sch, tsch, w for v, j for y, z for ts. */
function germanish(x: string, y: string): boolean {
  return (/sch/.test(x) && !/sch/.test(y)) || (/w/.test(x) && /v/.test(y)) || (/j/.test(x) && /y/.test(y) && !/zh/.test(y)) || (/z/.test(x) && /ts/.test(y));
}

/** Two spellings one keyboard slip apart (Merkel / Merkle, Stoltenberg / Stoltenburg): see similarity.ts typoPair. */
export function typoOnly(a: string, b: string): boolean {
  const fa = foldDiacritics(a).replace(/[^a-z]/g, '');
  const fb = foldDiacritics(b).replace(/[^a-z]/g, '');
  return typoPair(fa, fb);
}

const collapse = (s: string): string => s.replace(/(\p{L})\1+/gu, '$1');

/** One vowel inserted in the longer word (Haley / Healey), not at its end. */
function oneVowelMore(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 1; i < l.length - 1; i++) {
    // not the u of a French gu (Sergueï) or the o of a French ou (Koutouzov): transliterations
    if ((l[i] === 'u' && l[i - 1] === 'g') || (l[i] === 'o' && l[i + 1] === 'u')) continue;
    if (/[aeiou]/.test(l[i]) && l.slice(0, i) + l.slice(i + 1) === s) return true;
  }
  return false;
}

/**
 * True when two spellings are a Western surname pair that is often two families: a doubled
 * letter (Kaufman / Kaufmann, Philips / Phillips, Andersen / Anderssen), th for t (Horvat /
 * Horvath) or one vowel more (Haley / Healey), and nothing marks them as one transliterated name
 * (Arabic geminates, Cyrillic, a Slavic ending); or a Cantonese / Taiwanese surname and the pinyin
 * of the same character (Cheung / Zhang). Worth a question at information severity.
 */
export function doubledLetterOnly(a: string, b: string): boolean {
  if (cantonesePair(a, b)) return true; // Cheung / Zhang: also two common surnames
  const fa = foldDiacritics(a);
  const fb = foldDiacritics(b);
  if (fa === fb) return false;
  if (hasCyrillic(a) || hasCyrillic(b) || arabicCue(a) || arabicCue(b)) return false;
  if (ARABIC.has(fa) || ARABIC.has(fb) || /[ïëü]/.test(a + b)) return false;
  // Vassiliev / Vasiliev, Beloussov / Belousov: the French ss of a Cyrillic name is a transliteration
  if (SLAVIC_END.test(fa) || SLAVIC_END.test(fb) || /[j]/.test(fa + fb) || /(?:iy|yy|yi|ii|ij|yj)$/.test(fa + ' ' + fb)) return false;
  if (collapse(fa) === collapse(fb)) return true;
  // a transliteration's digraphs or Chinese syllables: not a Western spelling pair
  if (/kh|zh|ts|tch|shch|sch|ou|hs|x|q/.test(fa + ' ' + fb) || (chineseMarker(a) && chineseMarker(b))) return false;
  const t = (x: string): string => collapse(x.replace(/th/g, 't'));
  if (t(fa) === t(fb) || oneVowelMore(fa, fb)) return true;
  return westernSpelling(fa) === westernSpelling(fb);
}

/**
 * Western spelling alternations that make two names, or two families (Smith / Smyth, Meyer /
 * Meier, Carl / Karl, Rodriguez / Rodrigues, Sara / Sarah, Martin / Martine): y for i, c for k,
 * ph for f, a silent h, a final z or e.
 */
function westernSpelling(f: string): string {
  return collapse(
    f
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/c(?![eiy])/g, 'k')
      .replace(/(?<!^)y(?!$)/g, 'i')
      .replace(/(?<=[^sc])h/g, '')
      .replace(/z$/, 's')
      .replace(/(?<=[^aeiou])e$/, ''),
  );
}

/**
 * The severity name-variant gives two spellings of one name when they meet in a draft:
 * 'warning' for a transliteration or spelling variant, 'information' for a pair only a doubled
 * letter apart, undefined when they are not taken for one name. Used by `npm run eval:names`.
 */
export function pairSeverity(a: string, b: string, same: (a: string, b: string) => boolean): 'warning' | 'information' | undefined {
  if (!same(a, b)) return undefined;
  const ta = a.split(/\s+/);
  const tb = b.split(/\s+/);
  const short = ta.length <= tb.length ? ta : tb;
  const long = ta.length <= tb.length ? tb : ta;
  // each word of the shorter name against the word of the longer one it stands for
  const pairs =
    ta.length === tb.length
      ? long
      : short.map((w) => long.find((x) => x === w) ?? long.find((x) => same(w, x)) ?? '');
  const differing = short.map((w, i) => [w, pairs[i]] as const).filter(([w, x]) => w !== x);
  // a keyboard slip is a correction only when the given name matches too (Angela Merkle)
  if (differing.length && differing.every(([w, x]) => x && typoOnly(w, x))) return short.length > differing.length ? 'warning' : 'information';
  if (differing.length && differing.every(([w, x]) => x && doubledLetterOnly(w, x))) return 'information';
  return 'warning';
}
