// Loading the house name list: parse, validate, then run its specs through the names engine.
import type { Language } from '../types';
import { parseHouseNamesWith, type HouseNames, type HouseParseResult, type HouseSpec } from './house-format';
import { correctNames } from './entities';

export * from './house-format';

/** The text of a spec after every name fix the engine would offer (name-variant and name-style). */
export function runHouseSpec(list: HouseNames, spec: HouseSpec, fallback: Language = 'en'): string {
  const language = spec.language ?? (/[àâçéèêëîïôûùœ«»]|\b(?:le|la|les|des|est|a déclaré)\b/i.test(spec.text) ? 'fr' : fallback);
  return correctNames(spec.text, language, list);
}

/**
 * Parses the contents of .copydesk/names.json. On bad content returns no list and ONE error
 * that names the file and the entry (malformed JSON with line and column, a wrong type, a
 * failing spec); analysis without the list keeps working.
 */
export function parseHouseNames(jsonText: string, fileLabel: string): HouseParseResult {
  return parseHouseNamesWith(jsonText, fileLabel, (list, spec) => runHouseSpec(list, spec));
}
