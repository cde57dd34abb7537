// The arithmetic a desk editor does (issue 10), one block per kind of relation, each with
// drafts that must be flagged and drafts that must stay clean, in French and English.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Language } from '../../src/core/types';
import { figureHover } from '../../src/core/figures';
import { findings } from './helpers';

type Case = [lang: Language, text: string, covers?: string, message?: RegExp];

function flags(rule: 'number-arithmetic' | 'number-conflict' | 'number-format', cases: Case[]): void {
  for (const [lang, text, covers, message] of cases) {
    it(`flags [${lang}] ${text}`, () => {
      const fs = findings(text, rule, { language: lang });
      assert.ok(fs.length > 0, 'no finding');
      if (covers) assert.ok(fs.some((f) => text.slice(f.start, f.end) === covers), fs.map((f) => text.slice(f.start, f.end)).join(' | '));
      if (message) assert.ok(fs.some((f) => message.test(f.message)), fs.map((f) => f.message).join(' | '));
    });
  }
}

function clean(rule: 'number-arithmetic' | 'number-conflict', cases: [Language, string][]): void {
  for (const [lang, text] of cases) {
    it(`leaves clean [${lang}] ${text}`, () => {
      const fs = findings(text, rule, { language: lang });
      assert.deepEqual(fs.map((f) => f.message), []);
    });
  }
}

describe('figures: percentages and percentage points', () => {
  flags('number-arithmetic', [
    ['en', 'The share of renewables rose from 20% in 2020 to 25% in 2023, an increase of 5%.', '5%', /\+5 points or \+25%/],
    ['en', 'Turnout slipped from 64% to 60%, a fall of 4%.', '4%', /-4 points or -6\.3%/],
    ['fr', 'Le taux de chômage est passé de 8 % à 10 %, soit une hausse de 2 %.', '2 %', /\+2\u00a0points ou \+25\u202f%/],
    ['fr', 'La part du nucléaire est passée de 70 % à 63 %, une baisse de 7 %.', '7 %', /points/],
    ['en', 'Approval went from 40% to 50%, up 25 percentage points.', '25 percentage points', /relative change/],
    ['fr', 'La participation est passée de 40 % à 50 %, une hausse de 25 points.', '25 points', /variation relative/],
    ['en', 'The jobless rate climbed from 5% to 6%, a rise of 3 points.', '3 points'],
    ['en', 'Turnout fell from 60% in 2017 to 48% in 2022. That is a drop of 12%.', '12%'],
  ]);
  clean('number-arithmetic', [
    ['en', 'The share of renewables rose from 20% in 2020 to 25% in 2023, an increase of 5 percentage points.'],
    ['en', 'The share of renewables rose from 20% in 2020 to 25% in 2023, an increase of 25%.'],
    ['fr', 'Le taux de chômage est passé de 8 % à 10 %, une hausse de 2 points.'],
    ['fr', 'Le taux de chômage est passé de 8 % à 10 %, une hausse de 2 points de pourcentage.'],
    ['fr', 'Le taux de chômage est passé de 8 % à 10 %, une hausse de 25 %.'],
    ['en', 'Approval went from 40% to 50%, up 10 pp.'],
    ['en', 'Turnout fell from 60% in 2017 to 48% in 2022. That is a drop of 12 points.'],
    ['fr', 'La participation est passée de 33,3 % à 36,7 %, soit 10,2 % de plus.'],
  ]);
  it('reads "une hausse de 5 points" as percentage points, not a count', () => {
    const f = analyze('Le chômage a connu une hausse de 5 points sur un an.', { language: 'fr' }).facts.figures[0];
    assert.equal(f.kind, 'percentage-points');
  });
  it('keeps "25 points" of a match and "3 points de suture" as counts', () => {
    const fs = analyze('L’équipe a marqué 25 points. Il a reçu 3 points de suture.', { language: 'fr' }).facts.figures;
    assert.ok(fs.every((f) => f.kind !== 'percentage-points'));
  });
});

