// Fix-all of typography is idempotent: one pass over a draft brings it to the conventional
// form, and a second pass changes nothing (VS Code applies source.fixAll once per save).
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { detectLanguage } from '../../src/core/language';
import { draftFiles } from './helpers';
import { fixAll, NBSP } from './typography-helpers';


// Every problem of issue 11 in one French draft, with code, a URL, a time and a shortcode that must stay.
const EVERYTHING_FR = [
  'A lire aussi: notre enquête ... Bon , on verra bien.Résultat :la séance est levée !',
  '',
  'Le colis de 12kg coûte 9,99€ ; il fait 31,5°C à 14h30 (heure de Paris ) et l\'Etat paie , , dit-il.',
  '',
  '«  Nous arrivons »,  a dit le maire. Lancez `npm run build ; echo ok` puis voyez https://exemple.fr/a?b=c:d :tada:',
].join('\n');

describe('typography: fix-all', () => {
  const root = join(__dirname, '..', '..');
  for (const file of [...draftFiles(join(root, 'samples')), ...draftFiles(join(root, 'test', 'fixtures'))]) {
    it(`twice changes nothing the second time: ${file.slice(root.length + 1)}`, () => {
      const text = readFileSync(file, 'utf8');
      const language = detectLanguage(text);
      const once = fixAll(text, { language });
      assert.equal(fixAll(once, { language }), once);
    });
  }

  it('brings a French draft with every problem to the conventional form, leaving code, URLs, times and shortcodes', () => {
    const once = fixAll(EVERYTHING_FR, { language: 'fr' });
    assert.equal(fixAll(once, { language: 'fr' }), once);
    assert.ok(once.startsWith(`À lire aussi${NBSP}: notre enquête … Bon, on verra bien. Résultat${NBSP}: la séance est levée\u202f!`), once);
    assert.ok(once.includes(`12${NBSP}kg coûte 9,99${NBSP}€\u202f; il fait 31,5${NBSP}°C à 14h30 (heure de Paris) et l'État paie, dit-il.`), once);
    assert.ok(once.includes(`«${NBSP}Nous arrivons${NBSP}», a dit le maire.`), once);
    assert.ok(once.includes('`npm run build ; echo ok`') && once.includes('https://exemple.fr/a?b=c:d :tada:'), once);
  });

  it('a word after a mark then an apostrophe is not a form cited in quotation marks (a counterexample of the property)', () => {
    const text = "«!l’armée l'école l'école le ";
    const once = fixAll(text, { language: 'en' });
    assert.equal(fixAll(once, { language: 'en' }), once);
  });

  it('is idempotent on generated drafts (property)', () => {
    const word = fc.constantFrom('le', 'maire', 'Etat', 'A', 'dit', 'colis', '12', '3,5', 'kg', 'km', '«', '»', 'l\'école', 'l’armée');
    const mark = fc.constantFrom(' ', '  ', ' ,', ',', ', ,', ' .', '.', '...', ' :', ':', ' ?', '!', ' ( ', ' ) ', '\n\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 14 }), fc.constantFrom('fr' as const, 'en' as const), (parts, language) => {
        const text = parts.map(([w, m]) => w + m).join('');
        const once = fixAll(text, { language });
        return fixAll(once, { language }) === once;
      }),
      { numRuns: 300 },
    );
  });
});
