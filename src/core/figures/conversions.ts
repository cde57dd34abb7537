/// <reference path="./js-quantities.d.ts" />
// Conversions a draft states: "500 feet (152 m)", "50 km, soit environ 30 miles", "20 °C
// (68 °F)", "100 francs (15,24 €)". Units go through js-quantities (a maintained units library,
// pure JavaScript) rather than a hand-typed table; currencies only at the euro's legacy
// conversion rates, fixed by Council Regulation (EC) No 2866/98 and its amendments (legal
// constants), never at market rates. Tolerances come from how both figures are written.
import Qty from 'js-quantities';
import type { FigureFact, Span } from '../types';
import { formatNumber, formatScaled } from './format';
import { bi, lazy, halfStep, looseHalf, shown, type Stated } from './stated';

/** Written unit (lower case, no-break spaces as spaces) → js-quantities unit. Longest first in UNIT_WORDS. */
const UNIT_TABLE: [string, string][] = [
  ['kilomètres à l’heure', 'km/h'], ["kilomètres à l'heure", 'km/h'], ['kilomètres par heure', 'km/h'], ['kilometres per hour', 'km/h'], ['kilometers per hour', 'km/h'],
  ['km/h', 'km/h'], ['kph', 'km/h'], ['miles per hour', 'mph'], ['miles à l’heure', 'mph'], ["miles à l'heure", 'mph'], ['miles par heure', 'mph'], ['mph', 'mph'],
  ['nœuds', 'knot'], ['noeuds', 'knot'], ['knots', 'knot'], ['m/s', 'm/s'],
  ['kilomètres carrés', 'km^2'], ['square kilometres', 'km^2'], ['square kilometers', 'km^2'], ['km²', 'km^2'], ['km2', 'km^2'],
  ['mètres carrés', 'm^2'], ['square metres', 'm^2'], ['square meters', 'm^2'], ['m²', 'm^2'], ['m2', 'm^2'],
  ['square miles', 'mi^2'], ['miles carrés', 'mi^2'], ['square feet', 'ft^2'], ['sq ft', 'ft^2'], ['pieds carrés', 'ft^2'],
  ['hectares', 'hectare'], ['hectare', 'hectare'], ['ha', 'hectare'], ['acres', 'acre'], ['acre', 'acre'],
  ['mètres cubes', 'm^3'], ['cubic metres', 'm^3'], ['cubic meters', 'm^3'], ['m³', 'm^3'], ['m3', 'm^3'], ['cubic feet', 'ft^3'], ['pieds cubes', 'ft^3'],
  ['milles nautiques', 'nmi'], ['milles marins', 'nmi'], ['nautical miles', 'nmi'],
  ['kilomètres', 'km'], ['kilomètre', 'km'], ['kilometres', 'km'], ['kilometers', 'km'], ['kilometre', 'km'], ['kilometer', 'km'], ['km', 'km'],
  ['centimètres', 'cm'], ['centimetres', 'cm'], ['centimeters', 'cm'], ['cm', 'cm'], ['millimètres', 'mm'], ['millimetres', 'mm'], ['millimeters', 'mm'], ['mm', 'mm'],
  ['mètres', 'm'], ['mètre', 'm'], ['metres', 'm'], ['meters', 'm'], ['metre', 'm'], ['meter', 'm'], ['m', 'm'],
  ['miles', 'mi'], ['mile', 'mi'], ['mi', 'mi'], ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['pieds', 'ft'], ['pied', 'ft'],
  ['inches', 'in'], ['inch', 'in'], ['in', 'in'], ['pouces', 'in'], ['ounces', 'oz'], ['yards', 'yd'], ['yard', 'yd'], ['yd', 'yd'],
  ['kilogrammes', 'kg'], ['kilogramme', 'kg'], ['kilograms', 'kg'], ['kilogram', 'kg'], ['kilos', 'kg'], ['kg', 'kg'],
  ['grammes', 'g'], ['grams', 'g'], ['g', 'g'], ['tonnes', 'tonne'], ['tonne', 'tonne'], ['metric tons', 'tonne'], ['t', 'tonne'],
  ['short tons', 'short-ton'], ['pounds', 'lb'], ['pound', 'lb'], ['lbs', 'lb'], ['lb', 'lb'], ['ounces', 'oz'], ['onces', 'oz'], ['oz', 'oz'], ['stone', 'stone'],
  ['hectolitres', 'hl'], ['hectolitres', 'hl'], ['hl', 'hl'], ['millilitres', 'ml'], ['milliliters', 'ml'], ['ml', 'ml'], ['centilitres', 'cl'], ['cl', 'cl'],
  ['litres', 'l'], ['litre', 'l'], ['liters', 'l'], ['liter', 'l'], ['l', 'l'], ['gallons', 'gal'], ['gallon', 'gal'], ['barils', 'bbl'], ['barrels', 'bbl'], ['bbl', 'bbl'],
  ['pints', 'pt'], ['pintes', 'pt'],
  ['degrés celsius', 'tempC'], ['degrees celsius', 'tempC'], ['°c', 'tempC'], ['° c', 'tempC'], ['degrés fahrenheit', 'tempF'], ['degrees fahrenheit', 'tempF'], ['°f', 'tempF'], ['° f', 'tempF'],
];
const UNIT_MAP = new Map(UNIT_TABLE);

