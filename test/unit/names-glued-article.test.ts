// An Arabic article glued to the name (al-Thani, az-Zawahiri) against the same article written
// apart (Al Thani, Al Zawahiri): one name, one rewrite of the whole span from the article on
// (issue 8, particles). A filiation particle (bin, ibn) is another name, never rewritten.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';

const variants = (text: string, language: 'en' | 'fr') => analyze(text, { language }).findings.filter((f) => f.rule === 'name-variant');

describe('names: an Arabic article glued or written apart', () => {
  const cases: [string, 'en' | 'fr', string, string][] = [
    ['Tamim al-Nahyan a présidé la réunion lundi. Mercredi, Tamim Al Nahyan a quitté Doha.', 'fr', 'Al Nahyan', 'al-Nahyan'],
    ['Omar az-Zubaidi spoke on Monday. On Wednesday, Omar Al Zubaidi left for Cairo.', 'en', 'Al Zubaidi', 'az-Zubaidi'],
    ['Karim El Masri spoke on Monday. Officials said on Wednesday that Karim el-Masri had left.', 'en', 'el-Masri', 'El Masri'],
  ];
  for (const [text, lang, spelled, target] of cases) {
    it(`${spelled} → ${target} (${lang}), the whole span rewritten`, () => {
      const fs = variants(text, lang);
      assert.equal(fs.length, 1);
      assert.equal(fs[0].severity, 'warning');
      const e = fs[0].fixes![0].edits;
      assert.equal(e.length, 1);
      assert.equal(text.slice(e[0].start, e[0].end), spelled);
      assert.equal(e[0].newText, target);
    });
  }
  it('a filiation particle is not an article: al-Rashid / bin Rashid stay unfixed', () => {
    const fs = variants('Khalid al-Rashid spoke on Monday. On Wednesday, Khalid bin Rashid left for Riyadh.', 'en');
    assert.equal(fs.filter((f) => f.severity === 'warning').length, 0);
  });
  it('ibn and a glued article, in French: no warning', () => {
    const fs = variants('Saad ibn Khaled a parlé lundi. Mercredi, Saad al-Khaled est parti pour Amman.', 'fr');
    assert.equal(fs.filter((f) => f.severity === 'warning').length, 0);
  });
});