describe('figures: a rate with its two values', () => {
  flags('number-arithmetic', [
    ['fr', 'Le budget a progressé de 250 %. Il était de 12,6 millions d’euros en 2010, et de 48,3 en 2020.', '250 %', /\+283,3\u202f%/],
    ['en', 'Enrolment grew 400% from 250,000 to 1.5 million.', '400%', /\+500%/],
    ['en', 'The budget grew 250%. It was $12.6 million in 2010 and $48.3 million in 2020.', '250%'],
    ['en', 'Revenue was $4 million in 2019 and $5 million in 2021. It rose 30%.', '30%'],
    ['fr', 'La population est passée de 19,4 millions en 2000 à 100,2 en 2020, soit une hausse de 300 %.', '300 %'],
    ['fr', 'Les effectifs sont passés de 1 200 à 1 500. Une hausse de 30 %.', '30 %'],
    ['en', 'Sales jumped 15% from 200,000 units to 260,000 units.', '15%'],
    ['en', 'The company employs 12,000 people, up from 10,000 last year, an increase of 2%.', '2%', /\+20%/],
    ['fr', 'Le taux de pauvreté a grimpé à 15 %, contre 12 % un an plus tôt, soit une hausse de 3 %.', '3 %'],
  ]);
  clean('number-arithmetic', [
    ['fr', 'Le budget a progressé de 283 %. Il était de 12,6 millions d’euros en 2010, et de 48,3 en 2020.'],
    ['en', 'Enrolment grew 500% from 250,000 to 1.5 million.'],
    ['fr', 'Les effectifs sont passés de 1 200 à 1 500. Une hausse de 25 %.'],
    ['en', 'Revenue rose 25%. It was $4 million in 2019 and $5 million in 2021.'],
    ['en', 'Sales jumped 30% from 200,000 units to 260,000 units.'],
    // two sentences, two topics: the rate is not paired with values of another paragraph
    ['en', 'Prices rose 12%.\n\nThe firm had 400 staff in 2010 and 900 in 2020.'],
  ]);
  it('gives the bare second value the first one’s scale and unit', () => {
    const fs = analyze('Il était de 12,6 millions d’euros en 2010, et de 48,3 en 2020.', { language: 'fr' }).facts.figures;
    const b = fs.find((f) => f.text === '48,3')!;
    assert.equal(b.value, 48_300_000);
    assert.equal(b.unit, 'EUR');
  });
  it('does not multiply a grouped number by the next one’s scale ("250,000 to 1.5 million")', () => {
    const fs = analyze('Enrolment grew from 250,000 to 1.5 million.', { language: 'en' }).facts.figures;
    assert.equal(fs.find((f) => f.text === '250,000')!.value, 250_000);
  });
});

