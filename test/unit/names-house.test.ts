import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { parseHouseNames } from '../../src/core/names/house';
import { nameHover } from '../../src/core/names/hover';
import { applyEdits, covered, findings } from './helpers';

const LIST = JSON.stringify({
  people: [
    { id: 'nuryshev', name: 'Shakhrat Nuryshev', fr: 'Shakhrat Nourychev', variants: ['Nourchev', 'Nurishev'], note: 'Kazakh ambassador to China' },
    { name: 'Kim Jong-un', variants: ['Kim Jong Un'] },
  ],
  places: [{ name: 'Astana', variants: ['Nur-Sultan'] }],
  different: [['Sergei Lavrov', 'Sergey Lavrov']],
  specs: [
    { language: 'fr', text: 'Selon Nourchev, tout va bien.', expected: 'Selon Nourychev, tout va bien.' },
    { language: 'en', text: 'Nurishev spoke.', expected: 'Nuryshev spoke.' },
  ],
});

describe('names: house name list', () => {
  it('parses a valid list and runs its specs', () => {
    const r = parseHouseNames(LIST, '.copydesk/names.json');
    assert.deepEqual(r.errors, []);
    assert.equal(r.list!.entries.length, 3);
    assert.equal(r.list!.entries[0].byLanguage.fr, 'Shakhrat Nourychev');
  });

  const bad: [string, string, RegExp, string | undefined][] = [
    ['malformed JSON, with line and column', '{\n  "people": [\n    { "name": "A" },,\n  ]\n}', /^names\.json: not valid JSON at line 3, column \d+/, undefined],
    ['not an object', '[1, 2]', /^names\.json: the house name list must be a JSON object/, undefined],
    ['unknown top-level key', '{ "persons": [] }', /unknown property "persons"/, 'persons'],
    ['missing name', '{ "people": [ { "variants": ["x"] } ] }', /entry people\[0\] needs a "name"/, 'people[0]'],
    ['wrong type for variants', '{ "people": [ { "name": "Nuryshev", "variants": "Nourchev" } ] }', /entry people\[0\] \(Nuryshev\): "variants" must be an array/, 'people[0] (Nuryshev)'],
    ['bad pair', '{ "different": [["Kim Jong-un"]] }', /different\[0\] must be a pair/, 'different[0]'],
    ['failing spec', '{ "people": [ { "name": "Nuryshev", "variants": ["Nourchev"] } ], "specs": [ { "text": "Nourchev a parlé.", "expected": "Nourchev a parlé.", "language": "fr" } ] }', /spec 1 fails: "Nourchev a parlé\." gives "Nuryshev a parlé\.", expected "Nourchev a parlé\."/, 'specs[0]'],
  ];
  for (const [what, json, message, entry] of bad) {
    it(`reports one clear error: ${what}`, () => {
      const r = parseHouseNames(json, 'names.json');
      assert.equal(r.list, undefined);
      assert.equal(r.errors.length, 1);
      assert.match(r.errors[0].message, message);
      assert.equal(r.errors[0].entry, entry);
    });
  }

  it('analysis keeps working with invalid houseNames content', () => {
    assert.deepEqual(covered('Shakhrat Nuryshev arrived. Nourchev spoke.', 'name-variant', { language: 'en', houseNames: { people: 'oops' } }), ['Nourchev']);
  });

  it('the house list decides the preferred spelling per language (name-variant)', () => {
    const text = 'Shakhrat Nuryshev est arrivé. Plus tard, Nourchev a parlé.';
    const houseNames = JSON.parse(LIST);
    const fs = findings(text, 'name-variant', { language: 'fr', houseNames });
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Nuryshev', 'Nourchev']);
    assert.equal(applyEdits(text, fs[0].fixes![1].edits), 'Shakhrat Nourychev est arrivé. Plus tard, Nourychev a parlé.');
    const e = analyze(text, { language: 'fr', houseNames }).facts.entities.find((x) => x.reason === 'house')!;
    assert.equal(e.preferred, 'Shakhrat Nourychev');
    assert.equal(e.house!.id, 'nuryshev');
    // the English desk keeps Nuryshev
    assert.deepEqual(covered(text, 'name-variant', { language: 'en', houseNames }), ['Nourchev']);
  });

  it('accepts the list returned by parseHouseNames as well as raw JSON', () => {
    const { list } = parseHouseNames(LIST, 'names.json');
    assert.deepEqual(covered('Nurishev spoke.', 'name-style', { language: 'en', houseNames: list }), ['Nurishev']);
  });

  it('name-style: a consistent spelling that the house list does not prefer', () => {
    const text = 'Shakhrat Nuryshev est arrivé. Selon Nuryshev, tout va bien.';
    const fs = findings(text, 'name-style', { language: 'fr', houseNames: JSON.parse(LIST) });
    assert.equal(fs.length, 2);
    assert.equal(fs[0].severity, 'warning');
    assert.equal(fs[0].message, 'La liste maison écrit Nuryshev « Nourychev » en français.');
    assert.equal(applyEdits(text, fs[0].fixes![0].edits), text.replace('Nuryshev', 'Nourychev'));
    assert.equal(applyEdits(text, fs[0].fixes![1].edits), 'Shakhrat Nourychev est arrivé. Selon Nourychev, tout va bien.');
    assert.deepEqual(findings(text, 'name-variant', { language: 'fr', houseNames: JSON.parse(LIST) }), []);
    // an English draft already follows the house spelling
    assert.deepEqual(covered('Shakhrat Nuryshev arrived.', 'name-style', { language: 'en', houseNames: JSON.parse(LIST) }), []);
  });

  it('name-style: a listed variant of a place', () => {
    assert.deepEqual(covered('The summit was held in Nur-Sultan.', 'name-style', { language: 'en', houseNames: JSON.parse(LIST) }), ['Nur-Sultan']);
  });

  it('pairs listed as different people are never merged', () => {
    const text = 'Sergei Lavrov spoke. Sergey Lavrov left.';
    assert.deepEqual(covered(text, 'name-variant', { language: 'en' }), ['Sergey']);
    assert.deepEqual(covered(text, 'name-variant', { language: 'en', houseNames: JSON.parse(LIST) }), []);
  });

  it('a listed pair of surnames also keeps a surname out of the full name that holds the other', () => {
    const text = 'Shakhrat Nuryshev est arrivé.\n\nSelon Nuryshev, oui.\n\nPlus tard, Nourchev a parlé.\n';
    assert.deepEqual(covered(text, 'name-variant', { language: 'fr' }), ['Nourchev']);
    assert.deepEqual(covered(text, 'name-variant', { language: 'fr', houseNames: { different: [['Nourchev', 'Nuryshev']] } }), []);
    assert.deepEqual(covered(text, 'name-variant', { language: 'fr', houseNames: { different: [['Nuryshev', 'Smith']] } }), ['Nourchev']);
  });

  it('hover: spellings with counts and lines, preferred spelling and why, house entry', () => {
    const text = 'Shakhrat Nuryshev est arrivé.\n\nSelon Nuryshev, oui.\n\nPlus tard, Nourchev a parlé.\n';
    const a = analyze(text, { language: 'fr' });
    const md = nameHover(a, text.indexOf('Nourchev') + 2)!;
    assert.match(md, /Graphie retenue : \*\*Shakhrat Nuryshev\*\* \(la première mention du nom complet\)/);
    assert.match(md, /- Shakhrat Nuryshev — une fois, ligne 1/);
    assert.match(md, /- Nuryshev — une fois, ligne 3/);
    assert.match(md, /- ⚠ Nourchev — une fois, ligne 5/);
    assert.equal(nameHover(a, text.indexOf('arrivé')), undefined);
    const b = analyze(text.replace(/est arrivé/, 'arrived').replace('Selon', 'According to').replace('Plus tard', 'Later').replace('a parlé', 'spoke').replace(', oui', ''), { language: 'en', houseNames: JSON.parse(LIST) });
    const md2 = nameHover(b, 3)!;
    assert.match(md2, /Preferred spelling: \*\*Shakhrat Nuryshev\*\* \(the house name list\)/);
    assert.match(md2, /House name list: `nuryshev` → Shakhrat Nuryshev; known variants: Nourchev, Nurishev — Kazakh ambassador to China/);
  });
});
