// Binary searches over sorted, non-overlapping spans (sentences, paragraphs).
import type { Span } from '../types';

/** Index of the span containing `offset`, or of the last span that starts before it; -1 if none. */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** True when `offset` lies inside span `i`. */
export const inside = (spans: readonly Span[], i: number, offset: number): boolean => i >= 0 && spans[i].start <= offset && offset < spans[i].end;
