import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { formatNumber } from '../../src/core/figures/format';
import type { FigureFact, Language } from '../../src/core/types';

function figs(text: string, language: Language): FigureFact[] {
  return analyze(text, { language }).facts.figures;
}

/** The figure whose text contains `needle`. */
function fig(text: string, language: Language, needle: string): FigureFact {
  const f = figs(text, language).find((x) => x.text.includes(needle));
  assert.ok(f, `no figure with “${needle}” in: ${JSON.stringify(figs(text, language).map((x) => x.text))}`);
  return f!;
}

type Case = [what: string, lang: Language, text: string, needle: string, expected: Partial<FigureFact>];

const cases: Case[] = [
  // numerals in both conventions
  ['French decimal comma', 'fr', 'Le taux atteint 31,17 cette année.', '31,17', { value: 31.17 }],
  ['English decimal point', 'en', 'The rate reached 31.17 this year.', '31.17', { value: 31.17 }],
  ['French space grouping', 'fr', 'La ville compte 31 170 habitants.', '31 170', { value: 31170, unit: 'inhabitants', kind: 'count' }],
  ['French no-break space grouping', 'fr', 'La ville compte 31\u00a0170 habitants.', '170', { value: 31170 }],
  ['French narrow no-break grouping', 'fr', 'La ville compte 31\u202f170 habitants.', '170', { value: 31170 }],
  ['English comma grouping', 'en', 'The town has 31,170 inhabitants.', '31,170', { value: 31170 }],
  ['German-style point grouping in French', 'fr', 'La ville compte 31.170 habitants et 2,5 hôpitaux par quartier.', '31.170', { value: 31170 }],
  ['1,234 in French read as decimal when the draft uses decimal commas', 'fr', 'Le taux est de 1,234 et l’autre de 2,5.', '1,234', { value: 1.234 }],
  ['1,234 in French read as thousands when the draft groups with commas', 'fr', 'Il y a 1,234 élèves et 1,234,567 euros.', '1,234', { value: 1234 }],
  ['mixed English grouping and decimals', 'en', 'It cost 1,234.5 dollars.', '1,234.5', { value: 1234.5, unit: 'USD', kind: 'money' }],
  ['German style with decimal comma', 'fr', 'Il a coûté 1.234,5 euros.', '1.234,5', { value: 1234.5, unit: 'EUR' }],
  // scales
  ['milliards de dollars', 'fr', 'Les échanges ont atteint 31,17 milliards de dollars.', '31,17', { value: 31170000000, unit: 'USD', kind: 'money', text: '31,17 milliards de dollars' }],
  ['billion in English is 10^9', 'en', 'Trade reached $31.17 billion.', '31.17', { value: 31170000000, unit: 'USD', text: '$31.17 billion' }],
  ['billion in French is 10^12', 'fr', 'La dette atteint 2 billions d’euros.', '2 billions', { value: 2e12, unit: 'EUR' }],
  ['mille', 'fr', 'Il y avait trois mille personnes.', 'trois mille', { value: 3000, unit: 'people', kind: 'count' }],
  ['Md €', 'fr', 'Le budget est de 3 Md€ cette année.', '3 Md', { value: 3e9, unit: 'EUR' }],
  ['Mds', 'fr', 'Un plan de 12 Mds d’euros a été voté.', '12 Mds', { value: 12e9, unit: 'EUR' }],
  ['M€', 'fr', 'Un contrat de 5 M€ a été signé.', '5 M', { value: 5e6, unit: 'EUR' }],
  ['bn', 'en', 'The deal was worth $5bn last year.', '$5bn', { value: 5e9, unit: 'USD' }],
  ['m after a currency', 'en', 'The club paid £40m for him.', '£40m', { value: 40e6, unit: 'GBP' }],
  ['k after a currency', 'en', 'She earns $90k a year.', '$90k', { value: 90000, unit: 'USD' }],
  ['thousand', 'en', 'About 3 thousand people marched.', '3 thousand', { value: 3000, approximate: true }],
  ['lakh', 'en', 'The scheme covers 5 lakh families.', '5 lakh', { value: 500000 }],
  ['crore', 'en', 'It cost 2 crore rupees.', '2 crore', { value: 2e7, unit: 'INR' }],
  ['trillion', 'en', 'Debt passed $1.5 trillion.', '1.5', { value: 1.5e12, unit: 'USD' }],
  // currencies before or after
  ['US$', 'en', 'It reached US$12 million.', '12', { value: 12e6, unit: 'USD' }],
  ['USD before', 'en', 'It reached USD 12 million.', '12', { value: 12e6, unit: 'USD' }],
  ['euros after', 'fr', 'Il a payé 40 euros.', '40', { value: 40, unit: 'EUR', kind: 'money' }],
  ['€ after', 'fr', 'Il a payé 40 €.', '40', { value: 40, unit: 'EUR' }],
  ['yuans', 'fr', 'Le prêt atteint 3 milliards de yuans.', '3 milliards', { value: 3e9, unit: 'CNY' }],
  ['renminbi', 'en', 'Loans of 3 billion renminbi were signed.', '3 billion', { value: 3e9, unit: 'CNY' }],
  ['tenges', 'fr', 'Le salaire moyen est de 350 000 tenges.', '350', { value: 350000, unit: 'KZT' }],
  ['roubles', 'fr', 'Une amende de 500 roubles.', '500', { value: 500, unit: 'RUB' }],
  ['£', 'en', 'A fine of £500 was imposed.', '£500', { value: 500, unit: 'GBP' }],
  ['livres sterling', 'fr', 'Une amende de 500 livres sterling.', '500', { value: 500, unit: 'GBP' }],
  // percentages and points
  ['% in French', 'fr', 'Le chômage est de 7,5 %.', '7,5', { value: 7.5, unit: '%', kind: 'percent' }],
  ['pour cent', 'fr', 'Le chômage est de 7 pour cent.', '7 pour cent', { value: 7, unit: '%', kind: 'percent' }],
  ['per cent', 'en', 'Unemployment is 7 per cent.', '7 per cent', { value: 7, unit: '%' }],
  ['percent', 'en', 'Unemployment is 7 percent.', '7 percent', { value: 7, unit: '%' }],
  ['points de pourcentage', 'fr', 'Le taux a baissé de 2 points de pourcentage.', '2 points', { value: 2, unit: 'pp', kind: 'percentage-points' }],
  ['percentage points', 'en', 'The rate fell 2 percentage points.', '2 percentage', { value: 2, unit: 'pp', kind: 'percentage-points' }],
  // units
  ['tonnes', 'fr', 'Le port a traité 23 millions de tonnes.', '23 millions', { value: 23e6, unit: 't', kind: 'quantity' }],
  ['t', 'fr', 'Un camion de 12 t.', '12 t', { value: 12, unit: 't' }],
  ['km', 'en', 'The line is 120 km long.', '120 km', { value: 120, unit: 'km' }],
  ['kilomètres', 'fr', 'La ligne fait 120 kilomètres.', '120', { value: 120, unit: 'km' }],
  ['people', 'en', 'The hall holds 2,000 people.', '2,000', { value: 2000, unit: 'people', kind: 'count' }],
  // number words
  ['deux', 'fr', 'Les deux pays ont signé.', 'deux', { value: 2, kind: 'count' }],
  ['vingt-trois', 'fr', 'Il y a vingt-trois candidats.', 'vingt-trois', { value: 23 }],
  ['trois cents', 'fr', 'On compte trois cents blessés.', 'trois cents', { value: 300 }],
  ['quatre-vingt-dix', 'fr', 'Il a quatre-vingt-dix ans.', 'quatre-vingt-dix', { value: 90 }],
  ['soixante et onze', 'fr', 'Soixante et onze députés ont voté.', 'oixante et onze', { value: 71 }],
  ['two', 'en', 'The two countries signed.', 'two', { value: 2 }],
  ['twenty-three', 'en', 'There are twenty-three candidates.', 'twenty-three', { value: 23 }],
  ['two hundred and five', 'en', 'It has two hundred and five rooms.', 'two hundred and five', { value: 205 }],
  ['a dozen', 'en', 'A dozen people were hurt.', 'A', { value: 12 }],
  ['un million', 'fr', 'Un million de personnes ont manifesté.', 'Un', { value: 1e6, unit: 'people' }],
  // ordinals, years, dates
  ['troisième', 'fr', 'Pour la troisième fois.', 'troisième', { value: 3, kind: 'ordinal' }],
  ['3e', 'fr', 'Il est arrivé 3e.', '3e', { value: 3, kind: 'ordinal' }],
  ['3rd', 'en', 'She came 3rd.', '3rd', { value: 3, kind: 'ordinal' }],
  ['third', 'en', 'For the third time.', 'third', { value: 3, kind: 'ordinal' }],
  ['year', 'fr', 'En 2022, tout a changé.', '2022', { value: 2022, kind: 'year' }],
  ['year in English', 'en', 'In 2022 everything changed.', '2022', { value: 2022, kind: 'year' }],
  ['24 février', 'fr', 'Il est arrivé le 24 février.', '24 février', { kind: 'date', value: 224 }],
  ['24 février 2023', 'fr', 'Il est arrivé le 24 février 2023.', '24 février 2023', { kind: 'date', value: 20230224 }],
  ['1er mars', 'fr', 'Il est arrivé le 1er mars.', '1er mars', { kind: 'date', value: 301 }],
  ['24 February 2023', 'en', 'He arrived on 24 February 2023.', '24 February 2023', { kind: 'date', value: 20230224 }],
  ['February 24', 'en', 'He arrived on February 24.', 'February 24', { kind: 'date', value: 224 }],
  ['February 24, 2023', 'en', 'He arrived on February 24, 2023, by train.', 'February 24, 2023', { kind: 'date', value: 20230224 }],
  ['ISO date', 'en', 'Published 2023-02-24.', '2023-02-24', { kind: 'date', value: 20230224 }],
  // ranges
  ['de 10 à 12 %', 'fr', 'La hausse sera de 10 à 12 % selon les cas.', '10 à 12', { range: [10, 12], value: 11, unit: '%', approximate: true }],
  ['10–12%', 'en', 'Growth of 10–12% is expected.', '10–12', { range: [10, 12], unit: '%' }],
  ['between 10 and 12%', 'en', 'Growth between 10 and 12% is expected.', '10 and 12', { range: [10, 12], unit: '%' }],
  ['entre 2 et 3 milliards', 'fr', 'Le coût est estimé entre 2 et 3 milliards d’euros.', '2 et 3', { range: [2e9, 3e9], unit: 'EUR' }],
  // approximations
  ['environ', 'fr', 'Environ 300 personnes étaient présentes.', '300', { approximate: true }],
  ['près de', 'fr', 'Près de 300 personnes étaient présentes.', '300', { approximate: true }],
  ['plus de', 'fr', 'Plus de 300 personnes étaient présentes.', '300', { approximate: true }],
  ['about', 'en', 'About 300 people attended.', '300', { approximate: true }],
  ['nearly', 'en', 'Nearly 300 people attended.', '300', { approximate: true }],
  ['more than', 'en', 'More than 300 people attended.', '300', { approximate: true }],
  ['exact', 'en', 'Exactly 300 people attended.', '300', { approximate: undefined }],
];