/** Euro legacy currencies: written form → code, and units per euro (fixed, legal). */
const LEGACY: [RegExp, string][] = [
  [/^(?:francs? belges?|belgian francs?|BEF)/iu, 'BEF'],
  [/^(?:francs? luxembourgeois|luxembourg francs?|LUF)/iu, 'LUF'],
  [/^(?:francs? suisses?|swiss francs?|francs? CFA|CFA francs?|CHF)/iu, ''],
  [/^(?:francs?(?: français| french)?|French francs?|FRF)(?![\p{L}])/iu, 'FRF'],
  [/^(?:deutsche? ?marks?|deutschemarks?|deutschmarks?|marks? allemands?|German marks?|marks?|DM|DEM)(?![\p{L}])/iu, 'DEM'],
  [/^(?:marks? finlandais|markkaa|Finnish marks?|FIM)(?![\p{L}])/iu, 'FIM'],
  [/^(?:(?:italian )?(?:lires?|lira|lire)(?: italiennes?)?|ITL)(?![\p{L}])/iu, 'ITL'],
  [/^(?:(?:spanish )?pesetas?|ESP)(?![\p{L}])/iu, 'ESP'],
  [/^(?:(?:dutch )?(?:florins?|guilders?)|NLG)(?![\p{L}])/iu, 'NLG'],
  [/^(?:(?:portuguese )?escudos?|PTE)(?![\p{L}])/iu, 'PTE'],
  [/^(?:(?:austrian )?schillings?(?: autrichiens?)?|ATS)(?![\p{L}])/iu, 'ATS'],
  [/^(?:(?:greek )?(?:drachmes?|drachmas?|drachmae)|GRD)(?![\p{L}])/iu, 'GRD'],
  [/^(?:livres? irlandaises?|Irish pounds?|punts?|IEP)(?![\p{L}])/iu, 'IEP'],
];
/** Units of each legacy currency for one euro (Regulation (EC) No 2866/98, 1998, and later accessions). */
export const EURO_RATES: Record<string, number> = {
  BEF: 40.3399, LUF: 40.3399, DEM: 1.95583, ESP: 166.386, FRF: 6.55957, IEP: 0.787564, ITL: 1936.27, NLG: 2.20371, ATS: 13.7603, PTE: 200.482, FIM: 5.94573, GRD: 340.75,
};

/** What a figure measures, as a js-quantities unit or a currency code ('EUR' or a legacy one). */
interface Measure {
  unit: string;
  currency?: boolean;
}

