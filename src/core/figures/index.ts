// Figures stage: every number with its unit, scale and kind.
// UNFINISHED: filled in by the figures issue (#4).
import type { StageInput } from '../stage';
import type { FigureFact } from '../types';

export function extractFigures(_input: StageInput): FigureFact[] {
  return [];
}
