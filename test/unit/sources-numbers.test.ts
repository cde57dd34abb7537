// Source checks compare numbers by value, however they are written: digits or words,
// "%" or "pour cent" / "per cent" / "percent", with or without thousands separators.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { buildSourceIndex, lookupQuote } from '../../src/core/sources';
import { words } from '../../src/core/sources/tokens';

const NB = '\u00a0';
const keys = (s: string): string => words(s).map((w) => w.key).join(' ');

describe('sources: numbers however written', () => {
  it('reads digits, number words, percent phrases and separators to the same tokens', () => {
    assert.equal(keys('de dix pour cent dès deux mille vingt-cinq'), keys('de 10 % dès 2025'));
    assert.equal(keys('a cut of ten per cent'), keys('a cut of 10%'));
    assert.equal(keys('up twelve percent'), keys('up 12 per cent'));
    assert.equal(keys('10 000 emplois'), keys(`10${NB}000 emplois`));
    assert.equal(keys('10,000 jobs'), keys('ten thousand jobs'));
    assert.equal(keys('23,6 %'), keys('23.6%'));
    assert.equal(keys('two hundred and five people'), keys('205 people'));
    assert.equal(keys('quatre-vingt-dix jours'), keys('90 jours'));
  });
  it('keeps ordinary words and different numbers apart', () => {
    assert.notEqual(keys('de dix pour cent'), keys('de 11 %'));
    assert.equal(keys('un homme et une femme'), 'un homme et une femme');
    assert.notEqual(keys('cent euros'), keys('pour cent'));
  });

  const index = buildSourceIndex([
    { path: 'interview-fr.txt', text: 'Question. Réponse de la ministre : nous voulons réduire les émissions de dix pour cent dès deux mille vingt-cinq, et de moitié avant deux mille trente.' },
    { path: 'briefing-en.txt', text: 'Q: What is the target? A: We will hire ten thousand nurses and raise pay by four per cent next year.' },
  ]);
  const cases: [string, 'fr' | 'en', string][] = [
    ['nous voulons réduire les émissions de 10 % dès 2025', 'fr', 'verbatim'],
    [`nous voulons réduire les émissions de 10${NB}% dès 2025, et de moitié avant 2030`, 'fr', 'verbatim'],
    ['nous voulons réduire les émissions de 12 % dès 2025', 'fr', 'altered'],
    ['We will hire 10,000 nurses and raise pay by 4% next year', 'en', 'verbatim'],
    ['We will hire 10 000 nurses and raise pay by 4 percent next year', 'en', 'verbatim'],
    ['We will hire 10,000 nurses and raise pay by 5% next year', 'en', 'altered'],
  ];
  for (const [q, lang, status] of cases) it(`${status}: ${q}`, () => assert.equal(lookupQuote(index, q, lang).status, status));

  it('through analyze: a transcript in words and a draft in digits give no quote-source warning', () => {
    const draft = `«${NB}Nous voulons réduire les émissions de 10${NB}% dès 2025${NB}», a déclaré la ministre.`;
    const a = analyze(draft, { language: 'fr', sources: [{ path: 'interview-fr.txt', text: 'Nous voulons réduire les émissions de dix pour cent dès deux mille vingt-cinq.' }] });
    assert.equal(a.facts.quotes[0].source?.status, 'verbatim');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'quote-source' && f.severity !== 'information' && f.severity !== 'hint'), []);
  });
});

describe('sources: decimals in words', () => {
  it('“two point five percent” is 2.5 %', () => {
    assert.equal(keys('two point five percent'), keys('2.5%'));
    assert.equal(keys('deux virgule cinq pour cent'), keys('2,5 %'));
  });
});
