// Latvian and Lithuanian renderings of Russian names add a masculine ending (-s, -as, -us) to the
// Slavic stem (Petrovs, Petrovas, Jurijus): one name with the romanization (issue 8, russian-other).
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { sameEntity } from '../../src/core/names/similarity';

describe('Baltic endings on Russian names', () => {
  const same: [string, string][] = [
    ['Jurijs Petrovs', 'Yuri Petrov'], ['Andrejs Lebedevs', 'Andrei Lebedev'], ['Nikolajus Patruševas', 'Nikolai Patrushev'], ['Dmitrijs Kozlovs', 'Dmitri Kozlov'],
  ];
  for (const [a, b] of same) it(`${a} / ${b}`, () => assert.ok(sameEntity(a, b)));
  const apart: [string, string][] = [['Andrejs Petrovs', 'Andrei Petrova'], ['Jurijs Kozlovs', 'Oleg Kozlov'], ['Marinas', 'Marina'], ['Kalnins', 'Kalnin']];
  for (const [a, b] of apart) it(`${a} / ${b} stay apart`, () => assert.ok(!sameEntity(a, b)));
  it('a French draft with both spellings: one warning', () => {
    const text = 'Jurijs Petrovs a rencontré des journalistes lundi à Riga. Mercredi, Iouri Petrov est parti pour Vilnius.';
    const fs = analyze(text, { language: 'fr' }).findings.filter((f) => f.rule === 'name-variant');
    assert.equal(fs.length, 1);
  });
});