const LINK = /^[ \u00a0\u202f]*(?:(?:(?:de|of)(?![\p{L}])|d['’])[ \u00a0]*)?/iu;
const UNIT_WORD = new RegExp(
  `^(?:${[...UNIT_MAP.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0]').replace(/’/g, "['’]")).join('|')})(?![\\p{L}\\d²³])`,
  'iu',
);

/** The scanner's own units, as js-quantities units. */
const SCANNED: Record<string, string> = { km: 'km', m: 'm', kg: 'kg', t: 'tonne', ha: 'hectare', km2: 'km^2', l: 'l', mi: 'mi', bbl: 'bbl' };

/** The unit a figure is in: its own, or the words right after it ("500 feet", "20 °C"). */
export function measureOf(text: string, f: FigureFact): Measure | undefined {
  // "20 pounds (9 kg)": the scanner's pounds sterling, written as a word, may be a weight
  if (f.kind === 'money' && f.unit === 'GBP' && /pounds?$/i.test(f.text)) return { unit: 'lb' };
  if (f.kind === 'money') return f.unit === 'EUR' ? { unit: 'EUR', currency: true } : undefined;
  if (f.kind !== 'count' && f.kind !== 'quantity') return undefined;
  if (f.unit === 'km' && /^\/h(?![\p{L}])/u.test(text.slice(f.end, f.end + 3))) return { unit: 'km/h' };
  if (f.unit === 'm' && /^\/s(?![\p{L}])/u.test(text.slice(f.end, f.end + 3))) return { unit: 'm/s' };
  if (f.unit && SCANNED[f.unit]) return { unit: SCANNED[f.unit] };
  if (f.unit) return undefined;
  const after = text.slice(f.end, f.end + 40);
  const link = LINK.exec(after)![0];
  const rest = after.slice(link.length);
  for (const [re, code] of LEGACY) {
    const m = re.exec(rest);
    if (m) return code ? { unit: code, currency: true } : undefined;
  }
  const deg = /^[ \u00a0\u202f]?°[ \u00a0]?([CF])(?![\p{L}])/u.exec(after);
  if (deg) return { unit: deg[1] === 'C' ? 'tempC' : 'tempF' };
  const u = UNIT_WORD.exec(rest.replace(/\u00a0/g, ' '));
  if (!u) return undefined;
  const word = u[0].toLowerCase().replace(/'/g, '’');
  // "m" and "t" alone right after a bare number are too often something else without a link word
  if ((word === 'm' || word === 't' || word === 'g' || word === 'l' || word === 'in' || word === 'mi') && link.trim()) return undefined;
  // "2 in (5 cm)" is inches; "5 in 10 people", "3 in London" are not
  if (word === 'in' && /^[ \u00a0]*[\p{L}\d]/u.test(rest.slice(2))) return undefined;
  const unit = UNIT_MAP.get(word) ?? UNIT_MAP.get(word.replace(/’/g, "'"));
  return unit ? { unit } : undefined;
}

/** "X (Y)", "X (about Y)", "X, soit Y", "X, or about Y", "X – i.e. Y": Y restates X in other units. */
const RESTATE = /^[^.;!?\d]{0,40}$/u;
const RESTATE_CUE =
  /^[^(]*?[ \u00a0]*(?:\([ \u00a0]*(?:(?:soit|or|environ|about|some|roughly|around|approximately|approx\.|près de|un peu plus de|un peu moins de|just over|just under|nearly|almost|~|≈)[ \u00a0]*)?|,?[ \u00a0]*(?:soit|or|ou|i\.e\.|that is|c['’]est-à-dire)(?:[ \u00a0]+(?:environ|about|some|roughly|around|approximately|près de|un peu plus de|un peu moins de|just over|just under|nearly|almost|plus de|moins de|more than|less than|quelque))?[ \u00a0]*)$/iu;

/**
 * Converters by "from→to", built once each: parsing units is the costly part of js-quantities.
 * A memo of a pure function (same answer for the same units), like derive.ts's relations cache.
 */
const converters = new Map<string, ((v: number) => number) | null>();

function convert(value: number, from: string, to: string): number | undefined {
  const key = `${from}\u0001${to}`;
  let c = converters.get(key);
  if (c === undefined) {
    try {
      c = Qty.swiftConverter(from, to);
    } catch {
      c = null;
    }
    converters.set(key, c);
  }
  return c ? c(value) : undefined;
}

const TEMP_CHANGE = /(?<![\p{L}])(?:by|de|of|d['’]|up|down|rise|rose|risen|increase\p{L}*|hausse|augment\p{L}*|réchauff\p{L}*|warm\p{L}*|cool\p{L}*|refroid\p{L}*|plus chaud|warmer|colder|plus froid|écart|difference)[^.;!?\d]{0,20}$/iu;
const shift = (v: number | undefined, base: number): number | undefined => (v === undefined ? undefined : v + base);

/** Half the rounding step of a derived value: "3,000 m" for 10,000 feet is rounded to the thousand, at most 10 %. */
function derivedHalf(f: FigureFact): number {
  const n = f.numeral;
  // a converted value is rounded as printed: "9 m" for 30 feet (9,14 m) is right
  let h = Math.max(looseHalf(f), (f.step ?? 1) / 2);
  if (n && !n.frac) {
    const tz = /0+$/.exec(n.int)?.[0].length ?? 0;
    if (tz) h = Math.max(h, Math.min((Math.pow(10, tz) * (f.step ?? 1)) / 2, Math.abs(f.value) * 0.1));
  }
  return h;
}

/** A conversion between figures a and b of one sentence, b restating a. */
export function conversionBetween(text: string, F: FigureFact[], a: number, b: number): Stated | undefined {
  const A = F[a];
  const B = F[b];
  if (B.start < A.end || !RESTATE.test(text.slice(A.end, B.start))) return undefined;
  const ma = measureOf(text, A);
  const mb = measureOf(text, B);
  if (!ma || !mb || ma.unit === mb.unit || !!ma.currency !== !!mb.currency) return undefined;
  // the restating words sit between A's unit and B
  const gap = text.slice(A.end, B.start);
  const cut = gap.search(/[(,]|(?<![\p{L}])(?:soit|or|ou|i\.e\.|that is|c['’]est-à-dire)(?![\p{L}])/iu);
  if (cut < 0 || !RESTATE_CUE.test(gap.slice(cut))) return undefined;
  if (ma.currency) return currencyBetween(text, F, a, b, ma.unit, mb.unit);
  let [from, to] = [ma.unit, mb.unit];
  // "warmer by 2 °C (3.6 °F)": a difference of temperature converts without the offset
  if (from.startsWith('temp') && to.startsWith('temp') && (A.role === 'change' || TEMP_CHANGE.test(text.slice(Math.max(0, A.start - 60), A.start)))) {
    from = from.replace('temp', 'deg');
    to = to.replace('temp', 'deg');
  }
  // "6 ft 2 in (1.88 m)", "5 feet 11 inches": the larger unit just before is part of the value
  let base = 0;
  const prev = a > 0 ? F[a - 1] : undefined;
  if (prev && /^[ \u00a0]*(?:and|et)?[ \u00a0]*$/iu.test(text.slice(prev.end, A.start).replace(/^[ \u00a0]*[\p{L}.’']+/u, ''))) {
    const mp = measureOf(text, prev);
    const part = mp && !mp.currency ? convert(prev.value, mp.unit, to) : undefined;
    if (part !== undefined && mp!.unit !== ma.unit) base = part;
  }
  const lo = shift(convert(A.value - looseHalf(A), from, to), base);
  const hi = shift(convert(A.value + looseHalf(A), from, to), base);
  const mid = shift(convert(A.value, from, to), base);
  if (lo === undefined || hi === undefined || mid === undefined) return undefined;
  const slack = derivedHalf(B) + Math.abs(mid) * 0.015;
  const ok = B.value >= Math.min(lo, hi) - slack && B.value <= Math.max(lo, hi) + slack;
  const decimals = B.numeral?.frac.length ?? (Math.abs(mid) < 10 ? 1 : 0);
  const right = (l: 'en' | 'fr'): string => formatNumber(mid, l, decimals, true);
  const unitShown = mb.unit === 'km/h' || mb.unit === 'm/s' ? mb.unit : text.slice(B.numeral ? B.numeral.end : B.end, B.end).trim() || unitAfter(text, B);
  const aText = base && prev ? `${withUnit(text, prev)} ${withUnit(text, A)}` : withUnit(text, A);
  return stated('conversion', a, b, A, B, ok, right, unitShown, aText, withUnit(text, B));
}

function unitAfter(text: string, f: FigureFact): string {
  const m = /^[ \u00a0\u202f]*((?:°[ \u00a0]?[CF])|[\p{L}/²³’']+(?:[ \u00a0][\p{L}’']+)?)/u.exec(text.slice(f.end, f.end + 30));
  return m ? m[1] : '';
}

function stated(
  kind: 'conversion' | 'currency',
  a: number,
  b: number,
  A: FigureFact,
  B: FigureFact,
  ok: boolean,
  right: (l: 'en' | 'fr') => string,
  unit: string,
  aText: string,
  bText: string,
  /** The numeral alone, for the fix (which replaces the numeral only). */
  digits: (l: 'en' | 'fr') => string = right,
): Stated {
  const n = B.numeral;
  const sp = (l: 'en' | 'fr'): string => (unit ? (l === 'fr' ? '\u00a0' : ' ') + unit : '');
  return {
    type: 'stated',
    kind,
    target: b,
    inputs: [{ index: a, role: { en: 'The value converted', fr: 'La valeur convertie' } }],
    ok,
    note: lazy((l) => `${aText} ≈ ${right(l)}${sp(l)}`),
    ...(ok
      ? {}
      : {
          message: bi((l) =>
            l === 'fr' ? `${bText} ne correspond pas à ${aText}, qui font ${right(l)}${sp(l)}.` : `${bText} does not match ${aText}, which is ${right(l)}${sp(l)}.`,
          ),
        }),
    ...(n && !B.range && !A.approximate ? { fix: { span: { start: n.start, end: n.end } as Span, text: { en: digits('en'), fr: digits('fr') } } } : {}),
  };
}

/** A figure with the unit words written after it ("500 feet"), one line. */
function withUnit(text: string, f: FigureFact): string {
  const own = shown(f) + (f.unit === 'km' && text.startsWith('/h', f.end) ? '/h' : '');
  if (f.unit || f.kind === 'money') return own;
  const u = unitAfter(text, f);
  return u ? `${own} ${u}` : own;
}

/** A sum in a legacy currency and its euro amount (either way round), at the legal fixed rate. */
function currencyBetween(text: string, F: FigureFact[], a: number, b: number, ua: string, ub: string): Stated | undefined {
  const A = F[a];
  const B = F[b];
  const legacy = ua === 'EUR' ? ub : ua;
  const rate = EURO_RATES[legacy];
  if (!rate || (ua !== 'EUR' && ub !== 'EUR')) return undefined;
  const toB = (v: number): number => (ua === 'EUR' ? v * rate : v / rate);
  const mid = toB(A.value);
  const lo = toB(A.value - halfStep(A));
  const hi = toB(A.value + halfStep(A));
  const slack = derivedHalf(B) + Math.abs(mid) * 0.005;
  const ok = B.value >= lo - slack && B.value <= hi + slack;
  const decimals = B.numeral?.frac.length ?? 0;
  const scale = B.step && B.step >= 1e3 && B.numeral ? Math.round((B.step * Math.pow(10, decimals))) : 1;
  // with a scale word, two decimals say more than the draft's own rounding ("≈ 1,52 million")
  const right = (l: 'en' | 'fr'): string => (scale > 1 ? formatScaled(mid, scale, l, Math.max(decimals, 2)) : formatNumber(mid, l, decimals, true));
  const rateText = (l: 'en' | 'fr'): string => (l === 'fr' ? `1\u00a0€ = ${formatNumber(rate, l, 6)}\u00a0${legacy}` : `1 € = ${formatNumber(rate, l, 6)} ${legacy}`);
  const unit = ub === 'EUR' ? '€' : legacy;
  const st = stated('currency', a, b, A, B, ok, right, unit, withUnit(text, A), withUnit(text, B), (l) => formatNumber(mid / scale, l, decimals, true));
  st.note = lazy((l) => `${rateText(l)} : ${withUnit(text, A)} ≈ ${right(l)}${l === 'fr' ? '\u00a0' : ' '}${unit}`.replace(' :', l === 'fr' ? '\u00a0:' : ':'));
  if (!ok)
    st.message = bi((l) =>
    l === 'fr'
      ? `${withUnit(text, B)} ne correspond pas à ${withUnit(text, A)} au taux de conversion fixe (${rateText(l)}), qui donne ${right(l)}\u00a0${unit}.`
      : `${withUnit(text, B)} does not match ${withUnit(text, A)} at the fixed conversion rate (${rateText(l)}), which gives ${right(l)} ${unit}.`,
  );
  return st;
}
