// Names stage: mentions of people, places and organisations grouped into entities, each with
// its preferred spelling (house list, first full-name mention, or majority) and, on every
// mention spelled otherwise, the edits that align it.
import type { StageInput } from '../stage';
import type { EntityFact, NameFact } from '../types';
import { buildEntities } from './entities';
import { normalizeHouseNames, type HouseNames } from './house-format';

export interface NamesResult {
  names: NameFact[];
  entities: EntityFact[];
}

/** The house list from the options (parsed JSON or a parseHouseNames list); invalid → none. */
export function houseFromOptions(value: unknown): HouseNames | undefined {
  if (value === undefined || value === null) return undefined;
  return normalizeHouseNames(value).list;
}

export function extractNames(input: StageInput): NamesResult {
  return buildEntities(input.prose.text, input.language, houseFromOptions(input.options.houseNames));
}

export { sameEntity, sameToken } from './similarity';
export { parseHouseNames } from './house';
export type { HouseNames, HouseEntry, HouseSpec, HouseError, HouseParseResult } from './house-format';
export { nameHover } from './hover';
