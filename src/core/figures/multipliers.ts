// Multipliers a sentence states: "a doublé", "tripled", "multiplié par 4", "trois fois plus",
// "five times as many", "divisé par deux", "halved", "réduit de moitié". Checked against the
// two values of a change (from A to B) and against a percentage restating them (tripling is
// +200 %, not +300 %).
import type { FigureFact, Span } from '../types';
import { formatNumber } from './format';
import { bi, lazy, halfStep, pct, rateHalf, shown, type Stated } from './stated';

export interface Multiplier {
  factor: number;
  word: Span;
  /** "more than tripled" / "nearly doubled": a bound, not an exact factor. */
  bound?: 'more' | 'nearly';
  /** "three times more": ×3 or ×4, both are read. */
  loose?: boolean;
  /** "N fois plus", "N times as many": a comparison of two values (the result, then its base). */
  compare?: boolean;
}

const VERB_FACTORS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5, sextupl: 6, décupl: 10, decupl: 10, centupl: 100 };
const NUMBER_WORDS: Record<string, number> = {
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, cent: 100, mille: 1000,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, hundred: 100, thousand: 1000,
};
const N = String.raw`(\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|two|three|four|five|seven|eight|nine|ten|hundred|thousand)`;
const BOUND = String.raw`(?:(more than|plus que|nearly|almost|près de|presque|quasiment|roughly|about|environ)[ \u00a0]+)?`;
/** Verb forms only: "double peine", "a double-digit rise" are no multipliers. */
const VERB = String.raw`(doubl|tripl|quadrupl|quintupl|sextupl|décupl|decupl|centupl)(?:é|ée|és|ées|er|ement|ements|ed|ing|es|e)(?![\p{L}])`;
const BY = String.raw`(?:multipli\p{L}*[ \u00a0]+(?:par|by)|(?:by|of) a factor of|d['’]un facteur(?: de)?)[ \u00a0]+(?:plus de[ \u00a0]+|more than[ \u00a0]+|près de[ \u00a0]+|nearly[ \u00a0]+)?${N}(?![\p{L}\d])`;
const DIV = String.raw`(?:divis\p{L}*|divided)[ \u00a0]+(?:par|by)[ \u00a0]+${N}(?![\p{L}\d])`;
const TIMES = String.raw`${N}[ \u00a0]+(?:fois|times)[ \u00a0]+(plus|more|as many|as much|higher|larger|bigger|greater|supérieur\p{L}*|plus élevé\p{L}*)(?![\p{L}])`;
const FOLD = String.raw`${N}[- \u00a0]?fold(?![\p{L}])`;
const HALF = String.raw`(?:halved|halving|cut in half|réduit\p{L}* de moitié|baiss\p{L}* de moitié|diminu\p{L}* de moitié|chuté de moitié|divis\p{L}* par deux)(?![\p{L}])`;
const AUX = String.raw`(?:(?:a|ont|avait|avaient|have|has|had|a été|ont été|was|were)[ \u00a0]+)?`;
const MULT = new RegExp(`(?<![\\p{L}])${BOUND}${AUX}(?:${VERB}|${BY}|${DIV}|${TIMES}|(${HALF})|${FOLD})`, 'giu');

const num = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(',', '.'));

/** Every multiplier word of a sentence, with its offset in the text. */
export function multipliersIn(text: string, sentence: Span): Multiplier[] {
  const s = text.slice(sentence.start, sentence.end);
  if (!/doubl|tripl|quadrupl|quintupl|sextupl|cupl|multipli|divis|divided|fois|times|halv|half|moitié|fold|factor|facteur/iu.test(s)) return [];
  const out: Multiplier[] = [];
  MULT.lastIndex = 0;
  for (let m = MULT.exec(s); m; m = MULT.exec(s)) {
    const [, boundWord, verb, by, div, times, timesWord, half, fold] = m;
    let factor: number;
    let loose = false;
    if (verb) factor = VERB_FACTORS[verb.toLowerCase()];
    else if (by) factor = num(by);
    else if (div) factor = 1 / num(div);
    else if (times) {
      factor = num(times);
      loose = /^(?:plus|more)$/i.test(timesWord);
    } else if (half) factor = 0.5;
    else if (fold) factor = num(fold);
    else continue;
    if (!Number.isFinite(factor) || factor <= 0 || factor === 1) continue;
    const bound = boundWord ? (/more|plus/i.test(boundWord) ? 'more' : 'nearly') : undefined;
    out.push({
      factor,
      word: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
      ...(bound ? { bound } : {}),
      ...(loose ? { loose } : {}),
      ...(times ? { compare: true } : {}),
    });
  }
  return out;
}

/** "×3", "÷2". */
const factorText = (k: number, lang: 'en' | 'fr'): string => (k >= 1 ? `×${formatNumber(k, lang, 2)}` : `÷${formatNumber(1 / k, lang, 2)}`);

