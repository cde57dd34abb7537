// French sets a no-break space between a number and its unit, symbol or currency: 4,2 km,
// 12 kg, 31,5 °C, 120 m², 9,99 €, 85 km/h (Lexique des règles typographiques en usage à
// l'Imprimerie nationale, « Unités de mesure »; the OQLF's Banque de dépannage linguistique,
// « Espacement des symboles »). The percent sign is number-format's (one problem, one finding).
//
// Left alone: a degree of angle (45°), a time (14h30), a unit glued to a word (A4, COVID-19),
// a number inside a word or code, and the symbol that comes first in English ($5).
import { g, isNoBreak, isWordChar, NBSP, original, type Problem, type Scan } from './problem';

// Longest first so that km/h wins over km and m² over m. Single letters that are also words or
// times (h, s, t, a, l) are left out: « 14h30 », « 3 s’il », « 2 t » would give false alarms.
const UNITS = [
  'gCO2/kWh', 'km/h', 'm/s', 'km²', 'm²', 'm³', 'cm²', 'cm³', 'ha', 'km', 'cm', 'mm', 'µm', 'nm', 'm',
  'kg', 'mg', 'µg', 'g', 'ml', 'cl', 'dl', 'hl', 'L',
  '°C', '°F', 'K',
  'ms', 'µs', 'ns', 'min',
  'kWh', 'MWh', 'GWh', 'TWh', 'Wh', 'kW', 'MW', 'GW', 'W', 'kV', 'V', 'mA', 'Hz', 'kHz', 'MHz', 'GHz',
  'Mo', 'Go', 'To', 'ko', 'Mb/s', 'Gb/s', 'Mbit/s',
  '€', '$', '£', '¥', '₽', '₹',
];
const escape = (u: string): string => u.replace(/[/$]/g, (c) => `\\${c}`);
// number (French or plain digits) + optional ordinary spaces + unit, not followed by a letter or digit
const NUMBER_UNIT = new RegExp(`(\\d)( *)(${UNITS.map(escape).join('|')})(?![\\p{L}\\p{N}²³])`, 'gu');

export function frenchUnitSpace(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(NUMBER_UNIT)) {
    const digit = m.index;
    const from = digit + 1;
    const unitAt = from + m[2].length;
    const unit = m[3];
    if (!original(s, digit) || !original(s, unitAt)) continue;
    if (isNoBreak(prose[from - 1])) continue;
    // the number starts after a letter (A4, CO2, COVID-19, G7): not a quantity
    let n = digit;
    while (n > 0) {
      const c = prose[n - 1];
      if (/\d/.test(c) || (/[,.\u00a0\u202f ]/.test(c) && /\d/.test(prose[n - 2] ?? ''))) n--;
      else break;
    }
    if (isWordChar(prose[n - 1]) || prose[n - 1] === '-') continue;
    // « 3 m » after an ordinary space: only units that cannot be a word (m, g, K, W, V, L are also initials or words)
    if (m[2].length >= 1 && /^(m|g|K|W|V|L|min)$/.test(unit)) continue;
    out.push({
      convention: 'unit-space',
      start: from,
      end: unitAt + unit.length,
      edit: { start: from, end: unitAt, newText: NBSP },
      en: `${m[2] ? 'a breaking space' : 'no space'} between the number and “${unit}”: French sets a no-break space (U+00A0)`,
      fr: `${m[2] ? 'espace sécable' : 'pas d’espace'} entre le nombre et ${g(unit)} (le français demande une espace insécable, U+00A0)`,
      title: { en: 'Use a no-break space', fr: 'Mettre une espace insécable' },
    });
  }
  return out;
}

/** The units this convention knows, for the docs. */
export const FRENCH_UNITS: readonly string[] = UNITS;
