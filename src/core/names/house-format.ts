// The house name list format (.copydesk/names.json): preferred spellings per language, known
// variants, pairs that are different people, and specs (example sentences with the expected
// corrected text). Types and validation; parseHouseNames (house.ts) adds the spec run.
import type { Language } from '../types';

export type HouseEntryType = 'person' | 'place' | 'organisation';

export interface HouseEntry {
  /** Stable id: the "id" field, or "<section>[<index>]". */
  id: string;
  type: HouseEntryType;
  /** Preferred spelling for any language without its own. */
  name: string;
  /** Preferred spelling per document language, when it differs from `name`. */
  byLanguage: Partial<Record<Language, string>>;
  variants: string[];
  note?: string;
}

export interface HouseSpec {
  text: string;
  expected: string;
  language?: Language;
}

export interface HouseNames {
  kind: 'copydesk-house-names';
  entries: HouseEntry[];
  /** Pairs of spellings that name different people: never merged. */
  different: [string, string][];
  specs: HouseSpec[];
}

export interface HouseError {
  message: string;
  entry?: string;
}

export interface HouseParseResult {
  list?: HouseNames;
  errors: HouseError[];
}

/** The preferred spelling of an entry for a document language. */
export function preferredFor(e: HouseEntry, lang: Language): string {
  return e.byLanguage[lang] ?? e.name;
}

/** Every spelling an entry knows: its name, its per-language forms and its variants. */
export function allSpellings(e: HouseEntry): string[] {
  return [...new Set([e.name, ...Object.values(e.byLanguage).filter((x): x is string => !!x), ...e.variants])];
}

const SECTIONS: [string, HouseEntryType][] = [
  ['people', 'person'],
  ['places', 'place'],
  ['organisations', 'organisation'],
];
const ENTRY_KEYS = new Set(['id', 'name', 'en', 'fr', 'variants', 'note']);
const TOP_KEYS = new Set(['$schema', 'people', 'places', 'organisations', 'different', 'specs']);

