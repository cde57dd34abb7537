// Hovers on names, figures and quotations: the engine writes the Markdown, this shows it,
// turning source references (`path:line`) into links that open the source at that line.
import * as vscode from 'vscode';
import { hoverAt } from '../core/hover';
import type { Analyses } from './analyses';
import { range } from './convert';

export type SourceResolver = (doc: vscode.TextDocument, path: string) => vscode.Uri | undefined;

export class CopydeskHover implements vscode.HoverProvider {
  constructor(
    private readonly analyses: Analyses,
    private readonly resolveSource: SourceResolver = () => undefined,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyses.get(doc);
    if (!analysis) return undefined;
    const offset = doc.offsetAt(position);
    const text = hoverAt(analysis, offset);
    if (!text) return undefined;
    const linked = text.replace(/`([^`\n]+):(\d+)`/g, (whole, path: string, line: string) => {
      const uri = this.resolveSource(doc, path);
      return uri ? `[${path}:${line}](${uri.with({ fragment: `L${line}` }).toString()})` : whole;
    });
    const f = analysis.facts;
    const under = [...f.figures, ...f.names, ...f.quotes].find((s) => s.start <= offset && offset <= s.end);
    return new vscode.Hover(new vscode.MarkdownString(linked), under && range(doc, under));
  }
}
