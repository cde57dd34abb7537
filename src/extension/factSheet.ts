// The fact sheet view (Explorer › Copydesk Fact Sheet): the active draft's name entities,
// figures and quotations, each clickable to reveal it, with its findings and the state the
// editor gives it (to check, verified, disputed) and a note. States are saved beside the draft
// in .copydesk/factsheet/<draft path>.json (written to a temporary file, then renamed over).
import * as vscode from 'vscode';
import { buildFactSheet, factSheetMarkdown, parseSavedFactSheet, stateOf, withState, type FactItem, type FactSheet, type FactState, type SavedFactSheet } from '../core/factsheet';
import { lineAt, lineStarts } from '../core/positions';
import type { Analyses } from './analyses';

type Group = { group: 'names' | 'figures' | 'quotes'; items: FactItem[] };
type Node = Group | { item: FactItem; doc: vscode.TextDocument };

const isGroup = (n: Node): n is Group => 'group' in n;

/** Where a draft's states are saved: <workspace folder>/.copydesk/factsheet/<draft path>.json. */
export function factSheetUri(doc: vscode.TextDocument): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
  if (!folder || doc.isUntitled) return undefined;
  const rel = vscode.workspace.asRelativePath(doc.uri, false);
  return vscode.Uri.joinPath(folder.uri, '.copydesk', 'factsheet', `${rel}.json`);
}

/** Saved states per draft, read once and written atomically. */
export class FactStates {
  private readonly cache = new Map<string, SavedFactSheet | undefined>();

  private readonly pending = new Map<string, Promise<SavedFactSheet | undefined>>();

  /** The saved states of a draft, read once; concurrent callers share one read. */
  load(doc: vscode.TextDocument): Promise<SavedFactSheet | undefined> {
    const key = doc.uri.toString();
    if (this.cache.has(key)) return Promise.resolve(this.cache.get(key));
    let p = this.pending.get(key);
    if (!p) {
      p = this.read(doc).finally(() => this.pending.delete(key));
      this.pending.set(key, p);
    }
    return p;
  }

  private async read(doc: vscode.TextDocument): Promise<SavedFactSheet | undefined> {
    const key = doc.uri.toString();
    const uri = factSheetUri(doc);
    let saved: SavedFactSheet | undefined;
    if (uri) {
      try {
        const { sheet, error } = parseSavedFactSheet(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
        if (error) void vscode.window.showWarningMessage(vscode.l10n.t('Copydesk ignores the fact sheet states in {0}: {1}', vscode.workspace.asRelativePath(uri), error));
        saved = sheet;
      } catch {
        saved = undefined; // no states saved yet
      }
    }
    // a state saved while the file was being read is newer than the file: keep it
    if (this.cache.has(key)) return this.cache.get(key);
    this.cache.set(key, saved);
    return saved;
  }

  peek(doc: vscode.TextDocument): SavedFactSheet | undefined {
    return this.cache.get(doc.uri.toString());
  }

  async save(doc: vscode.TextDocument, saved: SavedFactSheet): Promise<void> {
    this.cache.set(doc.uri.toString(), saved);
    const uri = factSheetUri(doc);
    if (!uri) return; // an untitled draft keeps its states for the session
    const tmp = uri.with({ path: `${uri.path}.${Date.now()}.tmp` });
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(JSON.stringify(saved, null, 2) + '\n'));
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  }
}

const ICONS: Record<FactState, [string, string]> = {
  'to-check': ['circle-large-outline', 'descriptionForeground'],
  verified: ['pass-filled', 'testing.iconPassed'],
  disputed: ['error', 'errorForeground'],
};

