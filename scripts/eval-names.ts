// npm run eval:names — accuracy of the comparison the engine uses (sameEntity) on the labelled
// pairs in test/fixtures/names/ (built by scripts/build-names-eval.ts from romanization tables
// over real names). Prints precision, recall and false-alarm rate, overall and by category.
// A figure to read; the targets are precision ≥ 0.95 and recall ≥ 0.90.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { sameEntity } from '../src/core/names/similarity';

interface Pair {
  a: string;
  b: string;
  same: boolean;
  category: string;
  how?: string;
}

function load(): Pair[] {
  const dir = join(__dirname, '..', 'test', 'fixtures', 'names');
  return readdirSync(dir)
    .filter((f) => /^eval.*\.json$/.test(f))
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { pairs: Pair[] }).pairs);
}

function main(): void {
  const pairs = load();
  const verbose = process.argv.includes('--verbose');
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const byCat = new Map<string, { ok: number; n: number }>();
  for (const p of pairs) {
    const said = sameEntity(p.a, p.b, 'en');
    if (said && p.same) tp++;
    else if (said && !p.same) fp++;
    else if (!said && p.same) fn++;
    else tn++;
    const c = byCat.get(p.category) ?? { ok: 0, n: 0 };
    c.n++;
    if (said === p.same) c.ok++;
    else if (verbose) console.log(`  ${p.same ? 'missed' : 'false alarm'} [${p.category}] ${p.a} ~ ${p.b} (${p.how ?? ''})`);
    byCat.set(p.category, c);
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const falseAlarm = fp / (fp + tn || 1);
  console.log(`names eval: ${pairs.length} pairs (${tp + fn} same, ${fp + tn} different)`);
  console.log(`  precision        ${precision.toFixed(3)}  (target ≥ 0.95)`);
  console.log(`  recall           ${recall.toFixed(3)}  (target ≥ 0.90)`);
  console.log(`  false-alarm rate ${falseAlarm.toFixed(3)}`);
  for (const [cat, c] of [...byCat.entries()].sort()) console.log(`  ${cat.padEnd(20)} ${c.ok}/${c.n}`);
}

main();
