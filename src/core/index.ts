// The engine as a library (exports["./core"]): analyze() and the plain-data types.
export { analyze } from './analyze';
export { RULES, RULE_IDS } from './rules';
export { extractProse } from './prose';
export { detectLanguage } from './language';
export { lineIndex, type Position } from './positions';
export type * from './types';
export { buildFactSheet, factSheetMarkdown, parseSavedFactSheet, stateOf, withState, type FactItem, type FactSheet, type FactState, type SavedFactSheet } from './factsheet';
