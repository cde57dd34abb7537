// Attributions of every shape real copy uses, and the lexicon of verbs of saying.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { englishForms, frenchForms, sayingForms } from '../../src/core/quotes/inflect';
import { findings } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const speakers = (text: string, language: Lang): (string | undefined)[] =>
  analyze(text, { language }).facts.quotes.filter((q) => q.level === 0 && q.kind === 'speech').map((q) => q.speaker);
const unattributed = (text: string, language: Lang): number => findings(text, 'quote-unattributed', { language }).length;

describe('quotes: verbs of saying from the lexicon', () => {
  const cases: [string, Lang, string][] = [
    [`“It is so dreadful to be poor!” sighed Meg Brooke.`, 'en', 'Meg Brooke'],
    [`“We will not sell the land,” quipped the farmer.`, 'en', 'the farmer'],
    [`“Fine, we lost,” she conceded.`, 'en', 'she'],
    [`“The vote is rigged,” warned Senator Alicia Grant.`, 'en', 'Senator Alicia Grant'],
    [`“That’s the end of it,” grumbled the coach.`, 'en', 'the coach'],
    [`“Nobody reads the small print,” the auditor pointed out.`, 'en', 'the auditor'],
    [`“Never again,” the mayor shot back.`, 'en', 'the mayor'],
    [`“It’s a matter of trust,” as the treasurer put it.`, 'en', 'the treasurer'],
    [`«${NB}Ce budget ne passera pas${NB}», a grommelé la sénatrice Jeanne Marchand.`, 'fr', 'Jeanne Marchand'],
    [`«${NB}Il faut trancher maintenant${NB}», a martelé la ministre.`, 'fr', 'la ministre'],
    [`«${NB}C’est un ajustement${NB}», a euphémisé le porte-parole.`, 'fr', 'le porte-parole'],
    [`«${NB}Nous sommes à bout${NB}», soupire une infirmière.`, 'fr', 'une infirmière'],
    [`«${NB}On ferme à midi${NB}», lance une commerçante.`, 'fr', 'une commerçante'],
    [`«${NB}Je ne partirai pas${NB}», a-t-elle tranché.`, 'fr', 'elle'],
    [`«${NB}Tout est possible${NB}», glisse un conseiller.`, 'fr', 'un conseiller'],
    [`«${NB}Ce n’est pas fini${NB}», s’est emporté le sélectionneur.`, 'fr', 'le sélectionneur'],
    [`«${NB}C’était le bon moment${NB}», confiait-il hier.`, 'fr', 'il'],
    [`«${NB}Nous avons été trahis${NB}», a fait valoir l’avocate.`, 'fr', 'l’avocate'],
  ];
  for (const [text, lang, who] of cases) it(`${lang}: ${text}`, () => assert.deepEqual(speakers(text, lang), [who]));

  it('inflects French verbs: accents, doublings, -ger/-cer, irregulars and locutions', () => {
    assert.deepEqual(frenchForms('répéter')?.finite.slice(0, 2), ['répète', 'répètent']);
    assert.deepEqual(frenchForms('marteler')?.finite[0], 'martèle');
    assert.deepEqual(frenchForms('grommeler')?.finite[0], 'grommelle');
    assert.deepEqual(frenchForms('lancer')?.finite[2], 'lançait');
    assert.deepEqual(frenchForms('interroger')?.finite[2], 'interrogeait');
    assert.equal(frenchForms('dire')?.participle, 'dit');
    assert.equal(frenchForms('reconnaître')?.finite[0], 'reconnaît');
    assert.equal(frenchForms('faire_valoir')?.participle, 'fait valoir');
    assert.equal(frenchForms('bavard'), undefined);
  });
  it('inflects English verbs: -ed, -ied, doubling, irregular pasts, locutions', () => {
    assert.deepEqual(englishForms('sigh'), { past: 'sighed', present: 'sighs' });
    assert.deepEqual(englishForms('quip'), { past: 'quipped', present: 'quips' });
    assert.deepEqual(englishForms('cry'), { past: 'cried', present: 'cries' });
    assert.deepEqual(englishForms('say'), { past: 'said', present: 'says' });
    assert.deepEqual(englishForms('point_out'), { past: 'pointed out', present: 'points out' });
    assert.deepEqual(englishForms('stress'), { past: 'stressed', present: 'stresses' });
  });
  it('holds several hundred verbs and locutions in each language', () => {
    const f = sayingForms();
    assert.ok(f.frParticiples.length >= 250, `${f.frParticiples.length}`);
    assert.ok(f.en.length >= 300, `${f.en.length}`);
  });
  it('a verb with other senses takes no unknown noun as speaker (« les débats ont repris »)', () => {
    assert.equal(unattributed(`Les débats ont repris à 15 heures. «${NB}Il faut agir maintenant et sans attendre le prochain rapport.${NB}»`, 'fr'), 1);
    assert.equal(unattributed('The meeting continued after lunch. “We must act now and not wait for the next report.”', 'en'), 1);
  });
});

