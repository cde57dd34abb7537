// Apostrophes that are not quotation marks, quotations of words, and styles mixed in a
// draft, as real copy has them.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { applyEdits, findings } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const quoteFindings = (text: string, language: Lang = 'en'): string[] =>
  analyze(text, { language }).findings.filter((f) => f.rule.startsWith('quote-')).map((f) => `${f.rule}:${f.severity}`);

describe('apostrophes are not quotation marks', () => {
  const clean: [string, string][] = [
    ['after emphasis', 'The *Financial Times*\'s editor said so.'],
    ['after strong emphasis', 'It was **Reuters**\'s best year.'],
    ['after underscores', 'We quoted _Le Monde_\'s front page.'],
    ['after a link', 'The count follows [Reuters](https://www.reuters.com/)\'s tally.'],
    ['after a reference link', 'See [the agency][1]\'s figures.\n\n[1]: https://example.org'],
    ['after a code span', 'We read the `copydesk`\'s output.'],
    ['curly apostrophe after a code span', 'We read the `copydesk`’s output.'],
    ['’tis', 'The mayor said \'tis the season for cuts.'],
    ['’twas', 'And ’twas a long night for the council.'],
    ['’cause and playin’', 'Fans stayed \'cause the band kept playin\' till dawn.'],
    ['’em', 'Tell \'em the bus is late.'],
    ['goin’ and nothin’', 'They were goin\' home with nothin\' to show.'],
    ['rock ’n’ roll', 'Kids still love rock \'n\' roll.'],
    ['decades', 'Prices last rose like this in the \'90s and the ’70s.'],
    ['ol’', 'The good ol\' days are gone.'],
  ];
  for (const [what, text] of clean) it(`stays clean: ${what}`, () => assert.deepEqual(quoteFindings(text), []));

  it('a single quotation in straight marks still pairs', () => {
    const a = analyze("He said 'come in' and left.", { language: 'en' });
    assert.equal(a.facts.quotes.length, 1);
  });
  it('a lone single mark is a question (information), never an error', () => {
    for (const text of ["The bank's 'plan was a failure.", 'It was the ‘best year, they said.', "Elle a dit 'non et elle est partie."]) {
      const got = findings(text, 'quote-unclosed');
      assert.equal(got.length, 1, text);
      assert.equal(got[0].severity, 'information');
      assert.match(got[0].message, /Apostrophe/);
    }
  });
  it('a lone guillemet or double quote stays an error', () => {
    assert.equal(findings(`Il a dit «${NB}non et il est parti.`, 'quote-unclosed', { language: 'fr' })[0].severity, 'error');
    assert.equal(findings('He said “no and left.', 'quote-unclosed', { language: 'en' })[0].severity, 'error');
  });
  it('an English draft naming the « character between spaces gets a question, not an error', () => {
    const [f] = findings('- a « that never closes.', 'quote-unclosed', { language: 'en' });
    assert.equal(f.severity, 'information');
  });
  it('an empty pair and a closing mark used to open are mismatches', () => {
    assert.equal(findings('He said “” and left.', 'quote-mismatch').length, 1);
    assert.equal(findings(`Il a dit «${NB}» puis il est parti.`, 'quote-mismatch', { language: 'fr' }).length, 1);
    assert.equal(findings('He said ”we will win” and left.', 'quote-mismatch').length, 1);
  });
  it('the project README raises no quotation error', () => {
    const text = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const errors = analyze(text, { language: 'en' }).findings.filter((f) => f.rule.startsWith('quote-') && f.severity === 'error');
    assert.deepEqual(errors.map((f) => text.slice(f.start, f.end + 20)), []);
  });
});

describe('quotations of words are never unattributed', () => {
  const words: [string, Lang][] = [
    ['The president called it the “deal of the century” on Monday.', 'en'],
    ['She has read “The Old Man and the Sea” twice this year.', 'en'],
    ['The army ended the “special operation” in May.', 'en'],
    ['Margaret “Maggie” Thatcher led the party for years.', 'en'],
    ['Critics mocked the plan as a “giveaway to landlords” in a statement.', 'en'],
    ['The so-called “reform package” stalled in committee.', 'en'],
    ['Residents call the tower “the needle” and avoid it.', 'en'],
    [`Le gouvernement lance l’opération «${NB}Place nette${NB}» dans dix villes.`, 'fr'],
    [`La ministre a défendu sa «${NB}révolution tranquille${NB}» devant les députés.`, 'fr'],
    [`Il parle d’une «${NB}trahison pure et simple${NB}» dans un communiqué.`, 'fr'],
    [`Ce que le maire appelle «${NB}la grande bascule${NB}» commence lundi.`, 'fr'],
    [`Dans le cadre de l’initiative «${NB}la Ceinture et la Route${NB}», les projets avancent.`, 'fr'],
    [`Le film «${NB}Les Misérables${NB}» sort mercredi.`, 'fr'],
  ];
  for (const [text, lang] of words) {
    it(`${lang}: ${text}`, () => {
      assert.deepEqual(findings(text, 'quote-unattributed', { language: lang }), []);
      assert.ok(analyze(text, { language: lang }).facts.quotes.every((q) => q.kind === 'words'));
    });
  }
  const speech: [string, Lang][] = [
    ['Later that night: “We will not give up on this town.”', 'en'],
    [`Plus tard${NB}: «${NB}Nous ne lâcherons pas cette ville.${NB}»`, 'fr'],
  ];
  for (const [text, lang] of speech) it(`still unattributed: ${text}`, () => assert.equal(findings(text, 'quote-unattributed', { language: lang }).length, 1));
});

