import { strict as assert } from 'assert';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { applyEdits, covered, findings } from './helpers';
import type { Language } from '../../src/core/types';

const N = '\u202f';

/** Applies every number-format fix and returns the text. */
function fixed(text: string, language: Language): string {
  const edits = findings(text, 'number-format', { language }).flatMap((f) => f.fixes?.[0].edits ?? []);
  return applyEdits(text, edits);
}

describe('number-format', () => {
  const flagged: [string, Language, string, string, string][] = [
    ['decimal point in French', 'fr', 'Le taux atteint 31.17 milliards de dollars.', '31.17', 'Le taux atteint 31,17 milliards de dollars.'],
    ['unspaced 5 digits in French', 'fr', 'La ville compte 31170 habitants.', '31170', `La ville compte 31${N}170 habitants.`],
    ['comma grouping in French', 'fr', 'La ville compte 1,234,567 habitants.', '1,234,567', `La ville compte 1${N}234${N}567 habitants.`],
    ['breaking space grouping in French', 'fr', 'La ville compte 31 170 habitants.', '31 170', `La ville compte 31${N}170 habitants.`],
    ['German-style grouping in French', 'fr', 'La ville compte 31.170 habitants et 2,5 hôpitaux.', '31.170', `La ville compte 31${N}170 habitants et 2,5 hôpitaux.`],
    ['no space before % in French', 'fr', 'Les échanges ont augmenté de 23,6% sur un an.', '23,6%', `Les échanges ont augmenté de 23,6${N}% sur un an.`],
    ['breaking space before % in French', 'fr', 'Le chômage est de 7 % cette année.', '7 %', `Le chômage est de 7${N}% cette année.`],
    ['decimal point and no space in French', 'fr', 'Le chômage est de 7.5% cette année.', '7.5%', `Le chômage est de 7,5${N}% cette année.`],
    ['decimal comma in English', 'en', 'Unemployment is 7,5 this year.', '7,5', 'Unemployment is 7.5 this year.'],
    ['space before % in English', 'en', 'Trade rose 23.6 % last year.', '23.6 %', 'Trade rose 23.6% last year.'],
    ['space grouping in English', 'en', 'The town has 31 170 inhabitants.', '31 170', 'The town has 31,170 inhabitants.'],
    ['unspaced 5 digits in English', 'en', 'The town has 31170 inhabitants.', '31170', 'The town has 31,170 inhabitants.'],
    ['French conventions in an English draft', 'en', 'The budget is 31,17 billion euros and the rate 2,5%.', '31,17', 'The budget is 31.17 billion euros and the rate 2.5%.'],
  ];
  for (const [what, lang, text, first, after] of flagged) {
    it(`flags: ${what}`, () => {
      assert.equal(covered(text, 'number-format', { language: lang })[0], first);
      assert.equal(fixed(text, lang), after);
    });
  }

  const clean: [string, Language, string][] = [
    ['French conventions', 'fr', `La ville compte 31${N}170 habitants ; le taux est de 23,6${N}% et la dette de 2,5 milliards.`],
    ['French no-break space grouping', 'fr', 'La ville compte 31\u00a0170 habitants, soit 4\u00a0% de plus.'],
    ['4 digits in French', 'fr', `Il y avait 2000 manifestants et 3${N}000 policiers.`],
    ['English conventions', 'en', 'The town has 31,170 inhabitants; the rate is 23.6% and the debt $2.5 billion.'],
    ['4 digits in English', 'en', 'There were 2000 protesters.'],
    ['years', 'fr', 'En 2022, puis en 2023, tout a changé.'],
    ['dates', 'en', 'On 24 February 2023 and on February 24, 2022.'],
    ['phone numbers', 'fr', 'Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.'],
    ['article numbers', 'fr', 'L’article 49.3 et l’article 49-3 de la Constitution.'],
    ['versions', 'fr', 'La version 1.2.3 remplace la v2.0 du logiciel.'],
    ['COVID-19', 'fr', 'La COVID-19 a tout changé.'],
    ['pour cent', 'fr', 'Le chômage est de 7 pour cent.'],
    ['decimal comma before a unit of measure', 'fr', 'Le lot pèse 1,234 kg.'],
    ['the marathon distance in French', 'fr', 'Le marathon fait 42,195 km.'],
  ];
  for (const [what, lang, text] of clean) {
    it(`stays clean: ${what}`, () => {
      assert.deepEqual(covered(text, 'number-format', { language: lang }), []);
    });
  }

  const ambiguous: [string, Language, string, string, RegExp][] = [
    ['German grouping in a French draft', 'fr', 'L’usine emploie 10.000 salariés.', '10.000', /10\u202f000.*usage allemand.*10 \(/],
    ['a point before three digits in English', 'en', 'The plant makes 2.500 cars a day.', '2.500', /2,500.*2\.5/],
    ['a comma before three digits in a French sentence', 'fr', 'L’usine produit 2,500 voitures par jour.', '2,500', /2\u202f500.*2,5/],
  ];
  for (const [what, lang, text, first, message] of ambiguous) {
    it(`names both readings, with no fix: ${what}`, () => {
      const fs = findings(text, 'number-format', { language: lang });
      assert.equal(fs.length, 1);
      assert.equal(text.slice(fs[0].start, fs[0].end), first);
      assert.equal(fs[0].severity, 'information');
      assert.equal(fs[0].fixes, undefined);
      assert.match(fs[0].message, message);
    });
  }

  it('reads 10.000 and 2,500 in one French sentence as two questions', () => {
    const text = 'L’usine emploie 10.000 salariés et produit 2,500 voitures par jour.';
    assert.deepEqual(covered(text, 'number-format', { language: 'fr' }), ['10.000', '2,500']);
  });

  it('leaves the Swiss apostrophe alone in French (Swiss French grouping) and rewrites it in English', () => {
    for (const t of ['Le club compte 2\'800 membres.', 'La commune genevoise recense 12’450 habitants.', 'Le canton a versé 1\'250\'000 francs.', 'Le village valaisan compte 2\'800 âmes et 3\'100 résidents l’été.']) {
      assert.deepEqual(covered(t, 'number-format', { language: 'fr' }), [], t);
    }
    assert.equal(fixed('The club has 12\'800 members.', 'en'), 'The club has 12,800 members.');
  });

  it('reads the Swiss apostrophe as grouping: 2\'800 is 2 800', () => {
    const text = 'La population est passée de 2\'000 habitants en 2000 à 2\'500 en 2020, soit une hausse de 25 %.';
    assert.deepEqual(covered(text, 'number-arithmetic', { language: 'fr' }), []);
    const bad = 'La population est passée de 2\'000 habitants en 2000 à 2\'500 en 2020, soit une hausse de 35 %.';
    assert.deepEqual(covered(bad, 'number-arithmetic', { language: 'fr' }), ['35 %']);
  });

  it('flags the French sample’s 23,6% with a fix and information severity', () => {
    const text = readFileSync(join(__dirname, '../../samples/ambassadeur-kazakh.md'), 'utf8');
    const f = findings(text, 'number-format').find((x) => text.slice(x.start, x.end) === '23,6%')!;
    assert.ok(f);
    assert.equal(f.severity, 'information');
    assert.equal(applyEdits(text, f.fixes![0].edits).includes(`23,6${N}%`), true);
    assert.match(f.message, /insécable/);
  });

  it('fixed text stays clean (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10000, max: 99_999_999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom<Language>('fr', 'en'), (n, d, lang) => {
        const text = lang === 'fr' ? `La ville compte ${n} habitants et ${d}.5% de chômeurs.` : `The town has ${n} people and ${d},5 % jobless.`;
        const once = fixed(text, lang);
        assert.deepEqual(covered(once, 'number-format', { language: lang }), [], once);
      }),
      { numRuns: 100 },
    );
  });
});
