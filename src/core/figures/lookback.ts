// Cheap "does the text just before this offset end with …" tests: a sticky regex tried at
// the start of each of the last few words, instead of a $-anchored regex tried at every
// character of a window.

/** Start offsets of the last `n` words before `pos` (nearest first), not before `floor`. */
export function wordStartsBefore(text: string, pos: number, n: number, floor = 0): number[] {
  const out: number[] = [];
  let i = pos;
  while (out.length < n && i > floor) {
    while (i > floor && !isWordChar(text.charCodeAt(i - 1))) i--;
    if (i <= floor) break;
    while (i > floor && isWordChar(text.charCodeAt(i - 1))) i--;
    out.push(i);
  }
  return out;
}

function isWordChar(c: number): boolean {
  // letters (Latin, accented) and the degree sign of n°; apostrophes split l’article
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 192 && c <= 0x24f) || c === 0xb0;
}

/**
 * Tries a sticky regex at the start of each of the last `words` words before `pos` and
 * returns the match that ends exactly at `pos` (optional trailing spaces allowed by the regex).
 */
export function endingAt(re: RegExp, text: string, pos: number, words: number, floor = 0): RegExpExecArray | null {
  for (const s of wordStartsBefore(text, pos, words, floor)) {
    re.lastIndex = s;
    const m = re.exec(text);
    if (m && m.index + m[0].length === pos) return m;
  }
  return null;
}

/**
 * A regex that opens with a lookbehind, split in two for speed. V8 cannot skip ahead to the
 * first letters of the alternatives when the pattern starts with a lookbehind, so it runs the
 * lookbehind at every character (3–4× slower on prose). `fast` is the same pattern without
 * its leading lookbehind; each of its matches is confirmed by the whole pattern, sticky, at
 * the same offset. Matches are exactly those of the whole pattern used globally.
 */
export class Lookbehind {
  private fast: RegExp;
  private exact: RegExp;

  /**
   * `exact` is the pattern; `fast` the same without its lookbehinds, matching wherever `exact`
   * does (and more). Flags without g or y.
   */
  constructor(exact: string, fast: string, flags: string) {
    this.fast = new RegExp(fast, `${flags}g`);
    this.exact = new RegExp(exact, `${flags}y`);
  }

  /** The common case: lookbehind(s) `behind` in front of `body`. */
  static leading(behind: string, body: string, flags: string): Lookbehind {
    return new Lookbehind(behind + body, body, flags);
  }

  /** The first match at or after `from` (like exec of the whole pattern with the g flag). */
  exec(text: string, from = 0): RegExpExecArray | null {
    for (let at = from; ; ) {
      this.fast.lastIndex = at;
      const m = this.fast.exec(text);
      if (!m) return null;
      this.exact.lastIndex = m.index;
      const e = this.exact.exec(text);
      if (e) return e;
      at = m.index + 1;
    }
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Every match, non-overlapping, as a global exec loop would find them. */
  *all(text: string): Generator<RegExpExecArray> {
    for (let m = this.exec(text); m; m = this.exec(text, m.index + m[0].length)) yield m;
  }
}
