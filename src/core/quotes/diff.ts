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
    // skip source words first on ties: the quotation then aligns with the later, closer words
    else if (i < n && (j >= m || table[(i + 1) * w + j] >= table[i * w + j + 1])) push('delete', i++, j);
    else push('insert', i, j++);
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

/**
 * Drops the source words around the quotation (context), keeping as many as the quotation
 * replaces at either end: "… end of ~~April~~ **March**", not "… end of **March**".
 */
export function trimContext(ops: readonly DiffOp[]): DiffOp[] {
  const firstEqual = ops.findIndex((o) => o.op === 'equal');
  if (firstEqual < 0) return [...ops];
  let lastEqual = ops.length - 1;
  while (ops[lastEqual].op !== 'equal') lastEqual--;
  const words = (list: readonly DiffOp[], op: DiffOp['op']): number => list.reduce((n, o) => n + (o.op !== op ? 0 : op === 'insert' ? o.b[1] - o.b[0] : o.a[1] - o.a[0]), 0);
  const head = ops.slice(0, firstEqual);
  const tail = ops.slice(lastEqual + 1);
  let keepHead = words(head, 'insert');
  const newHead: DiffOp[] = [];
  for (const o of [...head].reverse()) {
    if (o.op === 'insert') newHead.unshift(o);
    else if (keepHead > 0) {
      const k = Math.min(keepHead, o.a[1] - o.a[0]);
      newHead.unshift({ op: 'delete', a: [o.a[1] - k, o.a[1]], b: o.b });
      keepHead -= k;
    }
  }
  let keepTail = words(tail, 'insert');
  const newTail: DiffOp[] = [];
  for (const o of tail) {
    if (o.op === 'insert') newTail.push(o);
    else if (keepTail > 0) {
      const k = Math.min(keepTail, o.a[1] - o.a[0]);
      newTail.push({ op: 'delete', a: [o.a[0], o.a[0] + k], b: o.b });
      keepTail -= k;
    }
  }
  return [...newHead, ...ops.slice(firstEqual, lastEqual + 1), ...newTail];
}
