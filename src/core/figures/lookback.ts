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