describe('figures: multipliers', () => {
  flags('number-arithmetic', [
    ['fr', 'Les ventes ont triplé : 300 %.', '300 %', /\+200\u202f%/],
    ['en', 'Sales doubled, a 200% increase.', '200%', /\+100%/],
    ['fr', 'Le chiffre d’affaires a doublé, soit une hausse de 200 %.', '200 %'],
    ['fr', 'La production a été multipliée par 3, passant de 10 000 à 45 000 tonnes.', undefined, /×4,5/],
    ['en', 'The number of cases has quadrupled, from 300 to 900.', undefined, /×3/],
    ['fr', 'Le nombre de lits a été divisé par deux, de 400 à 300.'],
    ['en', 'Output increased tenfold, from 5,000 to 30,000 barrels a day.', 'tenfold'],
    ['fr', 'Les ventes ont augmenté de 300 %, soit un triplement.', '300 %'],
    ['en', 'Sales rose 300%, a tripling.', '300%'],
    ['fr', 'Le chiffre d’affaires a été multiplié par deux en cinq ans, à 40 millions d’euros contre 25 millions en 2019.'],
    ['en', 'The deficit was halved, from $80 billion to $60 billion.'],
    ['fr', 'Les exportations ont décuplé, de 2 à 8 millions de tonnes.'],
    ['en', 'Membership is five times larger, from 2,000 to 4,000.'],
    ['fr', 'La campagne a coûté 1,2 million d’euros, trois fois plus qu’en 2014 (600 000 euros).', 'trois fois plus'],
    ['en', 'The firm earns $90 million, three times as much as its rival ($45 million).', 'three times as much'],
  ]);
  clean('number-arithmetic', [
    ['fr', 'Les ventes ont triplé en dix ans, soit une hausse de 200 %.'],
    ['en', 'Sales doubled, a 100% increase.'],
    ['fr', 'Le nombre d’adhérents est passé de 2 000 à 4 000 : il a doublé.'],
    ['en', 'Exports rose from 40,000 to 200,000 tonnes, five times as many.'],
    ['fr', 'La production a été multipliée par 4, passant de 10 000 à 40 000 tonnes.'],
    ['en', 'The deficit was halved, from $80 billion to $40 billion.'],
    ['fr', 'Le nombre de lits a été divisé par deux, de 400 à 200.'],
    ['en', 'Imports were three times more than in 2019, rising from 10 to 40 million tonnes.'],
    ['fr', 'La facture a triplé, à 300 % de son niveau de 2019.'],
    ['en', 'It is a double-digit rise: 12%.'],
    ['en', 'Output increased tenfold, from 5,000 to 50,000 barrels a day.'],
    ['fr', 'La campagne a coûté 1,2 million d’euros, trois fois plus qu’en 2014 (400 000 euros).'],
    ['en', 'The firm earns $90 million, three times as much as its rival ($30 million).'],
    ['fr', 'Le club a recruté 1 200 adhérents, quatre fois plus qu’en 2020 (240 membres).'],
    ['en', 'Sales rose 200%, a tripling.'],
    ['en', 'Fertiliser prices have doubled since 2020, from $300 to $600 a tonne, and diesel prices rose 40% over two years.'],
  ]);
});

describe('figures: shares of a total', () => {
  flags('number-arithmetic', [
    ['en', 'The farm lobby represents three million farmers among the country’s 48 million people, which amounts to 12%.', '12%', /6\.25%/],
    ['en', 'The farm lobby represents 9 million of the 45 million inhabitants, or 25%.', '25%'],
    ['fr', 'Sur 1 200 salariés, 300 ont fait grève, soit 30 %.', '30 %'],
    ['fr', 'Seuls 45 élèves sur 300, soit 20 %, ont réussi.', '20 %'],
    ['en', 'There were 12 out of 10 members present.', '12', /larger than the whole/],
    ['fr', 'Le club a recruté 450 joueurs sur 400 inscrits.', '450'],
    ['en', 'About 12,000 homes lost power, out of 85,000 in the district, or 24%.', '24%'],
    ['fr', 'Un Français sur cinq (25 %) déclare ne jamais lire.', '25 %', /≈ 20\u202f%/],
    ['en', 'One in three adults, or 25%, smokes.', '25%'],
    ['en', 'Two-thirds of members (75%) backed the deal.', '75%', /66\.7%/],
    ['fr', 'Près de la moitié des salariés, soit 58 %, sont en télétravail.', '58 %'],
  ]);
  clean('number-arithmetic', [
    ['en', 'The farm lobby represents three million farmers among the country’s 48 million people, about 6%.'],
    ['fr', 'Sur 1 200 salariés, 300 ont fait grève, soit 25 %.'],
    ['fr', 'Seuls 45 élèves sur 300, soit 15 %, ont réussi.'],
    ['en', 'Only 40 out of 400 students, or 10%, passed.'],
    ['en', 'She scored 18 out of 20.'],
    ['fr', 'Un Français sur cinq (20 %) déclare ne jamais lire.'],
    ['en', 'About one in three adults (35%) smokes.'],
    ['en', 'Two-thirds of members (67%) backed the deal.'],
    ['fr', 'Plus de la moitié des salariés, soit 58 %, sont en télétravail.'],
    ['en', 'Half of respondents (48%) said yes.'],
  ]);
});

