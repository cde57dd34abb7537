// npm run eval:names|eval:quotes|eval:figures also run this: the score of the engine on the
// *blind* sets in test/fixtures/blind/<set>/ — cases written by a helper who had not seen the
// code, from its own knowledge of how journalists write. Never tune the engine on a blind set
// and then call its figure blind: once a set has been looked at to fix a rule, write a new one
// in a new folder (blind/2, …) and keep the old one as an ordinary regression set.
//
//   tsx scripts/eval-blind.ts names|quotes|figures|typography [--verbose] [--set DIR]
//
// Scoring (the targets are the issues' "Done when" lines):
// * names: each pair goes through analyze() in a short draft (one template per language, the
//   two spellings in different sentences); a pair counts as reported when a name-variant finding
//   covers either spelling. F1 over same/different pairs, the share of different-people pairs
//   reported at warning severity, and the "ask" pairs (Kaufman/Kaufmann) reported at most as
//   information. Drafts: expected variants at warning, questions never above information,
//   expected mentions found with exactly those bounds, run-ons never found.
// * quotes: per rule, a finding matches an expected one when their spans overlap; the news
//   drafts give quote-unattributed findings per 1,000 words.
// * figures: per rule and per kind, whether the rule fires on the item; the correct drafts
//   must give no finding at warning or error severity.
// * typography: findings of typography and number-format (the space before %) against the
//   problems labelled, and whether one fix-all pass gives exactly the expected text.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../src/core/analyze';
import type { Analysis, Finding, Language, RuleId, Span } from '../src/core/types';

const verbose = process.argv.includes('--verbose');
const root = join(__dirname, '..', 'test', 'fixtures', 'blind');
const setArg = process.argv.indexOf('--set');

function sets(): string[] {
  if (setArg > 0) return [process.argv[setArg + 1]];
  if (!existsSync(root)) return [];
  return readdirSync(root).sort().map((d) => join(root, d));
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;
const f1 = (tp: number, fp: number, fn: number): { p: number; r: number; f: number } => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const rank: Record<string, number> = { hint: 0, information: 1, warning: 2, error: 3 };

/** Every span of `needle` in `text`. */
function spansOf(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(needle); needle && at >= 0; at = text.indexOf(needle, at + 1)) out.push({ start: at, end: at + needle.length });
  return out;
}

// ── names ────────────────────────────────────────────────────────────────────────────────
interface Pair { a: string; b: string; same: boolean; ask?: boolean; kind: string; lang: Language }
interface NameDraft { id: string; lang: Language; text: string; variants?: string[][]; questions?: string[][]; mentions?: string[]; notMentions?: string[] }

const TEMPLATES: Record<Language, (a: string, b: string) => string> = {
  en: (a, b) => `${a} met reporters in the capital on Monday. The talks lasted two hours, officials said. On Wednesday, ${b} left for the regional summit.`,
  fr: (a, b) => `${a} a rencontré des journalistes lundi dans la capitale. Les discussions ont duré deux heures, selon des responsables. Mercredi, ${b} est parti pour le sommet régional.`,
};

function variantFindingOn(analysis: Analysis, text: string, spelling: string): Finding | undefined {
  const spans = spansOf(text, spelling);
  const hits = analysis.findings.filter((f) => f.rule === 'name-variant' && spans.some((s) => overlaps(s, f)));
  return hits.sort((x, y) => rank[y.severity] - rank[x.severity])[0];
}

