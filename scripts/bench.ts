// npm run bench (through scripts/bench.mjs, which bundles this file like the extension):
// median timings of the engine on a 10,000-word draft, whole and by stage.
// A figure to read, not a test: machines differ.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import { extractProse } from '../src/core/prose';
import { resolveLanguage } from '../src/core/language';
import { splitSentences } from '../src/core/sentences';
import { pairQuotes } from '../src/core/quotes/pairing';
import { extractNames } from '../src/core/names';
import { extractFigures } from '../src/core/figures';
import { enrichQuotes } from '../src/core/quotes';
import type { StageInput } from '../src/core/stage';
import type { AnalysisCache } from '../src/core/types';
import { RULES } from '../src/core/rules';

const root = process.env.BENCH_ROOT ?? join(__dirname, '..');
const WORDS = 10000;

/** A draft of about WORDS words made by repeating the samples' paragraphs. */
export function benchDraft(words = WORDS, lang: 'fr' | 'en' | 'mixed' = 'mixed'): string {
  const files = readdirSync(join(root, 'samples')).filter((f) => f.endsWith('.md'));
  const paras = files
    .map((f) => readFileSync(join(root, 'samples', f), 'utf8'))
    .filter((t) => lang === 'mixed' || (lang === 'fr') === /[«é]/.test(t))
    .flatMap((t) => t.replace(/^---[\s\S]*?\n---\n/, '').split(/\n\s*\n/));
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paras[i % paras.length];
    out.push(p);
    n += p.split(/\s+/).length;
  }
  return out.join('\n\n') + '\n';
}

// The editor runs the engine on every pause in typing, so what matters is the JIT-warm
// steady state (V8 tiers regular expressions and functions up after some dozens of calls):
// 100 untimed runs first, then the median of the timed ones. The first call of a process is
// printed separately, as what opening the first draft costs.
function median(f: () => void, runs = 41): number {
  for (let i = 0; i < 100; i++) f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

function main(): void {
  const first = benchDraft(WORDS, 'fr');
  const t0 = performance.now();
  analyze(first);
  console.log(`first analyze() of the process (JIT cold), fr: ${(performance.now() - t0).toFixed(1)} ms`);
  for (const lang of ['fr', 'en'] as const) {
    const text = benchDraft(WORDS, lang);
    const prose = extractProse(text);
    const language = resolveLanguage('auto', prose.text);
    const sentences = splitSentences(prose.text, prose.paragraphs);
    const input: StageInput = { text, prose, language, sentences, options: {} };
    const pairing = pairQuotes(prose.text, prose.paragraphs);
    const names = extractNames(input).names;
    const cache: AnalysisCache = { blocks: new Map() };
    analyze(text, { cache });
    const edited = text.replace('Le ', 'La ').replace('The ', 'A ');
    const rows: [string, number][] = [
      ['prose (markdown-it block parse + inline scan)', median(() => extractProse(text))],
      ['language + sentences', median(() => splitSentences(prose.text, prose.paragraphs) && resolveLanguage('auto', prose.text))],
      ['quotes (pairing + enrichment)', median(() => enrichQuotes(input, pairQuotes(prose.text, prose.paragraphs).quotes, names))],
      ['names', median(() => extractNames(input))],
      ['figures', median(() => extractFigures(input))],
      ['analyze() whole, no block cache', median(() => analyze(text))],
      ['analyze() whole, one block edited (cache)', median(() => analyze(edited, { cache: { blocks: new Map(cache.blocks) } }))],
    ];
    void pairing;
    const full = analyze(text);
    const ctx = { text, prose: full.prose, language: full.language, facts: full.facts, options: {} };
    for (const r of RULES) rows.push([`  rule ${r.id}`, median(() => r.check(ctx), 21)]);
    const words = text.split(/\s+/).length;
    console.log(`\n${lang}: ${words} words, ${(text.length / 1024).toFixed(0)} KiB, language detected: ${language}`);
    for (const [what, ms] of rows) console.log(`  ${what.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms median`);
  }
}

if (require.main === module) main();
