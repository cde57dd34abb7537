// Plain data shared by the engine and its adapters. Offsets are UTF-16 code units into the
// original text, end exclusive, because that is what VS Code and LSP use.

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
}

export interface FigureFact extends Span {
  text: string;
  value: number;
  unit?: string;
  kind: string;
  approximate?: boolean;
  qualifies?: string;
  derived?: Record<string, unknown>;
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
  source?: Record<string, unknown>;
  /** Direct speech found without quotation marks (quote-unmarked). */
  unmarked?: boolean;
}

/** One person, place or organisation and every spelling the draft gives it. */
export interface EntityFact {
  id: string;
  type: 'person' | 'place' | 'organisation' | 'unknown';
  preferred: string;
  /** Why that spelling is preferred: the house list, the first full-name mention, or the majority. */
  reason: 'house' | 'first-full' | 'majority';
  spellings: { text: string; count: number }[];
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
  /** Parsed house name list (the adapters read the file). */
  houseNames?: unknown;
  /** Source documents for quote-source: path and text, read by the adapters. */
  sources?: SourceDocument[];
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
