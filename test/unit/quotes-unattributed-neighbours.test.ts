// quote-unattributed on correct news copy: the speaker named in the next sentence (a witness
// introduced after her words), the previous sentence's subject when it is a role or a titled
// name, a speaker before a colon with a long apposition, and phrases quoted inside a sentence.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { covered } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const unattributed = (text: string, language: Lang): string[] => covered(text, 'quote-unattributed', { language });
const speakerOf = (text: string, language: Lang): string | undefined => analyze(text, { language }).facts.quotes.find((q) => q.kind === 'speech' && q.level === 0)?.speaker;

describe('quote-unattributed: a witness named in the next sentence', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `«${NB}Tout est parti en quelques minutes.${NB}» Karim, 52 ans, a vu les flammes gagner son atelier.`, 'Karim'],
    ['fr', `«${NB}Je ne retrouve plus mes papiers.${NB}» Odile Ferrand, retraitée, attend depuis l’aube devant la mairie.`, 'Odile Ferrand'],
    ['en', '“Everything went in a few minutes.” Karim, 52, watched the flames reach his workshop.', 'Karim'],
    ['en', '“I can’t find my papers anywhere.” Odile Ferrand, a retired teacher, has queued since dawn.', 'Odile Ferrand'],
  ];
  for (const [lang, text, who] of cases) {
    it(`finds ${who} (${lang})`, () => {
      assert.equal(speakerOf(text, lang), who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  const flagged: [Lang, string][] = [
    ['fr', `«${NB}C’est une honte.${NB}» La séance a été levée à minuit.`],
    ['fr', `«${NB}C’est une honte.${NB}» Paris a voté contre le texte.`],
    ['en', '“This is a disgrace.” The session ended at midnight.'],
    ['en', '“This is a disgrace.” Paris voted against the bill.'],
  ];
  for (const [lang, text] of flagged) it(`still flags with no person after (${lang}): ${text.slice(0, 30)}…`, () => assert.equal(unattributed(text, lang).length, 1));
});

describe('quote-unattributed: the previous sentence opens with a role and a name', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `La présidente du club, Anne Vidal, n’a pas caché sa colère. «${NB}Ce score est indigne de nous.${NB}»`, 'Anne Vidal'],
    ['fr', `Le directeur technique Paul Morin est resté prudent. «${NB}Il faudra attendre les analyses.${NB}»`, 'Paul Morin'],
    ['en', 'Team captain Ruth Olsen was in no mood to celebrate. “That was not good enough.”', 'Ruth Olsen'],
    ['en', 'Head coach Ian Berg was furious on Saturday. “We gave that game away.”', 'Ian Berg'],
    ['en', 'The club’s president, Anne Vidal, did not hide her anger. “This result is unworthy of us.”', 'Anne Vidal'],
  ];
  for (const [lang, text, who] of cases) {
    it(`finds ${who} (${lang})`, () => {
      assert.equal(speakerOf(text, lang), who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a place opening the previous sentence is still no speaker', () => {
    assert.equal(unattributed('New Delhi woke up under smog again. “This cannot go on.”', 'en').length, 1);
    assert.equal(unattributed(`La ville s’est réveillée sous la neige. «${NB}On n’a jamais vu ça.${NB}»`, 'fr').length, 1);
  });
});

describe('quote-unattributed: a speaker before a colon with a long apposition', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `Lucienne, 79 ans, qui tient la buvette du stade depuis trente ans${NB}: «${NB}Je n’ai jamais vu autant de monde.${NB}»`, 'Lucienne'],
    ['en', 'Tom Reyes, a bus driver who has worked the night line for a decade: “Nobody told us anything.”', 'Tom Reyes'],
    ['en', 'Ana Lopez, who runs the bakery across from the station: “We lost half our trade.”', 'Ana Lopez'],
  ];
  for (const [lang, text, who] of cases) {
    it(`finds ${who} (${lang})`, () => {
      assert.equal(speakerOf(text, lang), who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
});

describe('quote-unattributed: a phrase quoted inside a sentence', () => {
  const clean: [Lang, string][] = [
    ['en', 'The regulator described the merger as “a very bad deal for consumers.”'],
    ['en', 'Critics called the plan “an expensive way to stand still.”'],
    ['en', 'In what the court described as “a calculated deception,” the firm hid its losses.'],
    ['fr', `L’opposition a qualifié le budget de «${NB}véritable hold-up fiscal.${NB}»`],
    ['fr', `Le rapport décrit une gestion «${NB}opaque et désordonnée${NB}» des fonds publics.`],
  ];
  for (const [lang, text] of clean) it(`stays quiet (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(unattributed(text, lang), []));
  it('a whole sentence quoted with nobody near is still flagged', () => {
    assert.equal(unattributed('The works were delayed again. “Nobody knows when this will end.”', 'en').length, 1);
    assert.equal(unattributed(`Les travaux ont encore pris du retard. «${NB}Personne ne sait quand cela finira.${NB}»`, 'fr').length, 1);
  });
});

describe('quote-unattributed: a short sentence quoted on its own', () => {
  const flagged: [Lang, string][] = [
    ['fr', 'La réunion a tourné court. "C’est scandaleux." Le conseil se réunira lundi.'],
    ['fr', `Le vote a été reporté. «${NB}Quelle honte${NB}!${NB}» La séance est levée.`],
    ['en', 'The meeting broke up early. "Utterly shameful." The council meets again on Monday.'],
    ['en', 'The vote was postponed. “What a farce!” The session was adjourned.'],
  ];
  for (const [lang, text] of flagged) it(`flags (${lang}): ${text.slice(0, 40)}…`, () => assert.equal(unattributed(text, lang).length, 1));
  const clean: [Lang, string][] = [
    ['en', 'The vote was postponed. “What a farce!” the mayor said.'],
    ['fr', `Le vote a été reporté. «${NB}Quelle honte${NB}!${NB}», a lancé la maire.`],
    ['en', 'Her favourite film is still “Casablanca.” She has seen it forty times.'],
  ];
  for (const [lang, text] of clean) it(`stays quiet (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(unattributed(text, lang), []));
});