describe('figures: breakdowns of one whole', () => {
  flags('number-arithmetic', [
    ['en', 'Asked whether they back the reform, 52% said yes, 41% said no and 19% had no opinion.', '19%', /112%/],
    ['fr', 'Apple détient 45 % du marché, Samsung 38 % et Xiaomi 29 %.', '29 %'],
    ['fr', 'Parmi les sondés, 48 % sont favorables au projet. 41 % y sont opposés et 23 % ne se prononcent pas.', '23 %'],
    ['en', 'Apple holds 45% of the market, Samsung 38% and Xiaomi 29%.'],
  ]);
  clean('number-arithmetic', [
    ['en', 'Asked whether they back the reform, 52% said yes, 41% said no and 7% had no opinion.'],
    ['en', 'Some 61% of the party’s voters and 38% of the others approved.'],
    ['en', 'Of those polled, 34% were very satisfied, 41% satisfied, 16% dissatisfied and 10% very dissatisfied.'],
    ['fr', 'Parmi les sondés, 48 % sont favorables au projet. 41 % y sont opposés et 11 % ne se prononcent pas.'],
    ['en', 'Among voters polled, 48% backed the plan. 41% of men opposed it and 23% of women did.'],
    ['fr', 'Le oui l’emporte avec 62 % à Lyon et 71 % à Marseille.'],
    ['en', 'Asked about the plan, 42% said yes, 38% said no and 19% did not know.'],
    ['en', 'Asked about the plan, 42% said yes and 38% said no.'],
  ]);
  it('asks, at information, when every answer is listed and they fall short of 100%', () => {
    for (const [lang, text] of [
      ['en', 'Asked about the plan, 42% said yes, 38% said no and 9% did not know.'],
      ['fr', 'Selon le sondage, 42 % des sondés approuvent, 38 % désapprouvent et 9 % sont sans opinion.'],
    ] as [Language, string][]) {
      const fs = findings(text, 'number-arithmetic', { language: lang });
      assert.equal(fs.length, 1, text);
      assert.equal(fs[0].severity, 'information');
      assert.match(fs[0].message, /89/);
    }
  });
});

describe('figures: impossible values', () => {
  flags('number-arithmetic', [
    ['fr', 'Les ménages ont perdu 250 % de leur épargne.', '250 %', /impossible/],
    ['en', 'Farmers lost 150% of their herds in the drought.', '150%'],
    ['fr', 'Le nombre de visiteurs a chuté de 120 %.', '120 %'],
    ['en', 'The company cut its workforce by 150%.', '150%'],
    ['en', 'Tourist numbers plunged 130% during the lockdown.', '130%'],
    ['fr', 'Le parti a obtenu 120 % des voix.', '120 %'],
    ['en', 'The firm’s market share reached 110%.', '110%'],
    ['fr', 'La part des énergies renouvelables atteint 104 % en 2023.', '104 %'],
  ]);
  clean('number-arithmetic', [
    ['fr', 'Le bénéfice a chuté de 250 %.'],
    ['en', 'Net income fell 180% as the firm swung to a loss.'],
    ['fr', 'Les prix ont augmenté de 250 %.'],
    ['en', 'Public debt reached 120% of GDP.'],
    ['fr', 'Les ménages ont perdu 25 % de leur épargne.'],
    ['fr', 'Le taux de participation a progressé de 120 %.'],
    ['en', 'Its share price rose 140% in a year.'],
  ]);
});

