import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { applyEdits, covered, findings } from './helpers';

const NB = '\u00a0';

describe('quote-mismatch', () => {
  const flagged: [string, string, string][] = [
    ['guillemet closed by curly', 'Selon elle, « le déficit sera ramené l’an prochain”.', '« le déficit sera ramené l’an prochain”'],
    ['straight closed by curly', 'He said "we will win” and left.', '"we will win”'],
    ['closing mark used to open', 'He said ”we will win” and left.', '”we will win”'],
  ];
  for (const [what, text, span] of flagged) {
    it(`flags: ${what}`, () => assert.deepEqual(covered(text, 'quote-mismatch'), [span]));
  }
  const clean = ['« Nous ne reculerons pas », a déclaré la ministre.', '“We will win,” he said.', '« Il a dit “ jamais ” hier », selon elle.', '“He said ‘never’ yesterday,” she said.'];
  for (const text of clean) it(`stays clean: ${text}`, () => assert.deepEqual(covered(text, 'quote-mismatch'), []));

  it('fixes the closing mark to match the opening one (French, with a no-break space)', () => {
    const text = 'Selon elle, « le déficit sera ramené l’an prochain”.';
    const [f] = findings(text, 'quote-mismatch');
    assert.equal(f.severity, 'warning');
    assert.equal(applyEdits(text, f.fixes![0].edits), `Selon elle, « le déficit sera ramené l’an prochain${NB}».`);
  });
  it('fixes a closing mark used to open', () => {
    const text = 'He said ”we will win” and left.';
    const [f] = findings(text, 'quote-mismatch');
    assert.equal(applyEdits(text, f.fixes![0].edits), 'He said “we will win” and left.');
  });
});

describe('quote-style', () => {
  it('flags English marks in a French draft and converts them with no-break spaces', () => {
    const text = 'Le ministre a déclaré : “Nous ne reculerons pas.” Il est ensuite parti pour la réunion.';
    const [f] = findings(text, 'quote-style', { language: 'fr' });
    assert.equal(f.severity, 'information');
    assert.equal(applyEdits(text, f.fixes![0].edits), `Le ministre a déclaré : «${NB}Nous ne reculerons pas.${NB}» Il est ensuite parti pour la réunion.`);
  });
  it('flags straight quotes in English and converts them to curly ones', () => {
    const text = 'The minister said: "We will not back down." Then she left.';
    const [f] = findings(text, 'quote-style', { language: 'en' });
    assert.equal(applyEdits(text, f.fixes![0].edits), 'The minister said: “We will not back down.” Then she left.');
  });
  it('flags guillemets in English, removing the inner spaces', () => {
    const text = 'He said « we will win » and left.';
    const [f] = findings(text, 'quote-style', { language: 'en' });
    assert.equal(applyEdits(text, f.fixes![0].edits), 'He said “we will win” and left.');
  });
  it('accepts nesting in either language, and both no-break spaces in French', () => {
    assert.deepEqual(covered(`«${NB}Il a dit “jamais” hier${NB}», selon elle.`, 'quote-style', { language: 'fr' }), []);
    assert.deepEqual(covered(`«\u202fNous partons\u202f», a-t-elle dit.`, 'quote-style', { language: 'fr' }), []);
    assert.deepEqual(covered('“He said ‘never’ yesterday,” she said.', 'quote-style', { language: 'en' }), []);
  });
  it('flags a nested quotation in the wrong style', () => {
    const text = '“He said “never” yesterday,” she said.';
    // two “ at level 0 and 1: the inner one should be ‘ ’
    const fs = findings('“He said "never" yesterday,” she said.', 'quote-style', { language: 'en' });
    assert.equal(fs.length, 1);
    void text;
  });
  it('raises mixed styles at one level to a warning', () => {
    const text = '“We will win,” he said. Later he added "we will stay" and left.';
    const fs = findings(text, 'quote-style', { language: 'en' });
    assert.equal(fs.length, 1);
    assert.equal(fs[0].severity, 'warning');
    assert.match(fs[0].message, /mixes/);
  });
});