function scoreNames(dir: string): void {
  const pairs = (JSON.parse(readFileSync(join(dir, 'names', 'pairs.json'), 'utf8')) as { pairs: Pair[] }).pairs;
  let tp = 0, fp = 0, fn = 0, tn = 0, diffWarn = 0, diffN = 0, askN = 0, askWarn = 0, askInfo = 0;
  const kinds = new Map<string, { ok: number; n: number }>();
  for (const p of pairs) {
    const lang = p.lang === 'fr' ? 'fr' : 'en';
    const text = TEMPLATES[lang](p.a, p.b);
    const analysis = analyze(text, { language: lang, format: 'plaintext' });
    const bStart = text.lastIndexOf(p.b);
    const hits = analysis.findings.filter((f) => f.rule === 'name-variant' && (overlaps(f, { start: 0, end: p.a.length }) || overlaps(f, { start: bStart, end: bStart + p.b.length })));
    const worst = hits.reduce((w, f) => Math.max(w, rank[f.severity]), -1);
    const reported = worst >= 0;
    let ok: boolean;
    if (p.ask) {
      askN++;
      if (worst >= rank.warning) askWarn++;
      else if (worst === rank.information) askInfo++;
      ok = worst < rank.warning;
    } else if (p.same) {
      if (reported) tp++;
      else fn++;
      ok = reported;
    } else {
      diffN++;
      if (reported) fp++;
      else tn++;
      if (worst >= rank.warning) diffWarn++;
      ok = worst < rank.warning;
    }
    const k = kinds.get(p.kind) ?? { ok: 0, n: 0 };
    k.n++;
    if (ok) k.ok++;
    kinds.set(p.kind, k);
    if (verbose && !ok) console.log(`  ${p.same && !p.ask ? 'missed' : 'false alarm'} [${p.kind}] ${p.a} ~ ${p.b}`);
  }
  const s = f1(tp, fp, fn);
  console.log(`blind names (${dir}): ${pairs.length} pairs through analyze()`);
  console.log(`  same-person pairs reported:      ${tp}/${tp + fn} (recall ${s.r.toFixed(3)})`);
  console.log(`  different pairs reported at all: ${fp}/${diffN} (precision ${s.p.toFixed(3)}), at warning: ${diffWarn}/${diffN} = ${pct(diffWarn / (diffN || 1))} (target ≤ 2 %)`);
  console.log(`  F1 ${s.f.toFixed(3)} (target ≥ 0.93)`);
  console.log(`  "same person?" pairs: ${askN}, asked as information ${askInfo}, at warning ${askWarn}, not reported ${askN - askInfo - askWarn}`);
  console.log('  per kind (pairs handled right / pairs):');
  for (const [k, c] of [...kinds].sort()) console.log(`    ${k.padEnd(22)} ${c.ok}/${c.n}`);

  const draftsFile = join(dir, 'names', 'drafts.json');
  if (!existsSync(draftsFile)) return;
  const drafts = (JSON.parse(readFileSync(draftsFile, 'utf8')) as { drafts: NameDraft[] }).drafts;
  let vTp = 0, vFn = 0, extraWarn = 0, qOk = 0, qN = 0, mOk = 0, mN = 0, nmOk = 0, nmN = 0;
  for (const d of drafts) {
    const analysis = analyze(d.text, { language: d.lang });
    const covered: Finding[] = [];
    for (const pair of d.variants ?? []) {
      const hit = pair.map((sp) => variantFindingOn(analysis, d.text, sp)).find((f) => f && rank[f.severity] >= rank.warning);
      if (hit) { vTp++; covered.push(hit); } else { vFn++; if (verbose) console.log(`  draft ${d.id}: variant missed ${pair.join(' ~ ')}`); }
    }
    for (const pair of d.questions ?? []) {
      qN++;
      const worst = pair.map((sp) => variantFindingOn(analysis, d.text, sp)).reduce((w, f) => Math.max(w, f ? rank[f.severity] : -1), -1);
      if (worst < rank.warning) qOk++;
      const hits = analysis.findings.filter((f) => f.rule === 'name-variant' && pair.some((sp) => spansOf(d.text, sp).some((x) => overlaps(x, f))));
      covered.push(...hits);
    }
    for (const f of analysis.findings) {
      if (f.rule === 'name-variant' && rank[f.severity] >= rank.warning && !covered.some((c) => overlaps(c, f))) {
        extraWarn++;
        if (verbose) console.log(`  draft ${d.id}: unexpected warning on "${d.text.slice(f.start, f.end)}": ${f.message}`);
      }
    }
    const mentions = new Set(analysis.facts.names.map((n) => n.text));
    for (const m of d.mentions ?? []) {
      mN++;
      if (mentions.has(m)) mOk++;
      else if (verbose) console.log(`  draft ${d.id}: mention not found "${m}"`);
    }
    for (const m of d.notMentions ?? []) {
      nmN++;
      if (!mentions.has(m)) nmOk++;
      else if (verbose) console.log(`  draft ${d.id}: run-on found "${m}"`);
    }
  }
  console.log(`  drafts: ${drafts.length}; variants reported at warning ${vTp}/${vTp + vFn}; questions never above information ${qOk}/${qN}; unexpected name-variant warnings ${extraWarn}`);
  console.log(`          expected mentions found with exact bounds ${mOk}/${mN}; run-ons avoided ${nmOk}/${nmN}`);
}