describe('figures: conversions stated in the text', () => {
  flags('number-arithmetic', [
    ['en', 'The bridge is 500 feet (210 m) long.', '210', /152 m/],
    ['fr', 'Le pont mesure 500 pieds (210 mètres) de long.', '210 mètres', /152/],
    ['en', 'The storm brought winds of 100 mph (100 km/h).', undefined, /161/],
    ['en', 'Temperatures reached 40 °C (86 °F).', undefined, /104/],
    ['fr', 'La maison a coûté 100 000 francs (20 000 euros).', '20 000 euros', /6,55957/],
    ['en', 'The farm covers 1,000 acres (800 hectares).', undefined, /405/],
    ['fr', 'Le prix était de 10 000 marks, soit 8 000 euros.', undefined, /1,95583/],
    ['en', 'The fish weighed 20 pounds (15 kg).', undefined, /9/],
    ['en', 'Mount Everest is 8,849 metres (26,000 ft) high.', undefined, /29,032 ft/],
    ['fr', 'Il faisait -10 °C (4 °F) à l’aube.', undefined, /14/],
    ['en', 'He is 6 ft 2 in (1.60 m) tall.', '1.60', /6 ft 2 in, which is 1\.88 m/],
    ['en', 'Temperatures have risen by 2 °C (35.6 °F) since 1900.', undefined, /3\.6 °F/],
  ]);
  clean('number-arithmetic', [
    ['en', 'The bridge is 500 feet (152 m) long.'],
    ['en', 'The city is 50 km away, or about 30 miles.'],
    ['fr', 'La maison a coûté 100 000 francs (15 245 euros).'],
    ['en', 'The summit rises to 10,000 feet (3,000 m).'],
    ['en', 'Temperatures reached 40 °C (104 °F).'],
    ['fr', 'La course fait 42,195 km (26,2 miles).'],
    ['en', 'The storm brought winds of 100 mph (161 km/h).'],
    ['fr', 'Le prix était de 10 000 marks, soit 5 113 euros.'],
    ['en', 'The ship sails at 20 knots (37 km/h).'],
    ['en', 'The canal is 30 feet (9 m) deep.'],
    ['en', 'Mount Everest is 8,849 metres (29,032 ft) high.'],
    ['fr', 'Il faisait -10 °C (14 °F) à l’aube.'],
    ['en', 'He is 6 ft 2 in (1.88 m) tall.'],
    ['en', 'Temperatures have risen by 2 °C (3.6 °F) since 1900.'],
    ['fr', 'Le climat s’est réchauffé de 1,5 °C (2,7 °F).'],
    ['en', 'The baby weighed 7 pounds 8 ounces (3.4 kg).'],
    ['en', 'Five in 10 people (50%) agreed.'],
    ['en', 'The index rose 150 points, or 2%, to 7,650.'],
  ]);
  it('offers the converted value as a fix on the derived figure only', () => {
    const text = 'The bridge is 500 feet (210 m) long.';
    const f = findings(text, 'number-arithmetic', { language: 'en' })[0];
    assert.equal(f.fixes![0].edits[0].newText, '152');
    assert.equal(text.slice(f.fixes![0].edits[0].start, f.fixes![0].edits[0].end), '210');
  });
});

