// The decoration layer: names, figures and quotations highlighted from the engine's facts,
// in colours the theme or the user can override (contributes.colors).
import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/types';
import { readConfig } from './config';
import { range } from './convert';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(id);

type Layer = 'name' | 'nameNotable' | 'nameVariant' | 'figure' | 'figureMoney' | 'figurePercent' | 'quote' | 'quoteUnmarked';

export class Decorations implements vscode.Disposable {
  private readonly types: Record<Layer, vscode.TextEditorDecorationType> = {
    // calm by default: a thin underline; a background only where the entity needs a look
    name: vscode.window.createTextEditorDecorationType({ borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: color('copydesk.nameUnderline') }),
    nameNotable: vscode.window.createTextEditorDecorationType({ backgroundColor: color('copydesk.nameBackground') }),
    nameVariant: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('copydesk.nameBackground'),
      borderWidth: '1px',
      borderStyle: 'solid',
      borderColor: color('copydesk.nameVariantBorder'),
    }),
    figure: vscode.window.createTextEditorDecorationType({ backgroundColor: color('copydesk.figureBackground') }),
    figureMoney: vscode.window.createTextEditorDecorationType({ backgroundColor: color('copydesk.figureMoneyBackground') }),
    figurePercent: vscode.window.createTextEditorDecorationType({ backgroundColor: color('copydesk.figurePercentBackground') }),
    quote: vscode.window.createTextEditorDecorationType({ backgroundColor: color('copydesk.quoteBackground') }),
    quoteUnmarked: vscode.window.createTextEditorDecorationType({
      borderWidth: '0 0 2px 0',
      borderStyle: 'dotted',
      borderColor: color('copydesk.quoteUnmarkedBorder'),
    }),
  };
  /** Switched by the toggle command, on top of the per-kind settings. */
  enabled = true;

  /** Which spans each layer paints, from the analysis and the highlight settings. */
  static layers(analysis: Analysis | undefined, show: { names: boolean; figures: boolean; quotes: boolean }): Record<Layer, Span[]> {
    const out: Record<Layer, Span[]> = { name: [], nameNotable: [], nameVariant: [], figure: [], figureMoney: [], figurePercent: [], quote: [], quoteUnmarked: [] };
    if (!analysis) return out;
    const f = analysis.facts;
    if (show.names) {
      // strong only for an entity spelled several ways or in the house list; the other spelling boxed
      const notable = new Set(f.entities.filter((e) => e.conflict || e.house || e.spellings.length > 1).map((e) => e.id));
      for (const n of f.names) out[n.variant ? 'nameVariant' : notable.has(n.entity) ? 'nameNotable' : 'name'].push(n);
    }
    if (show.figures) {
      // figures that carry a quantity: digits, money, percentages; not years, dates, ordinals or number words (« deux »)
      for (const g of f.figures) {
        if (g.kind === 'year' || g.kind === 'date' || g.kind === 'ordinal' || !/\d/.test(g.text)) continue;
        out[g.kind === 'money' ? 'figureMoney' : g.kind === 'percent' || g.kind === 'percentage-points' ? 'figurePercent' : 'figure'].push(g);
      }
    }
    if (show.quotes) for (const q of f.quotes) out[q.unmarked ? 'quoteUnmarked' : 'quote'].push(q);
    return out;
  }

  apply(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const config = readConfig(editor.document);
    const show = this.enabled ? config.highlight : { names: false, figures: false, quotes: false };
    const layers = Decorations.layers(config.enabled ? analysis : undefined, show);
    for (const layer of Object.keys(this.types) as Layer[]) {
      editor.setDecorations(
        this.types[layer],
        layers[layer].map((s) => range(editor.document, s)),
      );
    }
  }

  dispose(): void {
    for (const t of Object.values(this.types)) t.dispose();
  }
}
