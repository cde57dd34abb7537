// Hungarian renderings of Russian names: sz for s, cs for ch, gy for a soft d (Hungarian press
// transcription); one name with the English and French romanizations (issue 8, russian-other).
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { sameEntity } from '../../src/core/names/similarity';

describe('Hungarian transcription of Russian names', () => {
  const same: [string, string][] = [
    ['Vjacseszlav Lebegyev', 'Vyacheslav Lebedev'], ['Szergej Lavrov', 'Sergei Lavrov'], ['Gyenyisz Mantyurov', 'Denis Manturov'], ['Arkagyij Dvorkovics', 'Arkady Dvorkovich'], ['Borisz Nyemcov', 'Boris Nemtsov'],
  ];
  for (const [a, b] of same) it(`${a} / ${b}`, () => assert.ok(sameEntity(a, b)));
  const apart: [string, string][] = [['Szergej Lavrov', 'Szergej Lavrova'], ['Borisz Nyemcov', 'Borisz Nyikolajev']];
  for (const [a, b] of apart) it(`${a} / ${b} stay apart`, () => assert.ok(!sameEntity(a, b)));
  it('an English draft with both spellings: one warning', () => {
    const text = 'Borisz Nyemcov met reporters in Moscow on Monday. On Wednesday, Boris Nemtsov left for Kyiv.';
    const fs = analyze(text, { language: 'en' }).findings.filter((f) => f.rule === 'name-variant');
    assert.equal(fs.length, 1);
  });
});
