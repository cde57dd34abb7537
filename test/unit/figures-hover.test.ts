import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { figureHover } from '../../src/core/figures/hover';

const N = '\u202f';

describe('figures: hover', () => {
  it('writes out the value, kind, what it qualifies and the implied previous value (French)', () => {
    const text = readFileSync(join(__dirname, '../../samples/ambassadeur-kazakh.md'), 'utf8');
    const a = analyze(text);
    const h = figureHover(a, text.indexOf('31,17') + 2)!;
    assert.ok(h.includes(`31${N}170${N}000${N}000\u00a0USD`), h);
    assert.match(h, /montant/);
    assert.match(h, /le volume des échanges/);
    assert.ok(h.includes('≈ 25,22 milliards'), h);
  });

  it('gives the previous value implied by “soit une augmentation de 15 %”', () => {
    const text = readFileSync(join(__dirname, '../../samples/ambassadeur-kazakh.md'), 'utf8');
    const h = figureHover(analyze(text), text.indexOf('23 millions'))!;
    assert.ok(h.includes('≈ 20 millions'), h);
    assert.match(h, /fret ferroviaire/);
  });

  it('writes the value in English and lists other mentions with their line', () => {
    const text = readFileSync(join(__dirname, '../../samples/trade-figures.md'), 'utf8');
    const a = analyze(text);
    const h = figureHover(a, text.indexOf('$31.17'))!;
    assert.ok(h.includes('31,170,000,000 USD'), h);
    assert.match(h, /amount of money/);
    assert.match(h, /Trade between China and Kazakhstan/);
    assert.ok(h.includes('≈ 25.22 billion'), h);
    assert.match(h, /line 10: \$31\.7 billion/);
  });

  it('shows the rate the two values give, and a share', () => {
    const text = 'Freight volume rose from 20 million tonnes to 25 million tonnes, a 30% increase.\n\nOnly 12 of the 40 members voted.';
    const a = analyze(text);
    assert.match(figureHover(a, text.indexOf('30%'))!, /The two values give: 25%/);
    assert.match(figureHover(a, text.indexOf('12 of'))!, /Share of the whole: 30%/);
  });

  it('returns undefined away from figures', () => {
    const text = 'No figures here at all.';
    assert.equal(figureHover(analyze(text), 3), undefined);
  });
});
