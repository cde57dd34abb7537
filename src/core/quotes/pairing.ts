// Pairs quotation marks into quotations, paragraph by paragraph. What cannot be paired
// becomes a stray mark (quote-unclosed); a pair of two styles is kept with `mismatched`
// so that quote-mismatch, not quote-unclosed, reports it. German »…« is `mismatched` too:
// neither French nor English (the two languages of a draft) opens with ».
import type { Paragraph, QuoteFact, QuoteMark } from '../types';
import { MARKS, MARK_RE, PARTNERS, canClose, canOpen, closesAfterNoBreakSpace, closesAfterSpace, isApostrophe } from './marks';

interface Open {
  char: string;
  start: number;
}

export interface Pairing {
  quotes: QuoteFact[];
  stray: QuoteMark[];
}

const MAX_DEPTH = 8;

const mark = (char: string, start: number, role: 'open' | 'close'): QuoteMark => ({ char, start, end: start + 1, role });

/** First mark of a paragraph that continues a quotation from the previous one (French « or », English “ or "). */
function continuationMark(text: string, p: Paragraph, opener: string): number {
  const first = text[p.start];
  if ((opener === '«' && (first === '«' || first === '»')) || (opener === '“' && first === '“') || (opener === '„' && first === '„') || (opener === '"' && first === '"')) {
    return p.start;
  }
  return -1;
}

/**
 * `original`: the draft before Markdown syntax was blanked (same offsets), so that an
 * apostrophe right after a link, emphasis or code span (`*FT*'s`, `[Reuters](…)'s`) is
 * told from an opening mark after a space.
 */
