// typography: the spaces of the document language around punctuation. French sets a
// no-break space before ; ! ? and : and inside « », so that a line never starts with the
// mark (U+202F narrow no-break space before ; ! ?, U+00A0 before : and inside guillemets,
// as the Lexique des règles typographiques en usage à l'Imprimerie nationale has it; either
// no-break space is accepted). English sets no space before ; : ! ?. The space before % is
// number-format's concern, not this rule's.
import { say, type Draft, type Rule } from '../rule';
import type { Language } from '../types';
import { accentedCapitals } from './accented-capitals';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const NO_BREAK = /[\u00a0\u202f]/;

const HIGH = /[;:!?]/g;
const GUILLEMET = /[«»]/g;
const isSpace = (c: string | undefined): boolean => c === ' ' || c === NBSP || c === NNBSP;

/** The one space (if any) before a mark, and the character before that space. */
function before(text: string, at: number): { space: string; prev: string | undefined } {
  const c = text[at - 1];
  return isSpace(c) ? { space: c, prev: text[at - 2] } : { space: '', prev: c };
}

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
  /** The fix's title when it is not a space change. */
  title?: { en: string; fr: string };
}

function frenchHigh(text: string, out: Problem[]): void {
  HIGH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIGH.exec(text))) {
    const at = m.index;
    const mark = m[0];
    const { space, prev } = before(text, at);
    const next = text[at + 1];
    if (prev === undefined || /\s/.test(prev) || NO_BREAK.test(space)) continue;
    // not sentence punctuation: 12:30, a?b, an entity such as &amp;, ?! and …? pairs, :) and (:
    if (isLetterOrDigit(next) || next === ')' || next === '(' || /[!?…:;]/.test(prev)) continue;
    if (mark === ';' && /&#?\w+$/.test(text.slice(Math.max(0, at - 12), at))) continue;
    const want = mark === ':' ? NBSP : NNBSP;
    out.push({
      at,
      mark,
      start: at - space.length,
      end: at,
      newText: want,
      en: space ? `a breaking space before “${mark}”: French sets a no-break space (${name(want)})` : `no space before “${mark}”: French sets a no-break space (${name(want)})`,
      fr: space ? `espace sécable avant « ${mark} » : le français demande une espace insécable (${name(want)})` : `pas d’espace avant « ${mark} » : le français demande une espace insécable (${name(want)})`,
    });
  }
}

function frenchGuillemets(text: string, out: Problem[]): void {
  GUILLEMET.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GUILLEMET.exec(text))) {
    const at = m.index;
    const opening = m[0] === '«';
    const space = opening ? (isSpace(text[at + 1]) ? text[at + 1] : '') : before(text, at).space;
    if (NO_BREAK.test(space)) continue;
    const inner = opening ? text[at + 1 + space.length] : text[at - 1 - space.length];
    // a guillemet at the edge of a paragraph, or standing alone, is quote-unclosed's business
    if (inner === undefined || /\s/.test(inner)) continue;
    const start = opening ? at + 1 : at - space.length;
    out.push({
      at,
      mark: m[0],
      start,
      end: start + space.length,
      newText: NBSP,
      en: `${space ? 'a breaking space' : 'no space'} ${opening ? 'after «' : 'before »'}: French sets a no-break space (U+00A0)`,
      fr: `${space ? 'espace sécable' : 'pas d’espace'} ${opening ? 'après «' : 'avant »'} : le français demande une espace insécable (U+00A0)`,
    });
  }
}

function englishHigh(text: string, out: Problem[]): void {
  HIGH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HIGH.exec(text))) {
    const at = m.index;
    const { space, prev } = before(text, at);
    if (!space || prev === undefined || /\s/.test(prev)) continue;
    const next = text[at + 1];
    if (isLetterOrDigit(next) || next === ')' || next === '(') continue;
    out.push({
      at,
      mark: m[0],
      start: at - space.length,
      end: at,
      newText: '',
      en: `a space before “${m[0]}”: English sets none`,
      fr: `espace avant « ${m[0]} » : l’anglais n’en met pas`,
    });
  }
}

/** Every spacing problem of the prose (blanked Markdown syntax is plain space, so it never counts as a mark). */
export function typographyProblems(text: string, language: Language): Problem[] {
  const out: Problem[] = [];
  if (language === 'fr') {
    frenchHigh(text, out);
    frenchGuillemets(text, out);
    for (const p of accentedCapitals(text)) {
      out.push({
        ...p,
        en: '“A” opening a sentence is the preposition “à”: French keeps the accent on capitals (“À”)',
        fr: '«\u00a0A\u00a0» en tête de phrase est la préposition «\u00a0à\u00a0»\u00a0: les capitales gardent leur accent («\u00a0À\u00a0»)',
        title: { en: 'Write “À”', fr: 'Écrire «\u00a0À\u00a0»' },
      });
    }
  } else englishHigh(text, out);
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
    return typographyProblems(prose.text, language).map((x) => ({
      start: x.at,
      end: x.at + 1,
      message: say(language, `Typography: ${x.en}.`, `Typographie\u00a0: ${x.fr}.`),
      fixes: [
        {
          title: x.title
            ? say(language, x.title.en, x.title.fr)
            : x.newText
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
