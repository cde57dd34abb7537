// npm run eval:names — accuracy of the comparison the engine uses (sameEntity) on the labelled
// pairs in test/fixtures/names/ (eval-pairs.json built by scripts/build-names-eval.ts from
// romanization tables over real names; eval-kinds.json written by hand, one category per kind of
// issue 8). Prints, per set and per category, precision, recall, F1 and the share of different
// pairs reported at warning severity; question pairs (Kaufman / Kaufmann) must be information.
// A figure to read; the targets are precision ≥ 0.95 and recall ≥ 0.90.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { sameEntity } from '../src/core/names/similarity';
import { pairSeverity } from '../src/core/names/kinds';

interface Pair {
  a: string;
  b: string;
  same: boolean;
  category: string;
  how?: string;
  /** Often two people, sometimes one: expected at information severity (a question), never a warning. */
  question?: boolean;
}

function load(): { file: string; pairs: Pair[] }[] {
  const dir = join(__dirname, '..', 'test', 'fixtures', 'names');
  return readdirSync(dir)
    .filter((f) => /^eval.*\.json$/.test(f))
    .map((f) => ({ file: f, pairs: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { pairs: Pair[] }).pairs }));
}

/** Scores one set: a same pair counts as found at any severity; a question pair is right only at
 * information; a different pair is a false alarm only when reported at warning severity. */
function score(name: string, pairs: Pair[], verbose: boolean): void {
  let tp = 0, fp = 0, fn = 0, tn = 0, warnDiff = 0, nDiff = 0;
  const byCat = new Map<string, { ok: number; n: number }>();
  for (const p of pairs) {
    const sev = pairSeverity(p.a, p.b, (x, y) => sameEntity(x, y, 'en'));
    const said = sev !== undefined;
    let ok: boolean;
    if (p.question) ok = sev === 'information';
    else ok = said === p.same;
    if (p.same && !p.question) {
      if (said) tp++;
      else fn++;
    } else if (!p.same) {
      nDiff++;
      if (sev === 'warning') {
        fp++;
        warnDiff++;
      } else tn++;
      ok = sev !== 'warning';
    }
    const c = byCat.get(p.category) ?? { ok: 0, n: 0 };
    c.n++;
    if (ok) c.ok++;
    else if (verbose) console.log(`  ${p.same ? (p.question ? 'not a question' : 'missed') : 'false alarm'} [${p.category}] ${p.a} ~ ${p.b} (${sev ?? 'nothing'})`);
    byCat.set(p.category, c);
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  const f1 = (2 * precision * recall) / (precision + recall || 1);
  console.log(`${name}: ${pairs.length} pairs (${tp + fn} same, ${nDiff} different, ${pairs.length - tp - fn - nDiff} questions)`);
  console.log(`  precision        ${precision.toFixed(3)}  (target ≥ 0.95)`);
  console.log(`  recall           ${recall.toFixed(3)}  (target ≥ 0.90)`);
  console.log(`  F1               ${f1.toFixed(3)}`);
  console.log(`  different pairs at warning ${warnDiff}/${nDiff} (${((100 * warnDiff) / (nDiff || 1)).toFixed(1)} %)`);
  for (const [cat, c] of [...byCat.entries()].sort()) console.log(`  ${cat.padEnd(20)} ${c.ok}/${c.n}`);
}

function main(): void {
  const verbose = process.argv.includes('--verbose');
  const sets = load();
  for (const s of sets) score(`names eval (${s.file})`, s.pairs, verbose);
  if (sets.length > 1) score('names eval (all sets)', sets.flatMap((s) => s.pairs), false);
}

main();
