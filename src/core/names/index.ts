// Names stage: mentions of people, places and organisations grouped into entities, each with
// its preferred spelling (house list, first full-name mention, or majority) and, on every
// mention spelled otherwise, the edits that align it.
import type { StageInput } from '../stage';
import type { EntityFact, NameFact, Prose } from '../types';
import { BARRIER } from './mentions';
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
  return buildEntities(namesView(input.text, input.prose), input.language, houseFromOptions(input.options.houseNames));
}

/**
 * The prose as the names stage reads it: Markdown syntax the prose step blanked becomes a barrier
 * no mention crosses (emphasis markers, link brackets), and a table's cell border becomes a line
 * break, so each cell is its own segment. Same length as the prose: offsets stay valid.
 */
export function namesView(original: string, prose: Prose): string {
  const p = prose.text;
  if (p === original || p.length !== original.length) return p;
  const tables = prose.paragraphs.filter((x) => x.kind === 'table');
  let out = '';
  let last = 0;
  for (let i = 0; i < p.length; i++) {
    const c = original.charCodeAt(i);
    if (p.charCodeAt(i) === c || c === 10 || c === 13 || c === 32) continue;
    const inTable = c === 124 && tables.some((t) => t.start <= i && i < t.end);
    out += p.slice(last, i) + (inTable ? '\n' : BARRIER);
    last = i + 1;
  }
  return out + p.slice(last);
}

export { sameEntity, sameToken } from './similarity';
export { parseHouseNames } from './house';
export type { HouseNames, HouseEntry, HouseSpec, HouseError, HouseParseResult } from './house-format';
export { nameHover } from './hover';
