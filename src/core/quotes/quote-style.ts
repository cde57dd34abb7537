// quote-style: quotation marks not in the document language's style (French « » with
// no-break spaces, “ ” inside; English “ ”, ‘ ’ inside; straight marks in neither), and
// several styles mixed at one level. A draft that mixes styles gets a warning at each
// quotation of a minority style only; the quotations of the draft's own (majority) style,
// when it is not the language's, make one information finding for the whole draft.
import { say, type Draft, type Rule } from '../rule';
import type { Language, QuoteFact, TextEdit } from '../types';
import { convertPair, expectedStyle, inStyle, styleName } from './styles';

const CJK = /[「」『』]/;
// the padding is the no-break space French sets inside « » (a message names the style exactly)
const PADDED = (s: { open: string; close: string; pad: string }): string => `${s.open}${s.pad ? '\u00a0' : ''}…${s.pad ? '\u00a0' : ''}${s.close}`;

/** The style most quotations of a level use; a tie goes to the language's own style. */
function majority(used: Map<string, number>, own: string): string {
  let best = '';
  let n = -1;
  for (const [style, count] of used) if (count > n || (count === n && style === own)) [best, n] = [style, count];
  return best;
}

export const quoteStyle: Rule = {
  id: 'quote-style',
  defaultSeverity: 'information',
  description: {
    en: 'Quotation marks not in the document language’s style, or several styles mixed at one level.',
    fr: 'Guillemets qui ne suivent pas l’usage de la langue du document, ou styles mélangés à un même niveau.',
  },
  check({ facts, language, text }) {
    const marked = facts.quotes.filter((q) => !q.unmarked && !q.mismatched && !CJK.test(q.open.char) && q.inner.end > q.inner.start && text.slice(q.inner.start, q.inner.end).trim());
    // styles used at each level, by count
    const byLevel = new Map<number, Map<string, number>>();
    for (const q of marked) {
      const m = byLevel.get(q.level) ?? new Map<string, number>();
      m.set(styleName(q), (m.get(styleName(q)) ?? 0) + 1);
      byLevel.set(q.level, m);
    }
    const drafts: Draft[] = [];
    const consistent = new Map<string, QuoteFact[]>();
    for (const q of marked) {
      if (inStyle(q, language)) continue;
      const style = expectedStyle(language, q.level);
      const used = byLevel.get(q.level)!;
      const own = `${style.open}${style.close}`;
      if (used.size > 1 && styleName(q) !== majority(used, own)) {
        drafts.push(minorityFinding(text, q, language, used));
        continue;
      }
      const key = `${q.level}|${styleName(q)}`;
      consistent.set(key, [...(consistent.get(key) ?? []), q]);
    }
    for (const group of consistent.values()) drafts.push(groupFinding(text, group, language));
    return drafts.sort((a, b) => a.start - b.start);
  },
};

function levelName(language: Language, level: number): string {
  return level === 0 ? say(language, 'a quotation', 'une citation') : say(language, 'a nested quotation', 'une citation dans une citation');
}

function minorityFinding(text: string, q: QuoteFact, language: Language, used: Map<string, number>): Draft {
  const style = expectedStyle(language, q.level);
  const expected = PADDED(style);
  const list = [...used].map(([s, n]) => `${s} (${n})`).join(', ');
  return {
    start: q.open.start,
    end: q.close.end,
    message:
      say(language, `${q.open.char}…${q.close.char} for ${levelName(language, q.level)}: English uses ${expected}.`, `${q.open.char}…${q.close.char} pour ${levelName(language, q.level)}\u00a0: le français emploie ${expected}.`) +
      say(language, ` This draft mixes styles at this level: ${list}.`, ` Ce texte mélange les styles à ce niveau\u00a0: ${list}.`),
    fixes: [{ title: say(language, `Use ${expected}`, `Employer ${expected}`), edits: convertPair(text, q, style), preferred: true, fixAll: true }],
    severity: 'warning',
    data: { expected: [style.open, style.close], found: [q.open.char, q.close.char], mixed: true },
  };
}

/** One finding for every quotation of the draft's own style at one level, with one fix for them all. */
function groupFinding(text: string, group: QuoteFact[], language: Language): Draft {
  const q = group[0];
  const style = expectedStyle(language, q.level);
  const expected = PADDED(style);
  const n = group.length;
  const edits: TextEdit[] = group.flatMap((x) => convertPair(text, x, style));
  const message =
    n === 1
      ? say(language, `${q.open.char}…${q.close.char} for ${levelName(language, q.level)}: English uses ${expected}.`, `${q.open.char}…${q.close.char} pour ${levelName(language, q.level)}\u00a0: le français emploie ${expected}.`)
      : say(
          language,
          `This draft uses ${q.open.char}…${q.close.char} for its ${n} quotations${q.level ? ' nested in others' : ''}: English uses ${expected}.`,
          `Ce texte emploie ${q.open.char}…${q.close.char} pour ses ${n} citations${q.level ? ' dans une citation' : ''}\u00a0: le français emploie ${expected}.`,
        );
  return {
    start: q.open.start,
    end: q.close.end,
    message,
    ...(n > 1 ? { related: group.slice(1, 5).map((x) => ({ start: x.open.start, end: x.close.end, message: say(language, 'Same style', 'Même style') })) } : {}),
    fixes: [{ title: n === 1 ? say(language, `Use ${expected}`, `Employer ${expected}`) : say(language, `Use ${expected} throughout`, `Employer ${expected} partout`), edits, preferred: true, fixAll: n === 1 }],
    data: { expected: [style.open, style.close], found: [q.open.char, q.close.char], mixed: false, count: n },
  };
}
