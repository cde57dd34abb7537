// Organisation names keep their whole span. French capitalises only the first significant word
// of an institution's name (Organisation de coopération de Shanghai, ministère des Affaires
// étrangères; Lexique des règles typographiques de l'Imprimerie nationale), so the capitalised
// sequences the scanner finds are fragments: an organisation mention is extended forward over
// particles and lower-case words up to the next capitalised word ("Forum de la Ceinture" + "et de
// la Route"), and a mention after a lower-case head ("ministère kazakh des" + "Affaires
// étrangères") is extended back to the head. Fragments inside the extended span are dropped.
import type { Mention, Token } from './mentions';
import { CALENDAR, ORG_HEADS, ORG_TAIL, TITLES } from './lexicon';
import { isKnownPlace } from './places';

/** Particles that may join the parts of an organisation's name. */
const JOINERS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'd', 'l', 'of', 'for', 'the', 'pour', 'on', 'sur', 'et', '&']);
const WORD = /[\p{L}\p{M}\d]+(?:[-‐][\p{L}\p{M}\d]+)*[’']?|&/gu;
/** Where a name stops: punctuation other than apostrophes and hyphens, a line break, a barrier. */
const STOP = /[^\p{L}\p{M}\d ’'‐&\u00a0-]/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsFrom(text: string, from: number, max: number): Word[] {
  const out: Word[] = [];
  let limit = Math.min(text.length, from + 160);
  for (let i = from; i < limit; i++) if (STOP.test(text[i])) limit = i;
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < limit && out.length < max) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const bare = (w: string): string => w.toLowerCase().replace(/[’']$/, '');
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w) && !CALENDAR.has(w.toLowerCase());

/** The end of an organisation's name that starts before `end`, or `end` itself. */
function forward(text: string, end: number): number {
  let best = end;
  for (let guard = 0; guard < 6; guard++) {
    const ws = wordsFrom(text, best, 10);
    let i = 0;
    let joined = false;
    let next = -1;
    while (i < ws.length) {
      const w = ws[i].text;
      const b = bare(w);
      if (b === 'et' || b === '&') {
        // "et" joins only another particle-led part: Forum de la Ceinture et de la Route
        if (b === 'et' && !/^(?:de|du|des|d)$/.test(bare(ws[i + 1]?.text ?? ''))) break;
        joined = true;
      } else if (JOINERS.has(b)) joined = true;
      else if (isCap(w)) {
        if (joined) next = i;
        break;
      } else if (ORG_TAIL.has(b)) {
        // an adjective of the name (Banque centrale européenne)
      } else if (joined && /^\p{Ll}/u.test(w) && JOINERS.has(bare(ws[i + 1]?.text ?? ''))) {
        joined = false; // a lower-case word between particles (de coopération de)
      } else if (joined && /^\p{Ll}/u.test(w) && /^\p{Ll}/u.test(ws[i + 1]?.text ?? '') && JOINERS.has(bare(ws[i + 2]?.text ?? ''))) {
        joined = false; // two of them (de coopération économique de)
        i++;
      } else break;
      i++;
    }
    if (next < 0) break;
    // take the capitalised run and an adjective that ends the name (Affaires étrangères)
    let j = next;
    while (j + 1 < ws.length && isCap(ws[j + 1].text) && ws[j + 1].start - ws[j].end === 1) j++;
    if (j + 1 < ws.length && ORG_TAIL.has(bare(ws[j + 1].text))) j++;
    best = ws[j].end;
  }
  // adjectives right after the name (Banque centrale européenne, Affaires étrangères)
  for (const tail of wordsFrom(text, best, 3)) {
    if (tail.start - best !== 1 || !ORG_TAIL.has(bare(tail.text))) break;
    best = tail.end;
  }
  return best;
}

const OF = '(?:de\\s+la\\s+|de\\s+l[’\']|des\\s+|du\\s+|de\\s+|d[’\']|of\\s+the\\s+|of\\s+)';
/** "ministère des ", "ministère kazakh des ": a head, perhaps one adjective, then "of". */
const HEADS_BEFORE = [new RegExp(`(?:^|[\\s(«“"])((\\p{L}+)\\s+${OF})$`, 'u'), new RegExp(`(?:^|[\\s(«“"])((\\p{L}+)\\s+\\p{Ll}[\\p{L}-]*\\s+${OF})$`, 'u')];

/** The start of a lower-case organisation head before `start` (le ministère kazakh des …), or -1. */
function backward(text: string, start: number): number {
  const from = Math.max(0, start - 60);
  const before = text.slice(from, start);
  for (const re of HEADS_BEFORE) {
    const m = re.exec(before);
    if (m && ORG_HEADS.has(m[2].toLowerCase())) return from + (m.index ?? 0) + m[0].length - m[1].length;
  }
  return -1;
}

function retokenize(text: string, start: number, end: number): Token[] {
  const s = text.slice(start, end);
  return [...s.matchAll(/[^ \t\u00a0\u202f]+/g)].map((t) => ({ start: t.index ?? 0, end: (t.index ?? 0) + t[0].length, text: t[0] }));
}

/** "ministre indien du ", "Minister of Foreign ": a title, perhaps an adjective, "of", perhaps a capitalised word. */
const TITLES_BEFORE = [
  new RegExp(`(?:^|[\\s(«“"])(\\p{L}+)\\s+${OF}(?:\\p{Lu}\\p{L}*\\s+)?$`, 'u'),
  new RegExp(`(?:^|[\\s(«“"])(\\p{L}+)\\s+\\p{Ll}[\\p{L}-]*\\s+${OF}(?:\\p{Lu}\\p{L}*\\s+)?$`, 'u'),
];

/**
 * A role with its portfolio before a name (le ministre indien du Commerce Piyush Goyal, the
 * Minister of Trade Piyush Goyal): the portfolio is no part of the person's name.
 */
function dropPortfolio(text: string, m: Mention): Mention | null {
  if (m.type === 'organisation' || m.type === 'place' || (m.tokens.length === 2 || (m.tokens.length === 1 && !/^ [\p{Ll}]/u.test(text.slice(m.end, m.end + 2))))) return m;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (!TITLES_BEFORE.some((re) => TITLES.has((re.exec(before)?.[1] ?? '').toLowerCase()))) return m;
  if (m.tokens.length === 1) {
    // le ministre des Affaires étrangères: a portfolio, no name
    const next = wordsFrom(text, m.end, 1)[0];
    return next && ORG_TAIL.has(bare(next.text)) ? null : m;
  }
  const next = m.tokens[1];
  const rest = m.tokens.slice(1).map((x) => ({ start: x.start - next.start, end: x.end - next.start, text: x.text }));
  return { ...m, start: m.start + next.start, text: m.text.slice(next.start), tokens: rest, type: 'person' };
}

const QUOTED_BEFORE = /[«“"‘]\s*(?:(?:la|le|les|l[’']|the)\s*)?$/iu;
const QUOTED_AFTER = /^\s*[»”"’]/u;
const JOINED = /^ (?:et|and|&)(?: (?:la|le|les|l[’']|the))? ?$/iu;

/** Two names joined by "et" inside one pair of quotation marks are one name (« la Ceinture et la Route »). */
function joinQuoted(text: string, ms: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (
      b &&
      JOINED.test(text.slice(a.end, b.start)) &&
      QUOTED_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start)) &&
      QUOTED_AFTER.test(text.slice(b.end, b.end + 3))
    ) {
      out.push({ start: a.start, end: b.end, text: text.slice(a.start, b.end), tokens: retokenize(text, a.start, b.end), type: 'unknown' });
      i++;
    } else out.push(a);
  }
  return out;
}

/** Mentions (in document order) with organisation names extended and their fragments removed. */
export function extendOrganisations(text: string, found: Mention[]): Mention[] {
  const mentions = joinQuoted(text, found);
  const out: Mention[] = [];
  let i = 0;
  while (i < mentions.length) {
    const m = dropPortfolio(text, mentions[i]);
    if (!m) {
      i++;
      continue;
    }
    let start = m.start;
    let isOrg = m.type === 'organisation';
    if (m.type !== 'person' && m.type !== 'place' && !isKnownPlace(m.text)) {
      const b = backward(text, m.start);
      if (b >= 0) {
        start = b;
        isOrg = true;
      }
    }
    if (!isOrg) {
      out.push(m);
      i++;
      continue;
    }
    const end = forward(text, m.end);
    while (out.length && out[out.length - 1].end > start) out.pop();
    let j = i + 1;
    while (j < mentions.length && mentions[j].start < end) j++;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, tokens: retokenize(text, start, end), type: 'organisation' });
    i = j;
  }
  return out;
}
