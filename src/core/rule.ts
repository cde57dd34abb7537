// What a rule is: one module with an id, a default severity and a pure function from the
// analysed document to findings. Severity and on/off come from the options afterwards.
import type { Finding, Language, Prose, RuleId, Severity, Facts, AnalyzeOptions } from './types';

export interface RuleContext {
  text: string;
  prose: Prose;
  language: Language;
  facts: Facts;
  options: AnalyzeOptions;
}

/**
 * A finding before the registry stamps the rule id and the severity on it. A rule may grade
 * its own findings (`severity`, e.g. quote-source: altered → warning, not found → information);
 * a severity set in the user's settings always wins.
 */
export type Draft = Omit<Finding, 'rule' | 'severity'> & { severity?: Severity };

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for docs and settings, in English and French. */
  description: { en: string; fr: string };
  check(ctx: RuleContext): Draft[];
}

/** Picks the message for the document's language. */
export const say = (lang: Language, en: string, fr: string): string => (lang === 'fr' ? fr : en);
