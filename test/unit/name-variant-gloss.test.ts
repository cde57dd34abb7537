// From the newcomer trial: a name glossed in another script or spelling in parentheses is not
// a variant, and a document-wide fix is titled with the whole names it writes.
import { strict as assert } from 'assert';
import { covered, findings } from './helpers';

describe('name-variant: glosses and fix titles', () => {
  const glosses: [string, 'fr' | 'en'][] = [
    ['Alexei Navalny (Алексей Навальный) died in prison. Alexei Navalny had been jailed since 2021.', 'en'],
    ['Le président Kassym-Jomart Tokaïev (Kassym-Jomart Tokayev) a parlé. Kassym-Jomart Tokaïev a ensuite quitté Astana.', 'fr'],
    ['Mohammed ben Salmane (Mohammed bin Salman en anglais) a reçu le ministre. Mohammed ben Salmane a ensuite quitté Riyad.', 'fr'],
  ];
  for (const [text, language] of glosses) it(`a gloss is not a variant: ${text.slice(0, 50)}…`, () => assert.deepEqual(covered(text, 'name-variant', { language }), []));

  it('still reports the same spelling outside parentheses', () => {
    const text = 'Alexei Navalny died in prison. Later, Aleksei Navalnyi was buried in Moscow.';
    assert.equal(covered(text, 'name-variant', { language: 'en' }).length, 1);
  });

  it('titles the document-wide fix with the whole name, never its pieces', () => {
    const text = 'Mohamed bin Salman a reçu le ministre à Riyad lundi. Le prince Mohammed ben Salmane a ensuite quitté la capitale.';
    const [f] = findings(text, 'name-variant', { language: 'fr' });
    assert.ok(f, 'a finding');
    for (const fix of f.fixes ?? []) assert.doesNotMatch(fix.title, /Mohamed, bin/);
  });
});
