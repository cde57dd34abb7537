// A change between two percentages: "from 20% to 25%" is +5 percentage points, or +25 %.
// A change stated in % that is the difference in points (or in points that is the relative
// change) is the classic error of economic copy (AFP and Reuters style guides: "percentage
// points" for the difference between two percentages).
import type { FigureFact } from '../types';
import { bi, lazy, halfStep, pct, rateHalf, shown, type Stated } from './stated';

const POINTS = (v: number, l: 'en' | 'fr', signed = true): string => {
  const s = signed && v > 0 ? '+' : '';
  const n = Math.abs(v) < 1e-9 ? 0 : v;
  const digits = Number.isInteger(Math.round(n * 10) / 10) ? 0 : 1;
  const t = n.toFixed(digits);
  return l === 'fr' ? `${s}${t.replace('.', ',')}\u00a0point${Math.abs(n) >= 2 ? 's' : ''}` : `${s}${t} point${Math.abs(n) === 1 ? '' : 's'}`;
};

/**
 * The change figure C stated for percentages A → B. C in percentage points must be B − A; C in
 * % must be (B − A) / A. Returns the relation, flagged when C fits neither reading as written,
 * or fits the other one.
 */
export function pointsRelation(F: FigureFact[], from: number, to: number, change: number): Stated | undefined {
  const A = F[from];
  const B = F[to];
  const C = F[change];
  if (A.kind !== 'percent' || B.kind !== 'percent' || A.value <= 0) return undefined;
  const diff = B.value - A.value;
  const rel = (diff / A.value) * 100;
  const tolDiff = halfStep(A) + halfStep(B) + rateHalf(C) * (C.unit === 'bp' ? 0.01 : 1) + 1e-9;
  const relLo = ((B.value - halfStep(B) - (A.value + halfStep(A))) / (A.value + halfStep(A))) * 100;
  const relHi = ((B.value + halfStep(B) - (A.value - halfStep(A))) / Math.max(1e-9, A.value - halfStep(A))) * 100;
  // basis points are hundredths of a point
  const per = C.unit === 'bp' ? 0.01 : 1;
  const mag = Math.abs(C.value) * per;
  const fitsPoints = Math.abs(mag - Math.abs(diff)) <= tolDiff;
  const fitsRel = mag >= Math.min(Math.abs(relLo), Math.abs(relHi)) - rateHalf(C) - 1e-9 && mag <= Math.max(Math.abs(relLo), Math.abs(relHi)) + rateHalf(C) + 1e-9;
  const inPoints = C.kind === 'percentage-points';
  const ok = inPoints ? fitsPoints : fitsRel;
  const note = lazy((l) => `${shown(A)} → ${shown(B)} : ${POINTS(diff, l)}, ${pct(rel, 1, true)[l]}`.replace(' :', l === 'fr' ? '\u00a0:' : ':'));
  let message;
  if (!ok) {
    const both = (l: 'en' | 'fr'): string => (l === 'fr' ? `${POINTS(diff, l)} ou ${pct(rel, 1, true).fr}` : `${POINTS(diff, l)} or ${pct(rel, 1, true).en}`);
    if (!inPoints && fitsPoints && Math.abs(diff) > 1e-9)
      message = bi((l) =>
        l === 'fr'
          ? `${shown(C)} est l’écart en points entre ${shown(A)} et ${shown(B)}, pas la variation en pourcentage : écrire ${both(l)}.`
          : `${shown(C)} is the difference in percentage points between ${shown(A)} and ${shown(B)}, not the percentage change: write ${both(l)}.`,
      );
    else if (inPoints && fitsRel)
      message = bi((l) =>
        l === 'fr'
          ? `${shown(C)} est la variation relative entre ${shown(A)} et ${shown(B)}, pas l’écart en points : écrire ${both(l)}.`
          : `${shown(C)} is the relative change between ${shown(A)} and ${shown(B)}, not the difference in points: write ${both(l)}.`,
      );
    else
      message = bi((l) =>
        l === 'fr' ? `${shown(C)} ne correspond pas à ${shown(A)} → ${shown(B)}, qui fait ${both(l)}.` : `${shown(C)} does not fit ${shown(A)} → ${shown(B)}, which is ${both(l)}.`,
      );
  }
  return {
    type: 'stated',
    kind: 'points',
    target: change,
    inputs: [
      { index: from, role: { en: 'Starting percentage', fr: 'Pourcentage de départ' } },
      { index: to, role: { en: 'Final percentage', fr: 'Pourcentage d’arrivée' } },
    ],
    ok,
    note,
    ...(message ? { message } : {}),
  };
}
