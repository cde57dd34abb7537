import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { buildFactSheet, factSheetMarkdown, parseSavedFactSheet, stateOf, withState } from '../../src/core/factsheet';
import { lineStarts, lineAt } from '../../src/core/positions';

const DRAFT = [
  'Anna Kowalska a rencontré lundi le ministre. Kowalsca a ensuite quitté Varsovie.',
  '',
  'Les exportations ont augmenté de 12 % pour atteindre 4,2 milliards d’euros en 2023.',
  '',
  '« Nous continuerons à investir », a déclaré Anna Kowalska.',
].join('\n');

const sheetOf = (text: string) => buildFactSheet(analyze(text, { language: 'fr' }), text);

describe('fact sheet', () => {
  it('lists name entities with spellings, figures written out with their derived values, and quotations with their speaker', () => {
    const sheet = sheetOf(DRAFT);
    const anna = sheet.names.find((n) => n.label === 'Anna Kowalska');
    assert.ok(anna, JSON.stringify(sheet.names.map((n) => n.label)));
    assert.match(anna.detail, /Kowalsca ×1/);
    assert.ok(anna.findings.some((f) => f.rule === 'name-variant'), 'the variant finding is shown on its item');
    const money = sheet.figures.find((f) => f.label.startsWith('4,2 milliards'));
    assert.ok(money);
    assert.match(money.detail, /4\s200\s000\s000/);
    assert.match(money.detail, /avant/);
    const quote = sheet.quotes[0];
    assert.match(quote.label, /^Nous continuerons/);
    assert.match(quote.detail, /locuteur .*Kowalska/);
  });

  it('keeps a state across edits elsewhere, and sends a changed item back to "to check"', () => {
    const sheet = sheetOf(DRAFT);
    const money = sheet.figures.find((f) => f.label.startsWith('4,2 milliards'))!;
    const saved = withState(undefined, money, 'verified', 'vu dans le rapport annuel');
    // an edit elsewhere: a new first paragraph
    const edited = `Un nouveau chapeau.\n\n${DRAFT}`;
    const again = sheetOf(edited).figures.find((f) => f.key === money.key)!;
    assert.deepEqual(stateOf(again, saved), { state: 'verified', note: 'vu dans le rapport annuel', changed: false });
    // the item itself changes: what it qualifies is no longer the same
    const changed = sheetOf(DRAFT.replace('Les exportations', 'Les importations')).figures.find((f) => f.key === money.key)!;
    assert.equal(stateOf(changed, saved).state, 'to-check');
    assert.equal(stateOf(changed, saved).changed, true);
  });

  it('reads a saved sheet safely: bad JSON or shape gives an empty sheet and a reason', () => {
    assert.match(parseSavedFactSheet('{').error!, /not JSON/);
    assert.match(parseSavedFactSheet('{"version": 2}').error!, /version/);
    const ok = parseSavedFactSheet('{"version":1,"facts":{"a":{"state":"verified","fingerprint":"x"},"b":{"state":"bogus","fingerprint":"y"},"c":5}}');
    assert.deepEqual(ok.sheet.facts, { a: { state: 'verified', fingerprint: 'x' } });
  });

  it('exports Markdown in the draft’s language with states, notes and findings', () => {
    const sheet = sheetOf(DRAFT);
    const money = sheet.figures.find((f) => f.label.startsWith('4,2 milliards'))!;
    const saved = withState(withState(undefined, money, 'verified'), sheet.names[0], 'disputed', 'orthographe à confirmer');
    const starts = lineStarts(DRAFT);
    const md = factSheetMarkdown(sheet, saved, 'brouillon.md', (o) => lineAt(starts, o));
    assert.match(md, /^# Fiche de vérification\u00a0: brouillon\.md/);
    assert.match(md, /## Chiffres/);
    assert.match(md, /- \[x\] \*\*4,2 milliards d’euros\*\* \(ligne 3\)/);
    assert.match(md, /contesté/);
    assert.match(md, /Note\u00a0: orthographe à confirmer/);
    assert.match(md, /name-variant \((warning|information)\)/);
  });
});
