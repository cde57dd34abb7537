import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyEdits, covered, findings } from './helpers';

describe('quote-unclosed', () => {
  const flagged: [string, string, string][] = [
    ['French opener never closed', '« Nous espérons renforcer le partenariat, a déclaré M. Nuryshev.', '«'],
    ['English opener never closed', '“We will not back down, he said.', '“'],
    ['stray French closer', 'Le ministre a parlé » hier.', '»'],
    ['stray English closer', 'The minister spoke” yesterday.', '”'],
    ['straight double opener', 'He said "we will win and left.', '"'],
    ['single curly opener', 'She called it ‘a mistake and left.', '‘'],
    ['low German opener', 'Er sagte „wir kommen und ging.', '„'],
    ['single guillemet opener', 'Il a dit ‹ non et il est parti.', '‹'],
    ['corner bracket opener', '他说「我们会来。', '「'],
  ];
  for (const [what, text, mark] of flagged) {
    it(`flags: ${what}`, () => {
      assert.deepEqual(covered(text, 'quote-unclosed'), [mark]);
    });
  }

  const clean: [string, string][] = [
    ['balanced French', '« Nous espérons », a déclaré M. Nuryshev.'],
    ['balanced English', '“We will not back down,” he said.'],
    ['nesting French', '« Il a dit “ jamais ” hier », selon elle.'],
    ['nesting English', '“He said ‘never’ yesterday,” she said.'],
    ['German pair', 'Er sagte „wir kommen“ und ging.'],
    ['German reversed guillemets', 'Er sagte »wir kommen« und ging.'],
    ['French apostrophes', 'L’ambassadeur est arrivé aujourd’hui à l’aéroport d’Astana.'],
    ['English contractions', 'I don’t think it’s over, and O’Brien agrees.'],
    ['decades', 'Music of the ’90s and the \'80s.'],
    ['rock and roll', 'It was rock ’n’ roll, pure rock \'n\' roll.'],
    ['possessive plural', 'The students’ union met the teachers\' delegates.'],
    ['feet and inches', 'He is 6\'2" tall and the screen is 27" wide.'],
    ['straight pair', 'He said "we will win" and left.'],
    ['straight single pair', "She called it 'a mistake' and left."],
    ['code is not prose', 'Run `echo "hi` now.'],
    ['fenced code', 'Text.\n\n```\nprint("unclosed)\n```\n'],
    ['link target', 'See [the report](https://example.org/a"b).'],
  ];
  for (const [what, text] of clean) {
    it(`stays clean: ${what}`, () => {
      assert.deepEqual(covered(text, 'quote-unclosed'), []);
    });
  }

  it('accepts a French quotation continued across paragraphs', () => {
    const text = '« Premier paragraphe de la citation.\n\n» Deuxième paragraphe.\n\n« Troisième et fin. »\n';
    assert.deepEqual(covered(text, 'quote-unclosed'), []);
    const q = analyze(text).facts.quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].end, text.lastIndexOf('»') + 1);
  });

  it('accepts an English quotation continued across paragraphs', () => {
    const text = '“First paragraph of the quote.\n\n“Second and last.”\n';
    assert.deepEqual(covered(text, 'quote-unclosed'), []);
  });

  it('does not carry an open quotation into an unrelated paragraph', () => {
    const text = '« Ouvert sans fin.\n\nUn autre paragraphe » ici.\n';
    assert.deepEqual(covered(text, 'quote-unclosed'), ['«', '»']);
  });

  it('reports in the document language, with the paragraph as related location', () => {
    const [f] = findings('« Nous espérons renforcer le partenariat, a déclaré le ministre.', 'quote-unclosed');
    assert.match(f.message, /jamais fermée/);
    assert.equal(f.severity, 'error');
    assert.equal(f.related?.length, 1);
    const [g] = findings('“We will not back down, the minister said.', 'quote-unclosed');
    assert.match(g.message, /never closed/);
  });

  it('offers to remove a stray closing mark', () => {
    const text = 'The minister spoke ” yesterday.';
    const [f] = findings(text, 'quote-unclosed');
    assert.equal(applyEdits(text, f.fixes![0].edits), 'The minister spoke yesterday.');
  });

  it('honours severity and on/off settings', () => {
    const text = '« Jamais fermé.';
    assert.equal(findings(text, 'quote-unclosed', { rules: { 'quote-unclosed': { severity: 'warning' } } })[0].severity, 'warning');
    assert.deepEqual(findings(text, 'quote-unclosed', { rules: { 'quote-unclosed': { enabled: false } } }), []);
  });

  it('never flags text made only of words and apostrophes (property)', () => {
    const word = fc.stringMatching(/^[a-zàéè]{1,8}$/);
    const elided = fc.tuple(fc.constantFrom('l', 'd', 'qu', 'n'), word).map(([a, b]) => `${a}’${b}`);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, elided), { minLength: 1, maxLength: 30 }), (ws) => {
        assert.deepEqual(covered(ws.join(' ') + '.', 'quote-unclosed', { language: 'fr' }), []);
      }),
    );
  });

  it('balanced pairs around any words are never flagged (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const pair = fc.constantFrom(['«\u00a0', '\u00a0»'], ['“', '”'], ['"', '"'], ['„', '“']);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 10 }), pair, fc.array(word, { maxLength: 5 }), (inner, [o, c], tail) => {
        const text = `Intro ${o}${inner.join(' ')}${c} ${tail.join(' ')}.`;
        assert.deepEqual(covered(text, 'quote-unclosed'), []);
      }),
    );
  });
});
