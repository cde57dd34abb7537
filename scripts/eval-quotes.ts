// npm run eval:quotes — recall and precision of the quote rules over the labelled set in
// test/fixtures/quotes/labelled.json, then the speed of quote-source lookups against 50
// generated source documents of 10,000 words each. Figures to read, not a test.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import { buildSourceIndex } from '../src/core/sources';
import type { Language, RuleId, SourceDocument, Span } from '../src/core/types';

interface Item {
  rule: RuleId;
  lang: Language;
  text: string;
  /** The text each expected finding covers; [] for a clean item. */
  flag: string[];
  sources?: SourceDocument[];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function evaluate(items: Item[], title = 'Labelled set'): void {
  const stats = new Map<RuleId, { tp: number; fp: number; fn: number; items: number }>();
  const misses: string[] = [];
  for (const item of items) {
    const s = stats.get(item.rule) ?? { tp: 0, fp: 0, fn: 0, items: 0 };
    stats.set(item.rule, s);
    s.items++;
    const got = analyze(item.text, { language: item.lang, sources: item.sources }).findings.filter((f) => f.rule === item.rule);
    const expected: Span[] = [];
    let from = 0;
    for (const e of item.flag) {
      const at = item.text.indexOf(e, e === '.' ? from : 0);
      expected.push({ start: at, end: at + e.length });
      from = at + e.length;
    }
    const used = new Set<number>();
    for (const f of got) {
      const k = expected.findIndex((e, i) => !used.has(i) && overlaps(e, f));
      if (k >= 0) {
        used.add(k);
        s.tp++;
      } else {
        s.fp++;
        misses.push(`FP ${item.rule}: ${item.text.slice(f.start, f.end)}  ⟵  ${item.text}`);
      }
    }
    for (let i = 0; i < expected.length; i++) {
      if (!used.has(i)) {
        s.fn++;
        misses.push(`FN ${item.rule}: ${item.flag[i]}  ⟵  ${item.text}`);
      }
    }
  }
  console.log(`${title}: ${items.length} items (${items.filter((i) => i.lang === 'fr').length} French, ${items.filter((i) => i.lang === 'en').length} English)\n`);
  console.log(`${'rule'.padEnd(20)} ${'items'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'recall'.padStart(7)} ${'precision'.padStart(9)} ${'F1'.padStart(6)}`);
  for (const [rule, s] of stats) {
    const recall = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const precision = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
    console.log(`${rule.padEnd(20)} ${String(s.items).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${(recall * 100).toFixed(1).padStart(6)}% ${(precision * 100).toFixed(1).padStart(8)}% ${f1.toFixed(3).padStart(6)}`);
  }
  // quote-unattributed findings per 1,000 words on the longer, news-style items
  const long = items.filter((i, k) => i.text.split(/\s+/).length >= 200 && items.findIndex((j) => j.text === i.text) === k);
  if (long.length) {
    const wordsIn = long.reduce((n, i) => n + i.text.split(/\s+/).length, 0);
    const flagged = long.reduce((n, i) => n + analyze(i.text, { language: i.lang, sources: i.sources }).findings.filter((f) => f.rule === 'quote-unattributed').length, 0);
    console.log(`\nquote-unattributed on ${long.length} news-style drafts (${wordsIn} words): ${((flagged * 1000) / wordsIn).toFixed(2)} per 1,000 words`);
  }
  if (misses.length && !process.argv.includes('--quiet')) console.log(`\n${misses.join('\n')}`);
}

/** A deterministic pseudo-random source document of `n` words. */
function generatedSource(seed: number, n: number, vocabulary: string[]): string {
  let x = seed * 2654435761 + 1;
  const next = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(vocabulary[next() % vocabulary.length]);
    if (i % 17 === 16) out.push('.\n');
  }
  return out.join(' ');
}

function sourceSpeed(): void {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'de', 'la', 'the', 'and', 'on', 'ré', 'pa'];
  const vocabulary: string[] = [];
  for (let i = 0; i < 6000; i++) vocabulary.push(syllables[i % 15] + syllables[(i * 7) % 15] + (i > 225 ? syllables[(i * 13) % 15] + (i % 97) : ''));
  for (const w of 'the of and to a in that is was he for it with as his on be at by i'.split(' ')) for (let k = 0; k < 60; k++) vocabulary.push(w);
  const docs: SourceDocument[] = [];
  for (let d = 0; d < 50; d++) docs.push({ path: `generated/${d}.txt`, text: generatedSource(d + 1, 10000, vocabulary) });
  const t0 = performance.now();
  const index = buildSourceIndex(docs);
  const build = performance.now() - t0;
  // a draft of 30 speech quotations: 10 taken from the sources, 10 with one word changed, 10 invented
  const paras: string[] = [];
  for (let i = 0; i < 30; i++) {
    const doc = docs[(i * 7) % 50].text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    const at = 100 + i * 211;
    const words = doc.slice(at, at + 14);
    if (i % 3 === 1) words[6] = 'changed';
    const quote = i % 3 === 2 ? `invented words number ${i} that nobody ever said in any of these documents` : words.join(' ');
    paras.push(`“${quote},” said Jane Doe.`);
  }
  const draft = paras.join('\n\n');
  const median = (f: () => void, runs = 21): number => {
    const t: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      f();
      t.push(performance.now() - s);
    }
    return t.sort((a, b) => a - b)[runs >> 1];
  };
  const withIndex = median(() => analyze(draft, { sourceIndex: index }));
  const without = median(() => analyze(draft));
  const statuses = analyze(draft, { sourceIndex: index }).facts.quotes.map((q) => q.source?.status);
  const count = (s: string): number => statuses.filter((x) => x === s).length;
  console.log(`\nquote-source speed: 50 generated documents × 10,000 words`);
  console.log(`  index build                                  ${build.toFixed(0).padStart(6)} ms`);
  console.log(`  analyze(30 quotations) with the index        ${withIndex.toFixed(2).padStart(6)} ms median`);
  console.log(`  analyze(30 quotations) without sources       ${without.toFixed(2).padStart(6)} ms median`);
  console.log(`  lookup per analysis (difference)             ${(withIndex - without).toFixed(2).padStart(6)} ms  (${((withIndex - without) / 30).toFixed(3)} ms per quotation)`);
  console.log(`  verdicts: ${count('verbatim')} verbatim, ${count('altered')} altered, ${count('not-found')} not found (expected 10 / 10 / 10)`);
}

function main(): void {
  const dir = join(__dirname, '..', 'test', 'fixtures', 'quotes');
  const set = process.argv.indexOf('--set');
  const file = set > 0 ? process.argv[set + 1] : join(dir, 'labelled.json');
  evaluate(JSON.parse(readFileSync(file, 'utf8')) as Item[]);
  // the blind set, when one is kept beside this one (same item format): scored, never tuned on
  if (set < 0 && existsSync(dir)) {
    for (const name of readdirSync(dir).filter((n) => /^blind.*\.json$/.test(n))) {
      console.log('');
      evaluate(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Item[], `Blind set ${name}`);
    }
  }
  if (!process.argv.includes('--no-speed')) sourceSpeed();
}

main();
