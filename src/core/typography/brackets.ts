// No space inside parentheses and square brackets: « (voir page 3) », not « ( voir page 3 ) »
// (Lexique des règles typographiques en usage à l'Imprimerie nationale, « Parenthèses »;
// Chicago Manual of Style 6.95). Markdown links, list markers (a) ) and empty pairs are left alone.
import { isWordChar, original, type Problem, type Scan } from './problem';

const INSIDE = /([([]) +(?=[\p{L}\p{N}«“"'’])|(?<=[\p{L}\p{N}.!?»”"'’%]) +([)\]])/gu;

export function bracketSpaces(s: Scan): Problem[] {
  const out: Problem[] = [];
  const { prose } = s;
  for (const m of prose.matchAll(INSIDE)) {
    const opening = m[1] !== undefined;
    const bracketAt = opening ? m.index : m.index + m[0].length - 1;
    const from = opening ? m.index + 1 : m.index;
    const to = opening ? m.index + m[0].length : bracketAt;
    let ok = original(s, bracketAt);
    for (let i = from; i < to && ok; i++) ok = original(s, i);
    if (!ok) continue;
    // a closing bracket after a space that closes a list marker or a smiley: not prose
    if (!opening && !isWordChar(prose[from - 1]) && !/[.!?»”"'’%]/.test(prose[from - 1] ?? '')) continue;
    const b = prose[bracketAt];
    out.push({
      convention: 'brackets',
      start: opening ? bracketAt : from,
      end: opening ? to : bracketAt + 1,
      edit: { start: from, end: to, newText: '' },
      en: `a space ${opening ? 'after' : 'before'} “${b}”`,
      fr: `espace ${opening ? 'après la parenthèse ouvrante' : 'avant la parenthèse fermante'}`.replace('parenthèse', b === '[' || b === ']' ? 'crochet' : 'parenthèse').replace('crochet ouvrante', 'crochet ouvrant').replace('crochet fermante', 'crochet fermant'),
      title: { en: 'Remove the space', fr: 'Supprimer l’espace' },
    });
  }
  return out;
}
