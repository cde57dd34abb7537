import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { sameEntity } from '../../src/core/names/similarity';
import { applyEdits, covered, findings } from './helpers';

const fr = { language: 'fr' as const };
const en = { language: 'en' as const };

describe('name-variant', () => {
  const flagged: [string, string, string[]][] = [
    ['English vs French romanization (Kazakh)', 'Shakhrat Nuryshev est arrivé. Plus tard, Nourchev a parlé.', ['Nourchev']],
    ['Russian zh/j', 'Georgy Zhukov commanded. Joukov won.', ['Joukov']],
    ['Russian kh/ch/sch (German)', 'Nikita Khrushchev spoke. Later Chruschtschow left.', ['Chruschtschow']],
    ['ya/ia', 'Alexander Yakovlev wrote. Iakovlev agreed.', ['Iakovlev']],
    ['-y/-i/-ij endings', 'Pyotr Tchaikovsky composed. Then Tchaikovski rested.', ['Tchaikovski']],
    ['ou/u', 'Vladimir Putin spoke to Poutine’s allies.', ['Poutine']],
    ['Ukrainian', 'Volodymyr Zelenskyy spoke. Later Zelensky and Selenskyj met nobody.', ['Zelensky', 'Selenskyj']],
    ['pinyin vs Wade-Giles', 'Mao Zedong met Nixon. Later Mao Tse-tung wrote.', ['Tse-tung']],
    ['Arabic q/g/dh', 'Muammar Gaddafi ruled. Kadhafi fell. Qaddafi died.', ['Kadhafi', 'Qaddafi']],
    ['Arabic al-/el-', 'Bashar al-Assad spoke. Later Bashar el-Assad left.', ['el-Assad']],
    ['diacritics dropped', 'Recep Tayyip Erdoğan spoke. Erdogan left.', ['Erdogan']],
    ['Cyrillic vs Latin majority', 'Нурышев приехал. Nuryshev left. Nourychev came back. Nuryshev spoke.', ['Нурышев', 'Nourychev']],
    ['given name spelled two ways', 'Sergei Lavrov spoke. Sergey Lavrov left.', ['Sergey']],
    ['old French -off for -ov', 'Sergei Rachmaninov composed. Later Rachmaninoff toured.', ['Rachmaninoff']],
    ['Arabic short vowels', 'Mohammed Morsi won. Later Muhammad Morsi fell.', ['Muhammad']],
  ];
  for (const [what, text, expected] of flagged) {
    it(`flags: ${what}`, () => assert.deepEqual(covered(text, 'name-variant', en), expected));
  }

  const clean: [string, string][] = [
    ['feminine and masculine (-ov/-ova)', 'Ivan Ivanov came. Later Ivanova spoke with Ivanov.'],
    ['-sky/-skaya', 'Dmitry Chaikovsky and Irina Chaikovskaya met. Chaikovskaya left.'],
    ['Czech -ová', 'Jan Novák met Jana Nováková. Novák left; Nováková stayed.'],
    ['Polish -ski/-ska', 'Jan Kowalski met Anna Kowalska. Kowalska left.'],
    ['relatives: Kim Jong-un / Kim Jong-il', 'Kim Jong-un succeeded Kim Jong-il in 2011.'],
    ['one consonant apart', 'Petrov met Petkov, then Sokolov met Sorokov.'],
    ['country and adjective', 'China and Chinese firms; Russia and Russian banks; Iran and Irani oil; Kazakhstan and Kazakh wheat.'],
    ['two first names, one surname', 'Pavel Durov and Nikolai Durov founded it.'],
    ['surname after a full name', 'Shakhrat Nuryshev spoke. Nuryshev left. Nuryshev’s car waited.'],
    ['surname without the article', 'Bashar al-Assad spoke. Assad left.'],
    ['different people, similar names', 'Sergei Lavrov met Sergei Lebedev.'],
    ['Arabic names one yāʾ apart (Hassan / Hussein)', 'Hassan Nasrallah spoke of Saddam Hussein. Later Hassan left, and Hussein was tried.'],
  ];
  for (const [what, text] of clean) {
    it(`stays clean: ${what}`, () => assert.deepEqual(covered(text, 'name-variant', en), []));
  }

  it('groups two first names with one surname into two people', () => {
    const a = analyze('Pavel Durov and Nikolai Durov founded it.', en);
    const ids = new Set(a.facts.names.map((n) => n.entity));
    assert.equal(ids.size, 2);
  });

  it('attaches a surname to the person most recently named', () => {
    const a = analyze('Kim Jong-il ruled. Kim Jong-un followed. Kim spoke.', en);
    const [il, un, kim] = a.facts.names;
    assert.notEqual(il.entity, un.entity);
    assert.equal(kim.entity, un.entity);
  });

  it('reports in French with counts, related locations and fixes', () => {
    const text = 'Shakhrat Nuryshev est arrivé. Selon Nuryshev, tout va bien. Plus tard, Nourchev a parlé.';
    const [f] = findings(text, 'name-variant', fr);
    assert.equal(f.message, 'Nourchev est écrit Nuryshev 2 fois ailleurs dans ce texte (transcription française du même nom cyrillique).');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.related!.map((r) => text.slice(r.start, r.end)), ['Shakhrat Nuryshev', 'Nuryshev']);
    assert.equal(f.fixes![0].preferred, true);
    assert.equal(applyEdits(text, f.fixes![0].edits), text.replace('Nourchev', 'Nuryshev'));
    assert.deepEqual(f.data, { entity: f.data!.entity, preferred: 'Nuryshev', preferredFull: 'Shakhrat Nuryshev', variant: 'Nourchev', variants: ['Nourchev'], reason: 'first-full', kind: 'french' });
  });

  it('reports in English', () => {
    const [f] = findings('Shakhrat Nuryshev arrived. Nourchev spoke.', 'name-variant', en);
    assert.equal(f.message, 'Nourchev is spelled Nuryshev once elsewhere in this draft (French transcription of the same Cyrillic name).');
  });

  it('the document-wide fix changes every variant in one fix', () => {
    const text = 'Shakhrat Nuryshev arrived. Nourchev spoke; Nuryshev left; Nurishev returned; Nourchev slept.';
    const fs = findings(text, 'name-variant', en);
    assert.equal(fs.length, 3);
    const all = fs[0].fixes![1];
    assert.equal(all.fixAll, true);
    assert.equal(all.edits.length, 3);
    const fixed = applyEdits(text, all.edits);
    assert.equal(fixed, 'Shakhrat Nuryshev arrived. Nuryshev spoke; Nuryshev left; Nuryshev returned; Nuryshev slept.');
    assert.deepEqual(covered(fixed, 'name-variant', en), []);
  });

  it('prefers the first full-name mention, else the majority, and records why', () => {
    const a = analyze('Nourchev came. Nuryshev left. Nuryshev spoke.', en);
    const e = a.facts.entities.find((x) => x.preferred === 'Nuryshev')!;
    assert.equal(e.reason, 'majority');
    const b = analyze('Nourchev came. Shakhrat Nuryshev left.', en);
    assert.equal(b.facts.entities[0].reason, 'first-full');
    assert.equal(b.facts.entities[0].preferred, 'Shakhrat Nuryshev');
    assert.deepEqual(b.facts.names.map((n) => !!n.variant), [true, false]);
  });

  it('samples/ambassadeur-kazakh.md: warnings at each Nourchev, one related location per other spelling, fix-all to Nuryshev', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'samples', 'ambassadeur-kazakh.md'), 'utf8');
    const fs = findings(text, 'name-variant');
    const nourchev = text.split('Nourchev').length - 1;
    const nuryshev = text.split('Nuryshev').length - 1;
    assert.ok(nourchev >= 1);
    // one finding at each occurrence of the variant
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), Array(nourchev).fill('Nourchev'));
    for (const f of fs) {
      const rel = f.related!.map((r) => text.slice(r.start, r.end));
      assert.equal(new Set(rel).size, rel.length);
      assert.ok(rel.length <= 5);
      assert.ok(f.message.startsWith(`Nourchev est écrit Nuryshev ${nuryshev} fois ailleurs dans ce texte`));
    }
    const fixed = applyEdits(text, fs[0].fixes![1].edits);
    assert.ok(!fixed.includes('Nourchev'));
    assert.equal(fixed.split('Nuryshev').length - 1, nuryshev + nourchev);
    assert.deepEqual(findings(text, 'name-style'), []);
  });

  it('honours on/off', () => {
    assert.deepEqual(findings('Shakhrat Nuryshev arrived. Nourchev spoke.', 'name-variant', { rules: { 'name-variant': { enabled: false } } }), []);
  });

  it('sameEntity is symmetric and reflexive (property)', () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        assert.equal(sameEntity(a, a), true);
        assert.equal(sameEntity(a, b), sameEntity(b, a));
      }),
    );
  });

  it('a masculine surname never matches its -a feminine form (property)', () => {
    const stem = fc.stringMatching(/^[A-Z][a-z]{3,8}$/);
    const ending = fc.constantFrom(['ov', 'ova'], ['ev', 'eva'], ['in', 'ina'], ['sky', 'skaya'], ['ski', 'ska']);
    fc.assert(fc.property(stem, ending, (s, [m, f]) => assert.equal(sameEntity(s + m, s + f), false)));
  });

  it('the fix-all result has no name-variant finding left (property)', () => {
    const variant = fc.constantFrom('Nourchev', 'Nurishev', 'Nourychev', 'Nuryshev');
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 6 }), (vs) => {
        const text = 'Shakhrat Nuryshev arrived. ' + vs.map((v) => `Then ${v} spoke.`).join(' ');
        const fs = findings(text, 'name-variant', en);
        const fixed = fs.length ? applyEdits(text, fs[0].fixes![1].edits) : text;
        assert.deepEqual(covered(fixed, 'name-variant', en), []);
      }),
      { numRuns: 30 },
    );
  });
});
