// Quotation drift: the same quotation given twice in one draft with different wording.
// A shorter quotation that is a fragment of a longer one is not drift.
import type { DiffPart, QuoteFact } from '../types';
import { words } from '../sources/tokens';
import { diffParts, diffWords, type DiffOp } from './diff';

export interface Drift {
  /** The first wording in the draft. */
  first: QuoteFact;
  /** A later, different wording. */
  later: QuoteFact;
  diff: DiffPart[];
}

interface Group {
  keys: string[];
  shown: string[];
  quotes: QuoteFact[];
}

export function findDrift(text: string, quotes: readonly QuoteFact[]): Drift[] {
  const groups = new Map<string, Group>();
  for (const q of quotes) {
    if (q.kind !== 'speech' || q.level > 0) continue;
    const ws = words(text, q.inner.start, q.inner.end).filter((w) => w.end <= q.inner.end);
    if (ws.length < 4) continue;
    const keys = ws.map((w) => w.key);
    const id = keys.join(' ');
    const g = groups.get(id);
    if (g) g.quotes.push(q);
    else groups.set(id, { keys, shown: ws.map((w) => text.slice(w.start, w.end)), quotes: [q] });
  }
  const list = [...groups.values()];
  const byTrigram = new Map<string, number[]>();
  list.forEach((g, gi) => {
    const seen = new Set<string>();
    for (let i = 0; i + 2 < g.keys.length; i++) {
      const t = `${g.keys[i]} ${g.keys[i + 1]} ${g.keys[i + 2]}`;
      if (seen.has(t)) continue;
      seen.add(t);
      const l = byTrigram.get(t);
      if (l) l.push(gi);
      else byTrigram.set(t, [gi]);
    }
  });
  const shared = new Map<number, number>();
  for (const l of byTrigram.values()) {
    if (l.length < 2 || l.length > 50) continue;
    for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) {
      const k = l[i] * list.length + l[j];
      shared.set(k, (shared.get(k) ?? 0) + 1);
    }
  }
  const out: Drift[] = [];
  for (const [k, n] of shared) {
    if (n < 2) continue;
    const a = list[Math.floor(k / list.length)];
    const b = list[k % list.length];
    const sa = ` ${a.keys.join(' ')} `;
    const sb = ` ${b.keys.join(' ')} `;
    if (sa.includes(sb) || sb.includes(sa)) continue; // a fragment of the other
    const ops = diffWords(a.keys, b.keys);
    let equal = 0;
    for (const o of ops) if (o.op === 'equal') equal += o.a[1] - o.a[0];
    // Words only one side has at either end (a longer or shorter cut) do not count;
    // replaced words at the ends do.
    const firstEq = ops.findIndex((o) => o.op === 'equal');
    let lastEq = ops.length - 1;
    while (lastEq > 0 && ops[lastEq].op !== 'equal') lastEq--;
    const size = (o: DiffOp): number => (o.op === 'insert' ? o.b[1] - o.b[0] : o.a[1] - o.a[0]);
    const end = (list: DiffOp[]): DiffOp[] => (list.some((o) => o.op === 'insert') && list.some((o) => o.op === 'delete') ? list : []);
    const inner = [...end(ops.slice(0, firstEq)), ...ops.slice(firstEq, lastEq + 1), ...end(ops.slice(lastEq + 1))];
    const innerChanged = inner.reduce((n, o) => n + (o.op === 'equal' ? 0 : size(o)), 0);
    if (equal < 4 || innerChanged === 0 || innerChanged > Math.max(2, Math.min(a.keys.length, b.keys.length) * 0.4)) continue;
    const [first, second] = a.quotes[0].start < b.quotes[0].start ? [a, b] : [b, a];
    const firstOps = first === a ? inner : inner.map((o) => ({ op: o.op === 'insert' ? ('delete' as const) : o.op === 'delete' ? ('insert' as const) : o.op, a: o.b, b: o.a }));
    const diff = diffParts(firstOps, first.shown, second.shown);
    for (const later of second.quotes) out.push({ first: first.quotes[0], later, diff });
  }
  return out.sort((x, y) => x.later.start - y.later.start);
}
