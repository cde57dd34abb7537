// quote-style: quotation marks not in the document language's style (French « » with
// no-break spaces, “ ” inside; English “ ”, ‘ ’ inside; straight marks in neither), and
// several styles mixed at one level. Default: information; a minority style in a draft
// that mixes styles at one level is a warning (the draft's own severity).
import { say, type Rule } from '../rule';
import { convertPair, expectedStyle, inStyle, styleName } from './styles';

const CJK = /[「」『』]/;

export const quoteStyle: Rule = {
  id: 'quote-style',
  defaultSeverity: 'information',
  description: {
    en: 'Quotation marks not in the document language’s style, or several styles mixed at one level.',
    fr: 'Guillemets qui ne suivent pas l’usage de la langue du document, ou styles mélangés à un même niveau.',
  },
  check({ facts, language, text }) {
    const marked = facts.quotes.filter((q) => !q.unmarked && !q.mismatched && !CJK.test(q.open.char));
    // styles used at each level, by count
    const byLevel = new Map<number, Map<string, number>>();
    for (const q of marked) {
      const m = byLevel.get(q.level) ?? new Map<string, number>();
      m.set(styleName(q), (m.get(styleName(q)) ?? 0) + 1);
      byLevel.set(q.level, m);
    }
    return marked
      .filter((q) => !inStyle(q, language))
      .map((q) => {
        const style = expectedStyle(language, q.level);
        const used = byLevel.get(q.level)!;
        const mixed = used.size > 1;
        const expected = `${style.open}${style.pad ? ' ' : ''}…${style.pad ? ' ' : ''}${style.close}`;
        const levelName = q.level === 0 ? say(language, 'a quotation', 'une citation') : say(language, 'a nested quotation', 'une citation dans une citation');
        let message = say(
          language,
          `${q.open.char}…${q.close.char} for ${levelName}: English uses ${expected}.`,
          `${q.open.char}…${q.close.char} pour ${levelName} : le français emploie ${expected}.`,
        );
        if (mixed) {
          const list = [...used].map(([s, n]) => `${s} (${n})`).join(', ');
          message += say(language, ` This draft mixes styles at this level: ${list}.`, ` Ce texte mélange les styles à ce niveau : ${list}.`);
        }
        return {
          start: q.open.start,
          end: q.close.end,
          message,
          fixes: [
            {
              title: say(language, `Use ${expected}`, `Employer ${expected}`),
              edits: convertPair(text, q, style),
              preferred: true,
              fixAll: true,
            },
          ],
          ...(mixed ? { severity: 'warning' as const } : {}),
          data: { expected: [style.open, style.close], found: [q.open.char, q.close.char], mixed },
        };
      });
  },
};