describe('quotes: attributions of any shape', () => {
  const cases: [string, string, Lang, string][] = [
    ['en title without an article', '"Our harbour must be a good neighbour," said director Helena Brask.', 'en', 'Helena Brask'],
    ['en title with a qualifier, no article', '“Prices will fall,” said chief economist Ravi Menon.', 'en', 'Ravi Menon'],
    ['fr incise inside « » with a name in apposition', `«${NB}Nous avons tout perdu, explique le maire, Jean Dupont. Personne ne nous a prévenus.${NB}»`, 'fr', 'Jean Dupont'],
    ['fr incise with an inverted pronoun', `«${NB}Nous avons tout perdu, a-t-il dit, et personne ne nous a aidés.${NB}»`, 'fr', 'il'],
    ['en incise inside “ ”', '“We lost everything,” said the baker, “and nobody warned us.”', 'en', 'the baker'],
    ['en incise in one pair of marks', '“We lost everything, says the baker. Nobody warned us.”', 'en', 'the baker'],
    ['fr role before a colon', `La maire de Nantes${NB}: «${NB}Nous rouvrirons la piscine${NB}»`, 'fr', 'La maire de Nantes'],
    ['fr indefinite role and circumstance before a colon', `Un pompier, à la radio${NB}: «${NB}Le feu est fixé.${NB}»`, 'fr', 'Un pompier'],
    ['fr first name, age and role before a colon', `Simone, 72 ans, bénévole${NB}: «${NB}Je viens chaque mardi${NB}»`, 'fr', 'Simone'],
    ['en role before a colon', 'The harbour master: “We closed the port at noon.”', 'en', 'The harbour master'],
    ['en name and age before a colon', 'Tom Reilly, 54, a fisherman: “I have never seen the sea this warm.”', 'en', 'Tom Reilly'],
    ['fr comme l’écrit X', `Comme l’écrit Marie Dulac, «${NB}la réforme est morte-née${NB}».`, 'fr', 'Marie Dulac'],
    ['fr indefinite speaker after the verb', `«${NB}On ferme à midi${NB}», lance une commerçante du marché.`, 'fr', 'une commerçante du marché'],
    ['en indefinite speaker', '“We close at noon,” says a shopkeeper.', 'en', 'a shopkeeper'],
    ['fr long inverted attribution', `«${NB}La frontière restera ouverte${NB}», a déclaré jeudi le ministre des Affaires étrangères du Portugal João Lima à la presse.`, 'fr', 'João Lima'],
    ['en relative clause after the speaker', '“The border stays open,” said the foreign minister, who spoke to reporters in Lisbon.', 'en', 'the foreign minister'],
  ];
  for (const [what, text, lang, who] of cases) it(what, () => assert.deepEqual([...new Set(speakers(text, lang))], [who]));

  it('fr: a quotation continued over paragraphs (» opening the next) keeps its speaker', () => {
    const text = `Le maire a déclaré${NB}: «${NB}Nous reconstruirons l’école.\n\n»${NB}Nous rouvrirons la cantine.${NB}»`;
    assert.deepEqual(speakers(text, 'fr'), ['Le maire']);
    assert.equal(unattributed(text, 'fr'), 0);
  });
  it('en: a quotation continued over paragraphs (“ opening the next) keeps its speaker', () => {
    const text = 'The mayor said: “We will rebuild the school.\n\n“We will reopen the canteen.”';
    assert.deepEqual(speakers(text, 'en'), ['The mayor']);
    assert.equal(unattributed(text, 'en'), 0);
  });

  const stillFlagged: [string, string, Lang][] = [
    ['a colon after a clause with a verb', `Le bilan est lourd${NB}: «${NB}Nous avons tout perdu.${NB}»`, 'fr'],
    ['a colon after a long clause', 'After three days of talks and many late nights in the city: “We have a deal.”', 'en'],
    ['an incise of reported speech is no speaker', `«${NB}Nous avons tout perdu. Le maire a dit que rien ne changerait.${NB}»`, 'fr'],
  ];
  for (const [what, text, lang] of stillFlagged) it(`still unattributed: ${what}`, () => assert.equal(unattributed(text, lang), 1));
});

