import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';

const names = (text: string, language: 'fr' | 'en' = 'en'): string[] => analyze(text, { language }).facts.names.map((n) => n.text);

describe('names: mentions', () => {
  it('finds full names and surnames', () => {
    assert.deepEqual(names('The ambassador, Shakhrat Nuryshev, spoke. Later Nuryshev left.'), ['Shakhrat Nuryshev', 'Nuryshev']);
  });
  it('drops sentence-initial common words, French and English', () => {
    assert.deepEqual(names('Selon Nuryshev, tout va bien. Plus tard, Nourchev est parti.', 'fr'), ['Nuryshev', 'Nourchev']);
    assert.deepEqual(names('The minister met Claire Vasseur. However Vasseur declined.'), ['Claire Vasseur', 'Vasseur']);
  });
  it('drops a sentence-initial word that the draft also uses in lower case', () => {
    assert.deepEqual(names('Freight rose. Freight volumes and freight prices rose too.'), []);
  });
  it('ignores weekdays and months', () => {
    assert.deepEqual(names('Il est arrivé Mardi. Lundi 3 Mars, rien.', 'fr'), []);
    assert.deepEqual(names('It happened on Monday, in January, before Tuesday.'), []);
  });
  it('strips titles but keeps the name', () => {
    assert.deepEqual(names('We met President Tokayev and Dr Smith, then Mr. Jones.'), ['Tokayev', 'Smith', 'Jones']);
    assert.deepEqual(names('Le président Tokaïev a reçu M. Nourychev et l’ambassadeur Li.', 'fr'), ['Tokaïev', 'Nourychev', 'Li']);
  });
  it('drops a one-word sentence opener seen nowhere else, after a quotation mark too', () => {
    assert.deepEqual(names('Exports of wheat rose. “Nobody wants a strike,” Ekdahl said in Valmere.'), ['Ekdahl', 'Valmere']);
  });
  it('keeps a sentence opener that is another spelling of a name in the draft', () => {
    const text = 'Shakhrat Nuryshev a parlé mardi. Nourchev a ensuite rencontré la presse.';
    const n = analyze(text, { language: 'fr' }).facts.names;
    assert.ok(n.some((x) => x.text === 'Nourchev' && x.variant));
  });
  it('marks titled names as people', () => {
    const n = analyze('We met General Gerasimov yesterday.', { language: 'en' }).facts.names;
    assert.equal(n[0].type, 'person');
  });
  it('does not take acronyms for names', () => {
    assert.deepEqual(names('L’ONU et l’OTAN parlent du COVID-19 avec la BCE.', 'fr'), []);
    assert.deepEqual(names('The UN and NATO met.'), []);
  });
  it('keeps particles, hyphens and apostrophes inside names', () => {
    assert.deepEqual(names('He met Valéry Giscard d’Estaing and Kim Jong-un, then Bashar al-Assad.'), ['Valéry Giscard d’Estaing', 'Kim Jong-un', 'Bashar al-Assad']);
    assert.deepEqual(names('They saw Ursula von der Leyen and Mohammed bin Salman with Conor O’Brien.'), ['Ursula von der Leyen', 'Mohammed bin Salman', 'Conor O’Brien']);
  });
  it('strips an elided article before a place', () => {
    assert.deepEqual(names('Il est à l’aéroport d’Astana.', 'fr'), ['Astana']);
  });
  it('strips possessives', () => {
    const text = 'We read Nuryshev’s statement and Putin\'s reply.';
    assert.deepEqual(names(text), ['Nuryshev', 'Putin']);
  });
  it('finds names in Cyrillic and groups them with their romanization', () => {
    const a = analyze('The ambassador Shakhrat Nuryshev (Шахрат Нурышев) spoke.', { language: 'en' });
    assert.deepEqual(a.facts.names.map((n) => n.text), ['Shakhrat Nuryshev', 'Шахрат Нурышев']);
    assert.equal(a.facts.names[0].entity, a.facts.names[1].entity);
  });
  it('keeps runs of caseless scripts whole', () => {
    assert.deepEqual(names('President Xi Jinping (习近平) spoke.'), ['Xi Jinping', '习近平']);
  });
  it('skips code and link targets', () => {
    assert.deepEqual(names('We ran `Nourchev` or see [the page](https://example.org/Nourchev).'), []);
  });
  it('offsets point at the text', () => {
    const text = '*Photo : Shakhrat Nuryshev, à Pékin.*';
    for (const n of analyze(text, { language: 'fr' }).facts.names) assert.equal(text.slice(n.start, n.end), n.text);
  });
});
