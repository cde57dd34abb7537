// number-format: decimal and thousands separators, and the space before %, in the document
// language's convention. French: 31,17 ; 31 170 (narrow no-break space U+202F every three
// digits from five digits on); 23,6 % with U+202F before %. English: 31.17 ; 31,170 ; 23.6%.
// Default severity: information — the value is readable, the form is not the house's.
import { say, type Draft, type Rule } from '../rule';
import type { FigureFact, Language, TextEdit } from '../types';
import { NNBSP, group } from './format';
import { frenchTypography } from './stated';

const MEASURED = new Set(['money', 'quantity', 'count', 'percent', 'percentage-points']);
const NBSPS = '\u00a0\u202f';


/** The numeral written in the language's convention, keeping 4-digit grouping if it had one. */
export function conventional(int: string, frac: string, hadGroup: boolean, lang: Language): string {
  const sep = lang === 'fr' ? NNBSP : ',';
  const grouped = int.length >= 5 || (int.length === 4 && hadGroup) || (lang === 'en' && int.length === 4 && hadGroup) ? group(int, sep) : int;
  return grouped + (frac ? (lang === 'fr' ? ',' : '.') + frac : '');
}

interface Problem {
  en: string;
  fr: string;
}

export const numberFormat: Rule = {
  id: 'number-format',
  defaultSeverity: 'information',
  description: {
    en: 'Decimal/thousands separators or spacing not in the document language’s convention, or mixed.',
    fr: 'Séparateurs décimaux ou de milliers, ou espaces, hors de la convention de la langue du document, ou mélangés.',
  },
  check({ facts, prose, language: lang, text: original }) {
    const text = prose.text;
    const out: Draft[] = [];
    for (const f of facts.figures) {
      const n = f.numeral;
      if (!n || !MEASURED.has(f.kind)) continue;
      if (f.ambiguous) {
        const amb = ambiguity(f, lang, text);
        if (amb) out.push(amb);
        continue;
      }
      if (!n.group && !n.frac && n.int.length === 5 && f.kind === 'count' && !f.unit && /^[ \u00a0]\p{Lu}/u.test(text.slice(n.end, n.end + 2))) continue; // postal code
      const problems: Problem[] = [];
      const edits: TextEdit[] = [];
      if (lang === 'fr') {
        if (n.decimal === '.') problems.push({ en: 'decimal point instead of a decimal comma', fr: 'point décimal au lieu de la virgule' });
        if (n.group === ',' || n.group === '.') problems.push({ en: `“${n.group}” as thousands separator`, fr: `« ${n.group} » comme séparateur de milliers` });
        if (n.group === ' ') problems.push({ en: 'breaking space between digit groups', fr: 'espace sécable entre les tranches de chiffres' });
        // 2'800: the apostrophe is the grouping of Swiss French (Swiss federal typography rules), not an error
        if (!n.group && n.int.length >= 5) problems.push({ en: 'digits not grouped by three', fr: 'chiffres non groupés par tranches de trois' });
      } else {
        if (n.decimal === ',') problems.push({ en: 'decimal comma instead of a decimal point', fr: 'virgule décimale au lieu du point' });
        if (n.group && n.group !== ',') problems.push({ en: `thousands not separated by commas${n.group === "'" || n.group === '’' ? ' (Swiss apostrophe)' : ''}`, fr: `milliers non séparés par des virgules${n.group === "'" || n.group === '’' ? ' (apostrophe suisse)' : ''}` });
        if (!n.group && n.int.length >= 5) problems.push({ en: 'no thousands separators', fr: 'pas de séparateurs de milliers' });
      }
      if (problems.length) {
        const newText = conventional(n.int, n.frac, !!n.group, lang);
        if (original.slice(n.start, n.end) === text.slice(n.start, n.end)) edits.push({ start: n.start, end: n.end, newText });
      }
      percentSpace(f, text, lang, problems, edits);
      if (!problems.length) continue;
      const list = problems.map((p) => say(lang, p.en, p.fr)).join(', ');
      const want = applyLocal(text, f, edits);
      out.push({
        start: f.numeral!.start,
        end: f.kind === 'percent' ? f.end : Math.max(n.end, ...edits.map((e) => e.end)),
        message: say(lang, `Number format: ${list}. English style: ${want}.`, `Format du nombre : ${list}. Usage français : ${want}.`),
        ...(edits.length ? { fixes: [{ title: say(lang, `Write ${want}`, `Écrire ${want}`), edits, fixAll: true, preferred: true }] } : {}),
      });
    }
    if (lang === 'fr') for (const d of out) d.message = frenchTypography(d.message);
    return out;
  },
};

