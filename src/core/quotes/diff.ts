// Word-level difference between two word lists (longest common subsequence), merged into
// runs: what the source says (delete), what the quotation says instead (insert), and the
// words they share (equal).
import type { DiffPart } from '../types';

export interface DiffOp {
  op: DiffPart['op'];
  /** Range in `a` (delete, equal) and in `b` (insert, equal). */
  a: [number, number];
  b: [number, number];
}

/** Longest-common-subsequence diff of `a` (source) against `b` (quotation), by key. */
export function diffWords(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffPart['op'], i: number, j: number): void => {
    const last = ops[ops.length - 1];
    const di = op === 'insert' ? 0 : 1;
    const dj = op === 'delete' ? 0 : 1;
    if (last && last.op === op) {
      last.a[1] += di;
      last.b[1] += dj;
    } else ops.push({ op, a: [i, i + di], b: [j, j + dj] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) push('equal', i++, j++);
    else if (j < m && (i >= n || table[i * w + j + 1] >= table[(i + 1) * w + j])) push('insert', i, j++);
    else push('delete', i++, j);
  }
  return ops;
}

/** Renders a diff as parts of text, taking each side's words as written. */
export function diffParts(ops: readonly DiffOp[], aWords: readonly string[], bWords: readonly string[]): DiffPart[] {
  return ops.map((o) => ({
    op: o.op,
    text: o.op === 'insert' ? bWords.slice(o.b[0], o.b[1]).join(' ') : aWords.slice(o.a[0], o.a[1]).join(' '),
  }));
}

/** Markdown for a diff: ~~source words~~ **quotation words**. */
export function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? `~~${p.text}~~` : `**${p.text}**`))
    .join(' ');
}

/** Plain text for a diff, for messages: [-source words-] [+quotation words+]. */
export function diffPlain(parts: readonly DiffPart[]): string {
  return parts
    .filter((p) => p.op !== 'equal')
    .map((p) => (p.op === 'delete' ? `[-${p.text}-]` : `[+${p.text}+]`))
    .join(' ');
}
