// From/to pairs of one sentence: which pair a rate or a multiplier belongs to (the nearest
// one), and which figures are no value of a pair (the base of a rate, "pour 100 000 habitants").
import type { FigureFact, Span } from '../types';

/** "pour 100 000 habitants", "per 1,000 births", "for every 100 pupils": the base of a rate, a round power of ten, is no value. */
const RATE_BASE_BEFORE = /(?<![\p{L}])(?:pour|per|par|for every|for each|pour chaque|every)[ \u00a0]*$/iu;
export const rateBase = (text: string, f: FigureFact): boolean =>
  f.value >= 10 && Number.isInteger(Math.log10(f.value)) && RATE_BASE_BEFORE.test(text.slice(Math.max(0, f.start - 16), f.start));

/** Distance in characters from a span to the nearer end of a from/to pair. */
const pairDistance = (F: FigureFact[], x: Span, p: [number, number]): number => {
  const lo = Math.min(F[p[0]].start, F[p[1]].start);
  const hi = Math.max(F[p[0]].end, F[p[1]].end);
  return x.start >= hi ? x.start - hi : x.end <= lo ? lo - x.end : 0;
};

/** The from/to pair nearest a span (a rate, a multiplier word), if any. */
export function nearestPair(F: FigureFact[], x: Span, pairs: [number, number][]): [number, number] | undefined {
  let best: [number, number] | undefined;
  for (const p of pairs) if (!best || pairDistance(F, x, p) < pairDistance(F, x, best)) best = p;
  return best;
}
