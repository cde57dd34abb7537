// Names stage: mentions of people, places and organisations grouped into entities.
// UNFINISHED: filled in by the names issue (#3).
import type { StageInput } from '../stage';
import type { EntityFact, NameFact } from '../types';

export interface NamesResult {
  names: NameFact[];
  entities: EntityFact[];
}

export function extractNames(_input: StageInput): NamesResult {
  return { names: [], entities: [] };
}
