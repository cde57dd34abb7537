// "Copydesk: Check All Drafts": every draft of the workspace checked once, with a progress
// notification that can be cancelled; results go to the Problems panel. Drafts are the files
// the `copydesk.include` glob matches, minus `files.exclude` (VS Code applies it) and the source
// documents of `copydesk.sources`. An open draft keeps its live diagnostics; a closed one gets
// this check's until it is opened.
import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import { lineIndex } from '../core/positions';
import type { LanguageSetting } from '../core/types';
import type { DiagnosticsPublisher } from './diagnostics';
import type { HouseNamesStore } from './houseNames';
import type { SourcesStore } from './sources';
import { SEVERITY } from './convert';

export class WorkspaceCheck implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk-workspace');

  constructor(
    private readonly live: DiagnosticsPublisher,
    private readonly houseNames: HouseNamesStore,
    private readonly sources: SourcesStore,
  ) {}

  /** An opened draft is checked live: its workspace-check results step aside. */
  opened(doc: vscode.TextDocument): void {
    this.collection.delete(doc.uri);
  }

  async run(): Promise<{ drafts: number; findings: number; cancelled: boolean }> {
    const include = vscode.workspace.getConfiguration('copydesk').get<string>('include', '**/*.{md,markdown,txt}');
    const uris = await vscode.workspace.findFiles(include, '{**/node_modules/**,**/.git/**,**/.copydesk/**}');
    let drafts = 0;
    let findings = 0;
    let cancelled = false;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Copydesk: checking the drafts of the workspace'), cancellable: true },
      async (progress, token) => {
        for (const uri of uris) {
          if (token.isCancellationRequested) {
            cancelled = true;
            break;
          }
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
          if (this.sources.isSourceUri(uri)) continue; // a source is evidence, not a draft
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open) {
            this.live.publish(open);
            drafts++;
            findings += vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk').length;
            continue;
          }
          let text: string;
          try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
          } catch {
            continue; // binary or unreadable: not a draft
          }
          const c = vscode.workspace.getConfiguration('copydesk', uri);
          if (text.length > c.get<number>('maxDocumentSize', 1_000_000)) continue;
          const analysis = analyze(text, {
            format: /\.txt$/i.test(uri.path) ? 'plaintext' : 'markdown',
            language: c.get<LanguageSetting>('documentLanguage', 'auto'),
            houseNames: this.houseNames.forUri(uri),
          });
          const at = lineIndex(text);
          const pos = (o: number): vscode.Position => {
            const p = at(o);
            return new vscode.Position(p.line, p.character);
          };
          this.collection.set(
            uri,
            analysis.findings.map((f) => {
              const d = new vscode.Diagnostic(new vscode.Range(pos(f.start), pos(f.end)), f.message, SEVERITY[f.severity]);
              d.source = 'Copydesk';
              d.code = f.rule;
              return d;
            }),
          );
          drafts++;
          findings += analysis.findings.length;
          // let the extension host breathe between drafts
          await new Promise((r) => setTimeout(r, 0));
        }
      },
    );
    const message = cancelled
      ? vscode.l10n.t('Copydesk stopped after {0} draft(s): {1} finding(s) so far.', drafts, findings)
      : vscode.l10n.t('Copydesk checked {0} draft(s): {1} finding(s), listed in the Problems panel.', drafts, findings);
    void vscode.window.showInformationMessage(message);
    return { drafts, findings, cancelled };
  }

  dispose(): void {
    this.collection.dispose();
  }
}
