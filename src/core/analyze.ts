// The engine's one entry point: text in, { language, facts, findings } out.
import { extractProse } from './prose';
import { resolveLanguage } from './language';
import { splitSentences } from './sentences';
import { pairQuotes } from './quotes/pairing';
import { RULES } from './rules';
import { extractNames } from './names';
import { extractFigures } from './figures';
import { enrichQuotes } from './quotes';
import type { StageInput } from './stage';
import type { Analysis, AnalyzeOptions, Facts, Finding } from './types';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const prose = extractProse(text, options.format ?? 'markdown', options.cache);
  const language = resolveLanguage(options.language, prose.text);
  const sentences = splitSentences(prose.text, prose.paragraphs);
  const input: StageInput = { text, prose, language, sentences, options };
  const pairing = pairQuotes(prose.text, prose.paragraphs, text);
  const { names, entities } = extractNames(input);
  const facts: Facts = {
    names,
    entities,
    figures: extractFigures(input),
    quotes: enrichQuotes(input, pairing.quotes, names),
    strayMarks: pairing.stray,
    sentences,
  };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting?.enabled === false) continue;
    for (const d of rule.check({ text, prose, language, facts, options })) {
      const severity = setting?.severity ?? d.severity ?? rule.defaultSeverity;
      findings.push({ ...d, rule: rule.id, severity });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { language, prose, facts, findings };
}
