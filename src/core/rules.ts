// The rule registry: adding a rule is one import and one line here.
import type { Rule } from './rule';
import type { RuleId } from './types';
import { NAME_RULES } from './names/rules';
import { FIGURE_RULES } from './figures/rules';
import { QUOTE_RULES } from './quotes/rules';
import { typography } from './typography/typography';

export const RULES: readonly Rule[] = [...NAME_RULES, ...QUOTE_RULES, ...FIGURE_RULES, typography];

export const RULE_IDS: readonly RuleId[] = [
  'name-variant',
  'name-style',
  'quote-unclosed',
  'quote-mismatch',
  'quote-style',
  'quote-unmarked',
  'quote-unattributed',
  'quote-source',
  'number-conflict',
  'number-arithmetic',
  'number-format',
  'typography',
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
