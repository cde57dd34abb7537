// typography: the spaces of the document language around punctuation. French sets a
// no-break space before ; ! ? and : and inside « », so that a line never starts with the
// mark (U+202F narrow no-break space before ; ! ?, U+00A0 before : and inside guillemets,
// as the Lexique des règles typographiques en usage à l'Imprimerie nationale has it; either
// no-break space is accepted). English sets no space before ; : ! ?. The space before % is
// number-format's concern, not this rule's.
import { say, type Draft, type Rule } from '../rule';
import type { Language, Paragraph } from '../types';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const NO_BREAK = /[\u00a0\u202f]/;

// a high punctuation mark with what stands before it (up to one space)
const HIGH = /([^\s])?([ \u00a0\u202f]?)([;:!?])/g;
const GUILLEMET = /«([ \u00a0\u202f]?)|([ \u00a0\u202f]?)»/g;

const isLetterOrDigit = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
const name = (c: string): string => (c === NNBSP ? 'U+202F' : 'U+00A0');

interface Problem {
  at: number;
  mark: string;
  /** The span to replace (the wrong space, or nothing) and its replacement. */
  start: number;
  end: number;
  newText: string;
  en: string;
  fr: string;
}

function frenchHigh(text: string, p: Paragraph, out: Problem[]): void {
  const body = text.slice(p.start, p.end);
  HIGH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIGH.exec(body))) {
    const [, before, space, mark] = m;
    const at = p.start + m.index + m[0].length - 1;
    const next = text[at + 1];
    if (!before || NO_BREAK.test(space)) continue;
    // not sentence punctuation: 12:30, a?b, an entity such as &amp;, ?! and …? pairs, :) and (:
    if (isLetterOrDigit(next) || next === ')' || next === '(' || /[!?…:;]/.test(before)) continue;
    if (mark === ';' && /&#?\w+$/.test(body.slice(0, m.index + m[0].length - 1))) continue;
    const want = mark === ':' ? NBSP : NNBSP;
    const spaceStart = at - space.length;
    out.push({
      at,
      mark,
      start: spaceStart,
      end: at,
      newText: want,
      en: space ? `a breaking space before “${mark}”: French sets a no-break space (${name(want)})` : `no space before “${mark}”: French sets a no-break space (${name(want)})`,
      fr: space ? `espace sécable avant « ${mark} » : le français demande une espace insécable (${name(want)})` : `pas d’espace avant « ${mark} » : le français demande une espace insécable (${name(want)})`,
    });
  }
}

function frenchGuillemets(text: string, p: Paragraph, out: Problem[]): void {
  const body = text.slice(p.start, p.end);
  GUILLEMET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GUILLEMET.exec(body))) {
    const opening = m[0].startsWith('«');
    const space = opening ? m[1] : m[2];
    if (NO_BREAK.test(space)) continue;
    const markAt = p.start + m.index + (opening ? 0 : m[0].length - 1);
    const inner = opening ? text[markAt + 1 + space.length] : text[markAt - 1 - space.length];
    // a guillemet at the edge of the paragraph, or standing alone, is quote-unclosed's business
    if (inner === undefined || /\s/.test(inner) || (opening ? markAt + 1 >= p.end : markAt <= p.start)) continue;
    const start = opening ? markAt + 1 : markAt - space.length;
    out.push({
      at: markAt,
      mark: opening ? '«' : '»',
      start,
      end: start + space.length,
      newText: NBSP,
      en: `${space ? 'a breaking space' : 'no space'} ${opening ? 'after «' : 'before »'}: French sets a no-break space (U+00A0)`,
      fr: `${space ? 'espace sécable' : 'pas d’espace'} ${opening ? 'après «' : 'avant »'} : le français demande une espace insécable (U+00A0)`,
    });
  }
}

function englishHigh(text: string, p: Paragraph, out: Problem[]): void {
  const body = text.slice(p.start, p.end);
  HIGH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIGH.exec(body))) {
    const [, before, space, mark] = m;
    if (!before || !space) continue;
    const at = p.start + m.index + m[0].length - 1;
    const next = text[at + 1];
    if (isLetterOrDigit(next) || next === ')' || next === '(') continue;
    out.push({
      at,
      mark,
      start: at - space.length,
      end: at,
      newText: '',
      en: `a space before “${mark}”: English sets none`,
      fr: `espace avant « ${mark} » : l’anglais n’en met pas`,
    });
  }
}

export function typographyProblems(text: string, paragraphs: readonly Paragraph[], language: Language): Problem[] {
  const out: Problem[] = [];
  for (const p of paragraphs) {
    if (language === 'fr') {
      frenchHigh(text, p, out);
      frenchGuillemets(text, p, out);
    } else englishHigh(text, p, out);
  }
  return out.sort((a, b) => a.at - b.at);
}

export const typography: Rule = {
  id: 'typography',
  defaultSeverity: 'hint',
  description: {
    en: 'Spaces around punctuation in the document language: French no-break spaces before ; : ! ? and inside « »; no space before them in English.',
    fr: 'Espaces autour de la ponctuation selon la langue : insécables avant ; : ! ? et dans les « » en français ; aucune en anglais.',
  },
  check({ prose, language }): Draft[] {
    return typographyProblems(prose.text, prose.paragraphs, language).map((x) => ({
      start: x.at,
      end: x.at + 1,
      message: say(language, `Typography: ${x.en}.`, `Typographie : ${x.fr}.`),
      fixes: [
        {
          title: x.newText
            ? say(language, `Use a no-break space (${name(x.newText)})`, `Mettre une espace insécable (${name(x.newText)})`)
            : say(language, `Remove the space before “${x.mark}”`, `Supprimer l’espace avant « ${x.mark} »`),
          edits: [{ start: x.start, end: x.end, newText: x.newText }],
          preferred: true,
          fixAll: true,
        },
      ],
    }));
  },
};
