import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeActions, open, ruleOf, waitFor } from './helpers';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const EXPECTED = [
  `À lire aussi${NBSP}: notre enquête … Bon, on verra bien. Le colis de 12${NBSP}kg coûte 9,99${NBSP}€${NNBSP}; il fait 31,5${NBSP}°C à 14h30 (heure de Paris) et l'État paie, dit-il.`,
  '',
  `«${NBSP}Nous arrivons${NBSP}», a dit la maire. Lancez \`npm run build ; echo ok\` puis voyez https://exemple.fr/a?b=c:d :tada:`,
  '',
].join('\n');

const typo = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => ruleOf(d) === 'typography');

describe('Copydesk typography in the editor', () => {
  afterEach(closeAll);

  // Fix All (palette), Source Action… and codeActionsOnSave ask for these kinds.
  for (const kind of ['source.fixAll', 'source.fixAll.copydesk', 'source']) {
    it(`fix-all through "${kind}" brings a French draft to the conventional form in one undo step, and a second run changes nothing`, async () => {
      const editor = await open('typographie.md');
      const doc = editor.document;
      const original = doc.getText();
      await waitFor(doc.uri, (x) => typo(x).length >= 10, 'typography hints');
      const all = (await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), kind)).filter((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
      assert.equal(all.length, 1, `one fix-all action for ${kind}`);
      assert.ok(await vscode.workspace.applyEdit(all[0].edit!));
      assert.equal(doc.getText(), EXPECTED);
      // the second run: nothing left to fix
      await waitFor(doc.uri, (x) => typo(x).length === 0, 'no typography hint after fix-all');
      const again = (await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), kind)).filter((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind));
      for (const a of again) if (a.edit) await vscode.workspace.applyEdit(a.edit);
      assert.equal(doc.getText(), EXPECTED);
      // one undo step restores the draft
      await vscode.commands.executeCommand('undo');
      if (again.some((a) => a.edit && a.edit.size > 0)) await vscode.commands.executeCommand('undo');
      assert.equal(doc.getText(), original);
    });
  }
});