/** A singular unit noun right after a French number ("1,879 euro", "1,250 litre"): the number is below 2. */
const SINGULAR_UNIT = /^[ \u00a0]*(?:euro|dollar|franc|livre|litre|kilo|kilogramme|mètre|tonne|point|heure|an|mois|jour)(?![\p{L}])/iu;

/**
 * "10.000", "2,500": one separator followed by exactly three digits, which the document does
 * not settle: a thousands separator (English, or German and Spanish with a point) or a decimal
 * mark. Both readings are named; no fix, the editor knows which.
 */
function ambiguity(f: FigureFact, lang: Language, text: string): Draft | undefined {
  const n = f.numeral!;
  const sep = n.group || n.decimal;
  if (!sep) return undefined;
  // the language's own decimal mark before a unit of measure reads naturally as decimals
  // ("42,195 km", "1,234 kg" in French; "2.125 km" in English): no question then, unless the
  // decimals end in 0 ("3,500 tonnes": nobody writes 3,5 that way)
  const native = lang === 'fr' ? ',' : '.';
  if (sep === native && f.kind === 'quantity' && f.unit && !/0$/.test(n.frac || n.int)) return undefined;
  // French agrees the noun in the singular below 2 only: "1,879 euro le litre" is a decimal
  if (lang === 'fr' && sep === ',' && Number(n.int) < 2 && SINGULAR_UNIT.test(text.slice(n.end, n.end + 16))) return undefined;
  const digits = n.int + n.frac;
  const whole = Number(digits);
  const head = digits.slice(0, digits.length - 3);
  const tail = digits.slice(-3);
  const asThousands = formatNumberText(head + tail, '', lang, true);
  const asDecimal = formatNumberText(head, tail.replace(/0+$/, ''), lang, false);
  if (!Number.isFinite(whole)) return undefined;
  const written = f.text.slice(0, n.end - n.start);
  const sepName = sep === '.' ? say(lang, 'point', 'point') : say(lang, 'comma', 'virgule');
  return {
    start: n.start,
    end: n.end,
    message: say(
      lang,
      `Number format: “${written}” reads as ${asThousands} (${sepName} as thousands separator) or ${asDecimal} (decimal ${sepName}). Write ${asThousands} or ${asDecimal}.`,
      `Format du nombre : « ${written} » se lit ${asThousands} (${sepName} séparateur de milliers${sep === '.' ? ', usage allemand ou espagnol' : ', usage anglais'}) ou ${asDecimal} (${sepName} décimal${sep === ',' ? 'e' : ''}). Écrire ${asThousands} ou ${asDecimal}.`,
    ),
  };
}

/** Digits in the language's convention (French groups with U+202F from five digits). */
function formatNumberText(int: string, frac: string, lang: Language, grouped: boolean): string {
  return conventional(int.replace(/^0+(?=\d)/, ''), frac, grouped, lang);
}

function percentSpace(f: FigureFact, text: string, lang: Language, problems: Problem[], edits: TextEdit[]): void {
  if (f.kind !== 'percent' || !f.numeral) return;
  const n = f.numeral;
  let i = n.end;
  while (i < f.end && ' \u00a0\u202f'.includes(text[i])) i++;
  if (text[i] !== '%') return;
  const space = text.slice(n.end, i);
  if (lang === 'fr') {
    if (space === '') problems.push({ en: 'no no-break space before %', fr: 'pas d’espace insécable avant %' });
    else if (!NBSPS.includes(space) || space.length > 1) problems.push({ en: 'breaking space before %', fr: 'espace sécable avant %' });
    else return;
    edits.push({ start: n.end, end: i, newText: NNBSP });
  } else if (space !== '') {
    problems.push({ en: 'space before %', fr: 'espace avant %' });
    edits.push({ start: n.end, end: i, newText: '' });
  }
}

/** The figure's own text with the edits applied, for the message and the fix title. */
function applyLocal(text: string, f: FigureFact, edits: TextEdit[]): string {
  const start = f.numeral!.start;
  let end = f.numeral!.end;
  for (const e of edits) end = Math.max(end, e.end);
  if (text[end] === '%') end++;
  let s = text.slice(start, end);
  for (const e of [...edits].sort((a, b) => b.start - a.start)) s = s.slice(0, e.start - start) + e.newText + s.slice(e.end - start);
  return s;
}
