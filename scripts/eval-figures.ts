// npm run eval:figures — recall and precision of the figure rules over a labelled set of
// sentences (test/fixtures/figures/eval.jsonl: one {"lang", "text", "rules"} per line).
// A figure to read, not a test. `--verbose` lists every miss and false alarm.
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import type { Language, RuleId } from '../src/core/types';

const RULES: RuleId[] = ['number-conflict', 'number-arithmetic', 'number-format'];

interface Item {
  lang: Language;
  text: string;
  rules: RuleId[];
}

function main(): void {
  const file = join(__dirname, '..', 'test', 'fixtures', 'figures', 'eval.jsonl');
  const items: Item[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const verbose = process.argv.includes('--verbose');
  const score = new Map(RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  for (const item of items) {
    const found = new Set(analyze(item.text, { language: item.lang }).findings.map((f) => f.rule));
    for (const r of RULES) {
      const s = score.get(r)!;
      const want = item.rules.includes(r);
      const got = found.has(r);
      if (want && got) s.tp++;
      else if (got) s.fp++;
      else if (want) s.fn++;
      if (verbose && want !== got) console.log(`${want ? 'MISS ' : 'FALSE'} ${r.padEnd(18)} [${item.lang}] ${item.text}`);
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? '   n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  console.log(`${items.length} labelled sentences (${items.filter((i) => i.lang === 'fr').length} fr, ${items.filter((i) => i.lang === 'en').length} en)`);
  console.log(`${'rule'.padEnd(20)} ${'expected'.padStart(8)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'recall'.padStart(7)} ${'precision'.padStart(10)}`);
  for (const [r, s] of score) {
    console.log(`${r.padEnd(20)} ${String(s.tp + s.fn).padStart(8)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.tp, s.tp + s.fn).padStart(7)} ${pct(s.tp, s.tp + s.fp).padStart(10)}`);
  }
}

main();
