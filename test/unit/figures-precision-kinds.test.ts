// Kinds found silent-or-wrong on correct news copy: a duration written "4 h 36 min", a
// multiplier and a rate each read against the from/to of their own clause, a rate per
// 100 000 inhabitants whose denominator is no value. Clean cases must stay below warning;
// the flagged ones must still be found.
import { strict as assert } from 'assert';
import { findings } from './helpers';
import type { Language } from '../../src/core/types';

const warnings = (text: string, language: Language): string[] =>
  ['number-conflict', 'number-arithmetic']
    .flatMap((r) => findings(text, r as 'number-conflict', { language }))
    .filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);

describe('figures: kinds from correct news copy', () => {
  const clean: [string, Language, string][] = [
    ['hours and minutes (fr)', 'fr', 'Le vainqueur a bouclé les 198 kilomètres en 4 h 36 min, soit une moyenne de 43 km/h.'],
    ['heures et minutes en toutes lettres', 'fr', 'Le convoi a parcouru 310 km en 5 heures et 10 minutes, à une moyenne de 60 km/h.'],
    ['hours and minutes (en)', 'en', 'The ferry covered 87 miles in 2 hours 30 minutes at an average of 35 mph.'],
    ['h and min (en)', 'en', 'She rode the 150 km in 3 h 45 min, an average speed of 40 km/h.'],
    // a multiplier reads the from/to of its own clause, not the first one of the sentence
    ['multiplier after another pair (fr)', 'fr', 'Le fret a progressé de 8 %, à 5,4 millions de tonnes, contre 5 millions l’an dernier : celui du port a presque doublé en deux ans, passant de 300 000 tonnes en 2022 à 590 000.'],
    ['triplé, second value without its unit', 'fr', 'La facture d’eau a triplé en cinq ans, passant de 40 000 euros en 2019 à 120 000.'],
    ['multiplier after another pair (en)', 'en', 'Ridership rose from 820 to 1,030, a 26% increase, and fares have doubled, from $3.10 to $6.20.'],
    ['multiplier before another pair (en)', 'en', 'Rents have doubled, from £400 to £800, while wages rose from £1,900 to £2,000.'],
    ['de A en sept ans: a duration is no final value', 'fr', 'Les émissions devront encore diminuer de 115 millions de tonnes en sept ans, ce qui suppose une baisse d’environ 5 % par an.'],
    ['by A in ten years (en)', 'en', 'Emissions must fall by 40 million tonnes to 2030, or about 4% a year.'],
    ['a deficit down more than 100%', 'en', 'The trade deficit was down 140% on the year, turning into a surplus.'],
    ['a rate down 120%', 'en', 'Inflation was down 120% from its peak, according to the bank.'],
    // the base of a rate ("pour 100 000 habitants") is no value of a from/to
    ['taux pour 100 000 habitants', 'fr', 'On compte 300 cas pour 100 000 habitants, contre 200 la semaine précédente, soit une hausse de 50 %.'],
    ['rate per 1,000 births', 'en', 'The rate rose to 9.1 deaths per 1,000 births from 7 a year earlier, up 30%.'],
    ['for every 100 pupils', 'en', 'There are now 6 teachers for every 100 pupils, against 5 in 2015, a rise of 20%.'],
    ['pour 10 000 habitants, hausse', 'fr', 'La région compte 32 médecins pour 10 000 habitants, contre 40 il y a dix ans, soit une baisse de 20 %.'],
    // an aim, a threshold or a limit is no share of the breakdown
    ['objectif fixé', 'fr', 'La couverture vaccinale atteint 52,7 % cette saison, contre 54,6 % l’an dernier, loin de l’objectif de 75 % fixé par l’OMS.'],
    ['target of', 'en', 'Some 62% of pupils passed the test, well short of the government’s target of 80% of pupils.'],
    ['seuil légal', 'fr', 'Le parti obtient 48 % des voix, bien au-dessus du seuil de 60 % des voix requis pour une majorité qualifiée.'],
    ['threshold', 'en', 'Turnout reached 64% of voters, above the threshold of 50% of voters needed for the result to stand.'],
    // a rate belongs to the nearer from/to; a percentage from/to then has no change of its own
    ['rate next to values, then two percentages', 'en', 'The population grew by 11%, from 3.82 million to 4.24 million, so prevalence rose from 8.3% to 9.7%.'],
    ['taux près des valeurs, puis deux pourcentages', 'fr', 'Les inscrits ont augmenté de 20 %, de 50 000 à 60 000, et le taux de participation est passé de 42 % à 47 %.'],
  ];
  for (const [name, lang, text] of clean) it(`clean: ${name}`, () => assert.deepEqual(warnings(text, lang), []));

  const flagged: [string, Language, string, RegExp][] = [
    ['hours and minutes, wrong distance', 'fr', 'Le vainqueur a bouclé les 250 kilomètres en 4 h 36 min, soit une moyenne de 43 km/h.', /4 h 36 min/],
    ['multiplier of its own clause, wrong', 'fr', 'Le fret a progressé de 8 %, à 5,4 millions de tonnes, contre 5 millions l’an dernier : celui du port a triplé en deux ans, passant de 300 000 tonnes en 2022 à 590 000.', /triplé.*300 000/],
    ['triplé, second value without its unit, wrong', 'fr', 'La facture d’eau a triplé en cinq ans, passant de 40 000 euros en 2019 à 90 000.', /triplé/],
    ['points change next to its own percentages', 'en', 'The population grew by 11%, from 3.82 million to 4.24 million, so prevalence rose from 8.3% to 9.7%, an increase of 1.4%.', /percentage points/],
    ['rate wrong for the nearer values', 'en', 'The population grew by 15%, from 3.82 million to 4.24 million, so prevalence rose from 8.3% to 9.7%.', /3\.82 million/],
    ['shares that are no aim still sum', 'fr', 'Les ventes se répartissent ainsi : 62 % en ligne, 48 % en magasin.', /110/],
    ['a fall past 100% with a long object', 'en', 'The county cut the number of homeless families by 120% in three years.', /120%/],
    ['down more than 100%', 'en', 'Snowfall in the Alps was down 150% on the ten-year average this winter.', /150%/],
    ['en baisse de plus de 100 %', 'fr', 'Le nombre de sans-abri est en baisse de 130 % depuis 2019.', /130/],
    ['hours and minutes, wrong speed (en)', 'en', 'She rode the 150 km in 3 h 45 min, an average speed of 55 km/h.', /3 h 45 min/],
  ];
  for (const [name, lang, text, msg] of flagged)
    it(`flagged: ${name}`, () => {
      const f = findings(text, 'number-arithmetic', { language: lang });
      assert.ok(f.some((x) => msg.test(x.message)), f.map((x) => x.message).join(' | '));
    });
});

describe('number-format: a singular noun settles a French decimal', () => {
  const fmt = (text: string): string[] =>
    findings(text, 'number-format', { language: 'fr' })
      .filter((f) => /se lit/.test(f.message))
      .map((f) => text.slice(f.start, f.end));
  it('1,879 euro le litre is a price, not a question', () => assert.deepEqual(fmt('Le gazole a atteint 1,879 euro le litre.'), []));
  it('1,250 litre par jour is a decimal', () => assert.deepEqual(fmt('Chaque foyer consomme en moyenne 1,250 litre d’eau en bouteille par jour.'), []));
  it('1,500 euros (plural) still asks', () => assert.deepEqual(fmt('Le loyer moyen atteint 1,500 euros par mois.'), ['1,500']));
  it('2,500 voitures still asks', () => assert.deepEqual(fmt('L’usine produit 2,500 voitures par jour.'), ['2,500']));
});
