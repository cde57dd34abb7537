// Generalisations of number-conflict and number-arithmetic: one-word head nouns tied by a
// shared day, month, year or place; a cost named again by "le coût total"; "to B from A";
// a year between "de A" and "à B" and a second value that takes the first's unit; bare
// shares listed after "X % des voix"; the whole before its part ("Of the 600 …, 240 …").
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { findRelations } from '../../src/core/figures';
import type { Language } from '../../src/core/types';
import { covered } from './helpers';

type Case = [what: string, lang: Language, text: string, expected?: string];

function run(rule: 'number-conflict' | 'number-arithmetic', flagged: Case[], clean: Case[]): void {
  for (const [what, language, text, expected] of flagged) {
    it(`flags: ${what}`, () => assert.deepEqual(covered(text, rule, { language }), [expected]));
  }
  for (const [what, language, text] of clean) {
    it(`leaves clean: ${what}`, () => assert.deepEqual(covered(text, rule, { language }), []));
  }
}

describe('number-conflict: one-word head nouns', () => {
  run(
    'number-conflict',
    [
      ['same noun, same month', 'en', 'The clinic vaccinated 1,300 children in October. Nurses were stretched in October, when the clinic vaccinated 1,700 children.', '1,700'],
      ['same noun, same weekday', 'en', 'The blizzard closed 640 schools on Friday. Officials later said 710 schools were shut on Friday.', '710'],
      ['même nom, même mois', 'fr', 'La banque alimentaire a servi 4 200 repas en janvier. En janvier, selon son bilan, elle a distribué 5 100 repas.', '5 100'],
      ['même nom, même jour', 'fr', 'La tempête a privé 9 000 foyers d’électricité samedi. Samedi soir, le distributeur recensait encore 12 000 foyers.', '12 000'],
    ],
    [
      ['different months', 'en', 'The clinic vaccinated 1,300 children in October. It vaccinated 1,700 children in November.'],
      ['no shared context', 'en', 'The clinic vaccinated 1,300 children in October. Over the whole campaign it vaccinated 1,700 children.'],
      ['different weekdays', 'en', 'The blizzard closed 640 schools on Friday. By Monday, 710 schools were shut.'],
      ['mois différents', 'fr', 'La banque alimentaire a servi 4 200 repas en janvier. Elle a distribué 5 100 repas en février.'],
      ['aucun contexte commun', 'fr', 'Le musée a accueilli 800 visiteurs samedi. Depuis son ouverture, il a reçu 25 000 visiteurs.'],
      ['années différentes', 'fr', 'En 2021, le port a accueilli 300 navires. En 2023, 420 navires y ont fait escale.'],
    ],
  );
});

describe('number-conflict: a cost named again', () => {
  run(
    'number-conflict',
    [
      ['le coût total de l’ouvrage', 'fr', 'La rénovation de la piscine municipale a coûté 12 millions d’euros. Rouvert lundi, l’équipement, dont le coût total s’élève à 15 millions d’euros, accueille déjà les scolaires.', '15 millions d’euros'],
      ['the total cost', 'en', 'The new stadium cost $310 million, the council said. The total cost reached $340 million.', '$340 million'],
    ],
    [
      ['another work’s cost', 'fr', 'La piscine a coûté 12 millions d’euros. Le gymnase, dont le coût total s’élève à 15 millions d’euros, ouvrira en mai.'],
      ['two costs of two works', 'en', 'The stadium cost $310 million. The bridge cost $40 million.'],
      ['another currency', 'en', 'The stadium cost $310 million. The total cost reached €340 million.'],
      ['not the sentence next to it', 'en', 'The stadium cost $310 million. It opened in May. Fans queued for hours. The total cost reached $340 million.'],
    ],
  );
});

