// Quotes stage: paired quotations enriched with speaker and kind, plus direct speech
// written without marks. UNFINISHED: filled in by the quotes issue (#5).
import type { StageInput } from '../stage';
import type { NameFact, QuoteFact } from '../types';

export function enrichQuotes(_input: StageInput, quotes: QuoteFact[], _names: NameFact[]): QuoteFact[] {
  return quotes;
}
