// A rate in one sentence and the two values it describes in the next (or the one before), in
// the same paragraph: "Le budget a progressé de 250 %. Il était de 12,6 millions d'euros en
// 2010, et de 48,3 en 2020." Only neighbouring sentences of one paragraph are paired, and only
// when the rate's own sentence gives no value and the other gives exactly two of one series.
import type { FigureFact, Span } from '../types';
import { pointsRelation } from './points';
import type { Stated } from './stated';

type Growth = { type: 'growth'; rate: number; from?: number; to: number; dir: number };

const VALUE = new Set(['money', 'quantity', 'count']);
const FROM_BEFORE = /(?<![\p{L}])(?:from|de|d['’])[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;
const TO_GAP = /^(?:[ \u00a0]+(?:en|in)[ \u00a0]+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:[ \u00a0]+\d{4})?),?)?[ \u00a0]*(?:à|to|jusqu['’]à)[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;

const AGAINST_GAP = /^[ \u00a0]*,?[ \u00a0]*(?:(?:up|down)[ \u00a0]+from|contre|against|compared (?:with|to)|versus|vs\.?)[ \u00a0]*(?:US\$|\$|€|£)?[ \u00a0]*$/iu;

/**
 * `groups`: the figure index range [from, to) of each sentence with figures, in order, with
 * the sentence. `attached`: rates already related within their own sentence.
 */
export function paragraphRelations(
  text: string,
  F: FigureFact[],
  groups: { from: number; to: number; sentence: Span }[],
  attached: Set<number>,
  out: { push(r: Growth | Stated): void },
): void {
  for (let g = 0; g < groups.length; g++) {
    const own = groups[g];
    const rates: number[] = [];
    let hasValue = false;
    for (let k = own.from; k < own.to; k++) {
      const f = F[k];
      if ((f.kind === 'percent' && f.role === 'change') || f.kind === 'percentage-points') {
        if (!attached.has(k)) rates.push(k);
      } else if (VALUE.has(f.kind) || f.kind === 'percent') hasValue = true;
    }
    if (rates.length !== 1 || hasValue) continue;
    for (const n of [g + 1, g - 1]) {
      const other = groups[n];
      if (!other || !sameParagraph(text, own.sentence, other.sentence)) continue;
      const pair = seriesPair(text, F, other.from, other.to);
      if (!pair) continue;
      const R = rates[0];
      if (F[pair[0]].kind === 'percent') {
        const st = pointsRelation(F, pair[0], pair[1], R);
        if (st) out.push(st);
      } else if (F[R].kind === 'percent') {
        const d = F[R].derived?.direction;
        out.push({ type: 'growth', rate: R, from: pair[0], to: pair[1], dir: typeof d === 'number' ? d : 1 });
      }
      attached.add(R);
      break;
    }
  }
}

const POLL_CUE = /(?<![\p{L}])(?:sondés?|sondage|interrogés?|répondants?|enquête|question|polled|poll|respondents|asked|survey|surveyed|voters|électeurs|votants|answers?|réponses?)(?![\p{L}])/iu;
/** After a share, a complement naming another whole ("41 % des hommes", "38% of the others"). */
const OWN_WHOLE = /^[ \u00a0]*(?:des|du|de la|de l['’]|of|among|parmi|chez|in|à|au|aux|en)(?![\p{L}])/iu;

/**
 * Answers to one poll question spread over two sentences: "Parmi les sondés, 48 % sont
 * favorables. 41 % y sont opposés et 23 % ne se prononcent pas." The second sentence opens on
 * a share, names no whole of its own, and the first names the poll.
 */
export function pollAcrossSentences(
  text: string,
  F: FigureFact[],
  groups: { from: number; to: number; sentence: Span }[],
  taken: Set<number>,
  out: { push(r: { type: 'shares'; items: number[]; rest: boolean }): void },
): void {
  for (let g = 0; g + 1 < groups.length; g++) {
    const a = groups[g];
    const b = groups[g + 1];
    if (!sameParagraph(text, a.sentence, b.sentence)) continue;
    if (!POLL_CUE.test(text.slice(a.sentence.start, a.sentence.end))) continue;
    const first = F[b.from];
    if (first.kind !== 'percent' || first.start - b.sentence.start > 12) continue;
    const items: number[] = [];
    let fits = true;
    for (const grp of [a, b]) {
      for (let k = grp.from; k < grp.to; k++) {
        const f = F[k];
        if (f.kind === 'year' || f.kind === 'date') continue;
        if (f.kind !== 'percent' || f.role === 'change' || f.value > 100 || taken.has(k)) {
          fits = false;
          break;
        }
        if (grp === b && OWN_WHOLE.test(text.slice(f.end, f.end + 12))) fits = false;
        items.push(k);
      }
    }
    if (!fits || items.length < 3) continue;
    out.push({ type: 'shares', items, rest: false });
  }
}

/** Two sentences of one paragraph: no line break between them. */
function sameParagraph(text: string, a: Span, b: Span): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  return !text.slice(x.end, y.start).includes('\n') && y.start - x.end < 4;
}

/**
 * The two values of one series in a sentence, earlier first: exactly two values of one kind
 * and unit, "from A to B" or each with its own year.
 */
function seriesPair(text: string, F: FigureFact[], from: number, to: number): [number, number] | undefined {
  const vals: number[] = [];
  for (let k = from; k < to; k++) {
    const f = F[k];
    if (f.kind === 'year' || f.kind === 'date' || f.kind === 'ordinal') continue;
    if (f.role === 'change' || !(VALUE.has(f.kind) || f.kind === 'percent')) return undefined;
    vals.push(k);
  }
  if (vals.length !== 2) return undefined;
  const [a, b] = vals;
  const A = F[a];
  const B = F[b];
  if (A.kind !== B.kind || A.unit !== B.unit) return undefined;
  if (TO_GAP.test(text.slice(A.end, B.start)) && FROM_BEFORE.test(text.slice(Math.max(0, A.start - 12), A.start))) return [a, b];
  // "2,7 millions de personnes, contre 3 millions il y a un an": the later value first
  if (AGAINST_GAP.test(text.slice(A.end, B.start))) return [b, a];
  const ya = /^\d{4}$/.test(A.period ?? '') ? Number(A.period) : NaN;
  const yb = /^\d{4}$/.test(B.period ?? '') ? Number(B.period) : NaN;
  if (!Number.isFinite(ya) || !Number.isFinite(yb) || ya === yb) return undefined;
  return ya < yb ? [a, b] : [b, a];
}
