import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeActions, folder, open, ruleOf, waitFor, hoverText } from './helpers';

const SAMPLE = 'samples/ambassadeur-kazakh.md';


describe('Names in the editor', () => {
  afterEach(closeAll);

  it('reports Nourchev once, with one related location per other spelling', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    const ds = (await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'name-variant'), 'name-variant')).filter((d) => ruleOf(d) === 'name-variant');
    assert.equal(ds.length, 1);
    const [d] = ds;
    assert.equal(doc.getText(d.range), 'Nourchev');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /Nourchev est écrit Nuryshev \d+ fois ailleurs/);
    const related = (d.relatedInformation ?? []).map((r) => doc.getText(r.location.range));
    assert.deepEqual(related, ['Shakhrat Nuryshev', 'Nuryshev']);
    assert.match(d.relatedInformation![1].message, /Écrit Nuryshev ici \(\d+ fois dans ce texte\)/);
  });

  it('a photo caption run-on, a table and elisions: the ambassador, the places and the table cell apart', async () => {
    const editor = await open('samples/legende-tableau.md');
    const doc = editor.document;
    const ds = (await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'name-variant'), 'name-variant')).filter((d) => ruleOf(d) === 'name-variant');
    assert.deepEqual(ds.map((d) => doc.getText(d.range)), ['Kalniņa']);
    assert.ok((ds[0].relatedInformation ?? []).length <= 4);
    const caption = doc.getText().indexOf('Ilze Kalnina Photo');
    const hover = await hoverText(doc.uri, doc.positionAt(caption + 2));
    assert.match(hover, /\*\*Ilze Kalnina\*\* — Personne/);
    const place = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('en Inde Ilze') + 4));
    assert.match(place, /\*\*Inde\*\* — Lieu/);
    assert.doesNotMatch(place, /Kalnina/);
  });

  it('Kaufman / Kaufmann is a question at information severity, with no quick fix that rewrites it', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Anna Kaufman a parlé mardi. Plus tard, Kaufmann est parti.\n' });
    await vscode.window.showTextDocument(doc);
    const [d] = (await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant')).filter((y) => ruleOf(y) === 'name-variant');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Information);
    assert.match(d.message, /même personne|same person/);
    const actions = await codeActions(doc.uri, d.range);
    assert.ok(!actions.some((a) => /Remplacer|Change to|Change every/.test(a.title)), actions.map((a) => a.title).join(' | '));
  });

  it('unifies every variant with one quick fix, undone in one step', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    const before = doc.getText();
    const [d] = (await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant')).filter((y) => ruleOf(y) === 'name-variant');
    const actions = await codeActions(doc.uri, d.range);
    const all = actions.find((a) => /toutes les variantes/.test(a.title));
    assert.ok(all?.edit, `document-wide fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    assert.ok(!doc.getText().includes('Nourchev'));
    assert.equal([...doc.getText().matchAll(/Nuryshev/g)].length, [...before.matchAll(/Nuryshev|Nourchev/g)].length);
    await waitFor(doc.uri, (x) => !x.some((y) => ruleOf(y) === 'name-variant'), 'no name-variant after the fix');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'one undo restores the draft');
  });

  it('offers the unification as source.fixAll.copydesk', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant');
    const [fixAll] = await codeActions(doc.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.copydesk');
    assert.ok(fixAll?.edit);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    assert.ok(!doc.getText().includes('Nourchev'));
  });

  it('highlights every name, the variant spelling in its own layer', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'copydesk')!;
    const api = (await ext.activate()) as { highlights(uri: vscode.Uri): Record<string, { start: number; end: number }[]> };
    const layers = api.highlights(doc.uri);
    const text = doc.getText();
    assert.deepEqual(layers.nameVariant.map((s) => text.slice(s.start, s.end)), ['Nourchev']);
    // calm: a thin underline for names spelled one way, a background for the entity spelled two ways
    const plain = layers.name.map((s) => text.slice(s.start, s.end));
    const notable = layers.nameNotable.map((s) => text.slice(s.start, s.end));
    assert.ok(notable.includes('Shakhrat Nuryshev') && notable.includes('Nuryshev'), notable.join(', '));
    assert.ok(plain.includes('Kazakhstan') && !plain.includes('Nuryshev'), plain.join(', '));
  });

  it('explains a name on hover: spellings, counts, lines and why one is preferred', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    await waitFor(doc.uri, (x) => x.length > 0, 'findings');
    const at = doc.positionAt(doc.getText().indexOf('Nourchev') + 2);
    const text = await hoverText(doc.uri, at);
    assert.match(text, /Shakhrat Nuryshev/);
    assert.match(text, /Nourchev — (?:une|1) fois, ligne 23/);
    assert.match(text, /première mention du nom complet/);
  });

  it('uses the preferred spelling in the open draft and proposes it for the other drafts in the refactor preview, never writing them unconfirmed', async () => {
    const editor = await open(SAMPLE);
    const doc = editor.document;
    const [d] = (await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant')).filter((y) => ruleOf(y) === 'name-variant');
    const action = (await codeActions(doc.uri, d.range)).find((a) => a.command?.command === 'copydesk.applyNameInWorkspace');
    assert.ok(action?.command, 'workspace-wide action offered');
    // the open draft changes; the other draft waits, unchecked, in VS Code's refactor preview
    const running = vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    await new Promise((r) => setTimeout(r, 3000));
    await vscode.commands.executeCommand('refactorPreview.apply');
    await running;
    assert.ok(!doc.getText().includes('Nourchev'), 'the open draft is changed');
    const other = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'drafts', 'suite-nourchev.md'));
    assert.match(other.getText(), /L’ambassadeur Nourchev doit/, 'another draft is not changed without its confirmation');
    assert.match(other.getText(), /Nourchev dans un bloc de code/, 'code blocks are left alone');
    await vscode.workspace.save(other.uri);
  });

  it('reads the house name list, reports a bad one on the file, and reloads it on save', async () => {
    const list = vscode.Uri.joinPath(folder(), '.copydesk', 'names.json');
    // written the way an editor does it: edit the file in VS Code and save it
    const write = async (s: string): Promise<void> => {
      const exists = await vscode.workspace.fs.stat(list).then(() => true, () => false);
      const edit = new vscode.WorkspaceEdit();
      if (exists) {
        const doc = await vscode.workspace.openTextDocument(list);
        edit.replace(list, new vscode.Range(0, 0, doc.lineCount, 0), s);
      } else {
        edit.createFile(list, { ignoreIfExists: true });
        edit.insert(list, new vscode.Position(0, 0), s);
      }
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await (await vscode.workspace.openTextDocument(list)).save());
    };
    const editor = await open(SAMPLE);
    const doc = editor.document;
    try {
      await write('{ "people": [ { "name": "Shakhrat Nuryshev", "fr": "Shakhrat Nourychev", "variants": ["Nourchev"] } ] }');
      const ds = await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-style' || /Nourychev/.test(y.message)), 'the French house spelling Nourychev');
      assert.ok(ds.some((y) => /Nourychev/.test(y.message)));
      await write('{ "people": [ { "variants": 3 } ] }');
      const problems = await waitFor(list, (x) => x.length === 1, 'an error on names.json');
      assert.match(problems[0].message, /names\.json/);
      assert.match(problems[0].message, /people\[0\]/);
      await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'the draft still checked without the list');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(list).then(undefined, () => undefined);
    }
  });

  it('marks two spellings as different people in the house list, undoably, and stops reporting them', async () => {
    const list = vscode.Uri.joinPath(folder(), '.copydesk', 'names.json');
    const editor = await open(SAMPLE);
    const doc = editor.document;
    try {
      const [d] = (await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant')).filter((y) => ruleOf(y) === 'name-variant');
      const action = (await codeActions(doc.uri, d.range)).find((a) => a.command?.command === 'copydesk.markDifferentPeople');
      assert.ok(action?.command, 'mark-different action offered');
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(list)));
      assert.deepEqual(written.different, [['Nourchev', 'Nuryshev']]);
      await waitFor(doc.uri, (x) => !x.some((y) => ruleOf(y) === 'name-variant'), 'no name-variant once they are different people');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(list).then(undefined, () => undefined);
    }
  });

  it('adds the entity to the house list with the preferred spelling', async () => {
    const list = vscode.Uri.joinPath(folder(), '.copydesk', 'names.json');
    const editor = await open(SAMPLE);
    const doc = editor.document;
    try {
      const [d] = (await waitFor(doc.uri, (x) => x.some((y) => ruleOf(y) === 'name-variant'), 'name-variant')).filter((y) => ruleOf(y) === 'name-variant');
      const action = (await codeActions(doc.uri, d.range)).find((a) => a.command?.command === 'copydesk.addToHouseList');
      assert.ok(action?.command);
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(list)));
      assert.equal(written.people[0].name, 'Shakhrat Nuryshev');
      assert.deepEqual(written.people[0].variants, ['Shakhrat Nourchev']);
      // the list is reloaded on save: the hover now gives the house list as the reason
      const at = doc.positionAt(doc.getText().indexOf('Nourchev') + 2);
      const t0 = Date.now();
      let text = '';
      while (!/liste maison/.test(text) && Date.now() - t0 < 15000) {
        text = await hoverText(doc.uri, at);
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.match(text, /liste maison/);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(list).then(undefined, () => undefined);
    }
  });
});
