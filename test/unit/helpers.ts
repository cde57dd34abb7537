// Small helpers shared by the unit tests.
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions, Finding, RuleId } from '../../src/core/types';
import { readdirSync, statSync } from 'fs';
import { join } from 'path';

export function findings(text: string, rule: RuleId, options: AnalyzeOptions = {}): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === rule);
}

/** The text each finding covers, for readable assertions. */
export function covered(text: string, rule: RuleId, options: AnalyzeOptions = {}): string[] {
  return findings(text, rule, options).map((f) => text.slice(f.start, f.end));
}

/** Applies a fix's edits (back to front) and returns the new text. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** Every Markdown and text draft below a folder (blind sets left out: they are scored, never tested). */
export function draftFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'blind' ? [] : draftFiles(p);
    return /\.(md|txt)$/.test(f) ? [p] : [];
  });
}