describe('quote-unmarked: first person in all its forms', () => {
  const unmarked = (text: string, language: Lang): string[] =>
    findings(text, 'quote-unmarked', { language }).filter((f) => (f.data as { kind?: string }).kind === 'unmarked').map((f) => text.slice(f.start, f.end));
  const flagged: [string, Lang, string][] = [
    ['On ne lâchera rien, a déclaré mardi la secrétaire générale du syndicat, Sophie Binet.', 'fr', 'On ne lâchera rien'],
    ['On va se battre jusqu’au bout, a prévenu le délégué syndical.', 'fr', 'On va se battre jusqu’au bout'],
    ['Faites-nous confiance, a déclaré mardi le ministre.', 'fr', 'Faites-nous confiance'],
    ['Laissez-moi travailler, a lancé la maire.', 'fr', 'Laissez-moi travailler'],
    ['Dites-le aux électeurs, a insisté le député.', 'fr', 'Dites-le aux électeurs'],
    ['Vous verrez la différence dès septembre, a promis le maire.', 'fr', 'Vous verrez la différence dès septembre'],
    ['I will not resign, he said.', 'en', 'I will not resign'],
    ['We are not going anywhere, she told reporters.', 'en', 'We are not going anywhere'],
    ['You have to be patient with young players, the coach said.', 'en', 'You have to be patient with young players'],
    ['Give us time, the mayor said on Tuesday.', 'en', 'Give us time'],
    ['Our members voted for the strike, said the union leader, Dana Ruiz, at a rally in Ohio.', 'en', 'Our members voted for the strike'],
  ];
  for (const [text, lang, span] of flagged) it(`flags: ${text}`, () => assert.deepEqual(unmarked(text, lang), [span]));
  const clean: [string, Lang][] = [
    ['On ne sait pas encore ce qui a causé la panne, a-t-il précisé.', 'fr'],
    ['On estime à 300 le nombre de victimes, a indiqué la préfecture.', 'fr'],
    ['Le Kazakhstan soutient le projet, a-t-il noté.', 'fr'],
    ['Le port rouvrira lundi, a-t-elle déclaré.', 'fr'],
    ['Le ministre a déclaré que nous devions attendre.', 'fr'],
    ['The talks will resume on Monday, he said.', 'en'],
    ['She told reporters that we would have to wait.', 'en'],
    ['The company said it would appeal.', 'en'],
  ];
  for (const [text, lang] of clean) it(`stays clean: ${text}`, () => assert.deepEqual(unmarked(text, lang), []));
});

describe('quotes: the addressee between the verb and the speaker', () => {
  it('« a déclaré à l’AFP Julien Marchetti » closes unmarked speech with its speaker', () => {
    const text = 'Nous pensons que la fenêtre s’ouvrira à la rentrée, a déclaré à l’AFP Julien Marchetti, économiste chez une grande banque parisienne.';
    const a = analyze(text, { language: 'fr' });
    assert.deepEqual(a.facts.quotes.map((q) => q.speaker), ['Julien Marchetti']);
  });
  it('« a confié au Monde la ministre »', () => {
    assert.deepEqual(speakers(`«${NB}Je ne regrette rien${NB}», a confié au Monde la ministre.`, 'fr'), ['la ministre']);
  });
});

describe('quotes: auxiliaries, acronyms and prepositions around the speaker', () => {
  it('“the candidate had promised” and « avait promis la candidate dès… »', () => {
    assert.deepEqual(speakers('“We will win,” the candidate had promised at her first rally.', 'en'), ['the candidate']);
    assert.deepEqual(speakers(`«${NB}Nous gagnerons${NB}», avait promis la candidate dès le premier meeting.`, 'fr'), ['la candidate']);
  });
  it('“the MP wrote” closes unmarked speech', () => {
    assert.equal(findings('I will vote against this bill, the MP wrote on social media.', 'quote-unmarked', { language: 'en' }).length, 1);
    assert.deepEqual(findings('He will vote against the bill, the MP wrote on social media.', 'quote-unmarked', { language: 'en' }), []);
  });
});

describe('quote-unmarked: time phrases, acronyms and what follows the attribution', () => {
  const unmarked = (text: string, language: Lang): number => findings(text, 'quote-unmarked', { language }).length;
  it('« assurait encore la semaine dernière le directeur financier »', () => {
    assert.equal(unmarked('Notre objectif reste inchangé, assurait encore la semaine dernière le directeur financier.', 'fr'), 1);
  });
  it('“insisted only last week”, “she continues, but…”', () => {
    assert.equal(unmarked('Our goal is unchanged, the finance director insisted only last week.', 'en'), 1);
    assert.equal(unmarked('We are ready to talk, she continues, but not at any price.', 'en'), 1);
  });
  it('« le délégué CGT du site, Karim Benali, joint par téléphone »', () => {
    assert.equal(unmarked('Vous ne pouvez pas nous demander l’impossible, estime le délégué CGT du site, Karim Benali, joint par téléphone.', 'fr'), 1);
  });
  it('third-person statements stay clean with the same attributions', () => {
    assert.equal(unmarked('Ils ne reviendront pas, affirme le maire, qui dit avoir tout tenté.', 'fr'), 0);
    assert.equal(unmarked('They will not come back, the mayor says, adding that he has tried everything.', 'en'), 0);
  });
});
