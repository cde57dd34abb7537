// typography: the conventions of the document language a copy desk enforces, one module per
// convention (see problem.ts for the list). French: no-break spaces before ; : ! ? and inside
// « », between a number and its unit; accented capitals. English: no space before ; : ! ?;
// one dash style. Both: spaces around commas and full stops, doubled spaces and punctuation,
// spaces inside brackets, the ellipsis character, one apostrophe style. Every finding has an
// exact fix, part of source.fixAll.copydesk; fixes of one pass never overlap, so applying them
// all twice gives the same text as once.
import { say, type Draft, type Rule } from '../rule';
import type { AnalyzeOptions, Language } from '../types';
import { accentedCapitals } from './accented-capitals';
import { bracketSpaces } from './brackets';
import { apostropheStyle, dashStyle } from './consistency';
import { doubledPunctuation } from './doubled-punctuation';
import { doubleSpace } from './double-space';
import { ellipsis } from './ellipsis';
import { frenchGuillemets } from './guillemets';
import { NBSP, NNBSP, type Problem, type Scan } from './problem';
import { spaceAfterPunctuation, spaceBeforeCommaOrStop } from './space-around-comma';
import { englishSpaceBeforeHigh, frenchSpaceBeforeHigh } from './space-before-high';
import { frenchUnitSpace } from './unit-space';

type Module = (s: Scan) => Problem[];

// URLs, e-mail addresses and file paths in plain text (Markdown's are already blanked): a token
// that starts with a scheme, www., ~/ or ./, a drive (C:\), or holds an @ between word characters.
const TOKEN = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|~\/|\.{1,2}\/|[A-Z]:\\)\S*|[\w.+-]+@[\w-]+\.[\w.-]+|(?<![\p{L}\p{N}])\/[\w.-]+\/[\w./-]*/giu;

/** The prose with URLs, addresses and paths blanked, so that no convention reads them. */
const maskTokens = (prose: string): string => prose.replace(TOKEN, (t) => ' '.repeat(t.length));

const FRENCH: Module[] = [frenchSpaceBeforeHigh, frenchGuillemets, frenchUnitSpace, spaceBeforeCommaOrStop, spaceAfterPunctuation, doubleSpace, accentedCapitals, ellipsis, apostropheStyle, doubledPunctuation, bracketSpaces];
const ENGLISH: Module[] = [englishSpaceBeforeHigh, spaceBeforeCommaOrStop, spaceAfterPunctuation, doubleSpace, ellipsis, apostropheStyle, dashStyle, doubledPunctuation, bracketSpaces];

/**
 * A form cited on its own between quotation marks (« Etat », “...”, « ; »): the text talks about
 * the characters, as a style note or a correction does, so they are left as written.
 */
function cited(prose: string, p: Problem): boolean {
  let a = p.start;
  let b = p.end;
  while (a > 0 && /[ \u00a0\u202f]/.test(prose[a - 1])) a--;
  while (b < prose.length && /[ \u00a0\u202f]/.test(prose[b])) b++;
  // the closing mark must close: a ’ with a letter after it is an apostrophe (« l’armée »)
  return /[«“‘"]/.test(prose[a - 1] ?? '') && /[»”’"]/.test(prose[b] ?? '') && !/\p{L}/u.test(prose[b + 1] ?? '') && p.end - p.start <= 24;
}

/**
 * Every typography problem of the prose, in text order, none overlapping another's edit (the
 * earlier one wins; the later comes back on the next pass if it still stands).
 * `text` is the original, `prose` the same text with non-prose blanked (see prose.ts).
 */
export function typographyProblems(text: string, prose: string, language: Language, options: AnalyzeOptions['typography'] = {}): Problem[] {
  const off = new Set<string>(options.off ?? []);
  const scan: Scan = { text, prose: maskTokens(prose), language, highSpace: options.highSpace === 'U+00A0' ? NBSP : NNBSP };
  const all = (language === 'fr' ? FRENCH : ENGLISH)
    .flatMap((module) => module(scan))
    .filter((p) => !off.has(p.convention) && !cited(scan.prose, p));
  all.sort((a, b) => a.edit.start - b.edit.start || a.start - b.start);
  const out: Problem[] = [];
  let last = -1;
  for (const p of all) {
    const prev = out[out.length - 1];
    if (prev && prev.edit.start === p.edit.start && (prev.edit.start === prev.edit.end || p.edit.start === p.edit.end)) {
      // an insertion and another edit at one point (« «, ,» : a space after « and the doubled comma):
      // one edit does both, insertion first, so that one pass leaves nothing for the next
      const [ins, other] = prev.edit.start === prev.edit.end ? [prev.edit, p.edit] : [p.edit, prev.edit];
      // both add a space there (« «:la »: after « and before :): one space is enough
      const twice = /^[ \u00a0\u202f]+$/.test(ins.newText) && /^[ \u00a0\u202f]/.test(other.newText);
      prev.edit = { start: ins.start, end: other.end, newText: twice ? other.newText : ins.newText + other.newText };
      last = Math.max(last, other.end);
      continue;
    }
    if (prev && prev.edit.start === p.edit.start) {
      // two replacements from one point: the wider one, which usually rewrites the whole run
      if (p.edit.end > prev.edit.end) {
        out[out.length - 1] = { ...p, edit: { ...p.edit } };
        last = p.edit.end;
      }
      continue;
    }
    // edits must not overlap: the later one comes back on the next pass if it still stands
    if (p.edit.start < last) continue;
    out.push({ ...p, edit: { ...p.edit } });
    last = Math.max(p.edit.end, p.edit.start);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const typography: Rule = {
  id: 'typography',
  defaultSeverity: 'hint',
  description: {
    en: 'Typography of the document language: French no-break spaces (; : ! ? « » units), accented capitals; English spacing and dashes; spaces around commas, doubled spaces and punctuation, brackets, ellipsis, apostrophes.',
    fr: 'Typographie de la langue du texte\u00a0: espaces insécables du français (; : ! ? « » unités), capitales accentuées\u00a0; espacement et tirets de l’anglais\u00a0; espaces autour des virgules, espaces et ponctuation doublées, parenthèses, points de suspension, apostrophes.',
  },
  check({ text, prose, language, options }): Draft[] {
    return typographyProblems(text, prose.text, language, options.typography).map((x) => ({
      start: x.start,
      end: x.end,
      message: say(language, `Typography: ${x.en}.`, `Typographie\u00a0: ${x.fr}.`),
      data: { convention: x.convention },
      fixes: [{ title: say(language, x.title.en, x.title.fr), edits: [x.edit], preferred: true, fixAll: true }],
    }));
  },
};
