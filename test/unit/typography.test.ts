import { strict as assert } from 'assert';
import fc from 'fast-check';
import { applyEdits, covered, findings } from './helpers';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const fr = { language: 'fr' as const };
const en = { language: 'en' as const };

describe('typography', () => {
  describe('French', () => {
    const flagged: [string, string, string[]][] = [
      ['breaking space before ?', 'Que veut-il ? Personne ne le sait.', ['?']],
      ['no space before !', 'Quelle surprise! Il est venu.', ['!']],
      ['breaking space before ;', 'Il est venu ; il est reparti.', [';']],
      ['no space before :', 'Le ministre a dit: non.', [':']],
      ['breaking space inside guillemets', 'Il a dit « non » hier.', ['«', '»']],
      ['no space inside guillemets', 'Il a dit «non» hier.', ['«', '»']],
    ];
    for (const [what, text, marks] of flagged) {
      it(`flags: ${what}`, () => assert.deepEqual(covered(text, 'typography', fr), marks));
    }

    const clean: [string, string][] = [
      ['no-break spaces', `Que veut-il${NNBSP}? Il a dit «${NBSP}non${NBSP}»${NNBSP}; puis${NBSP}: rien.`],
      ['either no-break space', `Vraiment${NBSP}? Oui${NNBSP}!`],
      ['a time and a score', 'La réunion commence à 12:30 et le score est de 3:1.'],
      ['a URL in Markdown', 'Voir [le site](https://exemple.fr/a?b=c:d) et `x ? y : z` ici.'],
      ['exclamation after a question mark', `Vraiment${NNBSP}?! Il est venu.`],
      ['an HTML entity', 'Le prix est de 3&nbsp;euros.'],
      ['percent is number-format’s', 'Hausse de 23,6% sur un an.'],
      ['a French quotation continued on a new paragraph', `«${NBSP}Premier paragraphe.\n\n»${NBSP}Suite${NBSP}».`],
    ];
    for (const [what, text] of clean) {
      it(`stays clean: ${what}`, () => assert.deepEqual(covered(text, 'typography', fr), []));
    }

    it('fixes with the right no-break space, in French', () => {
      const text = 'Que veut-il ? Il a dit: « non ».';
      const fs = findings(text, 'typography', fr);
      assert.match(fs[0].message, /^Typographie\u00a0: espace sécable avant «\u00a0\?\u00a0» \(le français demande une espace fine insécable/);
      const all = fs.flatMap((f) => f.fixes![0].edits);
      assert.equal(applyEdits(text, all), `Que veut-il${NNBSP}? Il a dit${NBSP}: «${NBSP}non${NBSP}».`);
      assert.ok(fs.every((f) => f.fixes![0].fixAll && f.severity === 'hint'));
    });
  });

  describe('English', () => {
    it('flags a space before ; : ! ? and removes it', () => {
      const text = 'Why ? Because : it works ; really !';
      assert.deepEqual(covered(text, 'typography', en), ['?', ':', ';', '!']);
      const edits = findings(text, 'typography', en).flatMap((f) => f.fixes![0].edits);
      assert.equal(applyEdits(text, edits), 'Why? Because: it works; really!');
    });
    it('stays clean on ordinary English', () => {
      assert.deepEqual(covered('Why? Because: it works; really! At 12:30 (see note :) ok.', 'typography', en), []);
    });
  });

  it('applying every fix leaves nothing to report (property)', () => {
    const word = fc.stringMatching(/^[a-zé]{1,6}$/);
    const mark = fc.constantFrom(' ?', '?', ' !', ' ;', ':', ' :');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.map(([w, m]) => `${w}${m}`).join(' ') + ' fin.';
        const edits = findings(text, 'typography', fr).flatMap((f) => f.fixes![0].edits);
        assert.deepEqual(covered(applyEdits(text, edits), 'typography', fr), []);
      }),
    );
  });
});
