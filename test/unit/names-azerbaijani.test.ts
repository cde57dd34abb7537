// Azerbaijani Latin spellings (ə, ı, c for the sound of English j) against their English and
// French romanizations: one name (issue 8, turkic). Relatives and other surnames stay apart.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { sameEntity } from '../../src/core/names/similarity';

describe('Azerbaijani Latin against its romanizations', () => {
  const same: [string, string][] = [
    ['Elnur Mammadov', 'Elnur Məmmədov'], ['Ramil Jafarov', 'Ramil Cəfərov'], ['Samir Hajiyev', 'Samir Hacıyev'], ['Vugar Sadigov', 'Vüqar Sadıqov'],
  ];
  for (const [a, b] of same) it(`${a} / ${b}`, () => assert.ok(sameEntity(a, b)));
  const apart: [string, string][] = [['Elnur Məmmədov', 'Elnur Mahmudov'], ['Ilham Cəfərov', 'Rauf Cəfərov'], ['Cəfərov', 'Cəfərova']];
  for (const [a, b] of apart) it(`${a} / ${b} stay apart`, () => assert.ok(!sameEntity(a, b)));
  it('an English draft with both spellings: one warning', () => {
    const text = 'Ramil Cəfərov met reporters in Baku on Monday. On Wednesday, Ramil Jafarov left for Ankara.';
    const fs = analyze(text, { language: 'en' }).findings.filter((f) => f.rule === 'name-variant');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
  });
});
