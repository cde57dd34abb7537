import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, codeActions, open, ruleOf, waitFor, hoverText } from './helpers';


describe('Quotations in the editor', () => {
  afterEach(closeAll);

  it('reports the two unmarked first-person passages and leaves reported speech clean', async () => {
    const editor = await open('samples/ambassadeur-kazakh.md');
    const doc = editor.document;
    const ds = (await waitFor(doc.uri, (x) => x.filter((d) => ruleOf(d) === 'quote-unmarked').length >= 2, 'quote-unmarked')).filter((d) => ruleOf(d) === 'quote-unmarked');
    const covered = ds.map((d) => doc.getText(d.range));
    assert.ok(covered.some((t) => t.startsWith('Nous espérons renforcer')), covered.join(' | '));
    assert.ok(covered.some((t) => t.startsWith('Nous voulons que nos')), covered.join(' | '));
    const reported = doc.getText().indexOf('Il a déclaré que le pays');
    assert.ok(!ds.some((d) => doc.offsetAt(d.range.end) > reported && doc.offsetAt(d.range.start) <= reported + 60), 'reported speech is not direct speech');
  });

  it('wraps unmarked speech in French quotation marks with the quick fix', async () => {
    const editor = await open('samples/ambassadeur-kazakh.md');
    const doc = editor.document;
    const ds = await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'quote-unmarked'), 'quote-unmarked');
    const d = ds.find((x) => ruleOf(x) === 'quote-unmarked' && doc.getText(x.range).startsWith('Nous espérons'))!;
    const actions = await codeActions(doc.uri, d.range);
    const fix = actions.find((a) => a.edit && /entre guillemets/.test(a.title));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /«\u00a0Nous espérons renforcer le partenariat stratégique et ouvrir de nouvelles routes vers l’Europe\u00a0», a déclaré Nuryshev/);
  });

  it('removes the punctuation a lost quotation left behind', async () => {
    const editor = await open('samples/ambassadeur-kazakh.md');
    const doc = editor.document;
    const ds = await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'quote-unmarked' && /^[.,\s]+$/.test(doc.getText(d.range))), 'the stray punctuation');
    const d = ds.find((x) => ruleOf(x) === 'quote-unmarked' && /^[.,\s]+$/.test(doc.getText(x.range)))!;
    const actions = await codeActions(doc.uri, d.range);
    const fix = actions.find((a) => a.edit && /ponctuation/.test(a.title));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.getText(), /2 millions de tonnes, a déclaré Nourchev\./);
  });

  it('checks quotations against the source documents: verbatim, altered, absent', async () => {
    const config = vscode.workspace.getConfiguration('copydesk');
    await config.update('sources', ['samples/with-sources/sources/**'], vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await open('samples/with-sources/article.md');
      const doc = editor.document;
      const ds = await waitFor(doc.uri, (x) => x.filter((d) => ruleOf(d) === 'quote-source').length === 2, 'two quote-source findings');
      const altered = ds.find((d) => d.severity === vscode.DiagnosticSeverity.Warning && ruleOf(d) === 'quote-source')!;
      assert.match(doc.getText(altered.range), /The report will be published/);
      const absent = ds.find((d) => d.severity === vscode.DiagnosticSeverity.Information && ruleOf(d) === 'quote-source')!;
      assert.match(doc.getText(absent.range), /Nobody on/);
      assert.match(absent.message, /2 source documents/);
      const verbatim = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('We have heard') + 3));
      assert.match(verbatim, /word for word/);
      assert.match(verbatim, /\]\(.*transcript\.md#L\d+\)/, 'a link to the line in the source');
      const diff = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('The report will') + 3));
      assert.match(diff, /~~April~~/);
      assert.match(diff, /\*\*March\*\*/);
    } finally {
      await config.update('sources', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