describe('figures: stated computations', () => {
  flags('number-arithmetic', [
    ['fr', 'Les prix ont augmenté de 30 % sur trois ans, soit 10 % par an.', '10 %', /9,1\u202f%/],
    ['en', 'Prices rose 30% over three years, or 10% a year.', '10%', /9\.1%/],
    ['en', 'Output grew 10% a year for five years, a total rise of 50%.', '50%', /61\.1%/],
    ['en', 'The train travelled at 300 km/h for 2 hours, covering 450 km.', undefined, /600 km/],
    ['fr', 'Le TGV a roulé à 300 km/h pendant 3 heures, soit 600 km.', undefined, /900 km/],
    ['en', 'The state collected 30% of $200 million, or $80 million.', undefined, /60 million/],
    ['fr', 'L’État prélève 20 % de 5 millions d’euros, soit 2 millions.'],
    ['fr', 'Sur un budget de 2 milliards d’euros, 15 % vont à la culture, soit 400 millions.', '400 millions'],
    ['en', 'Output grew by a factor of three, from 2 to 8 million tonnes.'],
    ['en', 'The journey of 300 km took 2 hours at an average speed of 200 km/h.'],
  ]);
  clean('number-arithmetic', [
    ['fr', 'Les prix ont augmenté de 30 % sur trois ans, soit 9,1 % par an.'],
    ['en', 'Prices rose 33% over three years, or about 10% a year.'],
    ['en', 'The train travelled at 300 km/h for 2 hours, covering 600 km.'],
    ['fr', 'Le TGV a roulé à 300 km/h pendant 3 heures, soit 900 km.'],
    ['en', 'The state collected 30% of $200 million, or $60 million.'],
    ['fr', 'L’État prélève 20 % de 5 millions d’euros, soit 1 million.'],
    ['fr', 'Le trajet de 300 km a duré 2 heures, à une vitesse moyenne de 150 km/h.'],
    ['fr', 'Sur un budget de 2 milliards d’euros, 15 % vont à la culture, soit 300 millions.'],
    ['fr', 'La production a augmenté d’un facteur 3, de 2 à 6 millions de tonnes.'],
    ['en', 'Average pay rose 25% over five years, or about 4.6% a year.'],
    ['en', 'Prices rose 10% a year on average over three years, while wages rose 5%.'],
    ['en', 'It spent 5% of its $2 billion budget, or less than last year’s $120 million.'],
  ]);
  it('asks, at information, when a top speed does not multiply into the distance', () => {
    const [f] = findings('The 300 km line, where trains run at 320 km/h, takes 1 hour 30 minutes.', 'number-arithmetic', { language: 'en' });
    assert.equal(f.severity, 'information');
    assert.match(f.message, /480 km/);
  });
});

describe('figures: scope of a conflict', () => {
  flags('number-conflict', [
    ['en', 'Exports of wheat rose 12% in the first quarter. Exports of wheat rose 15% in the first quarter.'],
    ['fr', 'Les exportations de blé ont progressé de 12 % au premier trimestre. Les exportations de blé ont progressé de 15 % au premier trimestre.'],
  ]);
  flags('number-conflict', [['en', 'The contract is worth $3 million, the firm said. Later, the contract is worth $3 billion, it added.']]);
  clean('number-conflict', [
    ['en', 'Exports of wheat rose 12% in the first quarter. Exports of wheat rose 15% in the second quarter.'],
    ['fr', 'Les exportations de blé ont progressé de 12 % au premier trimestre. Les exportations de blé ont progressé de 15 % au deuxième trimestre.'],
    ['en', 'Exports of wheat rose 12% in Q1. Exports of wheat rose 15% in Q2.'],
    ['fr', 'Les exportations de blé ont progressé de 12 % au premier semestre. Les exportations de blé ont progressé de 15 % au second semestre.'],
    ['en', 'Exports of wheat rose 12% in the first half. Exports of wheat rose 15% in the second half.'],
    ['fr', 'Le taux de chômage des hommes atteint 7 %. Chez les femmes, le taux de chômage atteint 9 %.'],
    ['en', 'The unemployment rate reached 7% among men. The unemployment rate reached 9% among women.'],
    ['en', 'It will buy back $10 billion of shares. Its shares rose 3.1% to $182.40.'],
    ['fr', 'Le taux de pauvreté atteint 12 % en zone urbaine. Le taux de pauvreté atteint 18 % en zone rurale.'],
  ]);
});

