// The house name list (.copydesk/names.json by default): read per workspace folder through
// vscode.workspace.fs, parsed by the engine, reloaded when the file changes. A bad list is
// reported once, as a diagnostic on the file itself and a message naming the entry; the rest
// of Copydesk keeps working without it.
import * as vscode from 'vscode';
import { parseHouseNames, type HouseNames } from '../core/names/house';
import { readConfig } from './config';

export class HouseNamesStore implements vscode.Disposable {
  private readonly lists = new Map<string, HouseNames | undefined>();
  private readonly problems = vscode.languages.createDiagnosticCollection('copydesk-names');
  private readonly watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  // Saving the list in the editor takes effect at once, whatever the file watcher reports.
  private readonly saved = vscode.workspace.onDidSaveTextDocument((doc) => {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const relative = folder && vscode.workspace.getConfiguration('copydesk', folder.uri).get<string>('namesFile', '.copydesk/names.json');
    if (folder && relative && vscode.Uri.joinPath(folder.uri, relative).toString() === doc.uri.toString()) {
      void this.loadFolder(folder, relative).then(() => this.changed.fire());
    }
  });

  async load(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.dispose();
    this.lists.clear();
    this.problems.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const relative = vscode.workspace.getConfiguration('copydesk', folder.uri).get<string>('namesFile', '.copydesk/names.json');
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, relative));
      const reload = (): void => void this.loadFolder(folder, relative).then(() => this.changed.fire());
      watcher.onDidChange(reload);
      watcher.onDidCreate(reload);
      watcher.onDidDelete(reload);
      this.watchers.push(watcher);
      await this.loadFolder(folder, relative);
    }
    this.changed.fire();
  }

  /** The parsed list for a document's workspace folder, if it has a valid one. */
  forDocument(doc: vscode.TextDocument): HouseNames | undefined {
    return this.forUri(doc.uri);
  }

  forUri(uri: vscode.Uri): HouseNames | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.lists.get(folder.uri.toString()) : undefined;
  }

  /** Where the list of a document's folder lives (it may not exist yet). */
  fileFor(doc: vscode.TextDocument): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, readConfig(doc).namesFile);
  }

  private async loadFolder(folder: vscode.WorkspaceFolder, relative: string): Promise<void> {
    const uri = vscode.Uri.joinPath(folder.uri, relative);
    this.problems.delete(uri);
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.lists.set(folder.uri.toString(), undefined); // no list: nothing to report
      return;
    }
    const label = vscode.workspace.asRelativePath(uri);
    const result = parseHouseNames(text, label);
    this.lists.set(folder.uri.toString(), result.list);
    if (result.errors.length) {
      const [err] = result.errors;
      const d = new vscode.Diagnostic(locate(text, err.message, err.entry), err.message, vscode.DiagnosticSeverity.Error);
      d.source = 'Copydesk';
      this.problems.set(uri, [d]);
      void vscode.window.showWarningMessage(vscode.l10n.t('Copydesk ignores the house name list until it is fixed: {0}', err.message));
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.saved.dispose();
    this.problems.dispose();
    this.changed.dispose();
  }
}

/** The range a house-list error points at: the JSON syntax position, or the entry's name. */
function locate(text: string, message: string, entry?: string): vscode.Range {
  const lc = /line (\d+), column (\d+)/.exec(message);
  if (lc) {
    const p = new vscode.Position(Math.max(0, +lc[1] - 1), Math.max(0, +lc[2] - 1));
    return new vscode.Range(p, p.translate(0, 1));
  }
  const named = entry && /\((.+)\)$/.exec(entry)?.[1];
  const needle = named ? JSON.stringify(named) : entry ? `"${entry.replace(/\[.*$/, '')}"` : undefined;
  const at = needle ? text.indexOf(needle) : -1;
  if (at < 0) return new vscode.Range(0, 0, 0, 1);
  const before = text.slice(0, at).split('\n');
  const line = before.length - 1;
  const ch = before[before.length - 1].length;
  return new vscode.Range(line, ch, line, ch + needle!.length);
}
