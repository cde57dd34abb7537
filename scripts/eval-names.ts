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
import { analyze } from '../src/core/analyze';

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
    .map((f) => ({ file: f, pairs: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { pairs?: Pair[] }).pairs ?? [] }))
    .filter((s) => s.pairs.length > 0);
}

interface Draft {
  kind: string;
  lang: 'fr' | 'en';
  text: string;
  /** Every entity of the draft, as the distinct texts of its mentions. */
  entities: string[][];
  /** Texts of the name-variant findings expected at warning and at information severity. */
  warnings: string[];
  questions: string[];
}

function loadDrafts(): { file: string; drafts: Draft[] }[] {
  const dir = join(__dirname, '..', 'test', 'fixtures', 'names');
  return readdirSync(dir)
    .filter((f) => /^eval.*\.json$/.test(f))
    .map((f) => ({ file: f, drafts: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { drafts?: Draft[] }).drafts ?? [] }))
    .filter((s) => s.drafts.length > 0);
}

type Counts = { tp: number; fp: number; fn: number };
const f1 = (c: Counts): string => {
  if (c.tp + c.fp + c.fn === 0) return 'nothing to find, nothing found';
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(2)}`;
};

/** Scores drafts: mention texts found, pairs of spellings grouped, name-variant findings and their severity. */
function scoreDrafts(name: string, drafts: Draft[], verbose: boolean): void {
  const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
  const byKind = new Map<string, { mentions: Counts; pairs: Counts; findings: Counts }>();
  const all = { mentions: zero(), pairs: zero(), findings: zero() };
  const add = (c: Counts, tp: number, fp: number, fn: number): void => {
    c.tp += tp;
    c.fp += fp;
    c.fn += fn;
  };
  for (const d of drafts) {
    const a = analyze(d.text, { language: d.lang });
    const k = byKind.get(d.kind) ?? { mentions: zero(), pairs: zero(), findings: zero() };
    byKind.set(d.kind, k);
    const predicted = new Set(a.facts.names.map((n) => n.text));
    const expected = new Set(d.entities.flat());
    const mtp = [...predicted].filter((t) => expected.has(t)).length;
    for (const c of [k.mentions, all.mentions]) add(c, mtp, predicted.size - mtp, expected.size - mtp);
    if (verbose) for (const t of predicted) if (!expected.has(t)) console.log(`  [${d.kind}] extra mention ${JSON.stringify(t)}`);
    if (verbose) for (const t of expected) if (!predicted.has(t)) console.log(`  [${d.kind}] missed mention ${JSON.stringify(t)}`);
    // pairs of distinct spellings: grouped together by the engine or not
    const ents = new Map<string, Set<string>>();
    for (const n of a.facts.names) ents.set(n.text, (ents.get(n.text) ?? new Set()).add(n.entity));
    const grouped = (x: string, y: string): boolean => [...(ents.get(x) ?? [])].some((e) => ents.get(y)?.has(e));
    const texts = [...expected];
    const entityOf = new Map<string, number>();
    d.entities.forEach((e, i) => e.forEach((t) => entityOf.set(t, i)));
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++) {
        const same = entityOf.get(texts[i]) === entityOf.get(texts[j]);
        const said = grouped(texts[i], texts[j]);
        for (const c of [k.pairs, all.pairs]) add(c, same && said ? 1 : 0, !same && said ? 1 : 0, same && !said ? 1 : 0);
        if (verbose && same !== said) console.log(`  [${d.kind}] ${said ? 'merged' : 'not grouped'}: ${texts[i]} / ${texts[j]}`);
      }
    // findings: the text each name-variant covers, with its severity
    const got = a.findings.filter((f) => f.rule === 'name-variant').map((f) => `${f.severity === 'warning' ? 'w' : 'i'}:${d.text.slice(f.start, f.end)}`);
    const want = [...d.warnings.map((t) => `w:${t}`), ...d.questions.map((t) => `i:${t}`)];
    const ftp = got.filter((g) => want.includes(g)).length;
    for (const c of [k.findings, all.findings]) add(c, ftp, got.length - ftp, want.length - ftp);
    if (verbose) for (const g of got) if (!want.includes(g)) console.log(`  [${d.kind}] unexpected finding ${g}`);
    if (verbose) for (const w of want) if (!got.includes(w)) console.log(`  [${d.kind}] missed finding ${w}`);
  }
  console.log(`${name}: ${drafts.length} drafts`);
  console.log(`  mentions  ${f1(all.mentions)}    grouping ${f1(all.pairs)}    findings ${f1(all.findings)}`);
  for (const [kind, c] of [...byKind.entries()].sort()) console.log(`  ${kind.padEnd(16)} mentions ${f1(c.mentions)} | grouping ${f1(c.pairs)} | findings ${f1(c.findings)}`);
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
  for (const s of loadDrafts()) scoreDrafts(`names drafts (${s.file})`, s.drafts, verbose);
}

main();
