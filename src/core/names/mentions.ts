// Mentions: capitalised sequences in the prose that name a person, a place or an
// organisation. Particles (de, van, von, al-, bin…), hyphens and apostrophes stay inside a
// name; titles, weekdays, months and words capitalised only because they open a sentence do
// not (a month after a given name or a title is a surname: Theresa May, Mrs May); French elided
// articles and prepositions (l’, d’, qu’, jusqu’) and possessives are stripped, a plural
// possessive (the Smiths’) makes the mention unsure; acronyms are left out. A run never crosses a
// line, a Markdown barrier (see BARRIER), a credit label (Photo, Crédit) or a possessive; a
// leading country (from Intl.DisplayNames) after a place preposition is split off ("en Chine
// Shakhrat Nuryshev"), demonyms (kazakh, Chinese) are no names, organisation names are kept whole
// (orgs.ts). Names in Cyrillic are found like Latin ones and runs of caseless scripts (Han,
// Hangul, Arabic, Hebrew…) are kept whole.
import type { Span } from '../types';
import { CALENDAR, CAPITALISED_NOUNS, COMMON, LABELS, ORG_WORDS, PLACE_PREPS, ROLES, TITLE_ABBREVIATIONS, TITLES } from './lexicon';
import { isDemonym, isKnownPlace } from './places';
import { extendOrganisations } from './orgs';

export type NameType = 'person' | 'place' | 'organisation' | 'unknown';

export interface Token extends Span {
  text: string;
}

export interface Mention extends Span {
  text: string;
  /** Words of the name, offsets relative to the mention's start (shared between mentions of one spelling). */
  tokens: readonly Token[];
  type: NameType;
  /** A one-word mention that opens a sentence: capitalised perhaps only for that reason. */
  initialWord?: boolean;
  /** The engine cannot be sure of this mention's spelling (plural possessive, several people it may
   * stand for): it is grouped, but never given a fix. */
  unsure?: boolean;
}

/** Stands in the names' view of the text for Markdown syntax (a table's cell border, emphasis,
 * link brackets): a mention never runs across it. */
export const BARRIER = '\u0001';
const L = '\\p{L}\\p{M}';
const CAPWORD = `\\p{Lu}[${L}\\d]*(?:[’'‐-][${L}\\d]+)*`;
const PREFIXED = `(?:(?:[dlDL]|[Aa](?:l|r|s|sh|d|t|z|n)|[Ee](?:l|d|r|s|t))[’'‐-])?${CAPWORD}`;
const PARTICLES = 'de|du|des|van|von|der|den|ter|da|di|do|dos|das|del|della|dello|bin|ibn|ben|bint|abu|al|el|la|le|y|e|zu';
const GAP = '[ \\t\\u00a0\\u202f]+';
/** A capitalised sequence starting exactly at lastIndex (sticky). */
const SEQ = new RegExp(`${PREFIXED}(?:${GAP}(?:(?:${PARTICLES})${GAP})*${PREFIXED})*`, 'uy');
/** Where a capital may start: cheap ranges first, \p{Lu} checked afterwards. */
const CAP_CANDIDATE = /[A-Z\u00c0-\u00de\u0100-\u024f\u0370-\u03ff\u0400-\u052f\u1e00-\u1eff]/g;
const IS_UPPER = /\p{Lu}/u;
const IS_LETTER = /[\p{L}\p{M}\d]/u;
const FRENCH_ELISION = /^(?:qu|jusqu|lorsqu|puisqu|presqu|quoiqu|quelqu)$/i;
const ELISION_PREFIX = /^(?:[dl]|a(?:l|r|s|sh|d|t|z|n)|e(?:l|d|r|s|t))$/i;
const CASELESS_CANDIDATE = /[\u0590-\u08ff\u0e00-\u0e7f\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const CASELESS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Georgian}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Hiragana}\p{Script=Katakana}]+(?:[ \u00b7・][\p{Script=Han}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Georgian}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Katakana}]+)*/gu;
const TOKEN = /[^ \t\u00a0\u202f]+/g;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d.&‐-]*$/u;

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return IS_LETTER.test(text[i]);
}

function isOpener(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === BARRIER || '«“"‘\'([*_#>•–—-'.includes(c);
}

/** A determiner before a role word makes it part of a name (The Economist Intelligence Unit). */
const DETERMINERS = /^(?:the|a|an|this|le|la|les|l|un|une|des|du|de|d|ce|cette)$/i;

/** True when the text before `at` opens a sentence, a line, a quotation or a label. */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isOpener(text[i])) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '.') {
    // the full stop of a title or an initial (Mr. Jones, M. Nourychev, J. Smith) ends no sentence
    let j = i - 1;
    while (j >= 0 && isLetterAt(text, j)) j--;
    const word = text.slice(j + 1, i);
    return !(TITLE_ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word));
  }
  return c === '\n' || c === '!' || c === '?' || c === '…' || c === ':' || c === ';' || (c >= '0' && c <= '9');
}

