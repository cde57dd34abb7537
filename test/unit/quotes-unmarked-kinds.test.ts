// quote-unmarked on wire copy: a third-person statement in the present before « , a déclaré
// X » is a question at most (paraphrase or lost marks?); a title in Markdown emphasis is not
// the speaker's « I »; speech after a colon that closes an attribution is unmarked speech.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { applyEdits, findings } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const serious = (text: string, language: Lang) => findings(text, 'quote-unmarked', { language }).filter((f) => f.severity !== 'information');

describe('quote-unmarked: third-person paraphrase is at most a question', () => {
  const paraphrase: [Lang, string][] = [
    ['fr', 'La Norvège est disposée à financer une partie du chantier, a déclaré jeudi le ministre norvégien de l’Énergie Terje Aasland devant la presse.'],
    ['fr', 'Le réseau sera rétabli d’ici dimanche soir, a indiqué Claire Dumas, directrice régionale de l’opérateur.'],
    ['fr', 'La hausse des prix est temporaire, a estimé mardi la gouverneure de la banque centrale, Inès Ferrand, à un groupe d’économistes.'],
    ['fr', 'Le port peut accueillir deux fois plus de conteneurs, a souligné Marc Olivier Lenoir.'],
    ['en', 'Norway is willing to pay for part of the project, the Norwegian energy minister Terje Aasland told reporters in Oslo on Thursday.'],
    ['en', 'The network will be restored by Sunday night, said Claire Dumas, the operator’s regional director.'],
    ['en', 'The price rise is temporary, central bank governor Ines Ferrand said on Tuesday.'],
  ];
  for (const [lang, text] of paraphrase) {
    it(`nothing above information (${lang}): ${text.slice(0, 40)}…`, () => {
      assert.deepEqual(serious(text, lang), []);
      for (const f of findings(text, 'quote-unmarked', { language: lang })) assert.ok(!f.fixes?.some((x) => x.preferred), 'no preferred fix on a question');
    });
  }
  it('pronoun attributions of a paraphrase get nothing at all', () => {
    assert.deepEqual(findings('Le pays est prêt à investir davantage, a-t-il déclaré.', 'quote-unmarked', { language: 'fr' }), []);
    assert.deepEqual(findings('La coopération doit se poursuivre, a-t-elle noté.', 'quote-unmarked', { language: 'fr' }), []);
    assert.deepEqual(findings('The country is ready to invest more, he said.', 'quote-unmarked', { language: 'en' }), []);
  });
  const speech: [Lang, string][] = [
    ['fr', 'Nous sommes disposés à financer une partie du chantier, a déclaré jeudi le ministre norvégien de l’Énergie Terje Aasland.'],
    ['fr', 'On ne laissera personne sur le bord de la route, a promis la présidente de région, Carole Delga.'],
    ['fr', 'Faites-nous confiance, a lancé le maire aux habitants.'],
    ['en', 'We are willing to pay for part of the project, said energy minister Terje Aasland.'],
    ['en', 'You will see the difference by spring, the mayor told residents.'],
  ];
  for (const [lang, text] of speech) it(`first or second person stays a warning (${lang}): ${text.slice(0, 40)}…`, () => assert.equal(serious(text, lang).length, 1));
});

describe('quote-unmarked: a title in emphasis is not the speaker’s pronoun', () => {
  const clean: [Lang, string][] = [
    ['en', '*I, Tonya* revived interest in figure skating, the critic noted in her review.'],
    ['en', '_We Need to Talk About Kevin_ divided audiences, the programmer recalled.'],
    ['en', 'Her memoir **My Own Road** sold out in a week, the publisher said.'],
    ['fr', '*Moi, Daniel Blake* a relancé le débat sur les allocations, a rappelé le réalisateur.'],
    ['fr', 'Le roman _Nous autres_ a marqué toute une génération, a souligné la critique.'],
  ];
  for (const [lang, text] of clean) it(`stays quiet (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(findings(text, 'quote-unmarked', { language: lang }), []));
  it('first person outside the emphasis still counts', () => {
    assert.equal(serious('We loved *Moby Dick* as children, the two sisters said.', 'en').length, 1);
    assert.equal(serious('Nous avons adoré *Les Misérables* au théâtre, ont raconté les deux sœurs.', 'fr').length, 1);
  });
});

describe('quote-unmarked: speech after a colon that closes an attribution', () => {
  const flagged: [Lang, string, string, string][] = [
    ['fr', 'La préfète a averti les randonneurs : Nous interdirons l’accès au massif si le vent forcit.', 'Nous interdirons l’accès au massif si le vent forcit', `La préfète a averti les randonneurs : «${NB}Nous interdirons l’accès au massif si le vent forcit.${NB}»`],
    ['fr', 'Le capitaine a prévenu ses coéquipiers : Je ne veux plus voir ce relâchement.', 'Je ne veux plus voir ce relâchement', `Le capitaine a prévenu ses coéquipiers : «${NB}Je ne veux plus voir ce relâchement.${NB}»`],
    ['fr', 'Il a lancé aux grévistes : Vous serez reçus demain matin.', 'Vous serez reçus demain matin', `Il a lancé aux grévistes : «${NB}Vous serez reçus demain matin.${NB}»`],
    ['en', 'The coach told his players: I want to see more hunger in the second half.', 'I want to see more hunger in the second half', 'The coach told his players: “I want to see more hunger in the second half.”'],
    ['en', 'The governor warned drivers: We will close the pass if the snow keeps falling.', 'We will close the pass if the snow keeps falling', 'The governor warned drivers: “We will close the pass if the snow keeps falling.”'],
    ['en', 'She said: You have until Friday.', 'You have until Friday', 'She said: “You have until Friday.”'],
  ];
  for (const [lang, text, span, fixed] of flagged) {
    it(`flags and wraps (${lang}): ${text.slice(0, 40)}…`, () => {
      const got = serious(text, lang);
      assert.equal(got.length, 1);
      assert.equal(text.slice(got[0].start, got[0].end), span);
      assert.equal(applyEdits(text, got[0].fixes![0].edits), fixed);
    });
  }
  const clean: [Lang, string][] = [
    ['fr', 'Le ministre a annoncé trois mesures : la route sera fermée, le pont réparé et la digue rehaussée.'],
    ['fr', 'La préfète a averti les randonneurs : Le massif sera fermé si le vent forcit.'],
    ['fr', 'Trois priorités pour la mairie : Nos écoles, nos routes et nos parcs.'],
    ['fr', 'Il a déclaré que la réunion commencerait à 14 h 30 : nous y serons.'],
    ['fr', `La maire a prévenu : «${NB}Nous rouvrirons la piscine en juin.${NB}»`],
    ['en', 'The minister announced three measures: the road will close and the bridge will be repaired.'],
    ['en', 'Three things matter here: We need money, time and luck.'],
    ['en', 'The mayor told residents: “We will reopen the bridge by Christmas.”'],
    ['en', 'The schedule, the mayor said, is tight: The bridge will reopen in spring.'],
  ];
  for (const [lang, text] of clean) it(`stays quiet (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(serious(text, lang), []));
  it('the colon speech has the speaker before the colon', () => {
    const q = analyze('The governor warned drivers: We will close the pass if the snow keeps falling.', { language: 'en' }).facts.quotes.find((x) => x.unmarked);
    assert.equal(q?.speaker, 'The governor');
  });
});