export class FactSheetView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private doc: vscode.TextDocument | undefined;
  private sheet: FactSheet | undefined;

  constructor(
    private readonly analyses: Analyses,
    readonly states: FactStates,
  ) {}

  /** Shows the sheet of a draft (or nothing); called when the active editor or its analysis changes. */
  show(doc: vscode.TextDocument | undefined): void {
    this.doc = doc;
    const analysis = doc && this.analyses.peek(doc);
    this.sheet = doc && analysis ? buildFactSheet(analysis, doc.getText()) : undefined;
    if (doc && !this.states.peek(doc)) void this.states.load(doc).then(() => this.changed.fire(undefined));
    this.changed.fire(undefined);
  }

  current(): { doc: vscode.TextDocument; sheet: FactSheet } | undefined {
    return this.doc && this.sheet ? { doc: this.doc, sheet: this.sheet } : undefined;
  }

  getChildren(node?: Node): Node[] {
    if (!this.sheet || !this.doc) return [];
    if (!node) {
      return [
        { group: 'names', items: this.sheet.names },
        { group: 'figures', items: this.sheet.figures },
        { group: 'quotes', items: this.sheet.quotes },
      ];
    }
    const doc = this.doc;
    return isGroup(node) ? node.items.map((item) => ({ item, doc })) : [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (isGroup(node)) {
      const label = { names: vscode.l10n.t('Names'), figures: vscode.l10n.t('Figures'), quotes: vscode.l10n.t('Quotations') }[node.group];
      const t = new vscode.TreeItem(`${label} (${node.items.length})`, node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      t.id = `group:${node.group}`;
      return t;
    }
    const { item, doc } = node;
    const s = stateOf(item, this.states.peek(doc));
    const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.None);
    t.id = item.key;
    t.description = item.detail;
    const [icon, colour] = ICONS[s.state];
    t.iconPath = new vscode.ThemeIcon(item.findings.length && s.state === 'to-check' ? 'warning' : icon, new vscode.ThemeColor(item.findings.length && s.state === 'to-check' ? 'problemsWarningIcon.foreground' : colour));
    const tip = new vscode.MarkdownString();
    tip.appendText(`${item.label}\n${item.detail}\n`);
    tip.appendText(`${vscode.l10n.t('State: {0}', stateLabel(s.state))}${s.changed ? ` (${vscode.l10n.t('changed since it was marked')})` : ''}\n`);
    if (s.note) tip.appendText(`${vscode.l10n.t('Note: {0}', s.note)}\n`);
    for (const f of item.findings) tip.appendText(`${f.rule}: ${f.message}\n`);
    t.tooltip = tip;
    t.contextValue = `copydesk.fact.${s.state}`;
    t.command = { command: 'copydesk.factSheet.reveal', title: vscode.l10n.t('Reveal in the draft'), arguments: [node] };
    return t;
  }

  async setState(node: Node | undefined, state: FactState, note?: string): Promise<void> {
    if (!node || isGroup(node)) return;
    const saved = (await this.states.load(node.doc)) ?? undefined;
    await this.states.save(node.doc, withState(saved, node.item, state, note));
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function stateLabel(s: FactState): string {
  return s === 'verified' ? vscode.l10n.t('verified') : s === 'disputed' ? vscode.l10n.t('disputed') : vscode.l10n.t('to check');
}

/** The view, its commands, and the Markdown export. */
export function registerFactSheet(analyses: Analyses): { view: FactSheetView; disposables: vscode.Disposable[] } {
  const view = new FactSheetView(analyses, new FactStates());
  const tree = vscode.window.createTreeView('copydesk.factSheet', { treeDataProvider: view, showCollapseAll: true });
  const itemNode = (n: unknown): Node | undefined => (n && typeof n === 'object' && ('item' in n || 'group' in n) ? (n as Node) : tree.selection[0]);
  const disposables: vscode.Disposable[] = [
    view,
    tree,
    vscode.commands.registerCommand('copydesk.factSheet.reveal', async (n?: Node) => {
      const node = itemNode(n);
      if (!node || isGroup(node) || !node.item.spans.length) return;
      const editor = await vscode.window.showTextDocument(node.doc, { preserveFocus: false });
      const span = node.item.spans[0];
      const range = new vscode.Range(node.doc.positionAt(span.start), node.doc.positionAt(span.end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('copydesk.factSheet.verify', (n?: Node) => view.setState(itemNode(n), 'verified')),
    vscode.commands.registerCommand('copydesk.factSheet.dispute', (n?: Node) => view.setState(itemNode(n), 'disputed')),
    vscode.commands.registerCommand('copydesk.factSheet.toCheck', (n?: Node) => view.setState(itemNode(n), 'to-check')),
    vscode.commands.registerCommand('copydesk.factSheet.note', async (n?: Node, text?: string) => {
      const node = itemNode(n);
      if (!node || isGroup(node)) return;
      const current = stateOf(node.item, await view.states.load(node.doc));
      const note = text ?? (await vscode.window.showInputBox({ prompt: vscode.l10n.t('Note on {0}', node.item.label), value: current.note ?? '' }));
      if (note !== undefined) await view.setState(node, current.state, note);
    }),
    vscode.commands.registerCommand('copydesk.factSheet.export', async () => {
      const cur = view.current();
      if (!cur) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a draft to export its fact sheet.'));
        return undefined;
      }
      const starts = lineStarts(cur.doc.getText());
      const md = factSheetMarkdown(cur.sheet, await view.states.load(cur.doc), vscode.workspace.asRelativePath(cur.doc.uri), (o) => lineAt(starts, o));
      const out = await vscode.workspace.openTextDocument({ language: 'markdown', content: md });
      await vscode.window.showTextDocument(out, { preview: false });
      return out;
    }),
  ];
  return { view, disposables };
}
