// French guillemets take a no-break space (U+00A0) inside: « Nous arrivons. » (Lexique des règles
// typographiques en usage à l'Imprimerie nationale; the OQLF's Banque de dépannage linguistique
// accepts U+202F as well). Several spaces, or an ordinary one, become one no-break space.
import { isNoBreak, isSpace, NBSP, original, spaceName, type Problem, type Scan } from './problem';

const GUILLEMET = /[«»]/g;

export function frenchGuillemets(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(GUILLEMET)) {
    const at = m.index;
    if (!original(s, at)) continue;
    const opening = m[0] === '«';
    let a = opening ? at + 1 : at;
    let b = a;
    if (opening) while (b < prose.length && isSpace(prose[b]) && original(s, b)) b++;
    else while (a > 0 && isSpace(prose[a - 1]) && original(s, a - 1)) a--;
    const space = prose.slice(a, b);
    if (space.length === 1 && isNoBreak(space)) continue;
    const inner = opening ? prose[b] : prose[a - 1];
    // a guillemet at the edge of a paragraph, or standing alone, is quote-unclosed's business
    if (inner === undefined || /\s/.test(inner)) continue;
    const name = spaceName(NBSP);
    const what = space.length === 0 ? { en: 'no space', fr: 'pas d’espace' } : space.length > 1 ? { en: 'several spaces', fr: 'plusieurs espaces' } : { en: 'a breaking space', fr: 'espace sécable' };
    out.push({
      convention: 'guillemets',
      start: at,
      end: at + 1,
      edit: { start: a, end: b, newText: NBSP },
      en: `${what.en} ${opening ? 'after «' : 'before »'}: French sets a ${name.en}`,
      fr: `${what.fr} ${opening ? 'après le guillemet ouvrant' : 'avant le guillemet fermant'} (le français demande une ${name.fr})`,
      title: { en: `Use a ${name.en}`, fr: `Mettre une ${name.fr}` },
    });
  }
  return out;
}
