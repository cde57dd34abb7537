// Writing numbers the way each language prints them: French 31 170 000 000 (narrow no-break
// spaces) and 23,6 ; English 31,170,000,000 and 23.6.
import type { FigureFact, Language } from '../types';
import { lineAt, lineStarts } from '../positions';
import { scaleName } from './scales';

export const NNBSP = '\u202f';

/** Digits of an integer with `sep` between groups of three. */
export function group(int: string, sep: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += sep;
    out += int[i];
  }
  return out;
}

/** Integer digits and decimals in the language's convention (French groups from 5 digits). */
export function writeDigits(int: string, frac: string, lang: Language): string {
  const neg = int.startsWith('-');
  const digits = neg ? int.slice(1) : int;
  const grouped = lang === 'fr' ? (digits.length >= 5 ? group(digits, NNBSP) : digits) : digits.length >= 4 ? group(digits, ',') : digits;
  return (neg ? '-' : '') + grouped + (frac ? (lang === 'fr' ? ',' : '.') + frac : '');
}

/** A value with at most `decimals` decimals (trailing zeros dropped unless `fixed`). */
export function formatNumber(value: number, lang: Language, decimals = 2, fixed = false): string {
  let s = Math.abs(value).toFixed(Math.max(0, Math.min(12, decimals)));
  if (!fixed && s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  const [int, frac = ''] = s.split('.');
  return (value < 0 ? '-' : '') + writeDigits(int, frac, lang);
}

/** "31 170 000 000 USD", "23,6 %", "25 t". */
export function formatValue(f: Pick<FigureFact, 'value' | 'unit' | 'kind'>, lang: Language): string {
  if (f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal') return String(f.value);
  const n = formatNumber(f.value, lang, 6);
  if (!f.unit) return n;
  if (f.unit === '%') return lang === 'fr' ? `${n}${NNBSP}%` : `${n}%`;
  if (f.unit === 'pp') return lang === 'fr' ? `${n}${NNBSP}points` : `${n} points`;
  return `${n}${lang === 'fr' ? '\u00a0' : ' '}${f.unit}`;
}

/** "25,22 milliards", "20 millions", "25.22 billion": a value written with a scale word. */
export function formatScaled(value: number, mult: number, lang: Language, decimals: number): string {
  const word = mult > 1 ? scaleName(mult, lang, Math.abs(value / mult) >= 2) : '';
  const n = formatNumber(value / (word ? mult : 1), lang, decimals, decimals > 0);
  return word ? `${n} ${word}` : n;
}

/** 0.236 → "23,6 %" / "23.6%". */
export function formatPercent(ratio: number, lang: Language, decimals = 1): string {
  const n = formatNumber(ratio * 100, lang, decimals);
  return lang === 'fr' ? `${n}${NNBSP}%` : `${n}%`;
}

/** 1-based line of an offset, for messages and the hover. */
export function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * lineNumber for many offsets of one text: the newlines are found once, then each offset
 * costs a binary search (a rule with hundreds of findings would rescan the text for each).
 */
export function lineFinder(text: string): (offset: number) => number {
  // built on first use: most analyses ask for no line at all
  let starts: number[] | undefined;
  return (offset) => lineAt((starts ??= lineStarts(text)), offset) + 1;
}
