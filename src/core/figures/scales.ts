// Scale words and abbreviations: milliard, million, bn, Md, k… and what they multiply by.
// "billion" and "trillion" are long-scale words in French (10^12, 10^18), short-scale in English.
import type { Language } from '../types';

export interface Scale {
  mult: number;
  /** Abbreviations (M, m, k, bn, Md) only count as scales next to a currency. */
  abbrev: boolean;
  /** "une dizaine", "a few hundred": an order of magnitude, not an exact count. */
  approx?: boolean;
}

export const SCALE_WORDS: Record<string, Scale> = {
  mille: { mult: 1e3, abbrev: false },
  thousand: { mult: 1e3, abbrev: false },
  thousands: { mult: 1e3, abbrev: false },
  hundred: { mult: 100, abbrev: false },
  million: { mult: 1e6, abbrev: false },
  millions: { mult: 1e6, abbrev: false },
  milliard: { mult: 1e9, abbrev: false },
  milliards: { mult: 1e9, abbrev: false },
  lakh: { mult: 1e5, abbrev: false },
  lakhs: { mult: 1e5, abbrev: false },
  crore: { mult: 1e7, abbrev: false },
  crores: { mult: 1e7, abbrev: false },
  dozen: { mult: 12, abbrev: false },
  douzaine: { mult: 12, abbrev: false },
  douzaines: { mult: 12, abbrev: false },
  dizaine: { mult: 10, abbrev: false, approx: true },
  dizaines: { mult: 10, abbrev: false, approx: true },
  centaine: { mult: 100, abbrev: false, approx: true },
  centaines: { mult: 100, abbrev: false, approx: true },
  millier: { mult: 1000, abbrev: false, approx: true },
  milliers: { mult: 1000, abbrev: false, approx: true },
  md: { mult: 1e9, abbrev: true },
  mds: { mult: 1e9, abbrev: true },
  mrd: { mult: 1e9, abbrev: true },
  mrds: { mult: 1e9, abbrev: true },
  bn: { mult: 1e9, abbrev: true },
  bln: { mult: 1e9, abbrev: true },
  mln: { mult: 1e6, abbrev: true },
  tn: { mult: 1e12, abbrev: true },
  m: { mult: 1e6, abbrev: true },
  k: { mult: 1e3, abbrev: true },
};

/** Alternation for the scanner (longest first so "milliards" wins over "m"). */
export const SCALE_SOURCE =
  'milliards?|millions?|billions?|trillions?|thousands?|hundred|mille|lakhs?|crores?|douzaines?|dozen|dizaines?|centaines?|milliers?|Mds?|Mrds?|md|mds|bn|bln|mln|tn|M|m|k|K';

export function scaleOf(word: string, lang: Language): Scale | undefined {
  const w = word.toLowerCase();
  if (w === 'billion' || w === 'billions') return { mult: lang === 'fr' ? 1e12 : 1e9, abbrev: false };
  if (w === 'trillion' || w === 'trillions') return { mult: lang === 'fr' ? 1e18 : 1e12, abbrev: false };
  return SCALE_WORDS[w];
}

/** The scale word to write a value of this size in (for "≈ 25,22 milliards"). */
export function scaleName(mult: number, lang: Language, plural: boolean): string {
  if (lang === 'fr') {
    const fr: Record<number, string> = { 1e6: 'million', 1e9: 'milliard', 1e12: 'billion', 1e3: 'mille' };
    const w = fr[mult] ?? '';
    return w && plural && mult !== 1e3 ? `${w}s` : w;
  }
  const en: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };
  return en[mult] ?? '';
}
