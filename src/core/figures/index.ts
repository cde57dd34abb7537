// Figures stage: every number with its unit, scale and kind, what it qualifies, and the
// values that follow from its sentence (the previous value implied by a growth rate…).
import type { StageInput } from '../stage';
import type { FigureFact, Span } from '../types';
import { attachDerived, findRelations, sentenceOf } from './derive';
import { changeDirection, changeFrom, conceptAfter, phraseAfter, relativePeriod, subjectFinder } from './phrases';
import { roundSafe, scanFigures, type Scanned } from './scan';

export { figureHover } from './hover';
export { findRelations, type Relation } from './derive';
export { formatNumber, formatValue } from './format';

const DASH_GAP = /^[ \u00a0\u202f]*[-–—][ \u00a0\u202f]*$/u;
const WORD_GAP = /^[ \u00a0]+(?:à|to|and|et|or|ou)[ \u00a0]+$/iu;
const RANGE_BEFORE = /(?<![\p{L}])(?:entre|between|de|from)[ \u00a0]*$/iu;

/** "10–12 %", "de 10 à 12 %", "between 10 and 12%": one range; "from 20 to 25 million": A inherits B's scale. */
function joinRanges(text: string, figs: Scanned[]): Scanned[] {
  const out: Scanned[] = [];
  for (let i = 0; i < figs.length; i++) {
    const A = figs[i];
    const B = figs[i + 1];
    if (!B || A.kind === 'year' || A.kind === 'date' || A.kind === 'ordinal' || B.kind === 'year' || B.kind === 'date' || B.kind === 'ordinal') {
      out.push(A);
      continue;
    }
    const gap = text.slice(A.end, B.start);
    const dash = DASH_GAP.test(gap);
    const word = !dash && WORD_GAP.test(gap);
    const unitless = !A.unit && (A.kind === 'count' || A.kind === 'quantity') && !!B.unit;
    const inherits = (A.bare || (A.mult === 1 && B.mult > 1 && A.unit === B.unit) || unitless) && !B.bare && (dash || word);
    if (!inherits) {
      out.push(A);
      continue;
    }
    // "250,000 to 1.5 million": a numeral with its own thousands is no shorthand of B's scale
    if (A.mult === 1 && B.mult > 1 && !(A.numeral?.group || Math.abs(A.value) >= 1000)) {
      A.value = roundSafe(A.value * B.mult);
      A.step *= B.mult;
      A.mult = B.mult;
    }
    A.unit = B.unit;
    A.kind = B.kind;
    A.bare = false;
    const before = text.slice(Math.max(0, A.start - 12), A.start);
    const isChange = changeDirection(text, Math.max(0, A.start - 40), A.start, A.end) !== 0 || changeFrom(text, A.start);
    const range = dash || (RANGE_BEFORE.test(before) && !isChange && !/(?:^|[^\p{L}])(?:or|ou)[ \u00a0]/u.test(gap));
    if (!range) {
      out.push(A);
      continue;
    }
    out.push({
      ...B,
      start: A.start,
      value: roundSafe((A.value + B.value) / 2),
      range: [A.value, B.value],
      approximate: true,
      ...(A.numeral && B.numeral ? { numeral: B.numeral } : {}),
    });
    i++;
  }
  return out;
}