const lower = (s: string): string => s.toLowerCase();

function isAcronym(t: string): boolean {
  return ACRONYM.test(t) && (t.replace(/[^\p{L}]/gu, '').length >= 2 || /\d/.test(t));
}

/** Whether a word occurs in lower case in the document; answers memoized per analysis. */
export class LowerWords {
  private readonly memo = new Map<string, boolean>();
  constructor(private readonly text: string) {}
  has(w: string): boolean {
    let r = this.memo.get(w);
    if (r === undefined) {
      r = false;
      for (let i = this.text.indexOf(w); i !== -1; i = this.text.indexOf(w, i + 1)) {
        if (!isLetterAt(this.text, i - 1) && !isLetterAt(this.text, i + w.length)) {
          r = true;
          break;
        }
      }
      this.memo.set(w, r);
    }
    return r;
  }
}

function previousWord(text: string, start: number): string {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '’' || text[i] === "'")) i--;
  const end = i + 1;
  while (i >= 0 && isLetterAt(text, i)) i--;
  return text.slice(i + 1, end);
}

function classify(tokens: Token[], text: string, before: string, hadTitle: boolean): NameType {
  if (isKnownPlace(text)) return 'place';
  if (tokens.some((t) => ORG_WORDS.has(lower(t.text)))) return 'organisation';
  if (hadTitle) return 'person';
  if (before && PLACE_PREPS.has(lower(before)) && tokens.length === 1) return 'place';
  if (tokens.length >= 2) return 'person';
  return 'unknown';
}

