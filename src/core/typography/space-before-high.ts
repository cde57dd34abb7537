// The space before ; : ! ? — French sets a no-break space so that a line never starts with the
// mark: U+202F (espace fine insécable) before ; ! ? and U+00A0 before :, as the Lexique des
// règles typographiques en usage à l'Imprimerie nationale has it; either no-break space is
// accepted. English sets no space before them (Chicago Manual of Style 6.7).
//
// Not punctuation: times and ratios (12:30, 3:2), URLs and code (blanked in the prose), a
// drive letter (D:), an emoji shortcode (:tada:), an HTML entity (&amp;), ?! and …? runs.
import { g, inShortcode, isNoBreak, isWordChar, NBSP, original, spaceName, spacesBefore, type Problem, type Scan } from './problem';

const HIGH = /[;:!?]/g;

/** A Windows drive letter: one capital standing alone before the colon (« sur D: puis »). */
const isDrive = (text: string, at: number): boolean => /^[A-Z]$/.test(text[at - 1] ?? '') && !isWordChar(text[at - 2]) && (text[at + 1] === undefined || /[\s\\/]/.test(text[at + 1]));

/** Marks that are not sentence punctuation: skipped by both languages. */
function notPunctuation(s: Scan, at: number, prev: string | undefined): boolean {
  const { text } = s;
  const mark = text[at];
  const next = text[at + 1];
  if (!original(s, at)) return true;
  if (/\d/.test(next ?? '') && /\d/.test(prev ?? '')) return true; // 12:30, 3:2
  if (next === ')' || next === '(' || /[!?…:;]/.test(prev ?? '')) return true; // :) ?! …?
  if (mark === ';' && /&#?\w+$/.test(text.slice(Math.max(0, at - 12), at))) return true;
  if (mark === ':' && (inShortcode(text, at) || isDrive(text, at))) return true;
  return false;
}

export function frenchSpaceBeforeHigh(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(HIGH)) {
    const at = m.index;
    const mark = m[0];
    const from = spacesBefore(s, at);
    const space = prose.slice(from, at);
    const prev = prose[from - 1];
    if (prev === undefined || /\s/.test(prev) || notPunctuation(s, at, prev)) continue;
    if (space.length === 1 && isNoBreak(space) && !/\p{L}/u.test(prose[at + 1] ?? '')) continue;
    const want = mark === ':' ? NBSP : s.highSpace;
    const name = spaceName(want);
    // a word glued after the mark (« Résultat :la ») also wants a space after: one finding, one edit
    const after = /\p{L}/u.test(prose[at + 1] ?? '') && original(s, at + 1) && !(mark === ':' && inShortcode(s.text, at));
    const what = space.length === 0 ? { en: 'no space', fr: 'pas d’espace' } : space.length > 1 ? { en: 'several spaces', fr: 'plusieurs espaces' } : { en: 'a breaking space', fr: 'espace sécable' };
    if (space.length === 1 && isNoBreak(space)) {
      // the space before is right; only the one after is missing
      out.push({
        convention: 'space-before-high',
        start: at,
        end: at + 2,
        edit: { start: at, end: at + 1, newText: `${mark} ` },
        en: `no space after “${mark}”`,
        fr: `pas d’espace après ${g(mark)}`,
        title: { en: `Add a space after “${mark}”`, fr: `Ajouter une espace après ${g(mark)}` },
      });
      continue;
    }
    out.push({
      convention: 'space-before-high',
      start: at,
      end: at + 1,
      edit: after ? { start: from, end: at + 1, newText: `${want}${mark} ` } : { start: from, end: at, newText: want },
      en: `${what.en} before “${mark}”${after ? ' and none after' : ''}: French sets a ${name.en} before it${after ? ' and a space after' : ''}`,
      fr: `${what.fr} avant ${g(mark)}${after ? ' et aucune après' : ''} (le français demande une ${name.fr} avant${after ? ' et une espace après' : ''})`,
      title: { en: `Use a ${name.en}`, fr: `Mettre une ${name.fr}` },
    });
  }
  return out;
}

export function englishSpaceBeforeHigh(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(HIGH)) {
    const at = m.index;
    const from = spacesBefore(s, at);
    const prev = prose[from - 1];
    if (from === at || prev === undefined || /\s/.test(prev) || notPunctuation(s, at, prev)) continue;
    out.push({
      convention: 'space-before-high',
      start: at,
      end: at + 1,
      edit: { start: from, end: at, newText: '' },
      en: `a space before “${m[0]}”: English sets none`,
      fr: `espace avant ${g(m[0])} (l’anglais n’en met pas)`,
      title: { en: `Remove the space before “${m[0]}”`, fr: `Supprimer l’espace avant ${g(m[0])}` },
    });
  }
  return out;
}

