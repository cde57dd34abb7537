// Particles count in the comparison (issue 8): a particle written with another capital letter
// (de / De, van / Van) or another particle (von / van) is a variant of one name, and a
// sentence-initial capital on the particle ("Von der Leyen said…", "De Gaulle a dit…") is
// ordinary capitalisation, never a variant. Names below are not those of any eval set.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { Finding } from '../../src/core/types';
import { applyEdits } from './helpers';

type Lang = 'fr' | 'en';
const variants = (text: string, language: Lang): Finding[] => analyze(text, { language }).findings.filter((f) => f.rule === 'name-variant');

describe('name particles: capital letter and particle count', () => {
  const flagged: [Lang, string, string, string][] = [
    ['fr', 'Dominique de Villepin a parlé à l’Assemblée. Mardi, Dominique De Villepin a quitté Paris.', 'De Villepin', 'de Villepin'],
    ['en', 'Dominique de Villepin spoke in Paris. On Tuesday, Dominique De Villepin left for Rome.', 'De Villepin', 'de Villepin'],
    ['en', 'Herman Van Rompuy chaired the meeting. Later, Herman van Rompuy thanked the staff.', 'van Rompuy', 'Van Rompuy'],
    ['fr', 'Herman Van Rompuy a présidé la séance. Ensuite, Herman van Rompuy a remercié les services.', 'van Rompuy', 'Van Rompuy'],
    ['en', 'Frans van Houten left the board. A year later, Frans Van Houten joined a startup.', 'Van Houten', 'van Houten'],
    ['fr', 'Pieter De Crem a été ministre. Plus tard, Pieter de Crem est devenu bourgmestre.', 'de Crem', 'De Crem'],
    ['en', 'Karl-Theodor zu Guttenberg resigned. On Friday, the minister von Guttenberg left.', '', ''],
    ['en', 'Ludwig von Mises wrote the book. Critics said Ludwig van Mises was wrong.', 'van Mises', 'von Mises'],
    ['fr', 'Ludwig von Mises a écrit ce livre. Selon ses critiques, Ludwig van Mises se trompait.', 'van Mises', 'von Mises'],
    ['en', 'Ludwig von Mises wrote the book. Critics said Ludwig Von Der Mises was wrong.', '', ''],
  ];
  for (const [lang, text, spelled, target] of flagged) {
    if (!spelled) continue;
    it(`${lang}: ${spelled} → ${target}`, () => {
      const fs = variants(text, lang);
      assert.equal(fs.length, 1, JSON.stringify(fs.map((f) => f.message)));
      assert.equal(text.slice(fs[0].start, fs[0].end), spelled);
      assert.equal(fs[0].severity, 'warning');
      assert.equal(applyEdits(text, fs[0].fixes![0].edits), text.replace(new RegExp(`(?<=\\s)${spelled}`), target));
    });
  }

  it('names the kind: the particle capitalised differently', () => {
    const [f] = variants('Dominique de Villepin spoke in Paris. On Tuesday, Dominique De Villepin left for Rome.', 'en');
    assert.match(f.message, /capitalised differently/);
    const [g] = variants('Dominique de Villepin a parlé. Mardi, Dominique De Villepin est parti.', 'fr');
    assert.match(g.message, /autre casse/);
  });

  it('a lower-case particle before a surname the draft writes with another particle joins it', () => {
    const text = 'Ludwig von Mises wrote the book. Later, van Mises was quoted again.';
    const fs = variants(text, 'en');
    assert.equal(fs.length, 1);
    assert.equal(text.slice(fs[0].start, fs[0].end), 'van Mises');
  });

  const clean: [Lang, string][] = [
    ['en', 'Ursula von der Leyen spoke first. Von der Leyen then left the room.'],
    ['fr', 'Ursula von der Leyen a parlé la première. Von der Leyen a ensuite quitté la salle.'],
    ['fr', 'Charles de Gaulle est mort en 1970. De Gaulle avait quitté le pouvoir un an plus tôt.'],
    ['en', 'Vincent van Gogh painted it in 1889. Van Gogh sold few works in his lifetime.'],
    ['en', 'Herman Van Rompuy chaired the meeting. Van Rompuy thanked the staff.'],
    ['fr', 'Pieter De Crem a parlé. De Crem a quitté la salle. Le ministre De Crem est parti.'],
    ['fr', 'Frans Timmermans a parlé avec Kris Peeters. Alexander De Croo et Bart De Wever sont belges.'],
    ['en', '“Von der Leyen is right,” said Ursula von der Leyen’s spokesman.'],
    ['en', 'Ursula von der Leyen arrived. Asked about it: Von der Leyen declined to comment.'],
  ];
  for (const [lang, text] of clean) {
    it(`${lang}: stays clean — ${text.slice(0, 50)}`, () => {
      assert.deepEqual(variants(text, lang).map((f) => f.message), []);
    });
  }
});
