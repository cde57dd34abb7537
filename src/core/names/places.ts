// Countries and world regions, known as places in French and English from the platform's
// CLDR data (Intl.DisplayNames, ISO 3166-1 alpha-2 codes and UN M49 region codes), and the
// adjectives and demonyms derived from them (kazakh, chinois, Chinese, Uzbek), which are not
// names. Built lazily on first use, then read-only: a pure function of the platform's data.

/** UN M49 region codes that have a display name (continents and sub-regions). */
const M49 = '001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419'.split(' ');
/** Codes that name organisations, placeholders or groupings rather than places. */
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB']);

export interface PlaceData {
  /** Folded (lower case, no diacritics, ’ → ') names, one or more words: "chine", "coree du sud". */
  names: ReadonlySet<string>;
  /** One-word names (folded) by their first four letters, for the demonym test. */
  byPrefix: ReadonlyMap<string, readonly string[]>;
}

let data: PlaceData | undefined;

/** Lower case without diacritics, typographic apostrophe as ASCII: the form places are looked up in. */
export function foldPlace(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

function build(): PlaceData {
  const names = new Set<string>();
  const codes: string[] = [...M49];
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of A) for (const b of A) if (!NOT_PLACES.has(a + b)) codes.push(a + b);
  for (const lang of ['fr', 'en']) {
    for (const style of ['long', 'short'] as const) {
      let dn: Intl.DisplayNames;
      try {
        dn = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' });
      } catch {
        continue; // a runtime without region data: no known places, nothing breaks
      }
      for (const c of codes) {
        let n: string | undefined;
        try {
          n = dn.of(c);
        } catch {
          n = undefined;
        }
        if (!n || n === c || /[.()]|unknown|inconnue/i.test(n)) continue;
        names.add(foldPlace(n));
        // "Congo - Kinshasa": the part before the spaced dash is a place too
        const head = /^(\S+) - \p{L}/u.exec(n);
        if (head && head[1].length >= 4) names.add(foldPlace(head[1]));
      }
    }
  }
  const byPrefix = new Map<string, string[]>();
  for (const n of names) {
    if (/[\s-]/.test(n) || n.length < 4) continue;
    const k = n.slice(0, 4);
    const arr = byPrefix.get(k);
    if (arr) arr.push(n);
    else byPrefix.set(k, [n]);
  }
  return { names, byPrefix };
}

export function placeData(): PlaceData {
  if (!data) data = build();
  return data;
}

/** Whether a name (one or more words, any case) is a country or world region in French or English. */
export function isKnownPlace(name: string): boolean {
  return placeData().names.has(foldPlace(name.replace(/\s+/g, ' ')));
}

const DEMONYM_ENDING = /^(?:ese|ian|ians|ien(?:nes?|s)?|an|ans|ish|i|is|ois|oise|oises|ais|aise|aises|ain|aine|aines|ains|e|es|en)$/;
/** Endings only after the whole place name (Russia-n, Kenya-ns). */
const WHOLE_ENDING = /^(?:n|ns)$/;

/**
 * Whether a single word is the adjective or demonym of a known country or region (Kazakh,
 * kazakhe, Chinese, chinois, Uzbek, Russian, ukrainien), and not the place itself. The stem is
 * the place name minus up to three final letters (minus -stan for Central Asian names), the
 * ending one of the French and English adjective suffixes.
 */
export function isDemonym(word: string): boolean {
  const w = foldPlace(word);
  if (w.length < 4 || /[^a-z]/.test(w)) return false;
  const { names, byPrefix } = placeData();
  if (names.has(w)) return false;
  for (const r of byPrefix.get(w.slice(0, 4)) ?? []) {
    if (r.endsWith('stan')) {
      const stem = r.slice(0, -4).replace(/i$/, '');
      if (stem.length >= 4 && w.startsWith(stem) && /^(?:e|es|s|i|is|e?s)?$/.test(w.slice(stem.length))) return true;
    }
    for (let k = 0; k <= 3; k++) {
      const stem = r.slice(0, r.length - k);
      if (stem.length < 4) break;
      const end = w.slice(stem.length);
      if (w.startsWith(stem) && end && (DEMONYM_ENDING.test(end) || (k === 0 && WHOLE_ENDING.test(end)))) return true;
    }
  }
  return false;
}
