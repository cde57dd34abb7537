// Inflections of the verbs of saying (verbs.ts), generated rather than typed: French past
// participle, present and imperfect (3rd person singular and plural), simple past; English
// past and 3rd person present. The attribution trigger composes them with auxiliaries
// (« a déclaré », « s’est exclamée ») and inversions (« déclare-t-il », « disent-ils »).
import { EN_BASE, EN_IRREGULAR, EN_LOCUTIONS, EN_NOUN_LIKE, FR_ER, FR_IRREGULAR, FR_LOCUTIONS, FR_OTHER, FR_REFLEXIVE } from './verbs';

const words = (s: string): string[] => [...new Set(s.trim().split(/\s+/).filter(Boolean))];

export interface FrenchForms {
  participle: string;
  /** 3rd person present singular and plural, imperfect singular and plural, simple past singular. */
  finite: string[];
}

/**
 * The stem of a regular -er verb in its stressed forms (3rd person present): a final é or
 * mute e before the last consonants becomes è (répéter → répèt-, lever → lèv-).
 */
function stressedStem(stem: string): string {
  const m = /([eé])([^aeiouyéèêëàâîïôûù]+)$/u.exec(stem);
  if (!m) return stem;
  const cons = m[2];
  // a mute e before two consonants other than a consonant + r/l stays (tester is not a verb here)
  if (m[1] === 'e' && cons.length > 1 && !/^[bcdfgkptv][rl]$/.test(cons)) return stem;
  return stem.slice(0, m.index) + 'è' + cons;
}

/** French forms of one infinitive (a locution keeps its complement: faire valoir → fait valoir). */
export function frenchForms(infinitive: string): FrenchForms | undefined {
  const [head, ...rest] = infinitive.split(/[ _]/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const irregular = FR_IRREGULAR[head];
  let participle: string;
  let present: string;
  let plural: string;
  let imperfect: string;
  let simplePast: string | undefined;
  if (irregular) {
    [participle, present, plural, imperfect] = irregular;
    if (head.endsWith('er')) simplePast = head.slice(0, -2) + (/g$/.test(head.slice(0, -2)) ? 'ea' : /c$/.test(head.slice(0, -2)) ? 'ça' : 'a');
  } else if (head.endsWith('er')) {
    const stem = head.slice(0, -2);
    participle = `${stem}é`;
    const stressed = /y$/.test(stem) ? stem.slice(0, -1) + 'i' : stressedStem(stem);
    present = `${stressed}e`;
    plural = `${stressed}ent`;
    // lancer → lançait, manger → mangeait
    imperfect = /c$/.test(stem) ? stem.slice(0, -1) + 'ç' : /g$/.test(stem) ? `${stem}e` : stem;
    simplePast = `${imperfect}a`;
  } else return undefined;
  const finite = [present, plural, `${imperfect}ait`, `${imperfect}aient`];
  if (simplePast) finite.push(simplePast);
  return { participle: participle + tail, finite: finite.map((f) => f + tail) };
}

/** English past and 3rd person present of a base form (a locution inflects its verb: point out → pointed out). */
export function englishForms(base: string): { past: string; present: string } {
  const [head, ...rest] = base.split(/[ _]/);
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  let past = EN_IRREGULAR[head];
  if (!past) {
    if (head.endsWith('e')) past = `${head}d`;
    // one syllable ending in one vowel and one consonant doubles it: shrug → shrugged, nag → nagged
    else if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(head)) past = `${head}${head.slice(-1)}ed`;
    else if (/[^aeiou]y$/.test(head)) past = `${head.slice(0, -1)}ied`;
    else past = `${head}ed`;
  }
  let present: string;
  if (/(?:s|sh|ch|x|z|o)$/.test(head)) present = `${head}es`;
  else if (/[^aeiou]y$/.test(head)) present = `${head.slice(0, -1)}ies`;
  else present = `${head}s`;
  return { past: past + tail, present: present + tail };
}

/** Every form, for the trigger: participles (after avoir), finite forms, reflexive forms, English forms. */
export function sayingForms(): { frParticiples: string[]; frFinite: string[]; frReflexiveParticiples: string[]; frReflexiveFinite: string[]; en: string[] } {
  const frParticiples: string[] = [];
  const frFinite: string[] = [];
  for (const v of [...words(FR_ER), ...words(FR_OTHER), ...words(FR_LOCUTIONS)]) {
    const f = frenchForms(v);
    if (!f) continue;
    frParticiples.push(f.participle);
    frFinite.push(...f.finite);
  }
  const frReflexiveParticiples: string[] = [];
  const frReflexiveFinite: string[] = [];
  for (const v of words(FR_REFLEXIVE)) {
    const f = frenchForms(v);
    if (!f) continue;
    frReflexiveParticiples.push(f.participle);
    frReflexiveFinite.push(...f.finite);
  }
  const en: string[] = [];
  for (const v of [...words(EN_BASE), ...words(EN_LOCUTIONS)]) {
    const f = englishForms(v);
    en.push(f.past);
    if (!EN_NOUN_LIKE.has(f.present.split(' ')[0]) || f.present.includes(' ')) en.push(f.present);
  }
  const uniq = (a: string[]): string[] => [...new Set(a)];
  return { frParticiples: uniq(frParticiples), frFinite: uniq(frFinite), frReflexiveParticiples: uniq(frReflexiveParticiples), frReflexiveFinite: uniq(frReflexiveFinite), en: uniq(en) };
}
