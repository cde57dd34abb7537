import { strict as assert } from 'assert';
import { applyEdits, covered, findings } from './helpers';

const fr = { language: 'fr' as const };
const en = { language: 'en' as const };

describe('typography: accented capitals (À)', () => {
  const flagged: [string, string][] = [
    ['a reading suggestion closing an article', 'Le conseil se réunira lundi.\n\nA lire aussi'],
    ['a place after a full stop', 'Le cortège est parti. A Marseille, la foule était dense.'],
    ['an age', 'A 15 ans, elle publiait son premier roman.'],
    ['an elided article', 'A l’issue du vote, la séance a été levée.'],
    ['after a question mark', 'Qui paiera\u202f? A terme, les usagers.'],
    ['after a dash at a line start', 'Programme\u00a0:\n– A partir de 9 h, accueil des élus.'],
    ['a heading', '# A la une\n\nLe texte suit.'],
  ];
  for (const [what, text] of flagged) {
    it(`flags: ${what}`, () => assert.deepEqual(covered(text, 'typography', fr), ['A']));
  }

  const clean: [string, string][] = [
    ['already accented', 'À lire aussi : notre enquête.'],
    ['the inverted verb', 'A-t-il seulement lu le rapport ?'],
    ['an initial', 'A. Dupont a signé la tribune.'],
    ['an aircraft type', 'A380 et A350 sont assemblés à Toulouse.'],
    ['inside a sentence', 'Le plan A reste sur la table, de A à Z.'],
    ['an English title quoted in French', 'Son film s’intitule « A New Hope ». A new hope, disait-on.'],
  ];
  for (const [what, text] of clean) {
    it(`stays clean: ${what}`, () => assert.deepEqual(covered(text, 'typography', fr).filter((m) => m === 'A'), []));
  }

  it('is French only', () => assert.deepEqual(covered('A few hours later, the vote began.', 'typography', en), []));

  it('fixes to À and titles the fix in French', () => {
    const text = 'Fin du texte.\n\nA lire également';
    const [f] = findings(text, 'typography', fr).filter((x) => text.slice(x.start, x.end) === 'A');
    assert.equal(applyEdits(text, f.fixes![0].edits), 'Fin du texte.\n\nÀ lire également');
    assert.equal(f.fixes![0].title, 'Écrire «\u00a0À\u00a0»');
    assert.match(f.message, /^Typographie\u00a0: «\u00a0A\u00a0»/);
  });
});