describe('figures: recognition', () => {
  for (const [what, lang, text, needle, expected] of cases) {
    it(`${lang}: ${what}`, () => {
      const f = fig(text, lang, needle);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual((f as unknown as Record<string, unknown>)[k], v, `${k} of ${f.text}`);
    });
  }

  const notQuantities: [string, Language, string][] = [
    ['article 49.3', 'fr', 'Le gouvernement a utilisé l’article 49.3 hier.'],
    ['article 49-3', 'fr', 'Le gouvernement a utilisé l’article 49-3 hier.'],
    ['version 1.2.3', 'en', 'Install 1.2.3 of the tool.'],
    ['v2.0', 'en', 'The v2.0 release is out.'],
    ['COVID-19', 'en', 'The COVID-19 pandemic changed everything.'],
    ['phone number (French)', 'fr', 'Appelez le 01 23 45 67 89 demain.'],
    ['phone number (international)', 'en', 'Call +44 20 7946 0958 tomorrow.'],
    ['phone number (US)', 'en', 'Call 555-123-4567 tomorrow.'],
    ['time', 'fr', 'Rendez-vous à 14h30 devant la mairie.'],
    ['page number', 'en', 'See page 12 of the report.'],
  ];
  for (const [what, lang, text] of notQuantities) {
    it(`${lang}: ${what} is no quantity`, () => {
      assert.deepEqual(
        figs(text, lang).filter((f) => !['year', 'date', 'ordinal'].includes(f.kind)).map((f) => f.text),
        [],
      );
    });
  }

  it('finds what a figure qualifies (French sample sentence)', () => {
    const text = 'Selon Nuryshev, le volume des échanges entre les deux pays a augmenté de 23,6% sur un an pour atteindre 31,17 milliards de dollars en 2022.';
    const f = fig(text, 'fr', '31,17');
    assert.match(f.qualifies!, /^le volume des échanges/);
    assert.equal(f.kind, 'money');
    assert.equal(f.value, 31170000000);
    assert.equal(f.period, '2022');
    assert.equal(fig(text, 'fr', '23,6').role, 'change');
  });

  it('finds what a figure qualifies (English)', () => {
    const f = fig('Trade between China and Kazakhstan rose 23.6% in 2022 to $31.17 billion.', 'en', '31.17');
    assert.equal(f.qualifies, 'Trade between China and Kazakhstan');
  });

  it('takes the noun after “of” / “de”', () => {
    assert.equal(fig('Our railways carried 23 million tonnes of freight.', 'en', '23').qualifies, 'freight');
    assert.equal(fig('Le pays a exporté 2 millions de tonnes de céréales.', 'fr', '2 millions').qualifies, 'céréales');
  });

  it('takes the sentence subject when the figure opens its clause', () => {
    const f = fig('Le fret ferroviaire a lui aussi progressé : 23 millions de tonnes ont transité.', 'fr', '23');
    assert.equal(f.qualifies, 'Le fret ferroviaire');
  });

  it('derives the previous value from a growth rate', () => {
    const f = fig('Le volume des échanges a augmenté de 23,6 % pour atteindre 31,17 milliards de dollars.', 'fr', '31,17');
    assert.equal(f.derived!.previousText, '≈ 25,22 milliards');
    assert.ok(Math.abs((f.derived!.previous as number) - 25.2184e9) < 1e6);
    assert.equal(f.derived!.growth, 0.236);
  });

  it('derives the previous value from “soit une augmentation de”', () => {
    const f = fig('Le fret a progressé : 23 millions de tonnes ont transité, soit une augmentation de 15 % par rapport à l’année précédente.', 'fr', '23');
    assert.equal(f.derived!.previousText, '≈ 20 millions');
  });

  it('derives a share from “X of Y”', () => {
    const f = fig('Only 12 of the 40 members voted.', 'en', '12');
    assert.equal(f.derived!.share, 0.3);
  });

  it('records an unresolved ambiguity instead of guessing silently', () => {
    const f = fig('Le lot pèse 1,234 kg.', 'fr', '1,234');
    assert.ok(f.ambiguous);
  });

  it('formats a value in French or English and reads it back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom<Language>('fr', 'en'), (n, decimals, lang) => {
        const value = n / Math.pow(10, decimals);
        const written = formatNumber(value, lang, decimals, true);
        const text = lang === 'fr' ? `Le stock atteint ${written} tonnes et 2,5 autres.` : `The stock reached ${written} tonnes and 2.5 more.`;
        const f = figs(text, lang)[0];
        assert.ok(f, text);
        assert.equal(f.value, value, text);
        assert.equal(f.unit, 't');
      }),
      { numRuns: 300 },
    );
  });
});