const isString = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** Checks a JSON value against the house list format; the first problem is reported. */
export function normalizeHouseNames(value: unknown, fileLabel = '.copydesk/names.json'): HouseParseResult {
  if (value && typeof value === 'object' && (value as HouseNames).kind === 'copydesk-house-names') return { list: value as HouseNames, errors: [] };
  const fail = (message: string, entry?: string): HouseParseResult => ({ errors: [{ message: `${fileLabel}: ${message}`, ...(entry ? { entry } : {}) }] });
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('the house name list must be a JSON object with "people", "places", "organisations", "different" or "specs".');
  const obj = value as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!TOP_KEYS.has(k)) return fail(`unknown property "${k}" (expected people, places, organisations, different, specs).`, k);
  const entries: HouseEntry[] = [];
  for (const [section, type] of SECTIONS) {
    const arr = obj[section];
    if (arr === undefined) continue;
    if (!Array.isArray(arr)) return fail(`"${section}" must be an array of entries.`, section);
    for (let i = 0; i < arr.length; i++) {
      const raw = arr[i] as Record<string, unknown>;
      const where = `${section}[${i}]`;
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail(`entry ${where} must be an object with at least "name".`, where);
      const label = isString(raw.id) ? `${where} (${raw.id})` : isString(raw.name) ? `${where} (${raw.name})` : where;
      for (const k of Object.keys(raw)) if (!ENTRY_KEYS.has(k)) return fail(`entry ${label} has an unknown property "${k}" (expected id, name, en, fr, variants, note).`, label);
      if (!isString(raw.name)) return fail(`entry ${label} needs a "name": the preferred spelling, a non-empty string.`, label);
      for (const k of ['id', 'en', 'fr', 'note'] as const) {
        if (raw[k] !== undefined && !isString(raw[k])) return fail(`entry ${label}: "${k}" must be a non-empty string.`, label);
      }
      if (raw.variants !== undefined && !(Array.isArray(raw.variants) && raw.variants.every(isString))) {
        return fail(`entry ${label}: "variants" must be an array of non-empty strings.`, label);
      }
      const byLanguage: Partial<Record<Language, string>> = {};
      if (isString(raw.en)) byLanguage.en = raw.en.trim();
      if (isString(raw.fr)) byLanguage.fr = raw.fr.trim();
      entries.push({
        id: isString(raw.id) ? raw.id : where,
        type,
        name: (raw.name as string).trim(),
        byLanguage,
        variants: ((raw.variants as string[] | undefined) ?? []).map((v) => v.trim()),
        ...(isString(raw.note) ? { note: raw.note } : {}),
      });
    }
  }
  const different: [string, string][] = [];
  if (obj.different !== undefined) {
    if (!Array.isArray(obj.different)) return fail('"different" must be an array of pairs of spellings, e.g. [["Kim Jong-un", "Kim Jong-il"]].', 'different');
    for (let i = 0; i < obj.different.length; i++) {
      const p = obj.different[i] as unknown;
      if (!Array.isArray(p) || p.length !== 2 || !p.every(isString)) return fail(`different[${i}] must be a pair of two non-empty strings.`, `different[${i}]`);
      different.push([p[0].trim(), p[1].trim()]);
    }
  }
  const specs: HouseSpec[] = [];
  if (obj.specs !== undefined) {
    if (!Array.isArray(obj.specs)) return fail('"specs" must be an array of { "text", "expected" } examples.', 'specs');
    for (let i = 0; i < obj.specs.length; i++) {
      const s = obj.specs[i] as Record<string, unknown>;
      const where = `specs[${i}]`;
      if (!s || typeof s !== 'object' || !isString(s.text) || typeof s.expected !== 'string') return fail(`${where} needs "text" and "expected" strings.`, where);
      for (const k of Object.keys(s)) if (!['text', 'expected', 'language'].includes(k)) return fail(`${where} has an unknown property "${k}" (expected text, expected, language).`, where);
      if (s.language !== undefined && s.language !== 'fr' && s.language !== 'en') return fail(`${where}: "language" must be "fr" or "en".`, where);
      specs.push({ text: s.text, expected: s.expected, ...(s.language ? { language: s.language as Language } : {}) });
    }
  }
  return { list: { kind: 'copydesk-house-names', entries, different, specs }, errors: [] };
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineCol(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') {
    line++;
    last = i;
  }
  return `line ${line}, column ${offset - last}`;
}

/**
 * Offset of the first JSON syntax error, found by a small scanner of our own: engines word
 * JSON.parse errors differently and some give no position at all.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        str();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return str();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m) fail();
    i += m![0].length;
  };
  const str = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    return typeof at === 'number' ? at : i;
  }
  return -1;
}

function syntaxPosition(text: string): string | undefined {
  const at = jsonErrorOffset(text);
  return at < 0 ? undefined : lineCol(text, at);
}

export type SpecRunner = (list: HouseNames, spec: HouseSpec) => string;

/**
 * Parses .copydesk/names.json. Returns the list, or one clear error naming the file and the
 * entry (malformed JSON with line and column, a wrong type, a failing spec). `runSpec` applies
 * the names engine to a spec's text; parseHouseNames in index.ts passes the real one.
 */
export function parseHouseNamesWith(jsonText: string, fileLabel: string, runSpec?: SpecRunner): HouseParseResult {
  let value: unknown;
  try {
    value = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (err) {
    const where = syntaxPosition(jsonText.replace(/^\uFEFF/, ''));
    const detail = (err instanceof Error ? err.message : String(err)).replace(/^JSON\.parse: /, '').split('\n')[0].slice(0, 80);
    return { errors: [{ message: `${fileLabel}: not valid JSON${where ? ` at ${where}` : ''} (${detail}).` }] };
  }
  const res = normalizeHouseNames(value, fileLabel);
  if (!res.list || !runSpec) return res;
  for (let i = 0; i < res.list.specs.length; i++) {
    const spec = res.list.specs[i];
    const got = runSpec(res.list, spec);
    if (got !== spec.expected) {
      return {
        errors: [{ message: `${fileLabel}: spec ${i + 1} fails: "${spec.text}" gives "${got}", expected "${spec.expected}".`, entry: `specs[${i}]` }],
      };
    }
  }
  return res;
}
