// A status bar entry: the language Copydesk reads the draft in, and how many findings.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);

  constructor() {
    this.item.name = 'Copydesk';
    this.item.command = 'workbench.actions.view.problems';
  }

  show(doc: vscode.TextDocument | undefined, analysis: Analysis | undefined, tooLarge = false): void {
    if (doc && tooLarge) {
      this.item.text = '$(circle-slash) Copydesk';
      this.item.tooltip = vscode.l10n.t('Copydesk does not check this document: it is larger than the copydesk.maxDocumentSize setting.');
      this.item.show();
      return;
    }
    if (!doc || !analysis) {
      this.item.hide();
      return;
    }
    // The Problems panel never lists hints: count them apart so that both numbers agree with it.
    const hints = analysis.findings.filter((f) => f.severity === 'hint').length;
    const n = analysis.findings.length - hints;
    this.item.text = `$(checklist) ${analysis.language.toUpperCase()} · ${n}${hints ? ` · ${vscode.l10n.t('{0} typo', hints)}` : ''}`;
    const language = analysis.language === 'fr' ? vscode.l10n.t('French') : vscode.l10n.t('English');
    this.item.tooltip = hints
      ? vscode.l10n.t('Copydesk reads this draft as {0}: {1} finding(s) in the Problems panel, and {2} typography hint(s) shown in the text only. Click to open the Problems panel.', language, n, hints)
      : vscode.l10n.t('Copydesk reads this draft as {0}: {1} finding(s). Click to open the Problems panel.', language, n);
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