// ── quotes ───────────────────────────────────────────────────────────────────────────────
interface QuoteCase { rule: RuleId; lang: Language; text: string; flag: string[]; kind?: string }
interface QuoteDraft { id: string; lang: Language; text: string; flags?: Partial<Record<RuleId, string[]>> }
const QUOTE_RULES: RuleId[] = ['quote-unclosed', 'quote-mismatch', 'quote-style', 'quote-unmarked', 'quote-unattributed'];

function matchSpans(text: string, got: Finding[], flags: string[]): { tp: number; fp: Finding[]; fn: string[] } {
  const expected = flags.map((e) => spansOf(text, e));
  const used = new Set<number>();
  const fp: Finding[] = [];
  let tp = 0;
  for (const f of got) {
    const k = expected.findIndex((spans, i) => !used.has(i) && spans.some((s) => overlaps(s, f)));
    if (k >= 0) { used.add(k); tp++; } else fp.push(f);
  }
  return { tp, fp, fn: flags.filter((_, i) => !used.has(i)) };
}

function scoreQuotes(dir: string): void {
  const cases = JSON.parse(readFileSync(join(dir, 'quotes', 'cases.json'), 'utf8')) as QuoteCase[];
  const stats = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
  const kinds = new Map<string, { ok: number; n: number }>();
  for (const c of cases) {
    const s = stats.get(c.rule) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    stats.set(c.rule, s);
    s.n++;
    const got = analyze(c.text, { language: c.lang }).findings.filter((f) => f.rule === c.rule);
    const m = matchSpans(c.text, got, c.flag);
    s.tp += m.tp;
    s.fp += m.fp.length;
    s.fn += m.fn.length;
    const k = kinds.get(c.kind ?? '?') ?? { ok: 0, n: 0 };
    k.n++;
    if (!m.fp.length && !m.fn.length) k.ok++;
    kinds.set(c.kind ?? '?', k);
    if (verbose) {
      for (const f of m.fp) console.log(`  FP ${c.rule}: "${c.text.slice(f.start, f.end)}" ⟵ ${c.text}`);
      for (const e of m.fn) console.log(`  FN ${c.rule}: "${e}" ⟵ ${c.text}`);
    }
  }
  console.log(`blind quotes (${dir}): ${cases.length} cases (${cases.filter((c) => c.lang === 'fr').length} fr, ${cases.filter((c) => c.lang === 'en').length} en)`);
  console.log(`  ${'rule'.padEnd(20)} items   tp   fp   fn  recall  precision   F1 (target ≥ 0.9)`);
  for (const r of QUOTE_RULES) {
    const s = stats.get(r);
    if (!s) continue;
    const x = f1(s.tp, s.fp, s.fn);
    console.log(`  ${r.padEnd(20)} ${String(s.n).padStart(5)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${x.r.toFixed(3).padStart(7)} ${x.p.toFixed(3).padStart(10)} ${x.f.toFixed(3).padStart(6)}`);
  }
  console.log('  per kind (items entirely right / items):');
  for (const [k, c] of [...kinds].sort()) console.log(`    ${k.padEnd(30)} ${c.ok}/${c.n}`);

  const draftsFile = join(dir, 'quotes', 'drafts.json');
  if (!existsSync(draftsFile)) return;
  const drafts = JSON.parse(readFileSync(draftsFile, 'utf8')) as QuoteDraft[];
  let words = 0, unattributed = 0, tp = 0, fp = 0, fn = 0;
  for (const d of drafts) {
    words += d.text.split(/\s+/).filter(Boolean).length;
    const findings = analyze(d.text, { language: d.lang }).findings;
    for (const r of QUOTE_RULES) {
      const got = findings.filter((f) => f.rule === r);
      const m = matchSpans(d.text, got, d.flags?.[r] ?? []);
      tp += m.tp;
      fp += m.fp.length;
      fn += m.fn.length;
      if (r === 'quote-unattributed') unattributed += m.fp.length;
      if (verbose) {
        for (const f of m.fp) console.log(`  draft ${d.id} FP ${r} (${f.severity}): "${d.text.slice(f.start, Math.min(f.end, f.start + 80))}"`);
        for (const e of m.fn) console.log(`  draft ${d.id} FN ${r}: "${e}"`);
      }
    }
  }
  console.log(`  news drafts: ${drafts.length}, ${words} words; expected findings found ${tp}/${tp + fn}; unexpected findings ${fp}; quote-unattributed on correct copy ${unattributed} = ${((1000 * unattributed) / (words || 1)).toFixed(2)} per 1,000 words (target ≤ 1)`);
}

