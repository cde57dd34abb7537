// Hovers on names, figures and quotations: the engine writes the Markdown, this shows it.
import * as vscode from 'vscode';
import { hoverAt } from '../core/hover';
import type { Analyses } from './analyses';
import { range } from './convert';

export class CopydeskHover implements vscode.HoverProvider {
  constructor(private readonly analyses: Analyses) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyses.get(doc);
    if (!analysis) return undefined;
    const offset = doc.offsetAt(position);
    const text = hoverAt(analysis, offset);
    if (!text) return undefined;
    const md = new vscode.MarkdownString(text);
    md.isTrusted = { enabledCommands: ['vscode.open'] };
    const f = analysis.facts;
    const under = [...f.figures, ...f.names, ...f.quotes].find((s) => s.start <= offset && offset <= s.end);
    return new vscode.Hover(md, under && range(doc, under));
  }
}
