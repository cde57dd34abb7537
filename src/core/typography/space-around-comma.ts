// Spaces around the comma and the full stop, in both languages: none before them, one after
// a comma, semicolon, colon, exclamation or question mark that a word follows (Lexique des
// règles typographiques en usage à l'Imprimerie nationale, « Ponctuation »; Chicago Manual of
// Style 6.7). A space before a comma that follows . ! ? is the trace of a lost quotation mark
// (« … diplomatique. , a déclaré »): quote-unmarked reports it, so it is left alone here.
//
// Not punctuation: decimals and times (3,5 ; 14:30), code, URLs and e-mail addresses (blanked in
// the prose), HTML entities, emoji shortcodes (:tada:).
import { g, inShortcode, isWordChar, original, type Problem, type Scan } from './problem';

const BEFORE = / +([,.])/g;
// , ; : ! ? before a letter; a full stop only between a lower-case letter and a capital (« bien.Résultat »)
const AFTER = /[,;:!?](?=\p{L})|(?<=\p{Ll})\.(?=\p{Lu})/gu;

export function spaceBeforeCommaOrStop(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(BEFORE)) {
    const from = m.index;
    const at = from + m[0].length - 1;
    const mark = m[1];
    const prev = prose[from - 1];
    const next = prose[at + 1];
    if (!prev || !(isWordChar(prev) || /[»”’")\]%]/.test(prev))) continue; // line start, a lost quotation (. ,), an ellipsis
    let ok = original(s, at);
    for (let i = from; i < at && ok; i++) ok = original(s, i);
    if (!ok) continue;
    // a full stop is the sentence's only when a space, a line end or the end follows (not .NET, .com, .5)
    if (mark === '.' && next !== undefined && !/[\s»”)\]"']/.test(next)) continue;
    if (mark === '.' && /^ ?\./.test(prose.slice(at + 1, at + 3))) continue; // . . . spaced ellipsis
    out.push({
      convention: 'space-around-comma',
      start: from,
      end: at + 1,
      edit: { start: from, end: at, newText: '' },
      en: `a space before “${mark}”: no space goes before ${mark === ',' ? 'a comma' : 'a full stop'}`,
      fr: `espace avant ${mark === ',' ? 'la virgule' : 'le point'} (il n’en faut pas)`,
      title: { en: `Remove the space before “${mark}”`, fr: `Supprimer l’espace avant ${g(mark)}` },
    });
  }
  return out;
}

export function spaceAfterPunctuation(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose, text } = s;
  for (const m of prose.matchAll(AFTER)) {
    const at = m.index;
    const mark = m[0];
    const prev = prose[at - 1];
    if (!original(s, at) || !original(s, at + 1)) continue;
    if (prev === undefined) continue;
    // French ; : ! ? take their space before and after from space-before-high (one finding per mark)
    if (s.language === 'fr' && mark !== ',' && mark !== '.') continue;
    // the second of a doubled mark (« , ,la ») is doubled-punctuation's
    if (/[,;] ?$/.test(prose.slice(Math.max(0, at - 2), at)) && prose.slice(Math.max(0, at - 2), at).trim().endsWith(mark)) continue;
    if (mark === ';' && /&#?\w+$/.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (mark === ':' && (inShortcode(text, at) || (/^[A-Z]$/.test(text[at - 1] ?? '') && !isWordChar(text[at - 2])))) continue; // :tada:, D:

    const want = ' ';
    out.push({
      convention: 'space-around-comma',
      start: at,
      end: at + 2,
      // the edit replaces the mark itself, so that a fix of the next word (É, À) never starts at the same point
      edit: { start: at, end: at + 1, newText: mark + want },
      en: `no space after “${mark}”`,
      fr: `pas d’espace après ${g(mark)}`,
      title: { en: `Add a space after “${mark}”`, fr: `Ajouter une espace après ${g(mark)}` },
    });
  }
  return out;
}
