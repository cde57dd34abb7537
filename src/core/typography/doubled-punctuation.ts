// A comma, semicolon or full stop typed twice (« , , », « ,, », « ;; », « .. ») is one. « ?! »,
// « !! », « ?? », the ellipsis and « etc.. »'s intended forms (?!, !!) are left alone; « .. » is
// flagged only between a word and a space or line end, so paths (../) and ranges (1..10) pass.
// Source: Lexique des règles typographiques en usage à l'Imprimerie nationale, « Ponctuation ».
import { g, isWordChar, original, type Problem, type Scan } from './problem';

const DOUBLED = /([,;])( ?)\1|(?<![.])\.\.(?![.])/g;

export function doubledPunctuation(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(DOUBLED)) {
    const at = m.index;
    const end = at + m[0].length;
    let ok = true;
    for (let i = at; i < end && ok; i++) ok = original(s, i);
    if (!ok) continue;
    const mark = m[1] ?? '.';
    if (mark === '.' && (!isWordChar(prose[at - 1]) || !(prose[end] === undefined || /\s/.test(prose[end])))) continue;
    out.push({
      convention: 'doubled-punctuation',
      start: at,
      end,
      // one mark for the run, and a space when a word is glued after it (« , ,la » → « , la »)
      edit: { start: at, end, newText: mark + (/\p{L}/u.test(prose[end] ?? '') ? ' ' : '') },
      en: `“${mark}” typed twice`,
      fr: `${g(mark)} répété`,
      title: { en: `Keep one “${mark}”`, fr: `Ne garder qu’un ${g(mark)}` },
    });
  }
  return out;
}
