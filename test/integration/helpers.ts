// Shared by the in-editor suites: open fixtures, wait for Copydesk's diagnostics.
import * as vscode from 'vscode';

export const folder = (): vscode.Uri => {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the tests need a workspace folder');
  return f.uri;
};

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), relative));
  return vscode.window.showTextDocument(doc);
}

export const copydesk = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Copydesk');

export const ruleOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Polls until the predicate holds for the document's Copydesk diagnostics. */
export async function waitFor(uri: vscode.Uri, ok: (ds: vscode.Diagnostic[]) => boolean, what: string, ms = 15000): Promise<vscode.Diagnostic[]> {
  const t0 = Date.now();
  for (;;) {
    const ds = copydesk(uri);
    if (ok(ds)) return ds;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}; diagnostics now: ${JSON.stringify(ds.map((d) => [ruleOf(d), d.range.start.line, d.range.start.character, d.message]))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

/** The Markdown of every hover at a position, joined. */
export async function hoverText(uri: vscode.Uri, pos: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** Asks for code actions until one satisfies the predicate: the workbench answers asynchronously. */
export async function waitForAction(uri: vscode.Uri, range: vscode.Range, ok: (a: vscode.CodeAction) => boolean, ms = 10000): Promise<vscode.CodeAction> {
  const t0 = Date.now();
  for (;;) {
    const actions = await codeActions(uri, range);
    const hit = actions.find(ok);
    if (hit) return hit;
    if (Date.now() - t0 > ms) throw new Error(`no such code action; offered: ${actions.map((a) => a.title).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
