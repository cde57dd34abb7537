// Helpers for the typography tests: what one convention reports, and the text after fixing it.
import { analyze } from '../../src/core/analyze';
import type { AnalyzeOptions, Finding } from '../../src/core/types';
import { applyEdits } from './helpers';

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

export function conventionFindings(text: string, convention: string, options: AnalyzeOptions): Finding[] {
  return analyze(text, options).findings.filter((f) => f.rule === 'typography' && f.data?.convention === convention);
}

/** The text each finding of the convention covers. */
export const marks = (text: string, convention: string, options: AnalyzeOptions): string[] =>
  conventionFindings(text, convention, options).map((f) => text.slice(f.start, f.end));

/** The text with every typography fix applied once (one fix-all pass). */
export function fixAll(text: string, options: AnalyzeOptions): string {
  const edits = analyze(text, options).findings.filter((f) => f.rule === 'typography').flatMap((f) => f.fixes?.[0]?.edits ?? []);
  return applyEdits(text, edits);
}

/** The text with the convention's fixes applied once. */
export function fixConvention(text: string, convention: string, options: AnalyzeOptions): string {
  return applyEdits(text, conventionFindings(text, convention, options).flatMap((f) => f.fixes?.[0]?.edits ?? []));
}
