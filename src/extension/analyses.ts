// One analysis per document version, shared by diagnostics, code actions, hovers and
// decorations, so a keystroke costs one analysis however many features ask.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis, AnalysisCache, AnalyzeOptions } from '../core/types';
import { readConfig } from './config';

interface Entry {
  version: number;
  key: string;
  analysis: Analysis;
  blocks: AnalysisCache;
}

/** Extra options from files the adapter reads (house name list, sources), per workspace folder. */
export type ExtraOptions = (doc: vscode.TextDocument) => Partial<AnalyzeOptions>;

/** Length of a document in UTF-16 code units, without copying its text. */
const size = (doc: vscode.TextDocument): number => doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);

export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  constructor(private readonly extra: ExtraOptions = () => ({})) {}

  /** The analysis of the document as it is now, computed only if its version changed. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    const config = readConfig(doc);
    if (!config.enabled || size(doc) > config.maxSize) return undefined;
    const id = doc.uri.toString();
    const key = `${this.generation}|${JSON.stringify(config.options)}`;
    const old = this.entries.get(id);
    if (old && old.version === doc.version && old.key === key) return old.analysis;
    const blocks = old?.blocks ?? { blocks: new Map() };
    const analysis = analyze(doc.getText(), { ...config.options, ...this.extra(doc), cache: blocks });
    this.entries.set(id, { version: doc.version, key, analysis, blocks });
    return analysis;
  }

  /** Over the size setting, a document is left unchecked rather than freezing the editor on each keystroke. */
  tooLarge(doc: vscode.TextDocument): boolean {
    const config = readConfig(doc);
    return config.enabled && size(doc) > config.maxSize;
  }

  /** The cached analysis without computing one (for code paths that must stay cheap). */
  peek(doc: vscode.TextDocument): Analysis | undefined {
    const e = this.entries.get(doc.uri.toString());
    return e && e.version === doc.version ? e.analysis : undefined;
  }

  forget(doc: vscode.TextDocument): void {
    this.entries.delete(doc.uri.toString());
  }

  /** Settings, house list or sources changed: every analysis is stale. */
  invalidate(): void {
    this.generation++;
  }
}
