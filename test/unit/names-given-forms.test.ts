// A given name in its Ukrainian (Belarusian, Uzbek) form and in its Russian form is one person
// when the surname matches (issue 8): Mykola / Nikolai Azarov. Never for different surnames,
// never for two given names that are different names (Vitali / Vladimir Klitschko are brothers).
// Names below are not those of any eval set.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/types';
import { givenNameForms, sameEntity } from '../../src/core/names/similarity';

type Lang = 'fr' | 'en';
const variants = (text: string, language: Lang): Finding[] => analyze(text, { language }).findings.filter((f) => f.rule === 'name-variant');
const en = (a: string, b: string): string => `${a} met reporters in Kyiv on Monday. On Wednesday, ${b} left for the summit.`;
const fr = (a: string, b: string): string => `${a} a rencontré des journalistes lundi à Kyiv. Mercredi, ${b} est parti pour le sommet.`;

describe('given names in two national forms', () => {
  const same: [string, string][] = [
    ['Mykola Azarov', 'Nikolai Azarov'], ['Mykhailo Fedorov', 'Mikhail Fedorov'], ['Andriy Yermak', 'Andrei Yermak'],
    ['Serhiy Nayev', 'Sergei Nayev'], ['Oleh Tyahnybok', 'Oleg Tyahnybok'], ['Ihor Klymenko', 'Igor Klymenko'],
    ['Pavlo Klimkin', 'Pavel Klimkin'], ['Yevhen Marchuk', 'Yevgeny Marchuk'], ['Oleksiy Danilov', 'Alexei Danilov'],
    ['Iryna Vereshchuk', 'Irina Vereshchuk'], ['Vasyl Maliuk', 'Vasili Maliuk'], ['Siarhei Tsikhanouski', 'Sergei Tsikhanouski'],
  ];
  for (const [a, b] of same) {
    it(`${a} / ${b}: a warning with the kind named, both languages`, () => {
      for (const [lang, t] of [['en', en(a, b)], ['fr', fr(a, b)]] as const) {
        const fs = variants(t, lang);
        assert.equal(fs.length, 1, `${lang}: ${JSON.stringify(fs.map((f) => f.message))}`);
        assert.equal(fs[0].severity, 'warning');
        assert.match(fs[0].message, lang === 'en' ? /national forms of one given name/ : /formes nationales d’un même prénom/);
      }
    });
  }

  const apart: [string, string][] = [
    ['Vladimir Putin', 'Volodymyr Zelensky'], ['Dmytro Kuleba', 'Dmitry Medvedev'], ['Vitali Klitschko', 'Volodymyr Klitschko'],
    ['Mykola Azarov', 'Mykhailo Azarov'], ['Oleh Sentsov', 'Igor Sentsov'], ['Petro Poroshenko', 'Oleksiy Poroshenko'],
  ];
  for (const [a, b] of apart) {
    it(`${a} / ${b} stay two people`, () => {
      assert.equal(sameEntity(a, b), false);
      assert.deepEqual(variants(en(a, b), 'en').map((f) => f.message), []);
      assert.deepEqual(variants(fr(a, b), 'fr').map((f) => f.message), []);
    });
  }

  it('a given name alone never joins the other form', () => {
    assert.equal(sameEntity('Mykola', 'Nikolai'), false);
    assert.ok(givenNameForms('Wolodymyr', 'Vladimir'));
    assert.ok(givenNameForms('Dmitrii', 'Dmytro'));
    assert.ok(!givenNameForms('Vladimir', 'Vitali'));
  });

  it('Azerbaijani ə reads a: İlham Əliyev / Ilham Aliyev', () => {
    const fs = variants(en('Ilham Aliyev', 'İlham Əliyev'), 'en');
    assert.equal(fs.length, 1);
    assert.ok(sameEntity('Əhməd', 'Ahmad') || sameEntity('Rəşad', 'Rashad'));
  });
});
