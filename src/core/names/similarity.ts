// Are two spellings one name? Transliteration-aware readings (keys.ts, chinese.ts) decide
// "same"; explicit guards keep different people apart: feminine and masculine forms
// (-ov/-ova, -sky/-skaya, -ski/-ska, -ák/-áková), relatives with different given names
// (Kim Jong-un / Kim Jong-il), names one real consonant apart, a country and its adjective.
import type { Language } from '../types';
import { arabicCue, baseForm, foldDiacritics, readings, skeleton } from './keys';
import { cantonesePair, chineseKeys, chineseMarker } from './chinese';
import { ARABIC_NAMES, GIVEN_NAME_FORMS } from './lexicon';

/** Words that are not part of the comparison: Arabic articles and filiation particles. */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ul)[-‐]/i;
const SKIP_TOKENS = new Set(['al', 'el', 'bin', 'ibn', 'ben', 'bint', 'de', 'du', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'la', 'le', 'abu', 'abou']);

/** Per-analysis memo tables (no module-level state): spellings repeat, keys are costly. */
export interface Caches {
  readings: Map<string, string[]>;
  fold: Map<string, string>;
  chinese: Map<string, string[]>;
}

export function newCaches(): Caches {
  return { readings: new Map(), fold: new Map(), chinese: new Map() };
}

function fold(w: string, caches?: Caches): string {
  let f = caches?.fold.get(w);
  if (f === undefined) {
    f = foldDiacritics(w);
    caches?.fold.set(w, f);
  }
  return f;
}

function zhKeys(w: string, caches?: Caches): string[] {
  let k = caches?.chinese.get(w);
  if (k === undefined) {
    k = chineseKeys(w);
    caches?.chinese.set(w, k);
  }
  return k;
}

