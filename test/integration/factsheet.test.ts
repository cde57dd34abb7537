import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, folder, open, waitFor } from './helpers';

interface Item { item: { key: string; label: string; kind: string }; doc: vscode.TextDocument }
interface Api { ready: Promise<unknown>; factSheet(): { groups: unknown[]; items: Item[] } }

async function api(): Promise<Api> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'copydesk')!;
  return (await ext.activate()) as Api;
}

async function sheetItems(label: RegExp): Promise<Item> {
  const a = await api();
  const t0 = Date.now();
  for (;;) {
    const hit = a.factSheet().items.find((i) => label.test(i.item.label));
    if (hit) return hit;
    if (Date.now() - t0 > 15000) throw new Error(`no fact sheet item ${label}; items: ${a.factSheet().items.map((i) => i.item.label).join(' | ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const stateFile = (): vscode.Uri => vscode.Uri.joinPath(folder(), '.copydesk', 'factsheet', 'fiche.md.json');

describe('Copydesk fact sheet in the editor', () => {
  afterEach(async () => {
    await closeAll();
    try {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), '.copydesk', 'factsheet'), { recursive: true });
    } catch {
      /* nothing saved */
    }
  });

  it('lists the draft’s figures and quotations, and saves a verified state with a note beside the draft', async () => {
    const editor = await open('fiche.md');
    await waitFor(editor.document.uri, () => true, 'the analysis');
    const figure = await sheetItems(/^4,2 milliards/);
    await vscode.commands.executeCommand('copydesk.factSheet.verify', figure);
    await vscode.commands.executeCommand('copydesk.factSheet.note', figure, 'rapport annuel, p. 12');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(stateFile())));
    assert.equal(saved.version, 1);
    assert.deepEqual(Object.values(saved.facts).map((f) => [(f as { state: string }).state, (f as { note?: string }).note]), [['verified', 'rapport annuel, p. 12']]);
    const quote = await sheetItems(/^Nous continuerons/);
    assert.equal(quote.item.kind, 'quote');
  });

  it('exports the fact sheet as Markdown with the saved state, and reveals an item in the draft', async () => {
    const editor = await open('fiche.md');
    const figure = await sheetItems(/^4,2 milliards/);
    await vscode.commands.executeCommand('copydesk.factSheet.verify', figure);
    const md = (await vscode.commands.executeCommand('copydesk.factSheet.export')) as vscode.TextDocument;
    assert.match(md.getText(), /- \[x\] \*\*4,2 milliards d’euros\*\*/);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('copydesk.factSheet.reveal', figure);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), '4,2 milliards d’euros');
  });
});
