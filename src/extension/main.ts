// Copydesk's editor adapter: wires the engine to diagnostics, quick fixes, decorations and
// the status bar. No analysis logic lives here.
import * as vscode from 'vscode';
import { Analyses } from './analyses';
import { CopydeskCodeActions } from './codeActions';
import { readConfig } from './config';
import { Decorations } from './decorations';
import { DiagnosticsPublisher } from './diagnostics';
import { StatusBar } from './statusBar';
import { registerFactSheet } from './factSheet';
import { WorkspaceCheck } from './workspaceCheck';
import { HouseNamesStore } from './houseNames';
import { SourcesStore } from './sources';
import { CopydeskHover } from './hover';
import { nameActionContributor, registerNameCommands } from './nameActions';
import type { Span } from '../core/types';

export interface CopydeskApi {
  /** Settles once the house name list and the source documents have been read. */
  ready: Promise<unknown>;
  /** The spans each highlight layer paints in a document (for tests and other extensions). */
  highlights(uri: vscode.Uri): Record<string, Span[]>;
  /** The fact sheet view's nodes, groups first then their items (for tests and other extensions). */
  factSheet(): { groups: unknown[]; items: unknown[] };
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const houseNames = new HouseNamesStore();
  const sources = new SourcesStore();
  const analyses = new Analyses((doc) => ({ houseNames: houseNames.forDocument(doc), sourceIndex: sources.forDocument(doc) }));
  const rulesDoc = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules.md');
  const diagnostics = new DiagnosticsPublisher(analyses, rulesDoc);
  const decorations = new Decorations();
  const status = new StatusBar();
  const sub = context.subscriptions;
  sub.push(diagnostics, decorations, status, houseNames, sources);

  const factSheet = registerFactSheet(analyses);
  const workspaceCheck = new WorkspaceCheck(diagnostics, houseNames, sources);
  sub.push(workspaceCheck);
  sub.push(...factSheet.disposables);
  const refreshEditors = (doc: vscode.TextDocument): void => {
    for (const e of vscode.window.visibleTextEditors) if (e.document === doc) decorations.apply(e, analyses.peek(doc));
    if (vscode.window.activeTextEditor?.document === doc) {
      status.show(doc, analyses.peek(doc), analyses.tooLarge(doc));
      factSheet.view.show(doc);
    }
  };
  diagnostics.onPublished(refreshEditors);

  const recheckAll = (): void => {
    analyses.invalidate();
    for (const doc of vscode.workspace.textDocuments) diagnostics.publish(doc);
  };

  sub.push(
    houseNames.onDidChange(recheckAll),
    sources.onDidChange(recheckAll),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      workspaceCheck.opened(doc);
      diagnostics.publish(doc);
    }),
    vscode.commands.registerCommand('copydesk.checkWorkspace', () => workspaceCheck.run()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) diagnostics.schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      diagnostics.clear(doc);
      analyses.forget(doc);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('copydesk.namesFile')) void houseNames.load();
      if (e.affectsConfiguration('copydesk.sources')) void sources.load();
      if (e.affectsConfiguration('copydesk')) recheckAll();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      void houseNames.load();
      void sources.load();
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const e of editors) {
        // A document shown again after its tab was closed is still open to VS Code: check it anew.
        if (!diagnostics.collection.has(e.document.uri)) diagnostics.publish(e.document);
        else decorations.apply(e, analyses.peek(e.document));
      }
    }),
    // VS Code keeps a closed tab's document alive for a while; an editor expects its problems to go with the tab.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map(tabUri).filter(Boolean));
      for (const tab of e.closed) {
        const uri = tabUri(tab);
        if (!uri || open.has(uri)) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
        if (doc && !doc.isDirty) {
          diagnostics.clear(doc);
          analyses.forget(doc);
        }
      }
    }),
    vscode.window.onDidChangeActiveTextEditor((e) => {
      status.show(e?.document, e ? analyses.peek(e.document) : undefined, !!e && analyses.tooLarge(e.document));
      // the sheet follows the active draft; an editor of another kind (output, settings) leaves it as it is
      if (e && readConfig(e.document).enabled) factSheet.view.show(e.document);
    }),
    vscode.languages.registerCodeActionsProvider([{ language: 'markdown' }, { language: 'plaintext' }], new CopydeskCodeActions(analyses, [nameActionContributor(houseNames, analyses)]), {
      providedCodeActionKinds: CopydeskCodeActions.kinds,
    }),
    ...registerNameCommands(houseNames, sources),
    vscode.languages.registerHoverProvider([{ language: 'markdown' }, { language: 'plaintext' }], new CopydeskHover(analyses, (doc, path) => sources.resolve(doc, path))),
    vscode.commands.registerCommand('copydesk.recheck', () => {
      const doc = vscode.window.activeTextEditor?.document;
      if (!doc) return;
      analyses.forget(doc);
      diagnostics.publish(doc);
      // say what the check found: the Problems panel may be closed
      const analysis = analyses.peek(doc);
      if (analysis) {
        const hints = analysis.findings.filter((f) => f.severity === 'hint').length;
        vscode.window.setStatusBarMessage(
          vscode.l10n.t('Copydesk checked {0}: {1} finding(s), {2} typography hint(s).', vscode.workspace.asRelativePath(doc.uri), analysis.findings.length - hints, hints),
          5000,
        );
      } else if (analyses.tooLarge(doc)) vscode.window.setStatusBarMessage(vscode.l10n.t('Copydesk does not check this document: it is larger than the copydesk.maxDocumentSize setting.'), 5000);
    }),
    vscode.commands.registerCommand('copydesk.toggleHighlights', () => {
      decorations.enabled = !decorations.enabled;
      for (const e of vscode.window.visibleTextEditors) decorations.apply(e, analyses.peek(e.document));
    }),
  );

  for (const doc of vscode.workspace.textDocuments) diagnostics.publish(doc);
  // The list and the sources are read after the first check, so opening a draft never waits on I/O.
  const ready = Promise.all([houseNames.load(), sources.load()]);

  return {
    ready,
    factSheet() {
      const groups = factSheet.view.getChildren();
      return { groups, items: groups.flatMap((g) => factSheet.view.getChildren(g)) };
    },
    highlights(uri) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      return Decorations.layers(doc && analyses.get(doc), doc ? readConfig(doc).highlight : { names: false, figures: false, quotes: false });
    },
  };
}

function tabUri(tab: vscode.Tab): string | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined;
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}
