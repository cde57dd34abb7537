// Reading digits: which separator is the decimal mark and which groups thousands, from the
// numeral's own shape, the document language and what the rest of the document does.
import type { Language } from '../types';

/** Spaces and the Swiss apostrophe (2'800, 2’800) group digits; they are never a decimal mark. */
export const GROUP_SPACES = ' \u00a0\u202f\'’';

/** What the separators of every numeral in a document say about its conventions. */
export interface Evidence {
  commaDecimal: number;
  pointDecimal: number;
  commaThousands: number;
  pointThousands: number;
}

export const newEvidence = (): Evidence => ({ commaDecimal: 0, pointDecimal: 0, commaThousands: 0, pointThousands: 0 });

interface Parts {
  runs: string[];
  seps: string[];
}

function split(raw: string): Parts {
  const runs: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') cur += ch;
    else {
      runs.push(cur);
      seps.push(ch);
      cur = '';
    }
  }
  runs.push(cur);
  return { runs, seps };
}

/** Plain digits, the usual case: no separators to split on. */
function allDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return raw.length > 0;
}

const allThree = (runs: string[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (runs[i].length !== 3) return false;
  return true;
};

/** True for shapes that are no quantity: 1.2.3 (versions), 1,2,3 (lists). */
export function isVersionLike(raw: string): boolean {
  if (allDigits(raw)) return false;
  const { runs, seps } = split(raw);
  if (seps.length < 2) return false;
  const kinds = new Set(seps.map((s) => (GROUP_SPACES.includes(s) ? ' ' : s)));
  if (kinds.size === 1 && !kinds.has(' ')) return !(runs[0].length <= 3 && runs[0] !== '' && allThree(runs, 1, runs.length));
  return false;
}

/** Adds what one numeral says about the document's conventions. */
export function addEvidence(raw: string, ev: Evidence): void {
  if (allDigits(raw)) return;
  const { runs, seps } = split(raw);
  if (seps.length === 0) return;
  const last = seps[seps.length - 1];
  const lastRun = runs[runs.length - 1];
  const hasComma = seps.includes(',');
  const hasPoint = seps.includes('.');
  if (hasComma && hasPoint) {
    if (last === '.') (ev.pointDecimal++, ev.commaThousands++);
    else (ev.commaDecimal++, ev.pointThousands++);
    return;
  }
  if (GROUP_SPACES.includes(seps[0])) {
    if (last === ',') ev.commaDecimal++;
    if (last === '.') ev.pointDecimal++;
    return;
  }
  if (seps.length > 1) {
    if (allThree(runs, 1, runs.length)) {
      if (last === ',') ev.commaThousands++;
      else ev.pointThousands++;
    }
    return;
  }
  if (lastRun.length !== 3 || runs[0] === '0' || runs[0].length > 3) {
    if (last === ',') ev.commaDecimal++;
    else ev.pointDecimal++;
  }
}

export interface Reading {
  value: number;
  int: string;
  frac: string;
  group: string;
  decimal: string;
  ambiguous?: string;
}

const make = (runs: string[], intRuns: number, group: string, decimal: string, ambiguous?: string): Reading => {
  const int = runs.slice(0, intRuns).join('') || '0';
  const frac = runs.slice(intRuns).join('');
  const value = Number(frac ? `${int}.${frac}` : int);
  return { value, int, frac, group, decimal, ...(ambiguous ? { ambiguous } : {}) };
};

/**
 * Reads a numeral (digits with , . or spaces) as the document's language and evidence say.
 * Returns undefined for shapes that are not one number.
 */
export function readNumeral(raw: string, lang: Language, ev: Evidence): Reading | undefined {
  if (allDigits(raw)) return { value: Number(raw), int: raw, frac: '', group: '', decimal: '' }; // what make() gives
  const { runs, seps } = split(raw);
  if (seps.length === 0) return make(runs, 1, '', '');
  if (runs.some((r) => r === '')) return undefined;
  const last = seps[seps.length - 1];
  const spaced = GROUP_SPACES.includes(seps[0]);
  if (spaced) {
    const groupSeps = seps.filter((s) => GROUP_SPACES.includes(s));
    const group = groupSeps[0];
    if (GROUP_SPACES.includes(last)) return make(runs, runs.length, group, '');
    return make(runs, runs.length - 1, group, last);
  }
  const hasComma = seps.includes(',');
  const hasPoint = seps.includes('.');
  if (hasComma && hasPoint) {
    const group = last === '.' ? ',' : '.';
    if (seps.slice(0, -1).some((s) => s !== group) || !allThree(runs, 1, runs.length - 1)) return undefined;
    return make(runs, runs.length - 1, group, last);
  }
  if (seps.length > 1) {
    if (!allThree(runs, 1, runs.length) || runs[0].length > 3) return undefined;
    return make(runs, runs.length, last, '');
  }
  // One separator.
  const sep = last;
  const after = runs[1];
  if (after.length !== 3 || runs[0] === '0' || runs[0].length > 3) return make(runs, 1, '', sep);
  // 1,234 or 1.234: three digits after one separator.
  if (sep === ',') {
    if (lang === 'en') {
      if (ev.commaDecimal > 0 && ev.commaThousands === 0 && ev.pointDecimal === 0) return make(runs, 2, ',', '', `${raw}: thousands separator or decimal comma`);
      return make(runs, 2, ',', '');
    }
    if ((ev.commaThousands > 0 || ev.pointDecimal > 0) && ev.commaDecimal === 0) return make(runs, 2, ',', '');
    // "2,500 voitures": three decimals ending in 0 are no French way of writing 2,5 — still a question
    if (ev.commaDecimal > 0 && ev.commaThousands === 0) return make(runs, 1, '', ',', /0$/.test(after) ? `${raw}: decimal comma or thousands separator` : undefined);
    return make(runs, 1, '', ',', `${raw}: decimal comma or thousands separator`);
  }
  if (lang === 'en') {
    if (ev.pointThousands > 0 && ev.pointDecimal === 0) return make(runs, 2, '.', '');
    // "2.500 cars": a decimal point before three digits, or a German-style thousands point
    if (ev.pointDecimal === 0 && ev.commaDecimal === 0 && !/^0/.test(runs[0])) return make(runs, 1, '', '.', `${raw}: decimal point or thousands separator`);
    return make(runs, 1, '', '.');
  }
  if (ev.pointDecimal > 0 && ev.pointThousands === 0 && ev.commaDecimal === 0) return make(runs, 1, '', '.');
  if (ev.pointThousands > 0 || ev.commaDecimal > 0) return make(runs, 2, '.', '');
  return make(runs, 2, '.', '', `${raw}: thousands separator or decimal point`);
}
