// Unmarked speech and speakers as real copy writes them: long attributions (role,
// complements, name, circumstance), relative clauses after the speaker, a quoted term in
// the sentence, and a role linked to the person it names.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { writeJson } from '../../src/cli/format';
import { quoteHover } from '../../src/core/quotes/hover';
import { applyEdits, findings } from './helpers';

const NB = '\u00a0';
const unmarked = (text: string, language: 'fr' | 'en'): string[] =>
  findings(text, 'quote-unmarked', { language }).filter((f) => (f.data as { kind?: string })?.kind === 'unmarked').map((f) => text.slice(f.start, f.end));

describe('quote-unmarked: long attributions', () => {
  const flagged: [string, string, 'fr' | 'en', string][] = [
    [
      'fr role + two complements + name + circumstance, lost full stop',
      'Le conseil a voté le budget, car nous avons demandé aux élus de trancher avant l’été. , a déclaré lundi la présidente de la région Bretagne Laure Kervella devant la presse.',
      'fr',
      'Le conseil a voté le budget, car nous avons demandé aux élus de trancher avant l’été',
    ],
    [
      'fr role + name, no lost punctuation, to a group of reporters',
      'Nous allons rouvrir la ligne dès le mois prochain, a précisé mercredi le directeur régional de la SNCF Marc Olivier à un groupe de journalistes.',
      'fr',
      'Nous allons rouvrir la ligne dès le mois prochain',
    ],
    [
      'fr relative clause after the speaker',
      'Nous voulons construire deux écoles avant la rentrée, a déclaré le maire, qui a également promis une piscine et un nouveau gymnase pour les clubs du quartier.',
      'fr',
      'Nous voulons construire deux écoles avant la rentrée',
    ],
    [
      'fr a name in quotation marks elsewhere in the sentence',
      `Dans le cadre du plan «${NB}Ville verte${NB}», la commune a planté mille arbres et nous prévoyons d’en planter autant l’an prochain, a déclaré l’adjointe au maire.`,
      'fr',
      `Dans le cadre du plan «${NB}Ville verte${NB}», la commune a planté mille arbres et nous prévoyons d’en planter autant l’an prochain`,
    ],
    [
      'en role + complement + name + circumstance',
      'We have asked both sides to stop the fighting and return to talks, said the ambassador of Norway to Kenya Ingrid Dahl at a briefing in Nairobi on Friday.',
      'en',
      'We have asked both sides to stop the fighting and return to talks',
    ],
    [
      'en relative clause after the speaker',
      'We will open three new clinics next year, the health minister said, who also promised more nurses for rural areas and a review of waiting lists.',
      'en',
      'We will open three new clinics next year',
    ],
    [
      'en a title in quotation marks elsewhere in the sentence',
      'After the success of “Harbour Lights” we plan to tour the show across the country, said the producer, Maya Lin.',
      'en',
      'After the success of “Harbour Lights” we plan to tour the show across the country',
    ],
  ];
  for (const [what, text, lang, span] of flagged) it(`flags: ${what}`, () => assert.deepEqual(unmarked(text, lang), [span]));

  const clean: [string, string, 'fr' | 'en'][] = [
    ['fr reported speech with a long attribution', 'Le directeur régional de la SNCF Marc Olivier a déclaré mercredi que la ligne rouvrirait le mois prochain.', 'fr'],
    ['fr wire paraphrase in the third person', 'La région et l’État coopèrent étroitement dans le cadre du contrat de plan, a-t-il déclaré.', 'fr'],
    ['fr a quotation of speech already in the sentence', `«${NB}Nous voulons construire deux écoles.${NB}» Nous verrons, a déclaré le maire.`, 'fr'],
    ['en third-person paraphrase', 'The two countries cooperate closely at the United Nations, he said.', 'en'],
    ['en reported speech', 'The ambassador of Norway to Kenya, Ingrid Dahl, said on Friday that both sides had agreed to talks.', 'en'],
  ];
  for (const [what, text, lang] of clean) it(`stays clean: ${what}`, () => assert.deepEqual(unmarked(text, lang), []));

  it('wraps exactly the speech and drops the lost full stop (French)', () => {
    const text = 'Le conseil a voté le budget, car nous avons demandé aux élus de trancher. , a déclaré lundi la présidente de la région Bretagne Laure Kervella devant la presse.';
    const f = findings(text, 'quote-unmarked', { language: 'fr' }).find((x) => (x.data as { kind?: string }).kind === 'unmarked')!;
    assert.equal(
      applyEdits(text, f.fixes![0].edits),
      `«${NB}Le conseil a voté le budget, car nous avons demandé aux élus de trancher${NB}», a déclaré lundi la présidente de la région Bretagne Laure Kervella devant la presse.`,
    );
  });
  it('reports the stray ". ," at its place', () => {
    const text = 'Le conseil a voté le budget, car nous avons demandé aux élus de trancher. , a déclaré lundi la présidente de la région Bretagne Laure Kervella devant la presse.';
    const residue = findings(text, 'quote-unmarked', { language: 'fr' }).filter((x) => (x.data as { kind?: string }).kind === 'residue');
    assert.equal(residue.length, 1);
    assert.equal(residue[0].start, text.indexOf('. ,'));
  });
  it('nests a quoted term in second-level marks when it wraps (French and English)', () => {
    const fr = `Dans le cadre du plan «${NB}Ville verte${NB}», nous planterons mille arbres, a déclaré l’adjointe au maire.`;
    const f = findings(fr, 'quote-unmarked', { language: 'fr' })[0];
    assert.equal(applyEdits(fr, f.fixes![0].edits), `«${NB}Dans le cadre du plan “Ville verte”, nous planterons mille arbres${NB}», a déclaré l’adjointe au maire.`);
    const en = 'After “Harbour Lights” we plan to tour the show, said the producer, Maya Lin.';
    const g = findings(en, 'quote-unmarked', { language: 'en' })[0];
    assert.equal(applyEdits(en, g.fixes![0].edits), '“After ‘Harbour Lights’ we plan to tour the show,” said the producer, Maya Lin.');
  });
  it('gives the speaker named after the role', () => {
    const text = 'Nous allons rouvrir la ligne dès le mois prochain, a précisé mercredi le directeur régional de la SNCF Marc Olivier à un groupe de journalistes.';
    assert.deepEqual(analyze(text, { language: 'fr' }).facts.quotes.map((q) => q.speaker), ['Marc Olivier']);
  });
});

