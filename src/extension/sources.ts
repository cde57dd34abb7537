// Source documents for quote-source, named by the copydesk.sources globs: found with
// workspace.findFiles, read with workspace.fs, indexed once by the engine, and re-indexed
// when one of them changes, so a keystroke in the draft never re-reads them.
import * as vscode from 'vscode';
import { buildSourceIndex, type SourceIndex } from '../core/sources';
import type { SourceDocument } from '../core/types';

const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export class SourcesStore implements vscode.Disposable {
  private readonly indexes = new Map<string, SourceIndex | undefined>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private pending: ReturnType<typeof setTimeout> | undefined;

  async load(): Promise<void> {
    for (const w of this.watchers.splice(0)) w.dispose();
    this.indexes.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const globs = vscode.workspace.getConfiguration('copydesk', folder.uri).get<string[]>('sources', []);
      for (const g of globs) {
        const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, g));
        const again = (): void => this.reloadSoon(folder, globs);
        w.onDidChange(again);
        w.onDidCreate(again);
        w.onDidDelete(again);
        this.watchers.push(w);
      }
      await this.loadFolder(folder, globs);
    }
    this.changed.fire();
  }

  forDocument(doc: vscode.TextDocument): SourceIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    return folder ? this.indexes.get(folder.uri.toString()) : undefined;
  }

  /** Paths of the source documents, so that a source is not itself checked as a draft. */
  isSource(doc: vscode.TextDocument): boolean {
    return this.isSourceUri(doc.uri);
  }

  isSourceUri(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const index = folder && this.indexes.get(folder.uri.toString());
    const rel = vscode.workspace.asRelativePath(uri, false);
    return !!index?.docs.some((d) => d.path === rel);
  }

  /** The file of a source document named by its path in the index (as hovers print it). */
  resolve(doc: vscode.TextDocument, path: string): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const index = folder && this.indexes.get(folder.uri.toString());
    return index?.docs.some((d) => d.path === path) ? vscode.Uri.joinPath(folder!.uri, path) : undefined;
  }

  private reloadSoon(folder: vscode.WorkspaceFolder, globs: string[]): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.loadFolder(folder, globs).then(() => this.changed.fire()), 300);
  }

  private async loadFolder(folder: vscode.WorkspaceFolder, globs: string[]): Promise<void> {
    if (!globs.length) {
      this.indexes.set(folder.uri.toString(), undefined);
      return;
    }
    const seen = new Set<string>();
    const docs: SourceDocument[] = [];
    for (const g of globs) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, g), '**/node_modules/**')) {
        if (seen.has(uri.toString()) || !/\.(md|markdown|txt|text)$/i.test(uri.path)) continue;
        seen.add(uri.toString());
        try {
          const bytes = await vscode.workspace.fs.readFile(uri);
          if (bytes.length > MAX_SOURCE_BYTES || bytes.subarray(0, 8192).includes(0)) continue; // binary or huge: not a source text
          docs.push({ path: vscode.workspace.asRelativePath(uri, false), text: new TextDecoder('utf-8').decode(bytes) });
        } catch {
          // unreadable source: skipped, the others still count
        }
      }
    }
    docs.sort((a, b) => a.path.localeCompare(b.path));
    this.indexes.set(folder.uri.toString(), docs.length ? buildSourceIndex(docs) : undefined);
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const w of this.watchers) w.dispose();
    this.changed.dispose();
  }
}
