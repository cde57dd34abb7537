// What every fact extractor receives: the prose (already blanked of Markdown syntax), the
// document language, sentence spans and the caller's options. Extractors are pure.
import type { AnalyzeOptions, Language, Prose, Span } from './types';

export interface StageInput {
  /** Original text; use prose.text for matching, this one only to build edits. */
  text: string;
  prose: Prose;
  language: Language;
  sentences: Span[];
  options: AnalyzeOptions;
}
