// Relations the text states between its own figures (points between two percentages, a
// multiplier, a conversion, a computation), as one shape: which figures take part, what
// value follows from them, whether the text agrees, and the words of the finding in both
// languages. number-arithmetic reports the ones that disagree; the hover shows them all.
import type { FigureFact, Language, Span } from '../types';
import { formatNumber } from './format';

/** A message in both document languages (French obeys French typography). */
export interface Bilingual {
  en: string;
  fr: string;
}

export type StatedKind =
  | 'points'
  | 'multiple'
  | 'multiple-percent'
  | 'part-whole'
  | 'impossible-fall'
  | 'conversion'
  | 'currency'
  | 'speed'
  | 'percent-of'
  | 'annual-rate';

export interface Stated {
  type: 'stated';
  kind: StatedKind;
  /** Index of the figure the finding sits on (or `word`, when a word states the relation). */
  target: number;
  word?: Span;
  /** Other figures taking part, with what each is. */
  inputs: { index: number; role: Bilingual }[];
  /** False when the figures disagree. */
  ok: boolean;
  /** What the relation gives, for the hover of every figure in it ("500 ft ≈ 152 m"); built on demand, in one language. */
  note: (lang: Language) => string;
  /** The finding's message, when `ok` is false: which figures disagree and the right value. */
  message?: Bilingual;
  /** A replacement for the target's numeral, only when it is certainly the derived value. */
  fix?: { span: Span; text: Bilingual };
  /** Information instead of warning: worth a question, maybe right. */
  soft?: boolean;
}

/**
 * Half the rounding step of a figure written with decimals: 31,17 milliards → 0,005 milliard;
 * 23,6 % → 0,05. An integer is read as exact (500 → 0), as number-arithmetic always has.
 */
export function halfStep(f: FigureFact): number {
  return f.numeral?.frac ? (f.step ?? 1) / 2 : 0;
}

/** Half the rounding step of a rate as written: 23,6 % → 0,05; 10 % → 0,5 (a rate is always rounded). */
export function rateHalf(f: FigureFact): number {
  return (f.step ?? 1) / 2;
}

/**
 * Half the step of a figure written with trailing zeros, read as rounded there: "about 30" →
 * ±5, "3,000" → ±500 when approximate; 2 % of the value otherwise, at least the printed step.
 */
export function looseHalf(f: FigureFact): number {
  const base = f.numeral ? halfStep(f) : (f.step ?? 1) / 2;
  const n = f.numeral;
  if (f.approximate && n && !n.frac) {
    const tz = /0+$/.exec(n.int)?.[0].length ?? 0;
    if (tz) return Math.max(base, (Math.pow(10, tz) * (f.step ?? 1)) / 2);
  }
  return base;
}

/** A number in both languages with `decimals` decimals at most. */
export function both(value: number, decimals: number): Bilingual {
  return { en: formatNumber(value, 'en', decimals), fr: formatNumber(value, 'fr', decimals) };
}

/** Percent in both languages: "25%", "25 %" (narrow no-break space). */
export function pct(value: number, decimals = 1, signed = false): Bilingual {
  const s = signed && value > 0 ? '+' : '';
  return { en: `${s}${formatNumber(value, 'en', decimals)}%`, fr: `${s}${formatNumber(value, 'fr', decimals)}\u202f%` };
}

/** Decimals worth printing for a value compared with one written with `decimals`. */
export function decimalsLike(f: FigureFact, extra = 0): number {
  return (f.numeral?.frac.length ?? 0) + extra;
}

export const pick = (b: Bilingual, lang: Language): string => (lang === 'fr' ? b.fr : b.en);

/**
 * French typography for a message: no-break space (U+00A0) before : ; ! ? and inside « »,
 * narrow no-break space (U+202F) before % (figures quoted from the draft included)
 * (Lexique des règles typographiques en usage à l’Imprimerie nationale).
 */
export function frenchTypography(s: string): string {
  return s
    .replace(/(\d)[ \u00a0]?%/g, '$1\u202f%')
    .replace(/ ([:;!?])(?=\s|$)/g, '\u00a0$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** Builds a Bilingual from a template function called once per language (French typography applied). */
export function bi(make: (lang: Language) => string): Bilingual {
  return { en: make('en'), fr: frenchTypography(make('fr')) };
}

/** A note written on demand in the language asked (French typography applied). */
export function lazy(make: (lang: Language) => string): (lang: Language) => string {
  return (lang) => (lang === 'fr' ? frenchTypography(make('fr')) : make('en'));
}

/** The figure's own text, one line. */
export const shown = (f: FigureFact): string => f.text.replace(/\s+/g, ' ');
