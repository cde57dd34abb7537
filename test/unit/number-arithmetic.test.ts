import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { applyEdits, covered, findings } from './helpers';

describe('number-arithmetic', () => {
  const flagged: [string, string, string][] = [
    ['growth rate vs two values', 'Freight volume rose from 20 million tonnes to 25 million tonnes, a 30% increase.', '30%'],
    ['growth rate vs two values (French)', 'Le fret est passé de 20 à 25 millions de tonnes, soit une hausse de 30 %.', '30 %'],
    ['a fall given as a rise', 'Sales fell from 50 to 40 million dollars, a 20% increase.', '20%'],
    ['decrease rate wrong', 'Le nombre de chômeurs est passé de 3,2 millions à 2,4 millions de personnes, soit une baisse de 10 %.', '10 %'],
    ['doubled', 'Exports doubled from 10 to 25 million tonnes.', 'doubled'],
    ['a triplé', 'Le budget a triplé, passant de 2 à 4 milliards d’euros.', 'a triplé'],
    ['part and total', 'Only 12 of the 40 members, or 35%, voted for the plan.', '35%'],
    ['part and total (French)', 'Seuls 12 des 40 membres, soit 35 %, ont voté le texte.', '35 %'],
    ['shares past 100%', 'In the poll, 45% voted yes, 40% voted no and 25% were undecided.', '25%'],
    ['shares past 100% (French)', 'Selon le sondage, 55 % des sondés ont voté pour, 40 % des sondés contre et 15 % des sondés se sont abstenus.', '15 %'],
    ['the rest far from 100%', 'Of those asked, 40% said yes, 35% said no and the remaining 10% did not answer.', '10%'],
    ['share above 100%', 'The party won 120% of the vote.', '120%'],
    ['share above 100% (French)', 'Le parti a obtenu 120 % des voix.', '120 %'],
  ];
  for (const [what, text, expected] of flagged) {
    it(`flags: ${what}`, () => {
      assert.deepEqual(covered(text, 'number-arithmetic'), [expected]);
    });
  }

  const clean: [string, string][] = [
    ['growth rate that fits', 'Freight volume rose from 20 million tonnes to 25 million tonnes, a 25% increase.'],
    ['rounding of the rate', 'Trade rose from 25.22 billion to 31.17 billion dollars, a 23.6% increase.'],
    ['French fit', 'Le fret est passé de 20 à 25 millions de tonnes, soit une hausse de 25 %.'],
    ['doubled that fits', 'Exports doubled from 10 to 20 million tonnes.'],
    ['more than doubled', 'Exports more than doubled from 10 to 25 million tonnes.'],
    ['part and total that fit', 'Only 12 of the 40 members, or 30%, voted for the plan.'],
    ['shares that add up', 'In the poll, 45% voted yes, 40% voted no and 15% were undecided.'],
    ['shares of different wholes', 'Some 60% of men and 70% of women approved.'],
    ['the rest that fits', 'Of those asked, 40% said yes, 35% said no and the remaining 25% did not answer.'],
    ['debt above 100% of GDP', 'Public debt reached 120% of GDP.'],
    ['price growth above 100%', 'Prices rose 150% in a year.'],
    ['rate and one value only', 'Le volume des échanges a augmenté de 23,6 % pour atteindre 31,17 milliards de dollars.'],
    ['years', 'Between 2019 and 2022, the law changed twice.'],
  ];
  for (const [what, text] of clean) {
    it(`stays clean: ${what}`, () => {
      assert.deepEqual(covered(text, 'number-arithmetic'), []);
    });
  }

  it('flags the English sample with the two values as related locations', () => {
    const text = readFileSync(join(__dirname, '../../samples/trade-figures.md'), 'utf8');
    const [f] = findings(text, 'number-arithmetic');
    assert.equal(text.slice(f.start, f.end), '30%');
    assert.deepEqual(
      f.related!.map((r) => text.slice(r.start, r.end)),
      ['20 million tonnes', '25 million tonnes'],
    );
    assert.match(f.message, /25%/);
  });

  it('offers the rate the values give', () => {
    const text = 'Freight volume rose from 20 million tonnes to 25 million tonnes, a 30% increase.';
    const [f] = findings(text, 'number-arithmetic');
    assert.equal(applyEdits(text, f.fixes![0].edits), text.replace('30%', '25%'));
    const fr = 'Seuls 12 des 40 membres, soit 35,0 %, ont voté.';
    const [g] = findings(fr, 'number-arithmetic');
    assert.equal(applyEdits(fr, g.fixes![0].edits), fr.replace('35,0', '30,0'));
  });

  it('tolerates the rounding of the printed rate, not more', () => {
    // 31.17 / 25.22 − 1 = 23.59 %: 23.6 fits, 23.8 does not
    assert.deepEqual(covered('Trade rose from 25.22 billion to 31.17 billion dollars, a 23.6% increase.', 'number-arithmetic'), []);
    assert.deepEqual(covered('Trade rose from 25.22 billion to 31.17 billion dollars, a 23.8% increase.', 'number-arithmetic'), ['23.8%']);
  });
});