// ── figures ──────────────────────────────────────────────────────────────────────────────
interface FigureCase { lang: Language; text: string; rules: RuleId[]; kind?: string }
const FIGURE_RULES: RuleId[] = ['number-conflict', 'number-arithmetic', 'number-format'];

/**
 * A number-format finding that only asks for a no-break space where the draft has an ordinary
 * one (7,3 % → 7,3 %): house typography the blind writer did not label, so it is counted apart.
 */
const spacingOnly = (text: string, f: Finding): boolean => {
  const plain = (x: string): string => x.replace(/[\u00a0\u202f]/g, ' ');
  return f.rule === 'number-format' && !!f.fixes?.length && f.fixes.every((x) => x.edits.every((e) => /[ ]/.test(text.slice(e.start, e.end)) && plain(text.slice(e.start, e.end)) === plain(e.newText)));
};

function scoreFigures(dir: string): void {
  const cases = readFileSync(join(dir, 'figures', 'cases.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as FigureCase);
  const stats = new Map(FIGURE_RULES.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const kinds = new Map<string, { flagged: number; caught: number; clean: number; quiet: number }>();
  let all = { tp: 0, fp: 0, fn: 0 };
  let spacing = 0;
  for (const c of cases) {
    const findings = analyze(c.text, { language: c.lang }).findings;
    spacing += findings.filter((f) => spacingOnly(c.text, f)).length;
    const found = new Set(findings.filter((f) => !spacingOnly(c.text, f)).map((f) => f.rule));
    const k = kinds.get(c.kind ?? '?') ?? { flagged: 0, caught: 0, clean: 0, quiet: 0 };
    kinds.set(c.kind ?? '?', k);
    let itemOk = true;
    for (const r of FIGURE_RULES) {
      const s = stats.get(r)!;
      const want = c.rules.includes(r);
      const got = found.has(r);
      if (want && got) s.tp++;
      else if (got) s.fp++;
      else if (want) s.fn++;
      if (want !== got) itemOk = false;
      if (verbose && want !== got) console.log(`  ${want ? 'MISS ' : 'FALSE'} ${r.padEnd(18)} [${c.lang}] [${c.kind}] ${c.text}`);
    }
    if (c.rules.length) { k.flagged++; if (itemOk) k.caught++; } else { k.clean++; if (itemOk) k.quiet++; }
  }
  for (const s of stats.values()) all = { tp: all.tp + s.tp, fp: all.fp + s.fp, fn: all.fn + s.fn };
  console.log(`blind figures (${dir}): ${cases.length} cases (${cases.filter((c) => c.rules.length).length} flagged, ${cases.filter((c) => !c.rules.length).length} correct)`);
  console.log(`  ${'rule'.padEnd(20)}   tp   fp   fn  recall  precision    F1`);
  for (const [r, s] of stats) {
    const x = f1(s.tp, s.fp, s.fn);
    console.log(`  ${r.padEnd(20)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${x.r.toFixed(3).padStart(7)} ${x.p.toFixed(3).padStart(10)} ${x.f.toFixed(3).padStart(6)}`);
  }
  const x = f1(all.tp, all.fp, all.fn);
  console.log(`  (${spacing} number-format findings that only ask for a no-break space where the case has an ordinary one are not counted)`);
  console.log(`  all figure rules: recall ${x.r.toFixed(3)}, precision ${x.p.toFixed(3)}, F1 ${x.f.toFixed(3)} (target ≥ 0.8)`);
  console.log('  per kind: flagged items caught exactly / flagged, correct items left alone / correct');
  for (const [k, c] of [...kinds].sort()) console.log(`    ${k.padEnd(26)} ${c.caught}/${c.flagged}   ${c.quiet}/${c.clean}`);

  const draftsFile = join(dir, 'figures', 'drafts.json');
  if (!existsSync(draftsFile)) return;
  const drafts = JSON.parse(readFileSync(draftsFile, 'utf8')) as { id: string; lang: Language; text: string }[];
  let warn = 0, other = 0;
  for (const d of drafts) {
    for (const f of analyze(d.text, { language: d.lang }).findings) {
      if (!FIGURE_RULES.includes(f.rule) || spacingOnly(d.text, f)) continue;
      if (rank[f.severity] >= rank.warning) warn++;
      else other++;
      if (verbose) console.log(`  draft ${d.id} ${f.rule} (${f.severity}): "${d.text.slice(f.start, f.end)}" ${f.message}`);
    }
  }
  console.log(`  correct drafts: ${drafts.length}; figure findings at warning or error ${warn} (target 0), below warning ${other}`);
}

// ── typography ───────────────────────────────────────────────────────────────────────────
interface TypoCase { lang: Language; text: string; flag: string[]; fixed: string; kind?: string }
// The space before % is number-format's (one problem, one finding), so both rules count here.
const TYPO_RULES: RuleId[] = ['typography', 'number-format'];

function applyAll(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => f.fixes?.find((x) => x.fixAll)?.edits ?? f.fixes?.[0]?.edits ?? []).sort((a, b) => b.start - a.start);
  let out = text;
  let last = Infinity;
  for (const e of edits) {
    if (e.end > last) continue;
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    last = e.start;
  }
  return out;
}

function scoreTypography(dir: string): void {
  const cases = JSON.parse(readFileSync(join(dir, 'typography', 'cases.json'), 'utf8')) as TypoCase[];
  let tp = 0, fp = 0, fn = 0, exact = 0, flaggedN = 0;
  const kinds = new Map<string, { ok: number; n: number }>();
  for (const c of cases) {
    const findings = analyze(c.text, { language: c.lang }).findings.filter((f) => TYPO_RULES.includes(f.rule));
    const m = matchSpans(c.text, findings, c.flag);
    tp += m.tp;
    fp += m.fp.length;
    fn += m.fn.length;
    const fixedOk = applyAll(c.text, findings) === c.fixed;
    if (c.flag.length) { flaggedN++; if (fixedOk) exact++; }
    const k = kinds.get(c.kind ?? '?') ?? { ok: 0, n: 0 };
    k.n++;
    if (!m.fp.length && !m.fn.length) k.ok++;
    kinds.set(c.kind ?? '?', k);
    if (verbose) {
      for (const f of m.fp) console.log(`  FP [${c.kind}] "${c.text.slice(f.start, f.end)}" ${f.message} ⟵ ${JSON.stringify(c.text)}`);
      for (const e of m.fn) console.log(`  FN [${c.kind}] ${JSON.stringify(e)} ⟵ ${JSON.stringify(c.text)}`);
      if (c.flag.length && !fixedOk) console.log(`  FIX [${c.kind}] ${JSON.stringify(applyAll(c.text, findings))} ≠ ${JSON.stringify(c.fixed)}`);
    }
  }
  const x = f1(tp, fp, fn);
  console.log(`blind typography (${dir}): ${cases.length} cases (${cases.filter((c) => c.flag.length).length} flagged, ${cases.filter((c) => !c.flag.length).length} correct)`);
  console.log(`  problems found ${tp}/${tp + fn}, false alarms ${fp}: recall ${x.r.toFixed(3)}, precision ${x.p.toFixed(3)}, F1 ${x.f.toFixed(3)} (target ≥ 0.9)`);
  console.log(`  flagged cases brought exactly to the expected text by one fix-all pass: ${exact}/${flaggedN}`);
  console.log('  per kind (cases entirely right / cases):');
  for (const [k, c] of [...kinds].sort()) console.log(`    ${k.padEnd(28)} ${c.ok}/${c.n}`);
}

const which = process.argv[2];
const scorers: Record<string, (dir: string) => void> = { names: scoreNames, quotes: scoreQuotes, figures: scoreFigures, typography: scoreTypography };
if (!scorers[which]) {
  console.error('usage: tsx scripts/eval-blind.ts names|quotes|figures|typography [--verbose] [--set DIR]');
  process.exit(2);
}
for (const dir of sets()) {
  if (existsSync(join(dir, which))) {
    console.log('');
    scorers[which](dir);
  }
}
