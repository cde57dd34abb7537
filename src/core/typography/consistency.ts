// One style per draft for characters a writer may type two ways: the apostrophe (’ or ') in
// both languages, and in English the parenthetical dash (a spaced en dash « – » or a closed em
// dash « — », Chicago Manual of Style 6.85 and the Guardian's style guide choose one or the
// other, never both). The minority style is reported, with a fix to the majority's; on a tie
// the typographic apostrophe ’ and the spaced en dash win. A draft with one style is clean.
import { g, original, type Problem, type Scan } from './problem';

const APOSTROPHE = /(?<=\p{L})['’](?=\p{L})/gu;

export function apostropheStyle(s: Scan): Problem[] {
  const found: { at: number; c: string }[] = [];
  for (const m of s.prose.matchAll(APOSTROPHE)) if (original(s, m.index)) found.push({ at: m.index, c: m[0] });
  const curly = found.filter((x) => x.c === '’').length;
  const straight = found.length - curly;
  if (!curly || !straight) return [];
  const want = curly >= straight ? '’' : "'";
  return found
    .filter((x) => x.c !== want)
    .map((x) => ({
      convention: 'apostrophes' as const,
      start: x.at,
      end: x.at + 1,
      edit: { start: x.at, end: x.at + 1, newText: want },
      en: `apostrophe “${x.c}” in a draft that mostly uses “${want}” (${Math.max(curly, straight)} of ${found.length})`,
      fr: `apostrophe ${g(x.c)} dans un texte qui emploie surtout ${g(want)} (${Math.max(curly, straight)} sur ${found.length})`,
      title: { en: `Use “${want}”`, fr: `Écrire ${g(want)}` },
    }));
}

type DashStyle = 'spaced-en' | 'closed-em';
// « word – word » with ordinary or no-break spaces, and « word—word »
const DASH = /(?<=[\p{L}\p{N},;.!?’”"')])([ \u00a0])–([ \u00a0])(?=[\p{L}\p{N}‘“"'(])|(?<=[\p{L}\p{N},;.!?’”"')])—(?=[\p{L}\p{N}‘“"'(])/gu;

export function dashStyle(s: Scan): Problem[] {
  const found: { start: number; end: number; style: DashStyle }[] = [];
  for (const m of s.prose.matchAll(DASH)) {
    const end = m.index + m[0].length;
    let ok = true;
    for (let i = m.index; i < end && ok; i++) ok = original(s, i);
    if (ok) found.push({ start: m.index, end, style: m[1] !== undefined ? 'spaced-en' : 'closed-em' });
  }
  const en = found.filter((x) => x.style === 'spaced-en').length;
  const em = found.length - en;
  if (!en || !em) return [];
  const want: DashStyle = en >= em ? 'spaced-en' : 'closed-em';
  const text = want === 'spaced-en' ? ' – ' : '—';
  return found
    .filter((x) => x.style !== want)
    .map((x) => ({
      convention: 'dashes' as const,
      start: x.start,
      end: x.end,
      edit: { start: x.start, end: x.end, newText: text },
      en: `${x.style === 'spaced-en' ? 'a spaced en dash' : 'a closed em dash'} in a draft that mostly uses ${want === 'spaced-en' ? 'spaced en dashes (“ – ”)' : 'closed em dashes (“—”)'}`,
      fr: `${x.style === 'spaced-en' ? 'tiret demi-cadratin espacé' : 'tiret cadratin collé'} dans un texte qui emploie surtout ${want === 'spaced-en' ? `des tirets demi-cadratins espacés (${g('–')})` : `des tirets cadratins collés (${g('—')})`}`,
      title: { en: want === 'spaced-en' ? 'Use a spaced en dash' : 'Use a closed em dash', fr: want === 'spaced-en' ? 'Mettre un tiret demi-cadratin espacé' : 'Mettre un tiret cadratin collé' },
    }));
}

