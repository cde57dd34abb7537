import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { quoteHover } from '../../src/core/quotes/hover';
import { applyEdits, findings } from './helpers';

const speakerOf = (text: string, language?: 'fr' | 'en'): (string | undefined)[] =>
  analyze(text, language ? { language } : {}).facts.quotes.filter((q) => q.level === 0).map((q) => q.speaker);

describe('quotes facts: speakers', () => {
  const cases: [string, string, string | undefined][] = [
    ['« a déclaré X » after', '« Nous ne reculerons pas », a déclaré Claire Vasseur.', 'Claire Vasseur'],
    ['inverted pronoun resolved', 'Claire Vasseur a répondu aux députés. « Nous ne reculerons pas », a-t-elle déclaré.', 'Claire Vasseur'],
    ['role with apposed name', '« Nous ne reculerons pas », a déclaré mardi le ministre de l’Économie, Claire Vasseur.', 'Claire Vasseur'],
    ['selon X', 'Selon Vasseur, « le déficit sera ramené à 4,4 % du PIB ».', 'Vasseur'],
    ['X a affirmé que + partial quote', 'Marc Delorme a affirmé que la trajectoire était « réaliste mais fragile ».', 'Marc Delorme'],
    ['X a déclaré :', 'Marc Delorme a déclaré : « La trajectoire est réaliste mais fragile. »', 'Marc Delorme'],
    ['said X', '“We hope to strengthen the partnership,” said Shakhrat Nuryshev.', 'Shakhrat Nuryshev'],
    ['X said', 'Shakhrat Nuryshev said: “We hope to strengthen the partnership.”', 'Shakhrat Nuryshev'],
    ['according to X', 'According to Smith, “the talks are over and will not resume.”', 'Smith'],
    ['X told reporters', '“We will not back down,” Jane Doe told reporters.', 'Jane Doe'],
    ['he said, resolved', 'Jane Doe spoke for an hour. “We will not back down,” he said.', 'Jane Doe'],
    ['role only', '“We will not back down,” the minister said.', 'the minister'],
    ['previous sentence', 'Jane Doe spoke first. “We will not back down on anything, not now and not ever.”', 'Jane Doe'],
  ];
  for (const [what, text, who] of cases) it(what, () => assert.deepEqual(speakerOf(text), [who]));

  it('leaves an ambiguous pronoun unresolved', () => {
    const text = 'Jane Doe met John Roe in Paris. “We will not back down,” he said.';
    assert.deepEqual(speakerOf(text), ['he']);
  });
  it('links the speaker to the names entity when one overlaps', () => {
    // names may be empty while the names stage is unfinished; the link is then simply absent
    const a = analyze('“We will not back down,” said Jane Doe.');
    const q = a.facts.quotes[0];
    const n = a.facts.names.find((x) => q.speakerSpan && x.start < q.speakerSpan.end && q.speakerSpan.start < x.end);
    assert.equal(q.speakerEntity, n?.entity);
  });
});

describe('quotes facts: kinds, levels, paragraphs', () => {
  it('tells speech from words', () => {
    const a = analyze('Le Kazakhstan participe à l’initiative « la Ceinture et la Route ». « Nous voulons plus d’échanges », a dit Nuryshev.');
    assert.deepEqual(a.facts.quotes.map((q) => q.kind), ['words', 'speech']);
    const b = analyze('She read “Moby Dick” and called it “a hard book to finish, really”, she said.');
    assert.equal(b.facts.quotes[0].kind, 'words');
  });
  it('gives nesting levels, not mixing', () => {
    const a = analyze('« Il a dit “ jamais ” hier », selon elle.');
    assert.deepEqual(a.facts.quotes.map((q) => q.level), [0, 1]);
    assert.deepEqual(a.findings.filter((f) => f.rule === 'quote-mismatch'), []);
  });
  it('records the paragraphs a quotation spans', () => {
    const text = '« Premier paragraphe de la citation.\n\n» Deuxième paragraphe.\n\n« Troisième et fin », a-t-il dit.\n';
    assert.deepEqual(analyze(text).facts.quotes[0].paragraphs, [0, 2]);
  });
});

describe('quotes: samples', () => {
  const root = join(__dirname, '..', '..', 'samples');
  it('ambassadeur-kazakh.md: both unmarked passages, the stray « . , », reported speech clean', () => {
    const text = readFileSync(join(root, 'ambassadeur-kazakh.md'), 'utf8');
    const fs = findings(text, 'quote-unmarked');
    const speech = fs.filter((f) => f.data?.kind === 'unmarked');
    assert.equal(speech.length, 2);
    assert.match(text.slice(speech[0].start, speech[0].end), /^Nous espérons renforcer/);
    assert.match(text.slice(speech[1].start, speech[1].end), /^Nous voulons que nos/);
    const fixed = applyEdits(text, speech[1].fixes![0].edits);
    assert.match(fixed, /«\u00a0Nous voulons que nos\nexportations de céréales dépassent 2 millions de tonnes\u00a0», a déclaré Nourchev\./);
    const first = applyEdits(text, speech[0].fixes![0].edits);
    assert.match(first, /«\u00a0Nous espérons renforcer le partenariat stratégique et ouvrir de nouvelles routes vers l’Europe\u00a0», a déclaré Nuryshev/);
    const residue = fs.filter((f) => f.data?.kind === 'residue');
    assert.equal(residue.length, 1);
    assert.equal(text.slice(residue[0].start, residue[0].end), '.');
    const reported = text.indexOf('Il a déclaré que');
    assert.ok(!fs.some((f) => f.start <= reported + 20 && f.end >= reported));
    const ceinture = analyze(text).facts.quotes.find((q) => q.text.includes('Ceinture'));
    assert.equal(ceinture?.kind, 'words');
  });
});

describe('quoteHover', () => {
  it('describes unmarked speech in French', () => {
    const text = 'Nous espérons renforcer le partenariat stratégique, a déclaré Nuryshev devant la presse.';
    const h = quoteHover(analyze(text), 5)!;
    assert.match(h, /Discours direct sans guillemets/);
    assert.match(h, /Locuteur : Nuryshev/);
  });
  it('lists the same speaker’s other quotations in English', () => {
    const text = '“We will win,” said Jane Doe. Later, Jane Doe said: “We never gave up, not once.”';
    const a = analyze(text);
    const h = quoteHover(a, 3)!;
    assert.match(h, /Speaker: Jane Doe/);
    assert.match(h, /Other quotations of Jane Doe/);
    assert.match(h, /We never gave up/);
  });
  it('says words are not speech, and nothing outside quotations', () => {
    const a = analyze('She read “Moby Dick” twice.');
    assert.match(quoteHover(a, 12)!, /Quoted words/);
    assert.equal(quoteHover(a, 2), undefined);
  });
});
