// Findings → the Problems panel, on open, on change (debounced) and on close.
import * as vscode from 'vscode';
import type { Analyses } from './analyses';
import { readConfig } from './config';
import { range, SEVERITY } from './convert';

export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly listeners: ((doc: vscode.TextDocument) => void)[] = [];

  constructor(
    private readonly analyses: Analyses,
    private readonly rulesDoc: vscode.Uri,
  ) {}

  /** Called after each publication (decorations, status bar follow the same analysis). */
  onPublished(f: (doc: vscode.TextDocument) => void): void {
    this.listeners.push(f);
  }

  schedule(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    clearTimeout(this.timers.get(id));
    const delay = readConfig(doc).debounce;
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        this.publish(doc);
      }, delay),
    );
  }

  publish(doc: vscode.TextDocument): void {
    if (doc.isClosed) return;
    let analysis;
    try {
      analysis = this.analyses.get(doc);
    } catch (err) {
      // One document the engine cannot handle must not take the extension down with it.
      this.collection.delete(doc.uri);
      void vscode.window.showErrorMessage(vscode.l10n.t('Copydesk could not check {0}: {1}', vscode.workspace.asRelativePath(doc.uri), String(err)));
      return;
    }
    if (!analysis) {
      this.collection.delete(doc.uri);
    } else {
      this.collection.set(
        doc.uri,
        analysis.findings.map((f) => {
          const d = new vscode.Diagnostic(range(doc, f), f.message, SEVERITY[f.severity]);
          d.source = 'Copydesk';
          d.code = { value: f.rule, target: this.rulesDoc.with({ fragment: f.rule }) };
          if (f.related?.length) {
            d.relatedInformation = f.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(doc.uri, range(doc, r)), r.message));
          }
          return d;
        }),
      );
    }
    for (const l of this.listeners) l(doc);
  }

  clear(doc: vscode.TextDocument): void {
    const id = doc.uri.toString();
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.collection.delete(doc.uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.collection.dispose();
  }
}
