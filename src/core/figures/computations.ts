// Computations a sentence states: x % of y (", soit z"), an average annual rate against the
// total change over n years (compounded: 30 % over three years is ≈ 9,1 % a year, not 10 %),
// and speed × time = distance.
import type { FigureFact, Span } from '../types';
import { formatNumber, formatScaled } from './format';
import { measureOf } from './conversions';
import { bi, lazy, halfStep, looseHalf, pct, rateHalf, shown, type Stated } from './stated';

const VALUE = new Set(['money', 'quantity', 'count']);
/** "30 % de", "25% of their", "a 15% tip on an", "la TVA de 20 % sur une facture de": the percentage, then its base. */
const OF_GAP =
  /^[ \u00a0]+(?:(?:tip|raise|rise|discount|tax|fee|commission|cut|levy|pourboire|remise|réduction|hausse|augmentation|taxe|commission|prélèvement)[ \u00a0]+)?(?:of|de|des|du|d['’]|on|sur)(?:[ \u00a0]+(?:the|a|an|un|une|les|ses|leurs|their|its|la|l['’]))?(?:[ \u00a0]*[\p{L}’'-]+){0,3}?[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
/** "Sur un budget de", "Of a total of", "Out of the": the whole opens the sentence. */
const WHOLE_LEAD = /(?:^|[.;:]\s*|(?<![\p{L}]))(?:sur|of|out of|from|de)[ \u00a0]+(?:un|une|le|la|les|a|an|the|its|their|son|sa|ses|leur)?[ \u00a0]*(?:[\p{L}’'-]+[ \u00a0]+){0,3}(?:de|of|d['’])?[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const SO_GAP =
  /^[^.;!?\d]{0,40}?(?:soit|or|i\.e\.|that is|which is|c['’]est-à-dire|ce qui (?:fait|représente)|amounting to|amounts to|comes? to|came to|adds|added|totals|représente|représentait|revient à|ajoute|rapporte|,)[ \u00a0]*(?:(?:about|some|nearly|almost|roughly|around|approximately|environ|près de|quelque|presque|un peu plus de|un peu moins de|just over|just under)[ \u00a0]*)?(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
/** Another clause between two figures: "…, while wages rose 5%". */
const CLAUSE_BREAK = /;|,[ \u00a0]*(?:and|et|while|whereas|but|mais|tandis|alors|whilst)(?![\p{L}])|(?<![\p{L}])(?:while|whereas|tandis que|alors que)(?![\p{L}])/iu;
/** The later rate restates the earlier: "soit", "or", "an average of", "au total". */
const RESTATES = /(?:soit|or|i\.e\.|that is|c['’]est-à-dire|an average of|on average|en moyenne|a total of|au total|in total|cumul\p{L}*|:|,)/iu;

/**
 * "30 % de 200 millions d'euros, soit 60 millions": P × Y = Z. Also the whole first: "Sur un
 * budget de 2 milliards, 15 % vont à la culture, soit 300 millions".
 */
export function percentOf(text: string, F: FigureFact[], idx: number[], out: Stated[]): void {
  for (let a = 0; a + 2 < idx.length; a++) {
    let P = F[idx[a]];
    let Y = F[idx[a + 1]];
    const Z = F[idx[a + 2]];
    let order = [idx[a], idx[a + 1]];
    if (VALUE.has(P.kind) && Y.kind === 'percent' && a === 0 && WHOLE_LEAD.test(text.slice(Math.max(0, P.start - 40), P.start)) && /^[^.;!?\d]{0,60}$/u.test(text.slice(P.end, Y.start))) {
      [P, Y] = [Y, P];
      order = [idx[a + 1], idx[a]];
      if (P.role === 'change' || !SO_GAP.test(text.slice(P.end, Z.start)) || Z.value >= Y.value) continue;
    } else {
      // a change named with its base ("lost 25% of their $40,000 stake", "a 5% raise on") is a part of it
      if (P.kind !== 'percent' || !VALUE.has(Y.kind)) continue;
      if (!OF_GAP.test(text.slice(P.end, Y.start)) || !SO_GAP.test(text.slice(Y.end, Z.start))) continue;
      if (P.role === 'change' && !/^[ \u00a0]+(?:\p{L}+[ \u00a0]+)?(?:of|on|de|sur)[ \u00a0]/iu.test(text.slice(P.end, Y.start))) continue;
    }
    if (!VALUE.has(Z.kind) || (Z.unit !== Y.unit && !(Z.kind === 'count' && !Z.unit))) continue;
    const expected = (P.value / 100) * Y.value;
    const lo = ((P.value - halfStep(P)) / 100) * (Y.value - halfStep(Y));
    const hi = ((P.value + halfStep(P)) / 100) * (Y.value + halfStep(Y));
    const h = looseHalf(Z) + Math.abs(expected) * 0.005;
    const ok = Z.value >= lo - h && Z.value <= hi + h;
    const mult = Z.step && Z.step >= 1e3 && Z.numeral ? Math.round(Z.step * Math.pow(10, Z.numeral.frac.length)) : 1;
    const right = (l: 'en' | 'fr'): string => formatScaled(expected, mult, l, Z.numeral?.frac.length ?? 1).replace(/([.,]\d*?)0+(?=\D|$)/u, '$1').replace(/[.,](?=\D|$)/u, '') + (Y.unit && Y.kind === 'money' ? ` ${Y.unit}` : '');
    out.push({
      type: 'stated',
      kind: 'percent-of',
      target: idx[a + 2],
      inputs: [
        { index: order[0], role: { en: 'The percentage', fr: 'Le pourcentage' } },
        { index: order[1], role: { en: 'The whole', fr: 'Le total' } },
      ],
      ok,
      note: lazy((l) => `${shown(P)} × ${shown(Y)} ≈ ${right(l)}`),
      message: bi((l) =>
        l === 'fr' ? `${shown(Z)} ne correspond pas à ${shown(P)} de ${shown(Y)}, qui font ≈ ${right(l)}.` : `${shown(Z)} does not fit ${shown(P)} of ${shown(Y)}, which is ≈ ${right(l)}.`,
      ),
    });
  }
}

const YEARS_WORDS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10 };
const OVER_YEARS = /(?<![\p{L}])(?:sur|en|over|in|pendant|for|during|within|across)[ \u00a0]+(?:les[ \u00a0]+|the[ \u00a0]+(?:past[ \u00a0]+|last[ \u00a0]+)?)?(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|seven|eight|nine|ten)[ \u00a0]+(?:ans|années|years)(?![\p{L}])/iu;
const PER_YEAR = /^[ \u00a0]*(?:par an|l['’]an|per year|a year|per annum|annually|each year|chaque année|en moyenne par an|on average each year|par année|annuel\p{L}*)/iu;
const AVG_BEFORE = /(?:annual|annuel\p{L}*|yearly|moyenne annuelle|average annual|rythme annuel)[^.;!?\d]{0,25}$/iu;

/**
 * A total change over n years and the average annual rate stated with it (either order; the
 * later one restates the earlier). The average is compounded: (1 + total)^(1/n) − 1.
 */
export function annualRate(text: string, F: FigureFact[], idx: number[], sentence: Span, out: Stated[]): void {
  const s = text.slice(sentence.start, sentence.end);
  const over = OVER_YEARS.exec(s);
  if (!over) return;
  const n = /^\d+$/.test(over[1]) ? Number(over[1]) : YEARS_WORDS[over[1].toLowerCase()];
  if (!n || n < 2 || n > 50) return;
  const pcts = idx.filter((k) => F[k].kind === 'percent');
  if (pcts.length !== 2) return;
  const isAnnual = (k: number): boolean => PER_YEAR.test(text.slice(F[k].end, F[k].end + 30)) || AVG_BEFORE.test(text.slice(Math.max(sentence.start, F[k].start - 40), F[k].start));
  const [a, b] = pcts;
  const between = text.slice(F[a].end, F[b].start);
  if (CLAUSE_BREAK.test(between) || !RESTATES.test(between + text.slice(F[b].end, F[b].end + 20))) return;
  const annual = isAnnual(b) && !isAnnual(a) ? b : isAnnual(a) && !isAnnual(b) ? a : -1;
  if (annual < 0) return;
  const total = annual === a ? b : a;
  const T = F[total];
  const A = F[annual];
  const later = Math.max(a, b);
  const compound = (Math.pow(1 + T.value / 100, 1 / n) - 1) * 100;
  const totalFromAnnual = (Math.pow(1 + A.value / 100, n) - 1) * 100;
  let ok: boolean;
  if (later === annual) {
    const lo = (Math.pow(1 + (T.value - rateHalf(T)) / 100, 1 / n) - 1) * 100;
    const hi = (Math.pow(1 + (T.value + rateHalf(T)) / 100, 1 / n) - 1) * 100;
    ok = A.value >= lo - rateHalf(A) - 1e-9 && A.value <= hi + rateHalf(A) + 1e-9;
  } else {
    const lo = (Math.pow(1 + (A.value - rateHalf(A)) / 100, n) - 1) * 100;
    const hi = (Math.pow(1 + (A.value + rateHalf(A)) / 100, n) - 1) * 100;
    ok = T.value >= lo - rateHalf(T) - 1e-9 && T.value <= hi + rateHalf(T) + 1e-9;
  }
  const simple = Math.abs(A.value * n - T.value) <= rateHalf(T) + n * rateHalf(A);
  const years = (l: 'en' | 'fr'): string => (l === 'fr' ? `${n} ans` : `${n} years`);
  out.push({
    type: 'stated',
    kind: 'annual-rate',
    target: later,
    inputs: [{ index: later === annual ? total : annual, role: later === annual ? { en: 'Total change', fr: 'Variation totale' } : { en: 'Annual rate', fr: 'Taux annuel' } }],
    ok,
    note: lazy((l) =>
      l === 'fr'
        ? `${shown(T)} sur ${years(l)} : ≈ ${pct(compound, 1).fr} par an en moyenne (composé)`
        : `${shown(T)} over ${years(l)}: ≈ ${pct(compound, 1).en} a year on average (compounded)`,
    ),
    message: bi((l) => {
      const right = later === annual ? pct(compound, 1)[l] : pct(totalFromAnnual, 1)[l];
      const why = simple ? (l === 'fr' ? ' (les taux annuels se composent, ils ne s’additionnent pas)' : ' (annual rates compound, they do not add up)') : '';
      return later === annual
        ? l === 'fr'
          ? `${shown(A)} par an ne correspond pas à ${shown(T)} sur ${years(l)}, qui fait ≈ ${right} par an${why}.`
          : `${shown(A)} a year does not fit ${shown(T)} over ${years(l)}, which is ≈ ${right} a year${why}.`
        : l === 'fr'
          ? `${shown(T)} ne correspond pas à ${shown(A)} par an sur ${years(l)}, qui font ≈ ${right}${why}.`
          : `${shown(T)} does not fit ${shown(A)} a year over ${years(l)}, which is ≈ ${right}${why}.`;
    }),
  });
}

/** The whole hours before a count of minutes: "4 h ", "2 hours and ". */
const LEAD_HOURS = /(?<![\d,.])(\d{1,3})[ \u00a0]*(?:h|heures?|hours?|hrs?)[ \u00a0]*(?:and[ \u00a0]+|et[ \u00a0]+)?$/iu;
const HOURS = /^[ \u00a0]*(heures?|hours?|hrs?|minutes?|mins?|jours?|days?)(?![\p{L}])/iu;
/** "at an average of 20 km/h", "à une vitesse moyenne de": a speed that multiplies into a distance. */
const AVERAGE = /(?<![\p{L}])(?:average|averag\p{L}*|moyenne|moyen|constant\p{L}*|steady|régulier)(?![\p{L}])/iu;
const hoursOf = (w: string, v: number): number => v * (/^(?:minute|min)/i.test(w) ? 1 / 60 : /^(?:jour|day)/i.test(w) ? 24 : 1);

/** Speed × time = distance, all three in one sentence (km/h or mph, hours or minutes, km or miles). */
export function speedTimeDistance(text: string, F: FigureFact[], idx: number[], out: Stated[]): void {
  let speed = -1;
  let time = -1;
  let dist = -1;
  let speedUnit = '';
  let distUnit = '';
  let hours = 0;
  let timeEnd = 0;
  let timeStart = 0;
  for (const k of idx) {
    const f = F[k];
    const m = measureOf(text, f);
    if (m && /^(?:km\/h|mph|knot)$/.test(m.unit) && speed < 0) (speed = k), (speedUnit = m.unit);
    else if (m && /^(?:km|mi|nmi|m)$/.test(m.unit) && dist < 0) (dist = k), (distUnit = m.unit);
    else if ((f.kind === 'count' || f.kind === 'quantity') && !f.unit && time < 0) {
      const h = HOURS.exec(text.slice(f.end, f.end + 12));
      if (h) {
        time = k;
        hours = hoursOf(h[1], f.value);
        timeEnd = f.end + h[0].length;
        timeStart = f.start;
        // "4 h 36 min", "2 hours 10 minutes": the hours the scanner left as a time of day come first
        const lead = /^(?:minute|min)/i.test(h[1]) ? LEAD_HOURS.exec(text.slice(Math.max(0, f.start - 16), f.start)) : null;
        if (lead) (hours += Number(lead[1])), (timeStart = f.start - lead[0].length);
        // "2 hours and 6 minutes", "1 heure 30 minutes": one duration
        const next = idx[idx.indexOf(k) + 1];
        if (next !== undefined) {
          const g = F[next];
          const h2 = HOURS.exec(text.slice(g.end, g.end + 12));
          if (h2 && /^[ \u00a0]*(?:and|et)?[ \u00a0]*$/iu.test(text.slice(f.end + h[0].length, g.start)) && !g.unit) {
            hours += hoursOf(h2[1], g.value);
            timeEnd = g.end + h2[0].length;
          }
        }
      }
    }
  }
  if (speed < 0 || time < 0 || dist < 0) return;
  const perHour: Record<string, number> = { 'km/h': 1, mph: 1.609344, knot: 1.852 };
  const distKm: Record<string, number> = { km: 1, mi: 1.609344, nmi: 1.852, m: 0.001 };
  const S = { ...F[speed], text: speedUnit === 'km/h' && !/\/h/.test(F[speed].text) ? `${F[speed].text}/h` : F[speed].text };
  const D = F[dist];
  const T = { ...F[time], text: text.slice(timeStart, timeEnd) };
  const expectedKm = S.value * perHour[speedUnit] * hours;
  const expected = expectedKm / distKm[distUnit];
  // integers are read as exact here: "2 hours" is not 1.5 to 2.5 hours; decimals as printed
  const rel = (x: FigureFact): number => ((x.numeral?.frac ? halfStep(x) : 0) + (x.approximate ? 0.1 * Math.abs(x.value) : 0)) / Math.max(1e-9, Math.abs(x.value));
  const tol = rel(S) + rel(T) + rel(D) + 0.05;
  const ok = Math.abs(D.value - expected) <= tol * Math.max(expected, D.value);
  const target = Math.max(speed, time, dist);
  const sentence = text.slice(Math.min(S.start, T.start, D.start) - 60 > 0 ? Math.min(S.start, T.start, D.start) - 60 : 0, Math.max(S.end, T.end, D.end));
  out.push({
    // a top speed does not multiply into a distance: a question unless the speed is an average
    ...(AVERAGE.test(sentence) ? {} : { soft: true }),
    type: 'stated',
    kind: 'speed',
    target,
    inputs: [speed, time, dist].filter((k) => k !== target).map((k) => ({ index: k, role: { en: 'Speed, time or distance', fr: 'Vitesse, durée ou distance' } })),
    ok,
    note: lazy((l) => `${shown(S)} × ${shown(T)} ≈ ${formatNumber(expected, l, expected < 10 ? 1 : 0)} ${distUnit === 'mi' ? 'miles' : distUnit}`),
    message: bi((l) =>
      l === 'fr'
        ? `${shown(S)} pendant ${shown(T)} font ≈ ${formatNumber(expected, l, expected < 10 ? 1 : 0)} ${distUnit === 'mi' ? 'miles' : distUnit}, pas ${shown(D)}.`
        : `${shown(S)} for ${shown(T)} is ≈ ${formatNumber(expected, l, expected < 10 ? 1 : 0)} ${distUnit === 'mi' ? 'miles' : distUnit}, not ${shown(D)}.`,
    ),
  });
}