export function pairQuotes(text: string, paragraphs: Paragraph[], original: string = text): Pairing {
  const quotes: QuoteFact[] = [];
  const stray: QuoteMark[] = [];
  let stack: Open[] = [];

  const close = (j: number, char: string, at: number, mismatched: boolean): void => {
    for (let k = stack.length - 1; k > j; k--) stray.push(mark(stack[k].char, stack[k].start, 'open'));
    const o = stack[j];
    stack = stack.slice(0, j);
    quotes.push({
      start: o.start,
      end: at + 1,
      text: text.slice(o.start, at + 1),
      inner: { start: o.start + 1, end: at },
      open: mark(o.char, o.start, 'open'),
      close: mark(char, at, 'close'),
      level: j,
      ...(mismatched || o.char === '”' || (o.char === '»' && (char === '»' || char === '«')) ? { mismatched: true } : {}),
    });
  };
  const findOpener = (char: string): number => {
    for (let j = stack.length - 1; j >= 0; j--) if (PARTNERS[stack[j].char]?.includes(char)) return j;
    return -1;
  };
  // Real quotations nest two or three deep; past MAX_DEPTH the oldest opener is reported
  // unclosed, which keeps a pathological line (thousands of «) linear.
  const push = (char: string, start: number): void => {
    if (stack.length >= MAX_DEPTH) {
      const oldest = stack.shift()!;
      stray.push(mark(oldest.char, oldest.start, 'open'));
    }
    stack.push({ char, start });
  };
  // A closer of the right level but the wrong style, closing the innermost quotation.
  const topOfLevel = (char: string): number => {
    const top = stack[stack.length - 1];
    return top && MARKS[top.char].level === MARKS[char].level ? stack.length - 1 : -1;
  };
  const closeOrStray = (char: string, i: number, mayOpen: boolean): void => {
    const j = findOpener(char);
    if (j >= 0) return close(j, char, i, false);
    const t = topOfLevel(char);
    // “ … » : a French closer after its no-break space still closes the opener of the other style
    if (t >= 0 && (canClose(text, i) || closesAfterNoBreakSpace(text, i) || closesAfterSpace(text, i))) return close(t, char, i, true);
    // ‘ … ” : a closer of the other level, still the only candidate for the open quotation
    if (!mayOpen && stack.length && canClose(text, i) && !canOpen(text, i)) return close(stack.length - 1, char, i, true);
    if (mayOpen) push(char, i);
    else stray.push(mark(char, i, 'close'));
  };

  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    const body = text.slice(p.start, p.end);
    let skip = -1;
    if (stack.length) {
      skip = continuationMark(text, p, stack[0].char);
      if (skip < 0) {
        for (const o of stack) stray.push(mark(o.char, o.start, 'open'));
        stack = [];
      }
    }
    MARK_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = MARK_RE.exec(body))) {
      const i = p.start + m.index;
      if (i === skip) continue;
      const c = m[0];
      switch (c) {
        case '’':
        case "'": {
          if (isApostrophe(text, i) || afterMarkup(text, original, i) || initialElision(text, i)) break;
          const j = findOpener(c);
          // playin’, goin’: a dropped g, unless a single quotation is open for it to close
          if (j < 0 && finalElision(text, i)) break;
          // “yes’: a double quotation closed by a single mark, when no ” follows to close it
          if (j < 0 && c === '’' && stack.length && stack[stack.length - 1].char === '“' && canClose(text, i) && !canOpen(text, i) && body.indexOf('”', m.index) < 0) {
            close(stack.length - 1, c, i, true);
            break;
          }
          if (j >= 0 && !(canOpen(text, i) && !canClose(text, i))) close(j, c, i, false);
          else if (c === "'" && canOpen(text, i)) push(c, i);
          // otherwise a possessive (the students’ union) or an elision: not a quotation mark
          break;
        }
        case '"': {
          const j = findOpener(c);
          // after an opening bracket a straight mark opens, even before punctuation: (". , a déclaré")
          // « Ce budget est insincère ", a-t-elle dit: after a space but before a comma, it closes
          const spaced = topOfLevel(c) >= 0 && closesAfterSpace(text, i);
          const opens = !spaced && canOpen(text, i) && (!canClose(text, i) || /[([{]/.test(text[i - 1] ?? ''));
          if (j >= 0 && !opens) close(j, c, i, false);
          else if (!opens && canClose(text, i) && /\p{N}/u.test(text[i - 1] ?? '')) break; // inches: 12"
          else if (!opens && (canClose(text, i) || spaced)) closeOrStray(c, i, false);
          else push(c, i);
          break;
        }
        case '“': {
          const top = stack[stack.length - 1];
          if (top && top.char === '„') close(stack.length - 1, c, i, false);
          else if (top && ((canClose(text, i) && !canOpen(text, i)) || closesAfterSpace(text, i)) && MARKS[top.char].level === 'double') close(stack.length - 1, c, i, true);
          else push(c, i);
          break;
        }
        case '‘':
          if (isApostrophe(text, i) || initialElision(text, i)) break;
          push(c, i);
          break;
        case '”':
          closeOrStray(c, i, canOpen(text, i) && !canClose(text, i));
          break;
        case '»':
          // German »…« when nothing is open and a « follows
          // » used to open (» non »), closed by a later » or «
          closeOrStray(c, i, (canOpen(text, i) || opensFrench(text, i)) && (body.indexOf('«', m.index) > 0 || body.indexOf('»', m.index + 1) > 0) && findOpener(c) < 0 && topOfLevel(c) < 0);
          break;
        case '«':
        case '‹': {
          const j = findOpener(c); // closes a German »…« or ›…‹
          const closing = (canClose(text, i) && !canOpen(text, i)) || closesAfterSpace(text, i);
          if (j >= 0 && closing) close(j, c, i, false);
          // « Nous sommes prêts «, a-t-il dit: an opening mark of the open quotation's level, used to close
          else if (closing && topOfLevel(c) >= 0) close(stack.length - 1, c, i, true);
          else push(c, i);
          break;
        }
        case '›':
        case '」':
        case '』':
          closeOrStray(c, i, false);
          break;
        default:
          push(c, i);
      }
    }
    const next = paragraphs[pi + 1];
    if (stack.length && !(next && continuationMark(text, next, stack[0].char) >= 0)) {
      for (const o of stack) stray.push(mark(o.char, o.start, 'open'));
      stack = [];
    }
  }
  stray.sort((a, b) => a.start - b.start);
  quotes.sort((a, b) => a.start - b.start);
  relevel(quotes);
  return { quotes, stray };
}

/**
 * Nesting level = how many paired quotations contain this one. An opener that never
 * closes (a stray mark) does not make the quotations after it nested.
 */
function relevel(quotes: QuoteFact[]): void {
  const open: number[] = [];
  for (const q of quotes) {
    while (open.length && open[open.length - 1] <= q.start) open.pop();
    q.level = open.length;
    open.push(q.end);
  }
}

/** A straight or curly apostrophe glued to Markdown syntax that was blanked, then letters: `*FT*'s`, `` `cli`'s ``. */
function afterMarkup(prose: string, original: string, i: number): boolean {
  if (original === prose || !/\p{L}/u.test(prose[i + 1] ?? '')) return false;
  const before = original[i - 1];
  return prose[i - 1] === ' ' && before !== undefined && /[*_`)\]~>]/.test(before);
}

/** Word-initial elisions: ’tis, ’twas, ’cause, ’em, ’til, ’bout, ’round. */
const INITIAL = new Set(['tis', 'twas', 'twere', 'twill', 'cause', 'cos', 'coz', 'em', 'til', 'bout', 'round', 'ere', 'neath', 'nuff', 'fraid', 'kay', 'sup', 'cept', 'less', 'gainst', 'un', 'ow', 'ave', 'ello']);

function initialElision(text: string, i: number): boolean {
  const prev = text[i - 1];
  if (prev !== undefined && /[\p{L}\p{N}]/u.test(prev)) return false;
  const m = /^\p{L}+/u.exec(text.slice(i + 1, i + 8));
  if (!m || /[\p{L}’']/u.test(text[i + 1 + m[0].length] ?? '')) return false;
  return INITIAL.has(m[0].toLowerCase());
}

/** Word-final elisions: a dropped g (playin’, goin’, nothin’) or ol’, then a space or punctuation. */
function finalElision(text: string, i: number): boolean {
  const next = text[i + 1];
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return false;
  const word = /\p{L}+$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0] ?? '';
  return (word.length >= 3 && /in$/i.test(word)) || /^(?:ol|o|th|an)$/i.test(word);
}

/** A French mark after a space (or the start) and before its no-break space and a letter: « » non » » opening. */
function opensFrench(text: string, i: number): boolean {
  const prev = text[i - 1];
  return (prev === undefined || /\s/.test(prev)) && /^[\u00a0\u202f ]\p{L}/u.test(text.slice(i + 1, i + 3));
}