describe('number-arithmetic: more orders of from and to', () => {
  run(
    'number-arithmetic',
    [
      ['to B from A', 'en', 'Membership grew 20% to 9,000 from 8,000 last season.', '20%'],
      ['to B, up from A', 'en', 'Passenger numbers climbed 5% to 2,600, up from 2,000.', '5%'],
      ['years between, unit inherited', 'fr', 'Le budget de la commune est passé de 40 millions d’euros en 2020 à 50 millions en 2024, soit une hausse de 10 %.', '10 %'],
      ['years between (English)', 'en', 'Revenue went from $60 million in 2021 to $66 million in 2023, a 25% increase.', '25%'],
    ],
    [
      ['to B from A, right', 'en', 'Membership grew 12.5% to 9,000 from 8,000 last season.'],
      ['years between, right', 'fr', 'Le budget de la commune est passé de 40 millions d’euros en 2020 à 50 millions en 2024, soit une hausse de 25 %.'],
      ['à B contre A, juste', 'fr', 'Les ventes ont progressé de 10 % à 5 500 exemplaires contre 5 000 un an plus tôt.'],
    ],
  );

  it('gives the unitless second value the first one’s unit and its own year', () => {
    const text = 'Le budget de la commune est passé de 40 millions d’euros en 2020 à 50 millions en 2024.';
    const figures = analyze(text, { language: 'fr' }).facts.figures;
    const b = figures.find((f) => f.text === '50 millions')!;
    assert.equal(b.unit, 'EUR');
    assert.equal(b.kind, 'money');
    assert.equal(b.period, '2024');
    assert.equal(figures.find((f) => f.text === '40 millions d’euros')!.period, '2020');
  });

  it('does not give a unit to a value that is no end of a change', () => {
    const text = 'La commune a dépensé 40 millions d’euros en 2020 et recruté 50 agents en 2024.';
    const b = analyze(text, { language: 'fr' }).facts.figures.find((f) => f.text === '50')!;
    assert.equal(b.unit, undefined);
  });
});

describe('number-arithmetic: shares listed after "des voix"', () => {
  run(
    'number-arithmetic',
    [
      ['liste après « des suffrages »', 'fr', 'Au second tour, la liste de gauche a obtenu 52 % des suffrages, la liste centriste 31 % et le candidat divers droite 22 %.', '22 %'],
      ['list after "of the vote"', 'en', 'The incumbent took 48% of the vote, her challenger 39% and an independent 17%.', '17%'],
    ],
    [
      ['liste qui fait 100 %', 'fr', 'Au second tour, la liste de gauche a obtenu 52 % des suffrages, la liste centriste 31 % et le candidat divers droite 17 %.'],
      ['another place says otherwise', 'fr', 'Le maire a obtenu 52 % des suffrages à Lille et 61 % à Roubaix.'],
      ['another complement says otherwise', 'en', 'The incumbent took 48% of the vote, and 70% of voters under 30 said they trusted her.'],
      ['list that fits', 'en', 'The incumbent took 48% of the vote, her challenger 39% and an independent 13%.'],
    ],
  );
});

describe('number-arithmetic: the whole before its part', () => {
  run(
    'number-arithmetic',
    [
      ['of the W …, P …, or X%', 'en', 'Of the 600 nurses polled, 240 said they planned to leave, or 45%.', '45%'],
      ['sur W …, P …, soit X %', 'fr', 'Sur les 400 commerçants interrogés, 100 disent avoir perdu du chiffre, soit 30 % des sondés.', '30 %'],
    ],
    [
      ['of the W …, right', 'en', 'Of the 600 nurses polled, 240 said they planned to leave, or 40%.'],
      ['parmi W …, juste', 'fr', 'Parmi les 400 commerçants interrogés, 100 disent avoir perdu du chiffre, soit 25 %.'],
      ['no whole opening the clause', 'en', 'The 600 nurses were polled and 240 said they planned to leave, or 45% of the ward staff.'],
    ],
  );

  it('relates a part without a unit to a whole counted as inhabitants', () => {
    const text = 'Of the 900 residents asked, 300 backed the scheme, or 33%.';
    const a = analyze(text, { language: 'en' });
    const rels = findRelations(a.prose.text, a.facts.figures, a.facts.sentences);
    const share = rels.find((r) => r.type === 'share');
    assert.ok(share && share.type === 'share');
    assert.equal(a.facts.figures[share.whole].text, '900 residents');
    assert.equal(a.facts.figures[share.part].text, '300');
  });
});
