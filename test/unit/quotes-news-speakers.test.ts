// Speakers as news copy names them around quotations: pronouns after a person introduced
// without a verb of saying, messages before a colon, fragments quoted inside reported
// speech, bare titles, sources after « selon », and speakers followed by a relative clause.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { findings } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const speakers = (text: string, language: Lang): (string | undefined)[] =>
  analyze(text, { language }).facts.quotes.filter((q) => q.level === 0 && q.kind === 'speech').map((q) => q.speaker);

describe('quotes: speakers in news copy', () => {
  it('en: a pronoun stands for the person last named, even without a verb of saying', () => {
    const text = '“We opened three shelters,” said Karen Holt.\n\nAt one shelter, Peter Mills, 67, sat on a camp bed. “I grabbed the dog and the car keys,” he said.';
    assert.deepEqual(speakers(text, 'en'), ['Karen Holt', 'Peter Mills']);
  });
  it('fr: « raconte-t-il » after a person introduced in the paragraph', () => {
    const text = `«${NB}Trois écoles sont ouvertes${NB}», a déclaré Karine Holtz.\n\nDans un gymnase, Pierre Mille, 67 ans, est assis. «${NB}J’ai pris le chien, raconte-t-il. C’est tout.${NB}»`;
    assert.deepEqual(speakers(text, 'fr'), ['Karine Holtz', 'Pierre Mille']);
  });
  it('two people named in one sentence leave the pronoun unresolved', () => {
    assert.deepEqual(speakers('Jane Doe met John Roe in Paris. “We will not back down,” he said.', 'en'), ['he']);
  });
  const cases: [string, string, Lang, string][] = [
    ['fr communiqué before a colon', `Le syndicat a publié un communiqué${NB}: «${NB}Nous appelons à la grève dès lundi.${NB}»`, 'fr', 'Le syndicat'],
    ['fr possessive message before a colon', `Son message était simple${NB}: «${NB}Rentrez chez vous.${NB}»`, 'fr', 'Son'],
    ['en possessive message before a colon', 'Her message was simple: “Go home and stay safe.”', 'en', 'Her'],
    ['en statement before a colon', 'The club issued a statement: “We are deeply saddened by the news.”', 'en', 'The club'],
    ['en fragment inside reported speech', 'The agency that built it said in a statement that engineers would inspect it “as soon as it is safe to do so.”', 'en', 'The agency'],
    ['fr fragment inside reported speech', `L’établissement public qui l’a construite a indiqué que des ingénieurs l’inspecteraient «${NB}dès que possible, sans attendre la décrue${NB}».`, 'fr', 'L’établissement public'],
    ['en bare title outside the role list', '“The worst may not be over,” warned meteorologist Dana Cho of the weather service.', 'en', 'Dana Cho'],
    ['en indefinite speaker with a relative clause', '“Everyone is updating their CV,” said a driver who asked not to be named.', 'en', 'a driver'],
    ['fr indefinite speaker with a relative clause', `«${NB}Tout le monde met son CV à jour${NB}», confie un chauffeur qui a requis l’anonymat.`, 'fr', 'un chauffeur'],
    ['en any source after according to', 'According to the ministry, “the situation is under control.”', 'en', 'the ministry'],
    ['fr any source after selon', `Selon le ministère, «${NB}la situation est sous contrôle${NB}».`, 'fr', 'le ministère'],
  ];
  for (const [what, text, lang, who] of cases) it(what, () => assert.deepEqual(speakers(text, lang), [who]));

  it('a clause with no message noun before a colon gives no speaker', () => {
    assert.equal(findings(`Le bilan est lourd${NB}: «${NB}Nous avons tout perdu.${NB}»`, 'quote-unattributed', { language: 'fr' }).length, 1);
    assert.equal(findings('The night was long: “We have lost everything.”', 'quote-unattributed', { language: 'en' }).length, 1);
  });
  it('“Salt and Iron,” set off by commas is a title, not speech', () => {
    assert.deepEqual(findings('The band’s new album, “Salt and Iron,” comes out in May.', 'quote-unattributed', { language: 'en' }), []);
  });
  it('a subject and its relative clause before the verb are no unmarked speech', () => {
    assert.deepEqual(findings('L’entreprise, qui nous a contactés lundi, a confirmé la fermeture.', 'quote-unmarked', { language: 'fr' }), []);
    assert.deepEqual(findings('The company, which contacted us on Monday, confirmed the closure.', 'quote-unmarked', { language: 'en' }), []);
  });
  it('« Pour nous, … » is first-person speech; « Selon nous » stays a source', () => {
    assert.equal(findings('Pour nous, la saison est terminée, a conclu le capitaine.', 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('“told supporters in Reno” closes an unmarked quotation', () => {
    assert.equal(findings('Don’t let them tell you it’s over, the senator told supporters in Reno.', 'quote-unmarked', { language: 'en' }).length, 1);
  });
});

describe('quotes: more first-person and lead-in forms', () => {
  it('« J’ai… » is first person (an elided je before a vowel)', () => {
    assert.equal(findings('J’ai toujours cru en ce projet, explique-t-elle, assise dans son bureau.', 'quote-unmarked', { language: 'fr' }).filter((f) => (f.data as { kind?: string }).kind === 'unmarked').length, 1);
    assert.equal(findings('M’aider serait facile, a lancé le maire.', 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('a third-person statement attributed to an institution is no unmarked speech', () => {
    assert.deepEqual(findings('Le texte sera présenté en conseil des ministres mercredi, a annoncé Matignon.', 'quote-unmarked', { language: 'fr' }), []);
    assert.deepEqual(findings('The bill will be presented to cabinet on Wednesday, Downing Street announced.', 'quote-unmarked', { language: 'en' }), []);
  });
  it('a third-person statement attributed to a person named in full still is', () => {
    assert.equal(findings('La situation est grave mais maîtrisée, a déclaré Anne Morel.', 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('« Pour la ministre, « … » » and “In the words of Ada Lee, …” name the speaker', () => {
    assert.deepEqual(speakers(`Pour la ministre, «${NB}il n’y a pas d’autre solution${NB}».`, 'fr'), ['la ministre']);
    assert.deepEqual(speakers('In the words of Ada Lee, “there is no other way.”', 'en'), ['Ada Lee']);
  });
});

describe('quotes: subjects as speakers', () => {
  it('en: a quotation continued over paragraphs in straight quotes keeps its speaker, and no unclosed error', () => {
    const text = '"There is nothing left. Not one bunch," said Bernard Leger. "It is over.\n\n"We did everything right."';
    assert.deepEqual(findings(text, 'quote-unclosed', { language: 'en' }), []);
    assert.deepEqual(findings(text, 'quote-unattributed', { language: 'en' }), []);
  });
  it('the person already quoted who opens the previous sentence speaks the quotation after it', () => {
    const fr = `«${NB}Il ne reste rien${NB}», dit Bernard Léger.\n\nÀ Meursault, Bernard Léger regarde ses rangs dévastés. «${NB}Quarante ans de travail, et vingt minutes pour tout perdre.${NB}»`;
    assert.deepEqual(speakers(fr, 'fr'), ['Bernard Léger', 'Bernard Léger']);
    const en = '“Nothing is left,” said Bernard Leger.\n\nIn Meursault, Leger looks at his ruined rows. “Forty years of work, and twenty minutes to lose it all.”';
    assert.equal(findings(en, 'quote-unattributed', { language: 'en' }).length, 0);
  });
  it('a place opening the previous sentence is no speaker', () => {
    assert.equal(findings('New York woke up under a foot of snow. “This is the worst storm in a decade.”', 'quote-unattributed', { language: 'en' }).length, 1);
  });
  it('“In his view, it is “…”” and a fragment after “He wants” take the pronoun, resolved to the person', () => {
    const text = 'The head of the farm board, Michael Perrin, toured the plots. In his view, it is “an economic disaster for the whole sector.” He wants an emergency declared “as soon as possible.”';
    assert.deepEqual(speakers(text, 'en'), ['Michael Perrin', 'Michael Perrin']);
  });
  it('« Pour elle, c’est « … » » takes the pronoun', () => {
    const text = `Anne Vidal a visité le site. Pour elle, c’est «${NB}une catastrophe économique pour toute la filière${NB}».`;
    assert.deepEqual(speakers(text, 'fr'), ['Anne Vidal']);
  });
});

describe('quotes: pronouns in features', () => {
  it('a pronoun never stands for a name inside a quotation or after a preposition', () => {
    const text = '“Ellen knows this coast,” said Tom Rudd.\n\nVisitors come from Harbour Town. “People ask me if I am lonely,” she says.';
    const got = speakers(text, 'en');
    assert.equal(got[0], 'Tom Rudd');
    assert.notEqual(got[1], 'Ellen');
    assert.notEqual(got[1], 'Harbour Town');
  });
  it('a pronoun reaches a person named a few paragraphs before', () => {
    const text = `Pendant trente ans, Hélène Marchal a gardé le phare.\n\nSes journées ont un rythme.\n\nMarche à six heures.\n\n«${NB}Les gens me demandent si je me sens seule, raconte-t-elle. Ça me suffit.${NB}»`;
    assert.deepEqual(speakers(text, 'fr'), ['Hélène Marchal']);
  });
  it('“she laughs” and “she sighs” are attributions', () => {
    assert.deepEqual(speakers('“They have been saying that since 1998,” she laughs.', 'en'), ['she']);
    assert.deepEqual(speakers('“Not again,” he sighs.', 'en'), ['he']);
  });
});

describe('quotes: a lead-in names the person a pronoun stands for', () => {
  it('“For Webb, …” then “…,” he said', () => {
    const text = '“We stay out,” said union president Marcus Webb.\n\nMaersk said on Sunday it would reroute three ships.\n\nFor Webb, the diversions prove the point. “They can’t run this place without us,” he said.';
    const got = speakers(text, 'en');
    assert.equal(got[got.length - 1], 'Webb');
  });
});

describe('quotes: colons after a clause about the speaker', () => {
  it('« la ministre a été claire : », “the minister was clear:” after a participial lead', () => {
    assert.deepEqual(speakers(`Interrogée par France Inter, la ministre a été claire${NB}: «${NB}Il n’y aura pas de report.${NB}»`, 'fr'), ['la ministre']);
    assert.deepEqual(speakers('Speaking on the BBC, the minister was clear: “There will be no delay.”', 'en'), ['the minister']);
  });
  it('« La porte-parole l’a répété mardi : » (a clitic before the auxiliary)', () => {
    assert.deepEqual(speakers(`La porte-parole du gouvernement l’a répété mardi${NB}: «${NB}Le calendrier sera tenu.${NB}»`, 'fr'), ['La porte-parole du gouvernement']);
  });
  it('“the Times quoted a party official as saying” attributes the quotation', () => {
    assert.equal(findings('“We were caught off guard,” the Times quoted a party official as saying.', 'quote-unattributed', { language: 'en' }).length, 0);
  });
});