describe('figures: hover and facts of a relation', () => {
  it('shows the implied previous value with its year and the rate (the seed’s construction)', () => {
    const text = 'En 2022, le volume des échanges a augmenté de 23,6 % en glissement annuel, pour atteindre un niveau record de 31,17 milliards de dollars.';
    const a = analyze(text, { language: 'fr' });
    const f = a.facts.figures.find((x) => x.text.startsWith('31,17'))!;
    assert.ok(Math.abs((f.derived!.previous as number) - 25.22e9) < 0.01e9);
    assert.equal(f.derived!.previousPeriod, '2021');
  });
  it('invents no year for a date without one', () => {
    const a = analyze('Le 24 février, les ventes ont augmenté de 10 % pour atteindre 2 millions d’euros.', { language: 'fr' });
    assert.ok(a.facts.figures.every((f) => f.derived?.previousPeriod === undefined));
  });
  it('puts the relation on every figure taking part', () => {
    const a = analyze('The bridge is 500 feet (152 m) long.', { language: 'en' });
    const fs = a.facts.figures.filter((f) => f.derived?.notes);
    assert.equal(fs.length, 2);
  });
});

describe('figures: French messages follow French typography', () => {
  const drafts = [
    'Le taux de chômage est passé de 8 % à 10 %, soit une hausse de 2 %.',
    'Les ventes ont triplé : 300 %.',
    'Les ménages ont perdu 250 % de leur épargne.',
    'La maison a coûté 100 000 francs (20 000 euros).',
    'Les prix ont augmenté de 30 % sur trois ans, soit 10 % par an.',
    'Le pont mesure 500 pieds (210 mètres) de long.',
    'Le club a recruté 450 joueurs sur 400 inscrits.',
    'Apple détient 45 % du marché, Samsung 38 % et Xiaomi 29 %.',
    'La production a été multipliée par 3, passant de 10 000 à 45 000 tonnes.',
    'Le budget a progressé de 250 %. Il était de 12,6 millions d’euros en 2010, et de 48,3 en 2020.',
  ];
  for (const text of drafts) {
    it(text, () => {
      const fs = analyze(text, { language: 'fr' }).findings.filter((f) => f.rule === 'number-arithmetic' || f.rule === 'number-conflict');
      assert.ok(fs.length > 0);
      for (const f of fs) {
        assert.doesNotMatch(f.message, / [:;!?](?:\s|$)/u, f.message);
        assert.doesNotMatch(f.message, /« | »/u, f.message);
        assert.doesNotMatch(f.message, /\d %|\d%/u, f.message);
      }
    });
  }
});

describe('figures: hover of a relation', () => {
  const hover = (lang: Language, text: string, needle: string): string => figureHover(analyze(text, { language: lang }), text.indexOf(needle)) ?? '';
  it('shows the seed’s implied 2021 value on 31,17 milliards', () => {
    const text = 'En 2022, le volume des échanges a augmenté de 23,6% en glissement annuel, pour atteindre un niveau record de 31,17 milliards de dollars.';
    assert.match(hover('fr', text, '31,17'), /≈ 25,22 milliards en 2021, \+23,6\u202f%/);
  });
  it('shows a conversion on both figures', () => {
    const text = 'The bridge is 500 feet (152 m) long.';
    assert.match(hover('en', text, '500'), /500 feet ≈ 152 m/);
    assert.match(hover('en', text, '152'), /500 feet ≈ 152 m/);
  });
  it('shows points and percent on the three figures of a change between percentages', () => {
    const text = 'La part est passée de 20 % à 25 %, une hausse de 5 points.';
    for (const n of ['20 %', '25 %', '5 points']) assert.match(hover('fr', text, n), /\+5\u00a0points, \+25\u202f%/);
  });
  it('shows the compounded annual rate', () => {
    assert.match(hover('en', 'Prices rose 30% over three years, or 9.1% a year.', '30%'), /9\.1% a year on average \(compounded\)/);
  });
});