function stripElision(t: Token): Token {
  // French elided articles and prepositions: l’, d’, qu’, jusqu’, lorsqu’, puisqu’ (either apostrophe)
  const m = /^(?:[dlDL]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’'](?=\p{Lu})/u.exec(t.text);
  return m ? { start: t.start + m[0].length, end: t.end, text: t.text.slice(m[0].length) } : t;
}

/** Strips a possessive; a plural possessive (Smiths', the Joneses’) makes the mention unsure. */
function stripPossessive(t: Token): [Token, boolean] {
  const m = /[’'](?:s)?$/.exec(t.text);
  if (!m) return [t, false];
  const plural = m[0].length === 1 && /s[’']$/.test(t.text);
  return [{ start: t.start, end: t.end - m[0].length, text: t.text.slice(0, -m[0].length) }, plural];
}

/** Country names that are also common given names: split off a following name only after a place preposition. */
const GIVEN_LIKE = new Set(['jordan', 'chad', 'georgia', 'israel', 'india', 'jersey', 'kenya', 'china', 'chile', 'france', 'cuba', 'niger', 'guinea']);

/** A leading run of tokens that is a known country or region (Chine, Corée du Sud): its length, or 0. */
function leadingPlace(tokens: Token[], seq: string, before: string): number {
  for (let k = Math.min(4, tokens.length - 1); k >= 1; k--) {
    const name = seq.slice(tokens[0].start, tokens[k - 1].end);
    if (!isKnownPlace(name)) continue;
    const next = tokens[k].text;
    if (/^\p{Ll}/u.test(next)) return 0; // Banque de France: a particle binds the place into a longer name
    const afterPrep = !!before && PLACE_PREPS.has(lower(before));
    if (afterPrep || (tokens.length - k >= 2 && !GIVEN_LIKE.has(lower(name)))) return k;
    return 0;
  }
  return 0;
}

const isCalendar = (w: string): boolean => CALENDAR.has(lower(w));
const isFunctionWord = (w: string): boolean => {
  const l = lower(w);
  return COMMON.has(l) || CAPITALISED_NOUNS.has(l) || LABELS.has(l) || COMMON.has(l.replace(/[’'].*$/, ''));
};

/** A capitalised sequence, offsets relative to its start: titles, calendar words, sentence-initial
 * common words, demonyms, labels and acronyms trimmed, a leading country split off; [] when
 * nothing of a name is left. */
function resolve(seq: string, initial: boolean, prevWord: string, lowerWords: LowerWords): Mention[] {
  let tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TOKEN.exec(seq))) tokens.push({ start: t.index, end: t.index + t[0].length, text: t[0] });
  // a possessive inside the run ends a name: "Kazakhstan's Foreign Ministry", "Putin’s Security Council"
  const poss = tokens.findIndex((x, i) => i < tokens.length - 1 && /[’']s$/.test(x.text));
  if (poss >= 0) {
    const cut = tokens[poss + 1].start;
    const head = resolve(seq.slice(0, tokens[poss].end), initial, prevWord, lowerWords);
    const tail = resolve(seq.slice(cut), false, tokens[poss].text, lowerWords).map((m) => ({ ...m, start: m.start + cut, end: m.end + cut }));
    return [...head, ...tail];
  }
  let hadTitle = false;
  let before = prevWord;
  // leading words that are not names
  while (tokens.length) {
    const first = tokens[0];
    const w = lower(first.text);
    const atStart = first.start === 0 && initial;
    let drop = false;
    // a role before a full name, capitalised as a title or by the sentence (Economist Sarah Kaufman, Later, Inspector Rachel Brooks)
    if (ROLES.has(w) && tokens.length >= 3 && !DETERMINERS.test(before) && tokens.slice(1).every((x) => /^\p{Lu}/u.test(x.text)) && !tokens.some((x) => ORG_WORDS.has(lower(x.text)))) {
      hadTitle = true;
      before = first.text;
      tokens.shift();
      continue;
    }
    if (TITLES.has(w) || TITLES.has(w.replace(/\.$/, ''))) {
      // a title word that names an organisation's portfolio stays in it (Foreign Ministry)
      if (tokens.slice(1).some((x) => ORG_WORDS.has(lower(x.text)))) break;
      hadTitle = true;
      drop = true;
    } else if (isCalendar(w)) drop = !hadTitle; // Mrs May, le président Mars: a surname after a title
    else if (isAcronym(first.text) || (/^\p{Ll}/u.test(first.text) && !/^[\p{Ll}]+[’'‐-]\p{Lu}/u.test(first.text))) drop = true;
    else if (LABELS.has(w) || (tokens.length > 1 && isDemonym(first.text))) drop = true;
    else if (atStart && (COMMON.has(w) || (COMMON.has(w.replace(/[’'].*$/, '')) && !/[’']\p{Lu}/u.test(first.text)))) drop = true;
    // a word the draft also writes in lower case opens a sentence alone; before another
    // capitalised word it is a given name (Pierre Dumont, with "la pierre" elsewhere)
    else if (atStart && tokens.length === 1 && lowerWords.has(w)) drop = true;
    if (!drop) break;
    before = first.text;
    tokens.shift();
  }
  // a title inside the run (Crown Prince Mohammed, Kazakh President Tokayev): the name follows it
  for (let i = tokens.length - 2; i >= 1; i--) {
    const w = lower(tokens[i].text);
    if (/^\p{Lu}/u.test(tokens[i].text) && TITLES.has(w) && !TITLES.has(lower(tokens[i + 1].text)) && !tokens.slice(i + 1).some((x) => ORG_WORDS.has(lower(x.text)))) {
      before = tokens[i].text;
      tokens = tokens.slice(i + 1);
      hadTitle = true;
      break;
    }
  }
  // trailing words that are not names; a calendar word after a given name is a surname (Theresa May)
  while (tokens.length) {
    const last = tokens[tokens.length - 1];
    const w = lower(last.text);
    const prev = tokens[tokens.length - 2];
    const surname = isCalendar(w) && (prev ? !isCalendar(prev.text) && /^\p{Lu}/u.test(prev.text) : hadTitle);
    if ((isCalendar(w) && !surname) || isAcronym(last.text) || /^\p{Ll}+$/u.test(last.text) || TITLES.has(w) || LABELS.has(w)) tokens.pop();
    else break;
  }
  if (!tokens.length) return [];
  tokens[0] = stripElision(tokens[0]);
  const [lastTok, plural] = stripPossessive(tokens[tokens.length - 1]);
  tokens[tokens.length - 1] = lastTok;
  tokens = tokens.filter((x) => x.text.length > 0);
  if (tokens.some((x) => isAcronym(x.text))) {
    // split around acronyms: keep only the longest run without one
    const runs: Token[][] = [[]];
    for (const x of tokens) if (isAcronym(x.text)) runs.push([]);
    else runs[runs.length - 1].push(x);
    tokens = runs.reduce((a, b) => (b.length > a.length ? b : a));
  }
  const out: Mention[] = [];
  // a credit label inside the run ends the name: "Shakhrat Nuryshev Photo Xinhua"
  const label = tokens.findIndex((x, i) => i > 0 && LABELS.has(lower(x.text)));
  const after = label > 0 ? tokens.slice(label + 1) : [];
  if (label > 0) tokens = tokens.slice(0, label);
  const k = tokens.length > 1 ? leadingPlace(tokens, seq, before) : 0;
  if (k) {
    const place = build(seq, tokens.slice(0, k), before, false, false);
    if (place) out.push({ ...place, type: 'place' });
    tokens = tokens.slice(k);
    before = place?.text ?? before;
  }
  const compound = tokens.length === 1 ? placeCompound(tokens[0]) : undefined;
  if (compound) for (const part of compound) out.push({ start: part.start, end: part.end, text: part.text, tokens: [{ start: 0, end: part.text.length, text: part.text }], type: 'place' });
  const rest = compound ? null : build(seq, tokens, before, hadTitle && !k, plural && !after.length);
  if (rest) out.push(rest);
  const credit = build(seq, after, '', false, plural);
  if (credit) out.push(credit);
  return out;
}

/** The places of a hyphenated compound of places (sommet Chine-Asie, Russia-Africa summit), or undefined. */
function placeCompound(t: Token): Token[] | undefined {
  if (!/[‐-]/.test(t.text) || isKnownPlace(t.text)) return undefined;
  const parts: Token[] = [];
  let at = t.start;
  for (const p of t.text.split(/[‐-]/)) {
    parts.push({ start: at, end: at + p.length, text: p });
    at += p.length + 1;
  }
  return parts.length > 1 && parts.every((p) => isKnownPlace(p.text)) ? parts : undefined;
}

/** One mention from its tokens (offsets relative to the sequence), or null when it is no name. */
function build(seq: string, tokens: Token[], before: string, hadTitle: boolean, plural: boolean): Mention | null {
  // a lone capital (initial, M.) is not a mention; nor a function word or a demonym alone
  if (!tokens.length || (tokens.length === 1 && tokens[0].text.replace(/[^\p{L}]/gu, '').length < 2)) return null;
  if (tokens.length === 1 && (isFunctionWord(tokens[0].text) || isDemonym(tokens[0].text))) return null;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const rel = tokens.map((x) => ({ start: x.start - start, end: x.end - start, text: x.text }));
  const text = seq.slice(start, end);
  const titled = hadTitle || (TITLES.has(lower(before)) && /^\p{Lu}/u.test(before));
  return { start, end, text, tokens: rel, type: classify(rel, text, before, titled), ...(plural ? { unsure: true } : {}) };
}

/** All name mentions of the prose text, in document order. */
export function findMentions(text: string, lowerWords = new LowerWords(text)): Mention[] {
  const out: Mention[] = [];
  const memo = new Map<string, Mention[]>();
  const cand = new RegExp(CAP_CANDIDATE.source, 'g');
  let c: RegExpExecArray | null;
  while ((c = cand.exec(text))) {
    let at = c.index;
    if (text.charCodeAt(at) >= 0xc0 && !IS_UPPER.test(text[at])) continue;
    if (isLetterAt(text, at - 1)) {
      continue;
    }
    // a lower-case article or elision glued to the name: al-Assad, d’Estaing
    const p = text[at - 1];
    if (p === '-' || p === '‐' || p === '’' || p === "'") {
      let j = at - 2;
      while (j >= 0 && isLetterAt(text, j)) j--;
      const glued = text.slice(j + 1, at - 1);
      if (ELISION_PREFIX.test(glued)) at = j + 1;
      else if (FRENCH_ELISION.test(glued)) {
        // qu’Angela Merkel, jusqu’à, lorsqu’Emmanuel: the elided word is no part of the name
      } else if (j < at - 2) continue;
    }
    SEQ.lastIndex = at;
    const m = SEQ.exec(text);
    if (!m) continue;
    cand.lastIndex = at + m[0].length;
    const seq = m[0];
    const initial = opensSentence(text, at);
    const prev = previousWord(text, at);
    const key = `${initial ? 1 : 0}${prev}\u0000${seq}`;
    let rels = memo.get(key);
    if (rels === undefined) {
      rels = resolve(seq, initial, prev, lowerWords);
      memo.set(key, rels);
    }
    // a plural possessive (the Smiths’ house): the apostrophe closes the sequence
    const pluralPossessive = /s$/.test(seq) && (text[at + seq.length] === '’' || text[at + seq.length] === "'") && !isLetterAt(text, at + seq.length + 1);
    for (const rel of rels) {
      out.push({
        ...rel,
        ...(pluralPossessive && rel.end === seq.length ? { unsure: true } : {}),
        start: at + rel.start,
        end: at + rel.end,
        ...(initial && rel.start === 0 && rel.tokens.length === 1 ? { initialWord: true } : {}),
      });
    }
  }
  if (CASELESS_CANDIDATE.test(text)) for (const m of text.matchAll(CASELESS)) {
    const start = m.index ?? 0;
    const tokens: Token[] = [];
    for (const t of m[0].matchAll(TOKEN)) tokens.push({ start: t.index ?? 0, end: (t.index ?? 0) + t[0].length, text: t[0] });
    out.push({ start, end: start + m[0].length, text: m[0], tokens, type: 'unknown' });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return extendOrganisations(text, out);
}