describe('quote-style: mixed styles and consistent straight quotes', () => {
  it('one headline in single quotes and four quotations in straight quotes: the minority warned, the rest one information', () => {
    const text = "'Strike ends' at dawn\n\nShe said \"we will return\" and left. He said \"never\" and \"maybe\" too. They said \"enough\" at last.";
    const got = findings(text, 'quote-style', { language: 'en' });
    assert.deepEqual(got.map((f) => [text.slice(f.start, f.end), f.severity]), [
      ["'Strike ends'", 'warning'],
      ['"we will return"', 'information'],
    ]);
  });
  it('a draft consistently in straight quotes is one information finding, whose fix converts them all', () => {
    const text = 'He said "we will win" and left. She said "we will lose" and stayed. They said "no comment" twice.';
    const got = findings(text, 'quote-style', { language: 'en' });
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'information');
    assert.equal(applyEdits(text, got[0].fixes![0].edits), 'He said “we will win” and left. She said “we will lose” and stayed. They said “no comment” twice.');
  });
  it('French: English marks throughout are one finding; one pair of English marks among guillemets is a warning', () => {
    const all = 'Il a dit “oui” puis “non”, et enfin “peut-être”.';
    assert.equal(findings(all, 'quote-style', { language: 'fr' }).length, 1);
    const mixed = `Il a dit «${NB}oui${NB}» puis «${NB}non${NB}», et enfin “peut-être”.`;
    const got = findings(mixed, 'quote-style', { language: 'fr' });
    assert.deepEqual(got.map((f) => [mixed.slice(f.start, f.end), f.severity]), [['“peut-être”', 'warning']]);
    assert.match(got[0].message, /\u00a0:/);
  });
  it('quotations in the language style among a majority of straight ones are not flagged', () => {
    const text = 'He said "yes" and "no" and "maybe", then “never”.';
    const got = findings(text, 'quote-style', { language: 'en' });
    assert.equal(got.length, 1);
    assert.ok(!text.slice(got[0].start, got[0].end).includes('never'));
  });
});

describe('quote-mismatch: closing marks used to open, and a double closed by a single', () => {
  it('French » … » is one mismatched quotation with a fix to «', () => {
    const text = `Il a dit »${NB}non${NB}» et il est parti.`;
    const [f] = findings(text, 'quote-mismatch', { language: 'fr' });
    assert.ok(f);
    assert.equal(applyEdits(text, f.fixes![0].edits), `Il a dit «${NB}non${NB}» et il est parti.`);
    assert.deepEqual(findings(text, 'quote-unclosed', { language: 'fr' }), []);
  });
  it('German »…« still pairs', () => {
    assert.deepEqual(findings('Er sagte »nein« und ging.', 'quote-unclosed', { language: 'en' }), []);
  });
  it('“yes’ is a mismatch; “the students’ union,” is not', () => {
    assert.equal(findings('He wrote “yes’ in the margin.', 'quote-mismatch', { language: 'en' }).length, 1);
    assert.deepEqual(findings('“The students’ union is here,” she said.', 'quote-mismatch', { language: 'en' }), []);
    assert.deepEqual(findings('“The students’ union is here,” she said.', 'quote-unclosed', { language: 'en' }), []);
  });
  it('« le Dr Liu » after the verb is a titled name', () => {
    const a = analyze(`«${NB}Pas aujourd’hui${NB}», a répondu le Dr Liu en secouant la tête.`, { language: 'fr' });
    assert.equal(a.facts.quotes[0].speaker, 'Dr Liu');
  });
});

describe('quote-unclosed: the project docs', () => {
  it('docs/rules.md and CHANGELOG.md raise no quotation error', () => {
    for (const file of ['../../docs/rules.md', '../../CHANGELOG.md']) {
      const text = readFileSync(join(__dirname, file), 'utf8');
      const errors = analyze(text, { language: 'en' }).findings.filter((f) => f.rule.startsWith('quote-') && f.severity === 'error');
      assert.deepEqual(errors.map((f) => text.slice(f.start, f.end + 20)), [], file);
    }
  });
  it('a straight mark after an opening bracket opens: (". , a déclaré")', () => {
    assert.deepEqual(findings('the punctuation it leaves behind (". , a déclaré") is reported.', 'quote-unclosed', { language: 'en' }), []);
  });
});
