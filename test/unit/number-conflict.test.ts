import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { applyEdits, covered, findings } from './helpers';

describe('number-conflict', () => {
  const flagged: [string, string, string][] = [
    [
      'French lede vs body',
      'Le volume des échanges entre les deux pays a atteint 31,17 milliards de dollars en 2022.\n\nPlus loin, le ministre a rappelé que le volume des échanges entre les deux pays a atteint 31,7 milliards de dollars.',
      '31,7 milliards de dollars',
    ],
    [
      'English trade sample',
      'Trade between China and Kazakhstan rose 23.6% in 2022 to $31.17 billion.\n\nTrade between China and Kazakhstan reached $31.7 billion, officials said.',
      '$31.7 billion',
    ],
    ['five killed, six dead', 'Five people were killed in the attack on Monday. Police said six were dead by the evening.', 'six'],
    ['cinq morts, six tués', 'L’attaque a fait cinq morts lundi. Selon la police, six personnes ont été tuées.', 'six personnes'],
    ['growth rates', 'Exports of wheat rose 12% last year. Officials later said exports of wheat rose 15%.', '15%'],
    ['members of a committee', 'The committee has 12 permanent members. Its 15 permanent members meet monthly.', '15'],
  ];
  for (const [what, text, expected] of flagged) {
    it(`flags: ${what}`, () => {
      assert.deepEqual(covered(text, 'number-conflict'), [expected]);
    });
  }

  const clean: [string, string][] = [
    ['same value twice', 'Trade reached $31.17 billion in 2022. Trade was $31.17 billion, officials said.'],
    ['same value rounded', 'Trade reached $31.17 billion. Trade reached about $31.2 billion, officials said.'],
    ['different years', 'Trade reached $31.17 billion in 2022. Trade reached $25.2 billion in 2021.'],
    ['different years (French)', 'Les échanges ont atteint 31,17 milliards de dollars en 2022. Les échanges ont atteint 25,2 milliards de dollars en 2021.'],
    ['different places', 'Five people were killed in Almaty. Six people were killed in Astana.'],
    ['different measures', 'Exports of wheat reached 2 million tonnes. Imports of wheat reached 3 million tonnes.'],
    ['per capita vs total', 'Income reached $12,000 per capita. Income reached $40 billion.'],
    ['different units', 'The line is 120 km long. The line carries 120 people.'],
    ['values of a change', 'Freight volume rose from 20 million tonnes to 25 million tonnes.'],
    ['two counts of countries', 'Les deux pays ont signé. Les trois pays voisins ont protesté.'],
    ['years and dates', 'The law of 2019 was amended on 24 February 2023. The law of 2021 was not.'],
  ];
  for (const [what, text] of clean) {
    it(`stays clean: ${what}`, () => {
      assert.deepEqual(covered(text, 'number-conflict'), []);
    });
  }

  it('flags the English sample and points to the first value', () => {
    const text = readFileSync(join(__dirname, '../../samples/trade-figures.md'), 'utf8');
    const [f] = findings(text, 'number-conflict');
    assert.equal(text.slice(f.start, f.end), '$31.7 billion');
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.related![0].start, f.related![0].end), '$31.17 billion');
    assert.match(f.message, /line 3/);
  });

  it('offers to use either value', () => {
    const text = 'Trade between the two reached $31.17 billion in 2022.\n\nTrade between the two reached $31.7 billion.';
    const [f] = findings(text, 'number-conflict');
    assert.equal(applyEdits(text, f.fixes![0].edits), text.replace('$31.7 ', '$31.17 '));
    assert.equal(applyEdits(text, f.fixes![1].edits), text.replace('$31.17 ', '$31.7 '));
  });

  it('writes its message in French for a French draft', () => {
    const [f] = findings('Le volume des échanges a atteint 31,17 milliards de dollars en 2022. Le volume des échanges a atteint 31,7 milliards de dollars.', 'number-conflict');
    assert.match(f.message, /contredit/);
  });
});
