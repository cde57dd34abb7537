// The scanner: one precompiled regex reads every candidate (digits, number words, dates,
// phone numbers to skip) where a cheap first pass (starts.ts) says one may start; small sticky regexes then read the scale, currency, unit or
// percent right after it and the currency, sign or approximation right before it.
import type { FigureFact, Language } from '../types';

type NumeralShape = NonNullable<FigureFact['numeral']>;
import { addEvidence, isVersionLike, newEvidence, readNumeral, type Evidence } from './numerals';
import { SCALE_SOURCE, scaleOf } from './scales';
import { CURRENCY_AFTER_SOURCE, CURRENCY_BEFORE, UNIT_SOURCE, currencyCode, unitInfo } from './units';
import { endingAt } from './lookback';
import { CURRENCY_BIT, PERCENT_BIT, POINTS_BIT, SCALE_BIT, UNIT_BIT, isLetter, mayBeDayMonth, mayBePhone, mayFollowCurrency, suffixMask } from './peek';
import { nextStart } from './starts';
import { ORDINAL_WORDS_SOURCE, WORDS_SOURCE, ordinalWordValue, readNumberWords } from './words';

/** A figure as the scanner reads it, before phrases and derived values. */
export interface Scanned {
  start: number;
  end: number;
  value: number;
  kind: string;
  unit?: string;
  approximate?: boolean;
  step: number;
  /** Multiplier from a scale word (1 when none) and where it was written. */
  mult: number;
  scaleWord?: string;
  numeral?: NumeralShape;
  ambiguous?: string;
  range?: [number, number];
  /** The number bears no unit, scale or percent of its own (can inherit one in "20 to 25 %"). */
  bare: boolean;
  /**
   * Set on "5 points" (the word alone): percentage points only where percentages are about
   * (extractFigures decides); the end of the bare number otherwise.
   */
  loosePoints?: number;
}

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';
const MONTHS_FR = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const MONTH_INDEX = (w: string): number => {
  const k = w.toLowerCase().slice(0, 3).replace('é', 'e').replace('û', 'u');
  const fr: Record<string, number> = { jan: 1, fev: 2, feb: 2, mar: 3, avr: 4, apr: 4, mai: 5, may: 5, jui: 6, jun: 6, jul: 7, aou: 8, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
  if (/^juil/i.test(w)) return 7;
  return fr[k] ?? 0;
};

export const SCAN = new RegExp(
  [
    `(\\+\\d{1,3}(?:[ .\\-]?\\(?\\d{1,4}\\)?){2,5}|\\(\\d{2,4}\\)[ .\\-]?\\d{3}[ .\\-]\\d{4})`,
    `(\\d{4}-\\d{2}-\\d{2}(?!\\d)|\\d{1,2}/\\d{1,2}/\\d{2,4}(?!\\d))`,
    `((?:${MONTHS_EN})[ \\u00a0]\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])(?:,?[ \\u00a0]\\d{4}(?!\\d))?)`,
    `(\\d{1,3}(?:['’]\\d{3})+(?:[.,]\\d+)?(?![\\d]|[.,'’]\\d)|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d+)?(?![\\d]|[.,]\\d)|\\d+(?:[.,]\\d+)*)`,
    `(${ORDINAL_WORDS_SOURCE})`,
    `(${WORDS_SOURCE})`,
  ].join('|'),
  'uy', // sticky: tried only where nextStart finds a possible start
);

const SP = '[ \\u00a0\\u202f]';
const LABEL_BEFORE =
  /(?:articles?|art\.|alinéas?|alinea|paragraphes?|sections?|chapitres?|chapters?|pages?|p\.|pp\.|n°|no\.|nos\.|numéros?|numero|numbers?|versions?|lignes?|lines?|verses?|routes?|RN|RD|règles?|rules?|amendements?|amendments?|décrets?|decrees?|resolutions?|résolutions?|rooms?|salles?|portes?|gates?|flights?|vols?|tomes?|bus|iOS|Android|Windows|Python|Firefox|Chrome|COVID|Covid|covid|Airbus|Boeing|[Aa]rticles?|[Pp]ages?|[Ss]ections?|[Cc]hapitres?|[Cc]hapters?|[Vv]ersions?|[Rr]outes?)[ \u00a0]*/y;
const TIME_AFTER = /^(?::\d{2}|h\d{2}|[ \u00a0]?h(?![\p{L}]))/u;
const ORDINAL_SUFFIX = /(?:er|re|ère|e|è|ème|eme|ᵉ|ᵉʳ|ʳᵉ|st|nd|rd|th)(?![\p{L}])/uy;
const DAY_MONTH = new RegExp(`(?:er|ᵉʳ|st|nd|rd|th)?${SP}(${MONTHS_FR}|${MONTHS_EN.replace(/\\\./g, '\\.?')})(?:${SP}(\\d{4})(?!\\d))?(?![\\p{L}])`, 'iuy');
const SCALE_AFTER = new RegExp(`(${SP}?)(${SCALE_SOURCE})(?![\\p{L}\\p{N}])`, 'uy');
const PERCENT_AFTER = new RegExp(`(${SP}?)(%|‰)|${SP}(pour[ -]?cents?|per[ -]?cent|percent)(?![\\p{L}])`, 'iuy');
const POINTS_AFTER = new RegExp(`${SP}(points?${SP}de${SP}pourcentage|percentage[- \\u00a0]points?|(basis${SP}points?|points?${SP}de${SP}base|bps?|pb)|pp|pts?\\.?|(points?)(?!${SP}(?:de|d['’]|of)${SP}?(?!plus|moins|pourcentage|écart|hausse|baisse|more|less|difference)[\\p{L}]))(?![\\p{L}])`, 'iuy');
const CURRENCY_AFTER = new RegExp(`(?:${SP}|${SP}?(?=[$€£¥₸₽₹]))(?:(?:de|of)${SP}|d['’])?(${CURRENCY_AFTER_SOURCE})(?![\\p{L}])`, 'iuy');
const UNIT_AFTER = new RegExp(`${SP}?(?:(?:de|of)${SP}|d['’])?(${UNIT_SOURCE})(?![\\p{L}\\p{N}'’])`, 'uy');
const UNIT_AFTER_I = new RegExp(`${SP}(?:(?:de|of)${SP}|d['’])?(${UNIT_SOURCE})(?![\\p{L}\\p{N}'’])`, 'iuy');
const APPROX_BEFORE =
  /(?:environ|près de|presque|quelque|quasiment|autour de|plus de|moins de|au moins|jusqu['’]à|pas moins de|about|around|nearly|almost|roughly|approximately|some|more than|less than|over|under|at least|up to|close to|an estimated|estimé à|estimée à)[ \u00a0\u202f]*/iuy;
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Last words of the phrases above: the regex only runs after one of them. */
const APPROX_LAST = new Set('environ de presque quelque quasiment moins à about around nearly almost roughly approximately some than over under least to estimated estimé estimée'.split(' '));

function lastWord(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0' || text[i - 1] === '\u202f')) i--;
  const end = i;
  while (i > 0 && end - i < 16 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

const SIGN_BEFORE = /(?:^|[\s(])([-−–])$/u;

/** Phone numbers that start like a plain number: 555-123-4567, 01 23 45 67 89. */
const PHONE = /\d{3}[.\-]\d{3}[.\-]\d{4}(?!\d)|0\d(?:[ .]\d{2}){4}(?!\d)/y;

const LABEL_TAIL = /(?:[-‑./]\d+|[a-z]+)*/y;

const TYPES = ['phone', 'sdate', 'mdate', 'num', 'ord', 'words'] as const;

interface Raw {
  type: 'phone' | 'sdate' | 'mdate' | 'num' | 'ord' | 'words';
  index: number;
  text: string;
  labelled?: boolean;
}

/** Pass 1: every candidate, and what the numerals say about the document's conventions. */
function collect(text: string): { raws: Raw[]; ev: Evidence } {
  const raws: Raw[] = [];
  const ev = newEvidence();
  // `at`: where the search goes on, as lastIndex would for the regex used globally
  let at = 0;
  for (let p = nextStart(text, 0); p >= 0; p = nextStart(text, at)) {
    SCAN.lastIndex = p;
    const m = SCAN.exec(text);
    if (!m) {
      at = p + 1;
      continue;
    }
    at = p + m[0].length;
    let g = 1;
    while (m[g] === undefined && g < 6) g++;
    let type: Raw['type'] = TYPES[g - 1];
    // "+400 %" is a signed figure, not an international number: phones have 8 digits or more
    if (type === 'phone' && m[0].replace(/\D/g, '').length < 8) {
      at = p + 1;
      continue;
    }
    if (type === 'num' || type === 'sdate') {
      if (isDigit(text.charCodeAt(m.index - 1))) continue;
      const ph = mayBePhone(text, m.index) ? sticky(PHONE, text, m.index) : null;
      if (ph) {
        raws.push({ type: 'phone', index: m.index, text: ph[0] });
        at = m.index + ph[0].length;
        continue;
      }
    }
    if ((type === 'mdate' || type === 'ord' || type === 'words') && /[\p{L}\p{N}]/u.test(text[m.index - 1] ?? ' ')) continue;
    const labelled = type === 'num' && isLabelled(text, m.index);
    raws.push({ type, index: m.index, text: m[0], labelled });
    if (labelled) {
      LABEL_TAIL.lastIndex = m.index + m[0].length;
      at += LABEL_TAIL.exec(text)![0].length; // 49-3, 12bis
    }
    if (type === 'num' && !labelled && !isVersionLike(m[0])) addEvidence(m[0], ev);
  }
  return { raws, ev };
}

/** Digits glued to a word (A320, COVID-19, v2.0) or after a label (article 49.3, page 12). */
function isLabelled(text: string, at: number): boolean {
  const prev = text[at - 1] ?? ' ';
  // most numbers follow a space: none of the one-character tests below can hold
  if (prev !== ' ' && prev !== '\u00a0') {
    if (/[\p{L}\p{N}_]/u.test(prev)) return true;
    if ((prev === '-' || prev === '‑') && /[\p{L}]/u.test(text[at - 2] ?? ' ')) return true;
    if (prev === '/' || prev === '.' || prev === ':' || prev === '#') return true;
  } else if (prev === ' ' && text[at - 2] === '#') return true;
  return endingAt(LABEL_BEFORE, text, at, 1) !== null;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function scanFigures(text: string, lang: Language): Scanned[] {
  const { raws, ev } = collect(text);
  const out: Scanned[] = [];
  let consumed = 0;
  for (const r of raws) {
    if (r.index < consumed) continue;
    const f = readCandidate(text, r, lang, ev);
    if (!f) continue;
    if (f.start < consumed) continue;
    out.push(f);
    consumed = f.end;
  }
  return out;
}

/** Every Scanned has the same fields in the same order (one object shape for V8). */
function scanned(start: number, end: number, value: number, kind: string): Scanned {
  return { start, end, value, kind, unit: undefined, approximate: undefined, step: 1, mult: 1, scaleWord: undefined, numeral: undefined, ambiguous: undefined, range: undefined, bare: false, loosePoints: undefined };
}

function dateValue(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

function readCandidate(text: string, r: Raw, lang: Language, ev: Evidence): Scanned | undefined {
  const start = r.index;
  let end = r.index + r.text.length;
  switch (r.type) {
    case 'phone':
      return undefined;
    case 'sdate': {
      const p = r.text.split(/[-/]/).map(Number);
      const v = r.text.includes('-') ? dateValue(p[0], p[1], p[2]) : dateValue(p[2], lang === 'en' ? p[0] : p[1], lang === 'en' ? p[1] : p[0]);
      return scanned(start, end, v, 'date');
    }
    case 'mdate': {
      if (!/^\p{Lu}/u.test(r.text)) return undefined;
      const mm = /^(\p{L}+)\.?[ \u00a0](\d{1,2})(?:\D+(\d{4}))?/u.exec(r.text)!;
      return scanned(start, end, dateValue(mm[3] ? Number(mm[3]) : 0, MONTH_INDEX(mm[1]), Number(mm[2])), 'date');
    }
    case 'ord': {
      if (/^(?:third|tiers)$/i.test(r.text) && /(?:^|[\s])(?:a|one|two)[ \u00a0]$/i.test(text.slice(Math.max(0, start - 5), start))) return undefined;
      return scanned(start, end, ordinalWordValue(r.text) ?? 0, 'ordinal');
    }
    case 'words': {
      const w = readNumberWords(r.text);
      if (!w) return undefined;
      end = start + w.length;
      const word = r.text.slice(0, w.length).toLowerCase();
      if (word === 'sept' && text[end] === '.') return undefined;
      if (word === 'neuf' && /(?:tout|flambant|à|du|de|le|la|un|une|quoi)[ \u00a0]$/i.test(text.slice(Math.max(0, start - 8), start))) return undefined;
      if (word === 'cent' && /(?:pour|per)[ \u00a0-]$/i.test(text.slice(Math.max(0, start - 5), start))) return undefined;
      return finish(text, lang, start, end, w.value, 0, undefined, undefined, true);
    }
    case 'num': {
      if (r.labelled) return undefined;
      if (isVersionLike(r.text)) return undefined;
      // 14:30, 14h30, 9 h: only tested when the next character can start one
      const c = text[end];
      if ((c === ':' || c === 'h' || ((c === ' ' || c === '\u00a0') && text[end + 1] === 'h')) && TIME_AFTER.test(text.slice(end, end + 4))) return undefined;
      if (text[end] === '/' && /\d/.test(text[end + 1] ?? '')) return undefined;
      if ((text[end] === '-' || text[end] === '‑') && /\p{L}/u.test(text[end + 1] ?? '')) return undefined;
      const reading = readNumeral(r.text, lang, ev);
      if (!reading) return undefined;
      const numeral: NumeralShape = { start, end, int: reading.int, frac: reading.frac, group: reading.group, decimal: reading.decimal };
      // 24 février 2023, 1er mars, 24 February
      if (!reading.frac && !reading.group && reading.value >= 1 && reading.value <= 31) {
        const d = mayBeDayMonth(text, end) ? sticky(DAY_MONTH, text, end) : null;
        if (d) {
          return scanned(start, end + d[0].length, dateValue(d[2] ? Number(d[2]) : 0, MONTH_INDEX(d[1]), reading.value), 'date');
        }
      }
      if (!reading.frac && !reading.group) {
        const o = 'erèᵉʳsnt'.includes(text[end] ?? '_') ? sticky(ORDINAL_SUFFIX, text, end) : null; // first letters of its suffixes
        if (o) return scanned(start, end + o[0].length, reading.value, 'ordinal');
      }
      const f = finish(text, lang, start, end, reading.value, reading.frac.length, numeral, reading.ambiguous, false);
      if (f && f.end === end && /\p{L}/u.test(text[f.end] ?? ' ')) return undefined; // 3D, 4x4
      return f;
    }
  }
}

/** Reads what follows and precedes a number and decides its kind. */
function finish(
  text: string,
  lang: Language,
  numStart: number,
  numEnd: number,
  base: number,
  decimals: number,
  numeral: NumeralShape | undefined,
  ambiguous: string | undefined,
  inWords: boolean,
): Scanned | undefined {
  let start = numStart;
  let end = numEnd;
  let mult = 1;
  let scaleWord: string | undefined;
  let approximate = false;
  let unit: string | undefined;
  let kind: string | undefined;
  let loosePoints: number | undefined;

  const before = text.slice(Math.max(0, numStart - 6), numStart);
  const cb = mayFollowCurrency(text, numStart) ? CURRENCY_BEFORE.exec(before) : null;
  let currency = cb ? currencyCode(cb[0].trim()) : undefined;
  const beforeCurrency = numStart - (cb ? cb[0].length : 0);

  const mask0 = suffixMask(text, end);
  const s = mask0 & SCALE_BIT ? sticky(SCALE_AFTER, text, end) : null;
  let scaleEnd = end;
  if (s) {
    const sc = scaleOf(s[2], lang);
    const followsCurrency = suffixMask(text, end + s[0].length) & CURRENCY_BIT ? sticky(CURRENCY_AFTER, text, end + s[0].length) : null;
    const glued = s[1] === '';
    if (sc && (!sc.abbrev || currency || followsCurrency || (glued && /^(?:bn|mds?|md|mln)$/i.test(s[2])))) {
      if (!(s[2] === 'm' && !currency && !followsCurrency)) {
        mult = sc.mult;
        scaleWord = s[2];
        approximate ||= !!sc.approx;
        scaleEnd = end + s[0].length;
      }
    }
  }
  end = scaleEnd;

  const mask = end === numEnd ? mask0 : suffixMask(text, end);
  const more = mask !== 0;
  const p = mask & PERCENT_BIT ? sticky(PERCENT_AFTER, text, end) : null;
  if (!more) {
    // nothing after the number names a unit
  } else if (p && mult === 1) {
    kind = 'percent';
    unit = '%';
    end += p[0].length;
  } else {
    const pp = mask & POINTS_BIT ? sticky(POINTS_AFTER, text, end) : null;
    if (pp && mult === 1) {
      kind = 'percentage-points';
      unit = 'pp';
      if (pp[3]) loosePoints = end;
      // basis points: hundredths of a percentage point (50 bp = 0.5 point)
      if (pp[2]) unit = 'bp';
      end += pp[0].length;
    } else {
      const c = mask & CURRENCY_BIT ? sticky(CURRENCY_AFTER, text, end) : null;
      if (c) {
        currency = currencyCode(c[1]) ?? currency;
        end += c[0].length;
      }
      if (currency) kind = 'money';
      else {
        const u = mask & UNIT_BIT ? sticky(UNIT_AFTER, text, end) ?? sticky(UNIT_AFTER_I, text, end) : null;
        const info = u ? unitInfo(u[1]) : undefined;
        if (u && info) {
          unit = info.unit;
          kind = info.kind;
          end += u[0].length;
        }
      }
    }
  }
  if (currency) {
    unit = currency;
    kind = 'money';
    if (cb) start = numStart - cb[0].length;
  }

  const lastBefore = before[before.length - 1];
  const signed = !cb && (lastBefore === '-' || lastBefore === '−' || lastBefore === '–') && SIGN_BEFORE.exec(before);
  if (signed && !/\d[ \u00a0]?$/.test(before.slice(0, -1))) {
    start -= 1;
    base = -base;
  }
  const prevChar = text[beforeCurrency - 1] === ' ' ? text[beforeCurrency - 2] : text[beforeCurrency - 1];
  if (prevChar === '~' || prevChar === '≈' || prevChar === '≃' || (APPROX_LAST.has(lastWord(text, beforeCurrency)) && endingAt(APPROX_BEFORE, text, beforeCurrency, 3))) approximate = true;

  const value = mult === 1 || decimals > 6 ? base * mult : scaled(base, decimals, mult);
  const bare = !scaleWord && !kind;
  if (!kind) {
    const isYear = !inWords && numeral && !numeral.group && !numeral.frac && numeral.int.length === 4 && base >= 1000 && base <= 2199;
    kind = isYear && !/^[ \u00a0](?:personnes|people|habitants|morts|dead|killed|victims|victimes|soldats|soldiers|employés|employees|salariés|workers)/i.test(text.slice(end, end + 12)) ? 'year' : Number.isInteger(value) ? 'count' : 'quantity';
  }
  const f = scanned(start, end, value, kind);
  f.unit = unit || undefined;
  f.approximate = approximate || undefined;
  f.step = Math.pow(10, -decimals) * mult;
  f.mult = mult;
  f.scaleWord = scaleWord || undefined;
  f.numeral = numeral;
  f.ambiguous = ambiguous || undefined;
  f.bare = bare && kind !== 'year';
  if (loosePoints !== undefined) f.loosePoints = loosePoints;
  return f;
}

/** base × mult without binary noise: 31.17 × 1e9 is 31170000000.000004 in floating point. */
function scaled(base: number, decimals: number, mult: number): number {
  const p = Math.pow(10, decimals);
  return (Math.round(base * p) * mult) / p;
}

/** 31.17 × 1e9 is 31170000000.000004 in binary floating point: keep 12 significant digits. */
export function roundSafe(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(12));
}