/** A multiplier against the two values of a change (from A to B). */
export function multipleFits(text: string, m: Multiplier, F: FigureFact[], from: number, to: number): Stated | undefined {
  const A = F[from];
  const B = F[to];
  if (A.value <= 0) return undefined;
  const ratio = B.value / A.value;
  // the printed rounding of A and B widens what the ratio can be
  const lo = (B.value - halfStep(B)) / (A.value + halfStep(A));
  const hi = (B.value + halfStep(B)) / Math.max(1e-12, A.value - halfStep(A));
  const k = m.factor;
  const near = (x: number): boolean => hi >= x * 0.9 && lo <= x * 1.1;
  const ok =
    m.bound === 'more' ? hi >= k * 0.97 : m.bound === 'nearly' ? lo <= k * 1.03 && hi >= k * 0.75 : m.loose ? near(k) || near(k + 1) : near(k);
  const word = text.slice(m.word.start, m.word.end);
  return {
    type: 'stated',
    kind: 'multiple',
    target: to,
    word: m.word,
    inputs: [
      { index: from, role: { en: 'Starting value', fr: 'Valeur de départ' } },
      { index: to, role: { en: 'Final value', fr: 'Valeur d’arrivée' } },
    ],
    ok,
    note: lazy((l) => `${shown(A)} → ${shown(B)} : ${factorText(ratio, l)}`.replace(' :', l === 'fr' ? '\u00a0:' : ':')),
    message: bi((l) =>
      l === 'fr'
        ? `« ${word} » ne correspond pas à ${shown(A)} → ${shown(B)}, soit ${factorText(ratio, l)} (${pct((ratio - 1) * 100, 1, true).fr}).`
        : `“${word}” does not fit ${shown(A)} → ${shown(B)}, which is ${factorText(ratio, l)} (${pct((ratio - 1) * 100, 1, true).en}).`,
    ),
  };
}

/** What follows a multiplier and leads to the percentage restating it: "a triplé : 300 %", "doubled, a 100% increase". */
const RESTATE_GAP = /^[^.;!?\d]{0,45}$/u;
const RESTATE_CUE = /(?:soit|:|,|\(|or|i\.e\.|that is|an? (?:increase|rise|jump|gain|drop|fall|decline) of|une (?:hausse|augmentation|progression|baisse|diminution) de|en hausse de|up|down|en baisse de|de\s*\+?)/iu;
/** "à 300 % de son niveau", "300% of its 2010 level": a level, where the multiplier is k × 100 %. */
const LEVEL_AFTER = /^[ \u00a0]*(?:de (?:son|sa|leur|ses)|du niveau|of (?:its|their|the)|of what|du montant)/iu;

/** A percentage written right after a multiplier as the same change: a change of (k − 1) × 100 %. */
export function multiplePercent(text: string, m: Multiplier, F: FigureFact[], p: number): Stated | undefined {
  const P = F[p];
  if (P.kind !== 'percent' || m.bound) return undefined;
  if (P.start >= m.word.end) {
    const gap = text.slice(m.word.end, P.start);
    if (!RESTATE_GAP.test(gap) || !RESTATE_CUE.test(gap) || LEVEL_AFTER.test(text.slice(P.end, P.end + 20))) return undefined;
  } else {
    // "a augmenté de 300 %, soit un triplement", "rose 300%, a tripling"
    if (P.end > m.word.start || P.derived?.direction === undefined) return undefined;
    if (!/^[ \u00a0]*(?:,|:|\()?[ \u00a0]*(?:soit|or|i\.e\.|that is|c['’]est-à-dire)?[ \u00a0]*(?:un|une|a|an)?[ \u00a0]*$/iu.test(text.slice(P.end, m.word.start))) return undefined;
  }
  const k = m.factor;
  const change = (k - 1) * 100;
  const given = (P.derived?.direction === -1 ? -1 : 1) * P.value;
  const tol = rateHalf(P) + 1e-9;
  const fits = (x: number): boolean => Math.abs(Math.abs(given) - Math.abs(x)) <= tol;
  const ok = fits(change) || (m.loose === true && fits(k * 100)) || !fits(k * 100);
  const word = text.slice(m.word.start, m.word.end);
  return {
    type: 'stated',
    kind: 'multiple-percent',
    target: p,
    inputs: [],
    ok,
    note: lazy((l) => (l === 'fr' ? `« ${word} » : ${pct(change, 1, true).fr}` : `“${word}”: ${pct(change, 1, true).en}`)),
    message: bi((l) =>
      l === 'fr'
        ? `${shown(P)} ne correspond pas à « ${word} » (${factorText(k, l)}), qui fait ${pct(change, 1, true).fr} : ${pct(k * 100, 1).fr} serait le nouveau niveau, pas la hausse.`
        : `${shown(P)} does not fit “${word}” (${factorText(k, l)}), which is ${pct(change, 1, true).en}: ${pct(k * 100, 1).en} would be the new level, not the increase.`,
    ),
  };
}
