import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, copydesk, open, ruleOf, waitFor, waitForAction } from './helpers';

const unclosed = (ds: vscode.Diagnostic[]): vscode.Diagnostic[] => ds.filter((d) => ruleOf(d) === 'quote-unclosed');

describe('Copydesk diagnostics in the editor', () => {
  afterEach(closeAll);

  it('reports quote-unclosed at the marks, with source, code link and related paragraph', async () => {
    const editor = await open('guillemets.md');
    const uri = editor.document.uri;
    const ds = unclosed(await waitFor(uri, (d) => unclosed(d).length >= 2, 'two quote-unclosed findings'));
    assert.deepEqual(ds.map(ruleOf), ['quote-unclosed', 'quote-unclosed']);
    const text = editor.document.getText();
    const stray = text.indexOf('»');
    const open_ = text.indexOf('«');
    assert.deepEqual(
      ds.map((d) => [editor.document.offsetAt(d.range.start), editor.document.offsetAt(d.range.end)]),
      [
        [stray, stray + 1],
        [open_, open_ + 1],
      ],
    );
    for (const d of ds) {
      assert.equal(d.source, 'Copydesk');
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.ok(typeof d.code === 'object' && d.code.target.path.endsWith('/docs/rules.md') && d.code.target.fragment === 'quote-unclosed');
      assert.equal(d.relatedInformation?.length, 1);
    }
    assert.match(ds[1].message, /jamais fermée/, 'messages follow the French document');
  });

  it('applies the quick fix that removes a stray closing mark', async () => {
    const editor = await open('guillemets.md');
    const doc = editor.document;
    const [d] = unclosed(await waitFor(doc.uri, (x) => unclosed(x).length >= 1, 'a finding'));
    const fix = await waitForAction(doc.uri, d.range, (a) => a.kind?.value === 'quickfix' && /Supprimer/.test(a.title));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(2).text, 'Le ministre a parlé longuement aux journalistes.');
    await waitFor(doc.uri, (x) => unclosed(x).length === 1, 'one finding left after the fix');
  });

  it('follows typing in an unsaved buffer', async () => {
    const editor = await open('clean.md');
    const doc = editor.document;
    await new Promise((r) => setTimeout(r, 500));
    assert.deepEqual(copydesk(doc.uri), [], 'the clean draft has no finding');
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), '« '));
    const ds = unclosed(await waitFor(doc.uri, (x) => unclosed(x).length === 1, 'a finding after typing'));
    assert.equal(ruleOf(ds[0]), 'quote-unclosed');
    assert.equal(ds[0].range.start.line, 2);
    assert.ok(doc.isDirty);
  });

  it('shows French typography as a hint whose quick fix inserts the no-break space', async () => {
    const editor = await open('guillemets.md');
    const doc = editor.document;
    const ds = await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'typography'), 'a typography hint');
    const d = ds.find((x) => ruleOf(x) === 'typography' && doc.getText(x.range) === '«')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Hint);
    assert.match(d.message, /espace insécable/);
    const fix = await waitForAction(doc.uri, d.range, (a) => /espace insécable/.test(a.title));
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.equal(doc.lineAt(4).text.slice(0, 6), '«\u00a0Nous');
  });

  it('checks a new, never saved draft', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Le ministre a dit « non.\n' });
    await vscode.window.showTextDocument(doc);
    const [d] = unclosed(await waitFor(doc.uri, (x) => unclosed(x).length === 1, 'a finding in an untitled draft'));
    assert.equal(doc.uri.scheme, 'untitled');
    assert.equal(d.range.start.character, 18);
  });

  it('clears a document’s diagnostics when it is closed', async () => {
    const editor = await open('guillemets.md');
    const uri = editor.document.uri;
    await waitFor(uri, (x) => x.length > 0, 'findings before closing');
    await closeAll();
    await waitFor(uri, (x) => x.length === 0, 'no findings once the document is closed', 60000);
  });

  it('turns a rule off and back on from the settings', async () => {
    const editor = await open('guillemets.md');
    const uri = editor.document.uri;
    await waitFor(uri, (x) => x.length > 0, 'findings');
    const config = vscode.workspace.getConfiguration('copydesk');
    await config.update('rules.quote-unclosed', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(uri, (x) => x.length > 0 && unclosed(x).length === 0, 'no quote-unclosed finding with the rule off');
      await config.update('rules.quote-unclosed', 'warning', vscode.ConfigurationTarget.Workspace);
      const ds = unclosed(await waitFor(uri, (x) => unclosed(x).length > 0 && unclosed(x).every((d) => d.severity === vscode.DiagnosticSeverity.Warning), 'warnings'));
      assert.ok(ds.length >= 2);
    } finally {
      await config.update('rules.quote-unclosed', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('leaves a document over copydesk.maxDocumentSize unchecked, and checks it again below', async () => {
    const editor = await open('samples/ambassadeur-kazakh.md');
    const uri = editor.document.uri;
    await waitFor(uri, (x) => x.length > 0, 'findings');
    const config = vscode.workspace.getConfiguration('copydesk');
    await config.update('maxDocumentSize', 1000, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(uri, (x) => x.length === 0, 'no finding over the size limit');
    } finally {
      await config.update('maxDocumentSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(uri, (x) => x.length > 0, 'findings again');
  });

  it('feeds the decoration layer from the engine’s facts', async () => {
    const editor = await open('clean.md');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'copydesk');
    assert.ok(ext, 'the extension is loaded');
    const api = (await ext.activate()) as { highlights(uri: vscode.Uri): Record<string, { start: number; end: number }[]> };
    const layers = api.highlights(editor.document.uri);
    const text = editor.document.getText();
    assert.deepEqual(
      layers.quote.map((s) => text.slice(s.start, s.end)),
      ['“We will keep the corridor open,”'],
    );
  });
});

describe('Copydesk: Check All Drafts', () => {
  afterEach(closeAll);

  it('checks every draft of the workspace, closed ones included, and lists the findings in the Problems panel', async () => {
    // a draft no other test opens
    const closed = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'archives', 'ancien.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the draft is not open');
    const r = (await vscode.commands.executeCommand('copydesk.checkWorkspace')) as { drafts: number; findings: number; cancelled: boolean };
    assert.ok(r.drafts >= 5 && r.findings > 0 && !r.cancelled, JSON.stringify(r));
    const ds = vscode.languages.getDiagnostics(closed).filter((d) => d.source === 'Copydesk');
    assert.ok(ds.some((d) => d.code === 'quote-unclosed'), JSON.stringify(ds.map((d) => d.code)));
  });
});