describe('speaker identity: a role linked to the person it names', () => {
  const entities = (text: string, language: 'fr' | 'en'): { speaker?: string; entity?: string; person?: string }[] => {
    const a = analyze(text, { language });
    return a.facts.quotes
      .filter((q) => q.kind === 'speech')
      .map((q) => ({ speaker: q.speaker, entity: q.speakerEntity }));
  };
  const entityOf = (text: string, language: 'fr' | 'en', name: string): string | undefined =>
    analyze(text, { language }).facts.names.find((n) => n.text === name)?.entity;

  it('fr: role + complements + name in apposition, then the role alone and the surname', () => {
    const text = [
      `Nous avons tout fait pour éviter la grève, a déclaré vendredi la présidente de la région Anna Kowalska à un groupe de journalistes.`,
      `«${NB}Le dialogue reste ouvert${NB}», a ajouté la présidente.`,
      `«${NB}Nous recevrons les syndicats lundi${NB}», a déclaré Kowalska.`,
    ].join('\n\n');
    const person = entityOf(text, 'fr', 'Kowalska');
    assert.ok(person);
    const got = entities(text, 'fr');
    assert.equal(got.length, 3);
    for (const g of got) assert.equal(g.entity, person, JSON.stringify(g));
  });
  it('fr: role with a comma before the name (« le maire, Jean Dupont »)', () => {
    const text = `Le maire, Jean Dupont, a visité le chantier.\n\n«${NB}Les travaux finiront en mai${NB}», a assuré le maire.`;
    const [q] = entities(text, 'fr');
    assert.equal(q.entity, entityOf(text, 'fr', 'Jean Dupont'));
  });
  it('en: a role after the name (“Helena Brask, the director”) and the role alone later', () => {
    const text = 'Helena Brask, the director of the port, opened the meeting.\n\n“We will dredge the channel,” the director said.';
    const [q] = entities(text, 'en');
    assert.equal(q.entity, entityOf(text, 'en', 'Helena Brask'));
  });
  it('a role never tied to a person gets no entity', () => {
    const text = `«${NB}Les travaux finiront en mai${NB}», a assuré le maire.`;
    assert.equal(entities(text, 'fr')[0].entity, undefined);
  });
  it('another role is not linked to the person (« la ministre » vs « le maire Jean Dupont »)', () => {
    const text = `Le maire Jean Dupont a visité le chantier.\n\n«${NB}Les crédits suivront${NB}», a assuré la ministre.`;
    assert.equal(entities(text, 'fr')[0].entity, undefined);
  });
  it('the JSON facts give quotes[].entity', () => {
    const text = `Le maire, Jean Dupont, a visité le chantier.\n\n«${NB}Les travaux finiront en mai${NB}», a assuré le maire.`;
    let json = '';
    writeJson([{ path: 'a.md', text, analysis: analyze(text, { language: 'fr' }) }], (s) => (json += s));
    const facts = JSON.parse(json).files[0].facts;
    assert.ok(facts.quotes[0].entity);
    assert.equal(facts.quotes[0].entity, facts.names.find((n: { text: string }) => n.text === 'Jean Dupont')?.entity);
  });
});

describe('speaker identity in the hover', () => {
  it('lists the quotations of the role and of the person it names together', () => {
    const text = [
      `Nous avons tout fait pour éviter la grève, a déclaré vendredi la présidente de la région Anna Kowalska à la presse.`,
      `«${NB}Le dialogue reste ouvert${NB}», a ajouté la présidente.`,
      `«${NB}Nous recevrons les syndicats lundi${NB}», a déclaré Kowalska.`,
    ].join('\n\n');
    const a = analyze(text, { language: 'fr' });
    const hover = quoteHover(a, text.indexOf('Le dialogue'))!;
    assert.match(hover, /Autres citations de la présidente/);
    assert.match(hover, /Nous recevrons les syndicats lundi/);
    assert.match(hover, /Nous avons tout fait/);
  });
});