const YEAR_GAP = /^[ \u00a0]+(?:en|in)[ \u00a0]+$/iu;
const YEAR_BETWEEN = /^(?:[ \u00a0]+(?:en|in)[ \u00a0]+\d{4},?)?[ \u00a0]*(?:à|to|jusqu['’]à)[ \u00a0]*$/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:from|de|d['’])[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;

/**
 * "passé de 80 millions d'euros en 2022 à 100 millions en 2023": the second value of a change
 * from A to B, written without its unit, is in A's unit (same scale word, or none for both).
 */
function inheritUnits(text: string, figs: Scanned[]): void {
  for (let i = 0; i + 1 < figs.length; i++) {
    const A = figs[i];
    if (!(A.unit && (A.kind === 'money' || A.kind === 'quantity')) && !(A.mult > 1 && A.scaleWord && (A.kind === 'count' || A.kind === 'quantity'))) continue;
    let j = i + 1;
    if (figs[j].kind === 'year' && j + 1 < figs.length) j++;
    const B = figs[j];
    if (B.unit || (B.kind !== 'count' && B.kind !== 'quantity') || B.range) continue;
    if (j > i + 1 && !(figs[i + 1].start > A.end && figs[i + 1].end < B.start)) continue;
    const gap = text.slice(A.end, B.start);
    const fromTo = YEAR_BETWEEN.test(gap) && FROM_BEFORE.test(text.slice(Math.max(0, A.start - 16), A.start)) && changeFrom(text, A.start);
    // "12,6 millions d'euros en 2010, et de 48,3 en 2020": a second value of the same series
    // "250 milliards d'euros, contre 240 milliards un an plus tôt": a comparison needs no end
    const listed = !fromTo && LIST_BETWEEN.test(gap) && (BARE_END.test(text.slice(B.end, B.end + 12)) || COMPARED.test(gap));
    if (!fromTo && !listed) continue;
    if (B.mult !== A.mult) {
      // the bare number drops the scale word ("100,2" after "19,4 millions"): only a small one
      if (B.mult !== 1 || A.mult === 1 || Math.abs(B.value) >= 1000 || B.numeral?.group) continue;
      B.value = roundSafe(B.value * A.mult);
      B.step *= A.mult;
      B.mult = A.mult;
    }
    B.unit = A.unit;
    B.kind = A.kind;
    B.bare = false;
  }
}

/** Between two values of one series: "en 2010, et de", ", contre", "and". */
const LIST_BETWEEN = /^(?:[ \u00a0]+(?:en|in)[ \u00a0]+\d{4})?[ \u00a0]*,?[ \u00a0]*(?:et|and|puis|then|contre|against|versus|vs\.?|compared with)[ \u00a0]+(?:de|à|to|at|d['’]|of)?[ \u00a0]*$/iu;
const COMPARED = /(?<![\p{L}])(?:contre|against|versus|vs\.?|compared with)[ \u00a0]*$/iu;
/** After the bare value: its year, or the end of the clause. */
const BARE_END = /^(?:[ \u00a0]+(?:en|in)[ \u00a0]+\d{4}(?!\d)|[ \u00a0]*(?:[.,;:)!?]|$))/u;

/** Keys in this order (the JSON of facts is compared byte for byte); optional ones only when set. */
function factOf(text: string, s: Scanned): FigureFact {
  const f = { text: text.slice(s.start, s.end), start: s.start, end: s.end, value: s.value } as FigureFact;
  if (s.unit) f.unit = s.unit;
  f.kind = s.kind;
  if (s.approximate) f.approximate = true;
  f.step = s.step;
  if (s.range) f.range = s.range;
  if (s.ambiguous) f.ambiguous = s.ambiguous;
  if (s.numeral) f.numeral = s.numeral;
  return f;
}

type SubjectOf = ReturnType<typeof subjectFinder>;

const MEASURED = new Set(['money', 'quantity', 'count', 'percent', 'percentage-points']);

function describe(text: string, f: FigureFact, sentence: Span | undefined, years: FigureFact[], subjectOf: SubjectOf, periods: Map<number, string | undefined>): void {
  if (!MEASURED.has(f.kind)) return;
  const sStart = sentence?.start ?? Math.max(0, f.start - 200);
  const sEnd = sentence?.end ?? Math.min(text.length, f.end + 200);
  const dir = changeDirection(text, sStart, f.start, f.end);
  f.role = dir ? 'change' : 'level';
  if (dir) f.derived = { direction: dir };
  let q: string | undefined;
  if (f.kind === 'count' && f.unit === undefined) {
    q = phraseAfter(text, f.end, sEnd, true);
    if (!q && conceptAfter(text, f.end, sEnd)) q = text.slice(f.end, Math.min(sEnd, f.end + 40)).trim().split(/[\s,.;]/)[0];
  } else {
    q = phraseAfter(text, f.end, sEnd, false);
    if (q && /^(?:dollars?|euros?|tonnes?|habitants|people|personnes)$/i.test(q)) q = undefined;
  }
  if (!q && sentence && (f.kind !== 'count' || f.unit)) q = subjectOf(sentence, f.start);
  if (q) f.qualifies = q;
  // the period: the nearest year in the sentence, else "last year", "cette année"…
  let best: FigureFact | undefined;
  // "80 millions en 2022 à 100 millions en 2023": the year written right after a figure is its own
  for (const y of years) if (y.start >= f.end && y.start - f.end < 8 && YEAR_GAP.test(text.slice(f.end, y.start))) best = y;
  if (!best) for (const y of years) if (!best || Math.abs(y.start - f.start) < Math.abs(best.start - f.start)) best = y;
  if (best) f.period = String(best.value);
  else if (sentence) {
    if (!periods.has(sentence.start)) periods.set(sentence.start, relativePeriod(text.slice(sentence.start, sentence.end)));
    const rel = periods.get(sentence.start);
    if (rel) f.period = rel;
  }
}

/** Where "points" alone means percentage points: percentages, rates, shares or polls nearby. */
const POINTS_CONTEXT = /%|pour ?cent|per ?cent|(?<![\p{L}])(?:taux|rates?|parts?|shares?|sondages?|polls?|ch[ôo]mage|unemployment|intentions?|popularit\p{L}*|approval|cote|score|inflation|marges?|margins?|majorit\p{L}*|points de base|basis points)(?![\p{L}])/iu;

/**
 * "une hausse de 5 points": percentage points where the text around speaks of percentages or
 * rates (the same paragraph, 160 characters either side); a count otherwise ("25 points" of a
 * match, "3 points de suture" never matched).
 */
function settlePoints(text: string, figs: Scanned[]): void {
  for (const f of figs) {
    if (f.loosePoints === undefined) continue;
    let a = Math.max(0, f.start - 160);
    let b = Math.min(text.length, f.end + 160);
    // only within the window: a search of the whole text per figure would be quadratic
    const before = text.slice(a, f.start);
    const after = text.slice(f.end, b);
    const nlBefore = before.lastIndexOf('\n\n');
    const nlAfter = after.indexOf('\n\n');
    if (POINTS_CONTEXT.test((nlBefore >= 0 ? before.slice(nlBefore) : before) + ' ' + (nlAfter >= 0 ? after.slice(0, nlAfter) : after))) continue;
    f.end = f.loosePoints;
    f.kind = Number.isInteger(f.value) ? 'count' : 'quantity';
    f.unit = undefined;
    f.bare = true;
  }
}

export function extractFigures(input: StageInput): FigureFact[] {
  const text = input.prose.text;
  const lang = input.language;
  const raw = scanFigures(text, lang);
  settlePoints(text, raw);
  const scanned = joinRanges(text, raw);
  inheritUnits(text, scanned);
  const facts = scanned.map((s) => factOf(text, s));
  const sid = sentenceOf(facts, input.sentences);
  // years of each sentence, for periods
  const yearsBySentence = new Map<number, FigureFact[]>();
  facts.forEach((f, i) => {
    if (f.kind === 'year' || (f.kind === 'date' && f.value >= 10000000)) {
      const y = f.kind === 'date' ? { ...f, value: Math.floor(f.value / 10000) } : f;
      const list = yearsBySentence.get(sid[i]);
      if (list) list.push(y);
      else yearsBySentence.set(sid[i], [y]);
    }
  });
  const subjectOf = subjectFinder(text, lang);
  const periods = new Map<number, string | undefined>();
  facts.forEach((f, i) => describe(text, f, sid[i] >= 0 ? input.sentences[sid[i]] : undefined, yearsBySentence.get(sid[i]) ?? [], subjectOf, periods));
  attachDerived(facts, findRelations(text, facts, input.sentences), lang, text);
  return facts;
}
