// Arabic and Persian names: the diphthong of a yāʾ is written ei, ey, ai or ay depending on the
// romanization (Zubeidi / Zubaydi); one name (issue 8, arabic). Names whose vowels really differ
// stay apart.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { sameEntity } from '../../src/core/names/similarity';

describe('Arabic names: ei / ay for one diphthong', () => {
  const same: [string, string][] = [
    ['Ali al-Zubeidi', 'Ali al-Zubaydi'], ['Tarek al-Obeidi', 'Tarek al-Ubaydi'], ['Kassem al-Reimi', 'Qasim al-Raymi'], ['Nabil al-Qureishi', 'Nabil al-Qurayshi'],
  ];
  for (const [a, b] of same) it(`${a} / ${b}`, () => assert.ok(sameEntity(a, b)));
  const apart: [string, string][] = [['Hussein Salem', 'Hassan Salem'], ['Hamad al-Shamsi', 'Hamid al-Shamsi'], ['Khamenei', 'Khomeini']];
  for (const [a, b] of apart) it(`${a} / ${b} stay apart`, () => assert.ok(!sameEntity(a, b)));
  it('a French draft with both spellings: one warning', () => {
    const text = 'Ali al-Zubeidi a rencontré le ministre lundi. Mercredi, Ali al-Zubaydi est parti pour Bagdad.';
    const fs = analyze(text, { language: 'fr' }).findings.filter((f) => f.rule === 'name-variant');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
  });
});
