// Two or more ordinary spaces between words are one (web CMSs and typewriter habits leave
// them). Indentation, a Markdown hard line break (two spaces before a line end), table padding
// and blanked Markdown syntax are not doubled spaces; runs beside guillemets or before ; : ! ?
// belong to those conventions, which replace the whole run.
import { isWordChar, original, type Problem, type Scan } from './problem';

const RUN = / {2,}/g;

export function doubleSpace(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(RUN)) {
    const from = m.index;
    const to = from + m[0].length;
    const prev = prose[from - 1];
    const next = prose[to];
    let ok = true;
    for (let i = from; i < to && ok; i++) ok = original(s, i);
    if (!ok || prev === undefined || next === undefined) continue;
    if (prev === '\n' || next === '\n' || next === '\r' || prev === '|' || next === '|') continue;
    if (/[«»;:!?,.]/.test(next) || prev === '«') continue;
    if (!(isWordChar(prev) || /[.,;:!?»”’")\]]/.test(prev)) || !(isWordChar(next) || /[«“"(\[‘'’]/.test(next))) continue;
    out.push({
      convention: 'double-space',
      start: from,
      end: to,
      edit: { start: from, end: to, newText: ' ' },
      en: `${m[0].length} spaces in a row: one is enough`,
      fr: `${m[0].length} espaces à la suite (une seule suffit)`,
      title: { en: 'Use one space', fr: 'Ne garder qu’une espace' },
    });
  }
  return out;
}
