import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { closeAll, open, ruleOf, waitFor, copydesk, hoverText } from './helpers';


describe('Figures in the editor', () => {
  afterEach(closeAll);

  it('writes out 31,17 milliards de dollars and the implied previous value on hover', async () => {
    const editor = await open('samples/ambassadeur-kazakh.md');
    const doc = editor.document;
    await waitFor(doc.uri, (x) => x.length > 0, 'findings');
    const text = await hoverText(doc.uri, doc.positionAt(doc.getText().indexOf('31,17 milliards') + 1));
    assert.match(text.replace(/[\u00a0\u202f]/g, ' '), /31 170 000 000 USD/);
    assert.match(text, /25,22 milliards/);
    assert.match(text, /le volume des échanges/);
  });

  it('reports a figure stated two ways with the other one as related location', async () => {
    const editor = await open('samples/trade-figures.md');
    const doc = editor.document;
    const ds = await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'number-conflict'), 'number-conflict');
    const [d] = ds.filter((x) => ruleOf(x) === 'number-conflict');
    assert.equal(doc.getText(d.range), '$31.7 billion');
    assert.ok(d.relatedInformation?.some((r) => doc.getText(r.location.range).includes('31.17')));
  });

  it('reports a growth rate that does not fit its two values', async () => {
    const editor = await open('samples/trade-figures.md');
    const doc = editor.document;
    const ds = await waitFor(doc.uri, (x) => x.some((d) => ruleOf(d) === 'number-arithmetic'), 'number-arithmetic');
    const [d] = ds.filter((x) => ruleOf(x) === 'number-arithmetic');
    assert.equal(doc.getText(d.range), '30%');
    assert.ok((d.relatedInformation?.length ?? 0) >= 2);
  });

  it('leaves the matching clean draft without number findings', async () => {
    const editor = await open('figures-clean.md');
    await new Promise((r) => setTimeout(r, 800));
    assert.deepEqual(copydesk(editor.document.uri).filter((d) => ruleOf(d).startsWith('number-')).map((d) => d.message), []);
  });

  it('paints figures by kind in the decoration layer', async () => {
    const editor = await open('figures-clean.md');
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'copydesk')!;
    const api = (await ext.activate()) as { highlights(uri: vscode.Uri): Record<string, { start: number; end: number }[]> };
    const text = editor.document.getText();
    const layers = api.highlights(editor.document.uri);
    assert.ok(layers.figureMoney.some((s) => text.slice(s.start, s.end).includes('31.17')));
    assert.ok(layers.figurePercent.some((s) => text.slice(s.start, s.end) === '23.6%'));
    // calm: years, dates, ordinals and number words are not painted
    const painted = [...layers.figure, ...layers.figureMoney, ...layers.figurePercent].map((s) => text.slice(s.start, s.end));
    assert.ok(painted.every((t) => /\d/.test(t)), painted.join(' | '));
    assert.ok(!painted.some((t) => /^(19|20)\d\d$/.test(t)), painted.join(' | '));
  });
});
