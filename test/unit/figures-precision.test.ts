// Precision of the figure rules on correct copy: poll answers, pronoun subjects, shares of
// different bases, breakdowns completed in the sentence before, multiple-answer questions,
// rates that may exceed 100 %. Nothing here may reach warning severity.
import { strict as assert } from 'assert';
import { findings } from './helpers';
import type { Language } from '../../src/core/types';

const warnings = (text: string, language: Language): string[] =>
  ['number-conflict', 'number-arithmetic']
    .flatMap((r) => findings(text, r as 'number-conflict', { language }))
    .filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.rule}: ${text.slice(f.start, f.end)}`);

describe('figures precision on correct copy', () => {
  const clean: [string, Language, string][] = [
    // answers of one poll are different quantities, not one quantity given twice
    ['poll answers vs a later share of respondents', 'en', 'Asked whether taxes should rise, 57% of respondents said no, 31% said yes and 12% had no view. Of the 900 respondents aged under 30, 410 said yes, or 45.6%.'],
    ['two questions of one survey', 'en', 'Some 48% of voters approve of the mayor. On housing, 71% of voters said rents were too high.'],
    ['réponses d’un sondage', 'fr', 'Interrogés sur la réforme, 58 % des sondés s’y disent opposés, 35 % favorables et 7 % sans opinion. Parmi les 1 200 sondés de moins de 35 ans, 540 la soutiennent, soit 45 %.'],
    ['deux questions', 'fr', 'Au total, 62 % des personnes interrogées jugent la situation inquiétante. Sur le logement, 74 % des personnes interrogées estiment les loyers trop élevés.'],
    // pronoun subjects name no quantity
    ['elle: production then consumption', 'fr', 'La production a rebondi. Elle a atteint 480 TWh en 2023. La consommation, elle, s’établit à 430 TWh, en retrait.'],
    ['il: two different subjects', 'fr', 'Le trafic fret a reculé. Il a atteint 31 milliards de tonnes-kilomètres. Le trafic voyageurs, lui, atteint 110 milliards de voyageurs-kilomètres.'],
    ['it: two subjects', 'en', 'Output rose last year. It reached 480 TWh. Demand, for its part, was flat: it stood at 430 TWh.'],
    ['they: two groups', 'en', 'Exporters had a good year. They shipped 2.1 million tonnes. Importers were less lucky; they brought in 1.4 million tonnes.'],
    // a dated comparison value is no second value of the same quantity
    ['compared with a year earlier (en)', 'en', 'Exports reached €140 billion in May. Compared with May 2023, when exports stood at €131 billion, shipments were 6.9% higher.'],
    ['par rapport à l’an passé (fr)', 'fr', 'Les exportations ont atteint 52 milliards d’euros en juin. Par rapport à juin 2023, quand les exportations s’élevaient à 49 milliards d’euros, la hausse est de 6 %.'],
    // two shares at two times are no breakdown
    ['contre un an plus tôt', 'fr', 'La ponctualité recule : 78,5 % des trains sont arrivés à l’heure, contre 82,3 % un an plus tôt.'],
    ['compared with a year earlier (shares)', 'en', 'Punctuality slipped: 84% of flights left on time, compared with 88% a year earlier.'],
    ['versus', 'en', 'In the suburbs 64% of homes have fibre, versus 71% in the city.'],
    // a breakdown "the rest included" completed by the sentence before
    ['reste compris, first share in the sentence before', 'fr', 'Le premier parti arrive en tête avec 210 sièges, soit 36,4 % de l’hémicycle. Le deuxième en obtient 190 (32,9 %), le troisième 120 (20,8 %) et les divers les 57 restants (9,9 %).'],
    ['the rest included, first share in the sentence before', 'en', 'The largest party won 150 seats, or 46.2% of the chamber. The second took 110 (33.8%), and smaller groups the remaining 65 (20%).'],
    // questions allowing several answers
    ['could name several', 'en', 'Voters could name more than one concern: 61% cited prices, 47% crime and 39% the health service.'],
    ['several answers allowed', 'en', 'Several answers were allowed. 55% mentioned schools, 49% roads and 30% parks.'],
    ['plusieurs réponses possibles', 'fr', 'Plusieurs réponses étaient possibles : 66 % citent le pouvoir d’achat, 52 % la santé et 38 % la sécurité.'],
    ['pouvaient citer plusieurs', 'fr', 'Les sondés pouvaient citer plusieurs priorités : 59 % l’emploi, 48 % l’école et 41 % le climat.'],
    // rates above 100 % that are no share
    ['prison occupancy', 'fr', 'Avec 960 détenus pour 600 places, la prison affiche un taux d’occupation de 160 %.'],
    ['taux de remplissage', 'fr', 'Le taux de remplissage des hôpitaux du département atteint 112 % cet hiver.'],
    ['hotel occupancy over capacity', 'en', 'With extra beds set up for the festival, the hostel’s occupancy rate reached 118%.'],
    ['debt to GDP', 'en', 'Public debt reached 112% of GDP, the share of interest in spending rising to 8%.'],
    ['dette du PIB', 'fr', 'La dette publique atteint 110 % du PIB.'],
  ];
  for (const [what, lang, text] of clean) {
    it(`no warning: ${what}`, () => {
      assert.deepEqual(warnings(text, lang), []);
    });
  }

  const flagged: [string, Language, string, string][] = [
    ['one quantity restated (en)', 'en', 'The new plant will employ 2,400 skilled workers. Its 2,900 skilled workers will start in May.', 'number-conflict: 2,900'],
    ['one quantity restated (fr)', 'fr', 'La nouvelle usine emploiera 2 400 ouvriers qualifiés. Ses 2 900 ouvriers qualifiés commenceront en mai.', 'number-conflict: 2 900'],
    ['two shares of one whole past 100 % (en)', 'en', 'In the runoff, 56% of voters backed the mayor and 49% backed her rival.', 'number-arithmetic: 49%'],
    ['two shares of one whole past 100 % (fr)', 'fr', 'Au second tour, la maire a obtenu 56 % des voix et son rival 49 %.', 'number-arithmetic: 49 %'],
    ['the rest included, short of 100 % (fr)', 'fr', 'Le premier parti obtient 40 % des sièges, le deuxième 30 % et les divers le reste, 10 %.', 'number-arithmetic: 10 %'],
    ['a share of voters above 100 % (en)', 'en', 'Turnout reached 104% in the district.', 'number-arithmetic: 104%'],
    ['pass rate above 100 % (fr)', 'fr', 'Le taux de réussite au brevet atteint 102 % dans le collège.', 'number-arithmetic: 102 %'],
  ];
  for (const [what, lang, text, expected] of flagged) {
    it(`still flags: ${what}`, () => {
      assert.ok(warnings(text, lang).includes(expected), `${warnings(text, lang).join(' | ')}`);
    });
  }
});

describe('impossible shares of a population', () => {
  const flagged: [Language, string, string][] = [
    ['fr', 'Les femmes représentent 106 % des nouveaux adhérents du syndicat, selon la direction… et 104 % des nouveaux inscrits.', '104 %'],
    ['fr', 'Près de 120 % des jeunes diplômés ont trouvé un emploi dans l’année.', '120 %'],
    ['fr', 'Au total, 101 % des ménages modestes ont reçu le chèque énergie.', '101 %'],
    ['en', 'Some 130% of the city’s nurses walked out on Monday.', '130%'],
    ['en', 'About 102% of eligible voters cast a ballot.', '102%'],
    ['en', 'The share of homes with solar panels reached 109% in the county last year.', '109%'],
    ['en', 'The literacy rate in the province now stands at 104%.', '104%'],
    ['fr', 'Le taux de vaccination des soignants atteint 107 % dans la région.', '107 %'],
  ];
  for (const [lang, text, expected] of flagged) {
    it(`flags: ${text}`, () => {
      assert.ok(findings(text, 'number-arithmetic', { language: lang }).some((f) => text.slice(f.start, f.end) === expected));
    });
  }
  const clean: [Language, string][] = [
    ['en', 'The top earners take home 150% of the average workers’ wage.'],
    ['en', 'Senior staff earn 180% of junior teachers pay, the union said.'],
    ['fr', 'Les loyers atteignent 140 % des revenus des ménages les plus modestes dans certaines villes.'],
    ['fr', 'Le nombre d’inscrits a progressé de 120 % en dix ans.'],
    ['en', 'Applications rose 115% as students returned.'],
    ['fr', 'Le service d’urgence fonctionne à 130 % de sa capacité.'],
    ['en', 'The stadium’s occupancy rate hit 103% with standing fans.'],
  ];
  for (const [lang, text] of clean) {
    it(`stays clean: ${text}`, () => {
      assert.deepEqual(findings(text, 'number-arithmetic', { language: lang }).filter((f) => f.severity !== 'information').map((f) => text.slice(f.start, f.end)), []);
    });
  }
});

describe('breakdowns announced as one whole', () => {
  const arith = (text: string, language: Language): string[] =>
    findings(text, 'number-arithmetic', { language }).filter((f) => f.severity === 'warning').map((f) => text.slice(f.start, f.end));
  const flagged: [Language, string, string][] = [
    ['fr', 'Les sièges du conseil se partagent ainsi : 45 % pour la majorité, 40 % pour l’opposition et 22 % pour les indépendants.', '22 %'],
    ['fr', 'La dépense se répartit entre 48 % de salaires, 27 % d’achats et 15 % d’amortissements.', '15 %'],
    ['fr', 'Le chiffre d’affaires se répartit ainsi : 60 % en Europe, 25 % en Asie et 5 % aux États-Unis.', '5 %'],
    ['en', 'The city’s heat came 50% from gas, 30% from biomass and 28% from waste.', '28%'],
    ['en', 'Funding is split between 55% from grants, 25% from fees and 10% from donations.', '10%'],
    ['en', 'Asked about the plan, 52% backed it, 41% opposed it and 15% were undecided.', '15%'],
    ['fr', 'Interrogés sur le projet, 47 % le soutiennent, 45 % s’y opposent et 16 % ne se prononcent pas.', '16 %'],
  ];
  for (const [lang, text, expected] of flagged) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(arith(text, lang), [expected]);
    });
  }
  const clean: [Language, string][] = [
    ['fr', 'Les sièges se partagent ainsi : 45 % pour la majorité, 40 % pour l’opposition et 15 % pour les indépendants.'],
    ['fr', 'La dépense se répartit entre 48,4 % de salaires, 27,3 % d’achats et 24,4 % d’amortissements.'],
    ['en', 'Power came 41% from nuclear, 33% from wind and 26% from gas last year.'],
    ['en', 'The budget is split between 60% for schools, 30% for roads and 10% for parks.'],
    ['en', 'Asked about the plan, 52% backed it, 41% opposed it and 7% were undecided.'],
    ['fr', 'Interrogés sur le projet, 47 % le soutiennent, 45 % s’y opposent et 8 % ne se prononcent pas.'],
    // different bases: shares of their own whole, never one breakdown
    ['en', 'Some 61% of the party’s voters backed the deal, 58% of independents and 12% of the others were undecided.'],
    ['fr', 'Au total, 64 % des cadres approuvent, 55 % des ouvriers aussi et 20 % des retraités sont indécis.'],
    ['en', 'In the north 70% were in favour, in the south 65% and 9% were undecided in the capital.'],
  ];
  for (const [lang, text] of clean) {
    it(`stays clean: ${text}`, () => {
      assert.deepEqual(arith(text, lang), []);
    });
  }
});

describe('number-conflict: a restatement refers back to the quantity', () => {
  const conflict = (text: string, language: Language): string[] => findings(text, 'number-conflict', { language }).map((f) => text.slice(f.start, f.end));
  const flagged: [Language, string, string][] = [
    ['fr', 'La crue a inondé 800 hectares de cultures. Ces 950 hectares devront être replantés.', '950 hectares'],
    ['fr', 'Le village compte 1 240 habitants. Pour ses 1 420 habitants, la mairie ouvre une crèche.', '1 420 habitants'],
    ['fr', 'Le taux de chômage a atteint 8,1 % au deuxième trimestre. Ce taux de 8,4 % au deuxième trimestre inquiète le gouvernement.', '8,4 %'],
    ['fr', 'Sur le premier semestre, la société a dégagé un bénéfice de 210 millions d’euros. Sur les six premiers mois, ce bénéfice de 240 millions d’euros est un record.', '240 millions d’euros'],
    ['en', 'The arena holds 18,000 seats. Organisers hope all 19,500 seats will be sold.', '19,500'],
    ['en', 'The bill cleared the Senate with 61 votes. Its 65 votes came mostly from the majority.', '65'],
    ['en', 'The orchard covers 40 acres. These 44 acres are all planted with apple trees.', '44'],
    ['en', 'The unemployment rate stood at 4.2% in the third quarter. This rate of 4.6% in the third quarter is the highest in two years.', '4.6%'],
  ];
  for (const [lang, text, expected] of flagged) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(conflict(text, lang), [expected]);
    });
  }
  const clean: [Language, string][] = [
    // the same value restated
    ['fr', 'La crue a inondé 800 hectares. Ces 800 hectares devront être replantés.'],
    ['en', 'The arena holds 18,000 seats. Organisers hope all 18,000 seats will be sold.'],
    // another scope: another quarter, another half
    ['fr', 'Le taux de chômage a atteint 8,1 % au deuxième trimestre. Ce taux de 8,4 % au troisième trimestre inquiète le gouvernement.'],
    ['en', 'The unemployment rate stood at 4.2% in the first quarter. This rate of 4.6% in the second quarter is the highest in two years.'],
    ['fr', 'Au premier semestre, le bénéfice a atteint 210 millions d’euros. Au second semestre, ce bénéfice de 240 millions d’euros a surpris.'],
    // another unit or noun
    ['fr', 'La forêt couvre 800 hectares. Ses 950 propriétaires se réunissent chaque année.'],
    ['en', 'The arena holds 18,000 seats. All 19,500 tickets were sold.'],
    // no back reference: a new figure
    ['en', 'The arena holds 18,000 seats. A second arena with 19,500 seats opens next year.'],
    ['fr', 'Le village compte 1 240 habitants. Le bourg voisin compte 1 420 habitants.'],
  ];
  for (const [lang, text] of clean) {
    it(`stays clean: ${text}`, () => {
      assert.deepEqual(conflict(text, lang), []);
    });
  }
});

describe('stated computations: x % of y', () => {
  const arith = (text: string, language: Language): string[] =>
    findings(text, 'number-arithmetic', { language }).filter((f) => f.severity === 'warning').map((f) => text.slice(f.start, f.end));
  const flagged: [Language, string, string][] = [
    ['en', 'A 20% tip on a $60 dinner comes to $15.', '$15'],
    ['en', 'Savers lost 30% of their $20,000 deposits, or $7,000.', '$7,000'],
    ['en', 'A 4% raise on a $45,000 salary adds $2,000 a year.', '$2,000'],
    ['en', 'The 8% fee on a $500 ticket amounts to $45.', '$45'],
    ['fr', 'La TVA de 10 % sur une note de 800 euros représente 90 euros.', '90 euros'],
    ['fr', 'Une remise de 15 % sur un achat de 200 euros revient à 35 euros.', '35 euros'],
    ['fr', 'Les épargnants ont perdu 40 % de leurs 5 000 euros, soit 2 500 euros.', '2 500 euros'],
  ];
  for (const [lang, text, expected] of flagged) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(arith(text, lang), [expected]);
    });
  }
  const clean: [Language, string][] = [
    ['en', 'A 20% tip on a $60 dinner comes to $12.'],
    ['en', 'Savers lost 30% of their $20,000 deposits, or $6,000.'],
    ['en', 'A 4% raise on a $45,000 salary adds $1,800 a year.'],
    ['fr', 'La TVA de 10 % sur une note de 800 euros représente 80 euros.'],
    ['fr', 'Les épargnants ont perdu 40 % de leurs 5 000 euros, soit 2 000 euros.'],
    ['en', 'Prices rose 5% to $52,000, and the fee stayed at $300.'],
    ['fr', 'Le loyer a augmenté de 3 % sur un an, à 900 euros, soit 27 euros de plus.'],
  ];
  for (const [lang, text] of clean) {
    it(`stays clean: ${text}`, () => {
      assert.deepEqual(arith(text, lang), []);
    });
  }
});

describe('euro legacy currencies named in words', () => {
  const arith = (text: string, language: Language): string[] =>
    findings(text, 'number-arithmetic', { language }).filter((f) => f.severity === 'warning').map((f) => text.slice(f.start, f.end));
  const flagged: [Language, string, string][] = [
    ['en', 'The ticket cost 20 Deutschmarks (€15) in 1995.', '€15'],
    ['en', 'The flat sold for 2 million Austrian schillings (€200,000).', '€200,000'],
    ['en', 'The meal cost 5,000 Spanish pesetas (€45).', '€45'],
    ['en', 'The painting fetched 100,000 Dutch guilders (€60,000).', '€60,000'],
    ['fr', 'Le loyer était de 3 000 schillings autrichiens (300 euros).', '300 euros'],
  ];
  for (const [lang, text, expected] of flagged) {
    it(`flags: ${text}`, () => {
      assert.deepEqual(arith(text, lang), [expected]);
    });
  }
  const clean: [Language, string][] = [
    ['en', 'The ticket cost 20 Deutschmarks (€10.23) in 1995.'],
    ['en', 'The flat sold for 2 million Austrian schillings (€145,346).'],
    ['en', 'The meal cost 5,000 Spanish pesetas (€30).'],
    ['en', 'The painting fetched 100,000 Dutch guilders (€45,378).'],
    ['fr', 'Le loyer était de 3 000 schillings autrichiens (218 euros).'],
  ];
  for (const [lang, text] of clean) {
    it(`stays clean: ${text}`, () => {
      assert.deepEqual(arith(text, lang), []);
    });
  }
});
