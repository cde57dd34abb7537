// Plain data shared by the engine and its adapters. Offsets are UTF-16 code units into the
// original text, end exclusive, because that is what VS Code and LSP use.
import type { SourceIndex } from './sources/types';

export type Language = 'fr' | 'en';
export type LanguageSetting = Language | 'auto';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type RuleId =
  | 'name-variant'
  | 'name-style'
  | 'quote-unclosed'
  | 'quote-mismatch'
  | 'quote-style'
  | 'quote-unmarked'
  | 'quote-unattributed'
  | 'quote-source'
  | 'number-conflict'
  | 'number-arithmetic'
  | 'number-format'
  | 'typography';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

/** A fix the adapters can offer. `edits` apply to the analysed document only. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Marks the fix an editor may apply with source.fixAll.copydesk. */
  fixAll?: boolean;
  /** Set when the fix is the obvious one (VS Code's isPreferred). */
  preferred?: boolean;
}

export interface Related extends Span {
  message: string;
}

export interface Finding extends Span {
  rule: RuleId;
  severity: Severity;
  message: string;
  related?: Related[];
  fixes?: Fix[];
  /** Rule-specific plain data the adapters may use (hover text, workspace-wide fixes). */
  data?: Record<string, unknown>;
}

/** A paragraph of prose: the unit within which quotation marks must balance. */
export interface Paragraph extends Span {
  /** Markdown block kind, or 'paragraph' for plain text. */
  kind: string;
}

export interface Prose {
  /**
   * The original text with everything that is not prose (code, URLs, link targets, HTML,
   * front matter, Markdown syntax) replaced by spaces; line breaks are kept, so offsets
   * and line numbers are the original ones.
   */
  text: string;
  paragraphs: Paragraph[];
}

export interface NameFact extends Span {
  text: string;
  /** Id shared by every spelling of one entity. */
  entity: string;
  type?: 'person' | 'place' | 'organisation' | 'unknown';
  /** True where this spelling is not the entity's preferred one. */
  variant?: boolean;
  /** On a variant: the edits that give this mention the entity's preferred spelling. */
  edits?: TextEdit[];
}

export interface FigureFact extends Span {
  text: string;
  value: number;
  unit?: string;
  kind: string;
  approximate?: boolean;
  qualifies?: string;
  derived?: Record<string, unknown>;
  /** Value of one unit of the last printed digit (31,17 milliards → 1e7): the rounding step. */
  step?: number;
  /** For a range (10–12 %): low and high values; `value` is then the midpoint. */
  range?: [number, number];
  /** Why the reading of the numeral is uncertain (1,234 in French), when the document did not settle it. */
  ambiguous?: string;
  /** 'change' for an amount of change (a augmenté de 23,6 %), 'level' otherwise. */
  role?: 'level' | 'change';
  /** The period the figure refers to, where the sentence gives one (a year, 'previous-year'). */
  period?: string;
  /** The digits as printed: span, integer digits, decimals, thousands separator ('' when none), decimal separator ('' when none). */
  numeral?: Span & { int: string; frac: string; group: string; decimal: string };
}

export type QuoteMarkRole = 'open' | 'close';

export interface QuoteMark extends Span {
  char: string;
  role: QuoteMarkRole;
}

export interface QuoteFact extends Span {
  text: string;
  /** Inner text span, marks excluded. */
  inner: Span;
  open: QuoteMark;
  close: QuoteMark;
  /** 0 for an outermost quotation, 1 inside another, and so on. */
  level: number;
  /** Opened in one style and closed in another. */
  mismatched?: boolean;
  speaker?: string;
  /** 'speech' or 'words' (titles, terms, scare quotes). */
  kind?: 'speech' | 'words';
  source?: QuoteSource;
  /** Direct speech found without quotation marks (quote-unmarked). Its marks are empty (zero-width). */
  unmarked?: boolean;
  /** Where the speaker is named in the text (for a pronoun, the name it stands for). */
  speakerSpan?: Span;
  /** The names stage's entity for the speaker, when one overlaps the speaker's mention. */
  speakerEntity?: string;
  /** The attribution phrase (« a déclaré X », "he said"), when there is one next to the quotation. */
  attribution?: Span;
  /** Indexes into prose.paragraphs of the first and last paragraph the quotation spans. */
  paragraphs?: [number, number];
}

/** What the source documents say about a quotation (quote-source). */
export interface QuoteSource {
  status: 'verbatim' | 'altered' | 'not-found' | 'other-language' | 'unchecked';
  /** Source document path and 1-based line of the passage. */
  path?: string;
  line?: number;
  /** The closest passage, as written in the source. */
  passage?: string;
  /** Word-level difference from the passage to the quotation. */
  diff?: DiffPart[];
  /** How many source documents were searched. */
  searched?: number;
}

export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One person, place or organisation and every spelling the draft gives it. */
export interface EntityFact {
  id: string;
  type: 'person' | 'place' | 'organisation' | 'unknown';
  preferred: string;
  /** Why that spelling is preferred: the house list, the first full-name mention, or the majority. */
  reason: 'house' | 'first-full' | 'majority';
  spellings: { text: string; count: number }[];
  /** The draft itself spells the entity two or more ways (name-variant); otherwise only the house list differs (name-style). */
  conflict?: boolean;
  /** Word spellings in the draft that differ from the preferred ones (Nourchev for Nuryshev). */
  variants?: string[];
  /** The house name list entry the entity matched. */
  house?: { id: string; name: string; preferred: string; variants: string[]; note?: string };
}

export interface Facts {
  names: NameFact[];
  entities: EntityFact[];
  figures: FigureFact[];
  quotes: QuoteFact[];
  /** Marks that open a quotation that never closes, or close one that was never opened. */
  strayMarks: QuoteMark[];
  sentences: Span[];
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface AnalyzeOptions {
  /** Markdown is parsed; plain text is all prose. Default: markdown. */
  format?: 'markdown' | 'plaintext';
  language?: LanguageSetting;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /**
   * House name list: the parsed JSON of .copydesk/names.json (the adapters read the file), or
   * the `list` returned by parseHouseNames. Invalid content is ignored here (parseHouseNames
   * reports it).
   */
  houseNames?: unknown;
  /** Source documents for quote-source: path and text, read by the adapters. */
  sources?: SourceDocument[];
  /** Prebuilt index of the source documents (buildSourceIndex), reused across analyses; wins over `sources`. */
  sourceIndex?: SourceIndex;
  /**
   * Typography conventions turned off (ids from src/core/typography/problem.ts) and the no-break
   * space the French fixes insert before ; ! ? (default U+202F; either is accepted when found).
   */
  typography?: { off?: string[]; highSpace?: 'U+202F' | 'U+00A0' };
  /** Optional cache that makes re-analysis of an edited document cheaper. */
  cache?: AnalysisCache;
}

export interface SourceDocument {
  path: string;
  text: string;
}

export interface AnalysisCache {
  blocks: Map<string, string>;
}

export interface Analysis {
  language: Language;
  prose: Prose;
  facts: Facts;
  findings: Finding[];
}
