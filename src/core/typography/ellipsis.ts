// Three full stops are one character, the ellipsis « … » (U+2026): the Lexique des règles
// typographiques en usage à l'Imprimerie nationale writes points de suspension as one sign, and
// English house styles that set the ellipsis as a character do likewise. Four or more stops,
// spaced stops (. . .) and stops in code or URLs are left alone.
import { g, original, type Problem, type Scan } from './problem';

const THREE = /(?<!\.)\.\.\.(?!\.)/g;

export function ellipsis(s: Scan): Problem[] {
  const out: Problem[] = [];
  for (const m of s.prose.matchAll(THREE)) {
    const at = m.index;
    if (!original(s, at) || !original(s, at + 1) || !original(s, at + 2)) continue;
    out.push({
      convention: 'ellipsis',
      start: at,
      end: at + 3,
      edit: { start: at, end: at + 3, newText: '…' },
      en: 'three full stops: use the ellipsis character “…”',
      fr: `trois points (les points de suspension s’écrivent en un seul caractère, ${g('…')})`,
      title: { en: 'Use “…”', fr: `Écrire ${g('…')}` },
    });
  }
  return out;
}