describe('quote-unmarked', () => {
  it('flags French first-person speech closed by an attribution and wraps it', () => {
    const text = 'Nous espérons renforcer le partenariat stratégique, a déclaré Nuryshev devant la presse.';
    const [f] = findings(text, 'quote-unmarked');
    assert.equal(text.slice(f.start, f.end), 'Nous espérons renforcer le partenariat stratégique');
    assert.equal(applyEdits(text, f.fixes![0].edits), `«${NB}Nous espérons renforcer le partenariat stratégique${NB}», a déclaré Nuryshev devant la presse.`);
  });
  it('flags English first-person speech and wraps it with the comma inside', () => {
    const text = 'We will not back down, he said.';
    const [f] = findings(text, 'quote-unmarked', { language: 'en' });
    assert.equal(applyEdits(text, f.fixes![0].edits), '“We will not back down,” he said.');
  });
  it('flags the punctuation of a lost quotation and removes it', () => {
    const text = 'Nous voulons que nos exportations dépassent 2 millions de tonnes. , a déclaré Nourchev.';
    const fs = findings(text, 'quote-unmarked');
    assert.equal(fs.length, 2);
    const residue = fs.find((f) => f.data?.kind === 'residue')!;
    assert.equal(text.slice(residue.start, residue.end), '.');
    assert.equal(applyEdits(text, residue.fixes![0].edits), 'Nous voulons que nos exportations dépassent 2 millions de tonnes, a déclaré Nourchev.');
    const speech = fs.find((f) => f.data?.kind === 'unmarked')!;
    assert.equal(applyEdits(text, speech.fixes![0].edits), `«${NB}Nous voulons que nos exportations dépassent 2 millions de tonnes${NB}», a déclaré Nourchev.`);
  });
  it('records unmarked speech in the facts', () => {
    const q = analyze('We will not back down, the minister said.', { language: 'en' }).facts.quotes;
    assert.equal(q.length, 1);
    assert.equal(q[0].unmarked, true);
    assert.equal(q[0].kind, 'speech');
    assert.equal(q[0].speaker, 'the minister');
  });
  const clean: [string, string][] = [
    ['French reported speech', 'Il a déclaré que le pays comptait accueillir davantage d’investissements.'],
    ['French reported speech with a name', 'Nuryshev a déclaré que nous devions attendre les résultats.'],
    ['English reported speech', 'He said the country would welcome more investment.'],
    ['English third-person past statement', 'Trade rose by a quarter last year, officials said.'],
    ['already quoted', '« Nous espérons renforcer le partenariat », a déclaré Nuryshev.'],
    ['according to', 'Trade grew by a fifth, according to customs data.'],
    ['an abbreviation before a comma', 'The firm, based in the U.S., said it would appeal.'],
  ];
  for (const [what, text] of clean) it(`stays clean: ${what}`, () => assert.deepEqual(covered(text, 'quote-unmarked'), []));
});

describe('quote-unattributed', () => {
  it('flags a quotation of speech with no speaker (English and French)', () => {
    assert.equal(findings('The meeting ended late. “We will never accept these terms, whatever happens next.”', 'quote-unattributed').length, 1);
    const fr = findings('La réunion s’est terminée tard. « Nous n’accepterons jamais ces conditions, quoi qu’il arrive. »', 'quote-unattributed');
    assert.equal(fr.length, 1);
    assert.equal(fr[0].severity, 'information');
  });
  const clean = [
    '“We will never accept these terms,” said the minister.',
    'The minister spoke last. “We will never accept these terms, whatever happens.”',
    '« Nous ne reculerons pas », a déclaré mardi la ministre, Claire Vasseur.',
    'Selon Vasseur, « le déficit sera ramené à 4,4 % du PIB l’an prochain ».',
    'Le Kazakhstan participe à l’initiative « la Ceinture et la Route ».',
    'She read “Moby Dick” twice that summer.',
  ];
  for (const text of clean) it(`stays clean: ${text}`, () => assert.deepEqual(covered(text, 'quote-unattributed'), []));
});

describe('quote rules: properties', () => {
  it('sentences without commas never produce unmarked speech', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.constantFrom('fr', 'en') as fc.Arbitrary<'fr' | 'en'>, (ws, language) => {
        const text = `Nous ${ws.join(' ')} said Smith.`;
        assert.deepEqual(covered(text, 'quote-unmarked', { language }), []);
      }),
    );
  });
  it('a wrapped unmarked speech is no longer unmarked (property)', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 2, maxLength: 10 }), (ws) => {
        const text = `We ${ws.join(' ')}, he said.`;
        const fs = findings(text, 'quote-unmarked', { language: 'en' });
        for (const f of fs.filter((x) => x.fixes?.length)) {
          const fixed = applyEdits(text, f.fixes![0].edits);
          assert.deepEqual(covered(fixed, 'quote-unmarked', { language: 'en' }), []);
        }
      }),
      { numRuns: 50 },
    );
  });
});
