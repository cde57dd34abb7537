// npm run eval:figures — recall and precision of the figure rules over a labelled set of
// sentences (test/fixtures/figures/eval.jsonl: one {"lang", "text", "rules", "kind"?} per line).
// A figure to read, not a test. Prints per rule, then per kind of relation (points, fromto,
// multiple, share, breakdown, impossible, conversion, computation, scope, format; "earlier"
// for the lines written before kinds were labelled). `--verbose` lists every miss and false alarm.
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import type { Language, RuleId } from '../src/core/types';

const RULES: RuleId[] = ['number-conflict', 'number-arithmetic', 'number-format'];

interface Item {
  lang: Language;
  text: string;
  rules: RuleId[];
  kind?: string;
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  /** Labelled lines, and those with nothing expected that got nothing. */
  items: number;
  cleanOk: number;
  clean: number;
}

function main(): void {
  const file = join(__dirname, '..', 'test', 'fixtures', 'figures', 'eval.jsonl');
  const items: Item[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const verbose = process.argv.includes('--verbose');
  const score = new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const byKind = new Map<string, Score>();
  for (const item of items) {
    const found = new Set(analyze(item.text, { language: item.lang }).findings.map((f) => f.rule));
    const kind = item.kind ?? 'earlier';
    let k = byKind.get(kind);
    if (!k) byKind.set(kind, (k = { tp: 0, fp: 0, fn: 0, items: 0, cleanOk: 0, clean: 0 }));
    k.items++;
    let wrong = false;
    for (const r of RULES) {
      const s = score.get(r)!;
      const want = item.rules.includes(r);
      const got = found.has(r);
      if (want && got) (s.tp++, k.tp++);
      else if (got) (s.fp++, k.fp++, (wrong = true));
      else if (want) (s.fn++, k.fn++);
      if (verbose && want !== got) console.log(`${want ? 'MISS ' : 'FALSE'} ${r.padEnd(18)} [${item.lang}] ${item.text}`);
    }
    if (item.rules.length === 0) {
      k.clean++;
      if (!wrong) k.cleanOk++;
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(`${items.length} labelled sentences (${items.filter((i) => i.lang === 'fr').length} fr, ${items.filter((i) => i.lang === 'en').length} en)`);
  console.log(`${'rule'.padEnd(20)} ${'expected'.padStart(8)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'recall'.padStart(7)} ${'precision'.padStart(10)}`);
  for (const [r, s] of score) {
    console.log(`${r.padEnd(20)} ${String(s.tp + s.fn).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.tp, s.tp + s.fn).padStart(7)} ${pct(s.tp, s.tp + s.fp).padStart(10)}`);
  }
  console.log('');
  console.log(`${'kind'.padEnd(20)} ${'lines'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'recall'.padStart(7)} ${'precision'.padStart(10)} ${'F1'.padStart(6)} ${'clean kept'.padStart(11)}`);
  for (const [kind, s] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const f1 = s.tp === 0 ? 0 : (2 * s.tp) / (2 * s.tp + s.fp + s.fn);
    console.log(
      `${kind.padEnd(20)} ${String(s.items).padStart(6)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.tp, s.tp + s.fn).padStart(7)} ${pct(s.tp, s.tp + s.fp).padStart(10)} ${f1.toFixed(2).padStart(6)} ${`${s.cleanOk}/${s.clean}`.padStart(11)}`,
    );
  }
}

main();