/** The comparable tokens of a name: particles and articles dropped, possessive stripped. */
export function nameTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .map((t) => t.replace(/[’']s$/i, '').replace(ARTICLE, ''))
    .filter((t, i, all) => t && (i === all.length - 1 || !SKIP_TOKENS.has(t.toLowerCase().replace(/[’'‐-]$/, ''))) && !/^[dl][’']$/i.test(t))
    .map((t) => t.replace(/^[dl][’'](?=\p{Lu})/u, ''));
}

const SLAVIC = /(?:ov|ev|ova|eva|in|ina|sky|ski|skiy|skii|enko|uk|yk|ich|vich|itch|off|eff)$/;

function feminine(r: string): boolean {
  return /a$/.test(r);
}

const consonants = (r: string): string => r.replace(/[aeiou]/g, '');
/** Consonant skeletons of frequent Arabic names (built once, never changed). */
const ARABIC_SKELETONS: ReadonlySet<string> = new Set(
  [...ARABIC_NAMES].flatMap((n) => readings(n).map(consonants)).filter((k) => k.length >= 3),
);

/** One vowel i/e inserted or dropped inside the word (not at its end: Iran / Irani). */
function nearByVowel(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (s.length < 5) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  if (!/[ie]/.test(l[i]) || i >= l.length - 2 || i === 0) return false;
  // eu is a Cantonese vowel, not a dropped ы or ь (Cheung / Chung are two surnames)
  if (l[i] === 'e' && l[i + 1] === 'u') return false;
  return s.slice(i) === l.slice(i + 1);
}

/** Arabic: q/k/g (and Egyptian g for j) and d/dh/t fall together. */
function kgMerge(r: string): string {
  return r.replace(/[gC]/g, 'k').replace(/d/g, 't');
}

const diphthong = (w: string): boolean => /[aeo][iy]|ey/i.test(w.replace(/y$/i, ''));

/**
 * A keyboard slip in a surname (folded, letters only): two adjacent letters swapped after the
 * first (Merkel / Merkle, Macron / Marcon) in a word of five letters or more, or one inner vowel
 * changed in a word of eight or more (Stoltenberg / Stoltenburg), not the -sen / -son of two
 * families (Petersen / Peterson). The engine reports it as a question unless the given name
 * matches too (kinds.ts `typoOnly`).
 */
export function typoPair(fa: string, fb: string): boolean {
  if (fa.length !== fb.length || fa.length < 5 || fa === fb) return false;
  const diffs: number[] = [];
  for (let i = 0; i < fa.length && diffs.length <= 2; i++) if (fa[i] !== fb[i]) diffs.push(i);
  if (diffs.length === 2) {
    const [i, j] = diffs;
    return i > 0 && j === i + 1 && fa[i] === fb[j] && fa[j] === fb[i];
  }
  if (diffs.length !== 1 || fa.length < 8) return false;
  const i = diffs[0];
  if (i < 3 || i >= fa.length - 1 || !/[aeiou]/.test(fa[i]) || !/[aeiou]/.test(fb[i])) return false;
  return !(/s[eo]n$/.test(fa) && i === fa.length - 2);
}

/** A Slavic stem (-ov, -ev, -ij, -ej, -aj) with a Baltic masculine ending (-s, -as, -us). */
const BALTIC = /^(\p{L}{2,}(?:ov|ev|ij|ej|aj))(?:s|as|us)$/u;

const NATIVE_MARK = /[^\p{ASCII}]/u;

/**
 * Two spellings that no romanization convention maps onto each other, so two names however
 * close their readings are (each returns true to keep them apart):
 * - both written in a native Latin orthography (each carries a diacritic) and differing only
 *   in the last letters: the diacritic is a distinct sound there (Croatian -ić / Czech -iš,
 *   Croatian -č / Hungarian -cs are different families);
 * - two pinyin syllables whose initials are j, q or x and differ: pinyin is unambiguous there,
 *   only Wade-Giles writes ch for two of them (Jing / Qing, Xu / Ju);
 * - one spelling holds a whole consonant digraph (ch, sh, kh, gh, zh, th) the other lacks
 *   entirely: a dropped sound, not another transcription of it (Bakhshi / Bakhi);
 * - a short Arabic name whose last vowel is a before a final h in one spelling and e in the
 *   other: ā and kasra are two patterns of one root (Fatah / Fateh), not two romanizations.
 */
function distinctSpelling(a: string, b: string, fa: string, fb: string): boolean {
  if (NATIVE_MARK.test(a) && NATIVE_MARK.test(b) && fa.length >= 4 && fb.length >= 4) {
    let i = 0;
    while (i < fa.length && i < fb.length && fa[i] === fb[i]) i++;
    if (i >= Math.min(fa.length, fb.length) - 1 && i >= 3) return true;
  }
  const pj = /^[jqx](?=[aeiou])/;
  if (pj.test(fa) && pj.test(fb) && fa[0] !== fb[0] && fa.slice(1) === fb.slice(1) && fa.length <= 6) return true;
  const [s, l] = fa.length < fb.length ? [fa, fb] : [fb, fa];
  if (l.length === s.length + 2 && s.length >= 4) {
    for (let i = 1; i < s.length; i++) {
      if (l.slice(0, i) === s.slice(0, i) && /^[csktgz]h$/.test(l.slice(i, i + 2)) && l.slice(i + 2) === s.slice(i) && /[^aeiou]$/.test(s.slice(0, i))) return true;
    }
  }
  if (fa.length === fb.length && fa.length <= 5 && /[ae]h$/.test(fa) && /[ae]h$/.test(fb) && fa.slice(0, -2) === fb.slice(0, -2) && fa !== fb) return true;
  return false;
}

/** Two words (single tokens) spelled for one name. */
export function sameToken(a: string, b: string, caches?: Caches, chinese = false, arabic = false): boolean {
  if (a === b) return true;
  if (cantonesePair(a, b)) return true; // reported only as a question (kinds.ts)
  const fa = fold(a, caches);
  const fb = fold(b, caches);
  if (fa === fb) return true;
  if (fa.replace(/[^a-z]/g, '') === fb.replace(/[^a-z]/g, '')) return true;
  if (distinctSpelling(a, b, fa.replace(/[^a-z]/g, ''), fb.replace(/[^a-z]/g, ''))) return false;
  // Latvian and Lithuanian add a masculine ending to a Slavic name (Ivanovs, Ivanovas, Jurijus)
  const baltic = (w: string): string | undefined => BALTIC.exec(w)?.[1];
  const ba = baltic(a);
  const bb = baltic(b);
  if ((ba && !bb && !BALTIC.test(b)) || (bb && !ba)) return sameToken(ba ?? a, bb ?? b, caches, chinese, arabic);
  if (/^\p{Lu}/u.test(a) && /^\p{Lu}/u.test(b) && typoPair(fa.replace(/[^a-z]/g, ''), fb.replace(/[^a-z]/g, ''))) return true;
  // a Persian or Arabic nisba in -i is another name (Karim / Karimi, Rahman / Rahmani)
  if ((fa + 'i' === fb && /[^aeiouy]$/.test(fa)) || (fb + 'i' === fa && /[^aeiouy]$/.test(fb))) return false;
  if (chinese) {
    const ca = zhKeys(a, caches);
    const cb = zhKeys(b, caches);
    if (ca.length && cb.length) return ca.some((k) => cb.includes(k));
  }
  const ra = readings(a, caches?.readings);
  const rb = readings(b, caches?.readings);
  // gender guard: one form ends in -a and the other does not (Ivanov / Ivanova, Novák / Nováková)
  const femA = ra.every(feminine);
  const femB = rb.every(feminine);
  // (not an Arabic or Persian tāʾ marbūṭa written -a, -ah or -eh: Haniya / Haniyeh, Fatima / Fatemeh)
  const marbuta = arabic && (/e?h?$/.test(fa) && /(?:eh|ah|e)$/.test(femA ? fb : fa));
  if (femA !== femB && ra.some(feminine) !== rb.some(feminine) && !marbuta) return false;
  // an inner tch against ch with nothing Slavic about either name is two Western names (Michel / Mitchell)
  if (/.tch/.test(fa) !== /.tch/.test(fb) && !SLAVIC.test(fa) && !SLAVIC.test(fb) && !/[yvwzkjï]|ou|ia|iu/.test(fa + fb + a + b)) return false;
  const setB = new Set(rb);
  if (ra.some((r) => setB.has(r))) return true;
  const loose = arabic || arabicCue(a) || arabicCue(b);
  if (loose) {
    const lb = new Set(rb.map(kgMerge));
    if (ra.some((r) => lb.has(kgMerge(r)))) return true;
  }
  // near spellings share a skeleton (the reading without i and e): check only those pairs
  const skB = new Map<string, string[]>();
  for (const y of rb) {
    const k = skeleton(y);
    const arr = skB.get(k);
    if (arr) arr.push(y);
    else skB.set(k, [y]);
  }
  for (const x of ra) for (const y of skB.get(skeleton(x)) ?? []) if (nearByVowel(x, y)) return true;
  // Arabic names differ in short vowels: Mohammed / Muhammad, Hussein / Husayn; but a
  // diphthong written ei/ay/ai stands for a yāʾ the other name lacks (Hussein ≠ Hassan)
  const ca = new Set(ra.map(consonants).filter((k) => ARABIC_SKELETONS.has(k)));
  if (ca.size && rb.some((r) => ca.has(consonants(r)))) return diphthong(a) === diphthong(b) && !aiConflict(fa, fb) && !firstVowelConflict(fa, fb) && /eu/.test(fa) === /eu/.test(fb);
  // Arabic and Persian vowels written o or u, ee or i, ow, ou or o (Morsi / Mursi, Zareef / Zarif,
  // Rowhani / Rouhani / Rohani): the same consonants with vowels of one class
  if (!loose) return false;
  const va = vowelClasses(fa);
  const vb = vowelClasses(fb);
  if (va.length < 5 || va.length !== vb.length) return false;
  // e stands for a fatḥa or a kasra in Egyptian and Levantine spellings (Meshaal / Mashal, Khaled / Khalid)
  for (let i = 0; i < va.length; i++) if (va[i] !== vb[i] && !((va[i] === 'e' && /[ai]/.test(vb[i])) || (vb[i] === 'e' && /[ai]/.test(va[i])))) return false;
  return true;
}

/** Two names whose first vowels differ a / o-u are two names (Khamenei / Khomeini); o and u are one class (Morsi / Mursi). */
function firstVowelConflict(fa: string, fb: string): boolean {
  const va = /[aeiou]/.exec(fa)?.[0];
  const vb = /[aeiou]/.exec(fb)?.[0];
  return (va === 'a' && /[ou]/.test(vb ?? '')) || (vb === 'a' && /[ou]/.test(va ?? ''));
}

/** Two Arabic names whose last vowels differ a / i are two names (Hamad / Hamid, Rashad / Rashid). */
function aiConflict(fa: string, fb: string): boolean {
  const la = /([aeiouy]+)[^aeiouy]*$/.exec(fa)?.[1] ?? '';
  const lb = /([aeiouy]+)[^aeiouy]*$/.exec(fb)?.[1] ?? '';
  return (la === 'a' && /^(?:i|ee|y)$/.test(lb)) || (lb === 'a' && /^(?:i|ee|y)$/.test(la));
}

function vowelClasses(folded: string): string {
  return folded
    .replace(/[^a-z]/g, '')
    .replace(/([^aeiou])\1/g, '$1') // geminates written once or twice (Oussama / Osama)
    .replace(/(?:ah|eh|e)$/, 'a')
    .replace(/ee/g, 'i')
    // the diphthong of a yāʾ written ei, ey, ai or ay before a consonant (Zubeir / Zubayr)
    .replace(/(?:ei|ey|ai|ay)(?![aeiou])/g, 'ai')
    .replace(/aa/g, 'a')
    .replace(/ou|oo|ow(?![aeiou])/g, 'u')
    .replace(/o/g, 'u')
    .replace(/y$/, 'i');
}

/** Abd al-, Abd el-, Abdel, Abdul written as one word or two (Abdel Fattah / Abd al-Fattah). */
function joinAbd(name: string): string {
  return name.replace(/\bAbd(?:[-\s]?[aeu]l)?[-\s]?(?=\p{L})/giu, 'Abd');
}

function isChinesePair(ta: string[], tb: string[], caches?: Caches): boolean {
  const all = [...ta, ...tb];
  if (all.length > 6) return false;
  if (!all.every((t) => zhKeys(t, caches).length > 0)) return false;
  if (all.some(chineseMarker)) return true;
  // no system-specific spelling (Lin Biao / Lin Piao): whole Chinese-looking names only
  return ta.length >= 2 && tb.length >= 2 && ta.length === tb.length;
}

/** Tokens of the shorter name each match a distinct token of the longer one, in order. */
function subsequence(short: string[], long: string[], same: (x: string, y: string) => boolean): boolean {
  let j = 0;
  for (const t of short) {
    while (j < long.length && !same(t, long[j])) j++;
    if (j === long.length) return false;
    j++;
  }
  return true;
}

/**
 * Whether two spellings name one person, place or organisation. Used by the engine to group
 * mentions and by `npm run eval:names`. Full names must agree token by token (so two given names
 * with one surname are two people); a surname alone matches the full name that contains it.
 */
export function sameEntity(a: string, b: string, _language: Language = 'en', caches?: Caches): boolean {
  if (a === b) return true;
  const ta = nameTokens(joinAbd(a));
  const tb = nameTokens(joinAbd(b));
  if (!ta.length || !tb.length) return false;
  const arabicWord = (w: string): boolean => arabicCue(w) || ARABIC_NAMES.has(foldDiacritics(w));
  const ar = a.split(/\s+/).some(arabicWord) || b.split(/\s+/).some(arabicWord);
  // an Arabic article or given name rules out the pinyin path (Nouri al-Maliki is not Chinese)
  const arabicName = (w: string): boolean => ARTICLE.test(w) || ARABIC_NAMES.has(foldDiacritics(w));
  const zh = !(a.split(/\s+/).some(arabicName) || b.split(/\s+/).some(arabicName)) && isChinesePair(ta, tb, caches);
  const same = (x: string, y: string): boolean => sameToken(x, y, caches, zh, ar);
  if (ta.length === tb.length) {
    if (ta.every((t, i) => same(t, tb[i]))) return true;
    // the Ukrainian and the Russian form of one given name, the surname agreeing (Dmytro / Dmitri Kuleba)
    if (ta.length >= 2 && ta.slice(1).every((t, i) => same(t, tb[i + 1])) && givenNameForms(ta[0], tb[0], caches)) return true;
    // given name and surname in the other order (Kim Jong-un / Jong-un Kim is rare; Western lists)
    if (ta.length === 2 && same(ta[0], tb[1]) && same(ta[1], tb[0])) return true;
    return false;
  }
  const [s, l] = ta.length < tb.length ? [ta, tb] : [tb, ta];
  // "Kim Jong Un" / "Kim Jong-un": the same words split differently
  const joinedS = s.join('');
  const joinedL = l.join('');
  if (sameToken(joinedS, joinedL, caches, false) && s.length > 1) return true;
  if (s.length === 1 && l.length >= 2) {
    // "Kim Jong-un" / "Jong-un Kim" handled above; a two-part given name written as one word
    const lastTwo = l.slice(-2).join('-');
    if (sameToken(s[0], lastTwo, caches, zh) && l.length === 2 && zh) return true;
  }
  return subsequence(s, l, same);
}

/** Whether two given names are the two national forms of one name (lexicon.ts GIVEN_NAME_FORMS). */
export function givenNameForms(a: string, b: string, caches?: Caches): boolean {
  return GIVEN_NAME_FORMS.some(([x, y]) => (sameToken(a, x, caches) && sameToken(b, y, caches)) || (sameToken(a, y, caches) && sameToken(b, x, caches)));
}

/** Whether a name holds an Arabic or Persian cue (an article, q/kh/gh/dh, a frequent given name). */
export function isArabicName(name: string): boolean {
  return name.split(/\s+/).some((w) => arabicCue(w) || ARABIC_NAMES.has(foldDiacritics(w)));
}

/** Exact comparison for texts the editor marked as different people (house list). */
export function foldedName(s: string): string {
  return baseForm(s).normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();
}

