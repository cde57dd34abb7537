// quote-unattributed on correct copy: speakers named the way reporters introduce people —
// a role with an age complement, a person subject before a colon, and a person introduced
// with an age or apposition in the sentence before the quotation.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { covered } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const unattributed = (text: string, language: Lang): string[] => covered(text, 'quote-unattributed', { language });
const speakers = (text: string, language: Lang): (string | undefined)[] =>
  analyze(text, { language }).facts.quotes.filter((q) => q.kind === 'speech' && q.level === 0).map((q) => q.speaker);

describe('quote-unattributed: a role with an age complement', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `«${NB}J’ai cru que le toit allait tomber${NB}», a raconté le boulanger de 47 ans, encore sous le choc.`, 'le boulanger de 47 ans'],
    ['fr', `«${NB}On repartira de zéro${NB}», souffle la viticultrice de 58 ans.`, 'la viticultrice de 58 ans'],
    ['en', '“I thought the roof would cave in,” said the driver of 61, still shaken.', 'the driver of 61'],
  ];
  for (const [lang, text, who] of cases) {
    it(`names ${who} (${lang})`, () => {
      assert.equal(speakers(text, lang)[0], who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a second quotation in the paragraph keeps that speaker', () => {
    const text = `«${NB}Tout est à refaire${NB}», a confié la gérante de 39 ans à la sortie. «${NB}Mais on tiendra.${NB}»`;
    assert.deepEqual(unattributed(text, 'fr'), []);
  });
});

describe('quote-unattributed: a person subject before a colon', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `Marc Février compte rouvrir avant l’été${NB}: «${NB}Les clients nous attendent.${NB}»`, 'Marc Février'],
    ['fr', `La directrice, Agnès Lhomme, reste prudente${NB}: «${NB}Rien n’est signé.${NB}»`, 'La directrice'],
    ['en', 'Nadia Osei hopes to reopen by spring: “Our customers are waiting.”', 'Nadia Osei'],
    ['en', 'The director, Agnes Holm, remains cautious: “Nothing is signed yet.”', 'The director'],
  ];
  for (const [lang, text, who] of cases) {
    it(`names ${who} (${lang})`, () => {
      assert.equal(speakers(text, lang)[0], who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a place or a thing before the colon is no speaker', () => {
    assert.equal(unattributed(`La commune compte trois écoles${NB}: «${NB}Nous en fermerons une.${NB}»`, 'fr').length, 1);
    assert.equal(unattributed('The report lists three causes: “We failed at every level.”', 'en').length, 1);
  });
});

describe('quote-unattributed: a person introduced with an age in the previous sentence', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `Gisèle Armand, 84 ans, a regagné son appartement mardi. «${NB}Je ne pensais plus revoir ma cuisine.${NB}»`, 'Gisèle Armand'],
    ['fr', `Au premier rang, Bruno Tessier, 66 ans, supporter depuis toujours. «${NB}J’ai vu le club en quatrième division.${NB}»`, 'Bruno Tessier'],
    ['fr', `Le doyen, Henri Vasseur, 93 ans, découvre la nouvelle salle. «${NB}On n’avait rien de tout ça.${NB}»`, 'Henri Vasseur'],
    ['en', 'Walter Greene, 84, returned to his flat on Tuesday. “I never thought I would see my kitchen again.”', 'Walter Greene'],
  ];
  for (const [lang, text, who] of cases) {
    it(`names ${who} (${lang})`, () => {
      assert.equal(speakers(text, lang)[0], who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a sentence with no person before still leaves the quotation unattributed', () => {
    assert.equal(unattributed(`Le centre, ouvert en 2019, a fermé mardi. «${NB}Nous n’avions pas le choix.${NB}»`, 'fr').length, 1);
    assert.equal(unattributed('The pool, built in 1971, closed on Tuesday. “We had no choice.”', 'en').length, 1);
  });
});

describe('quote-unattributed: an organisation named by its acronym after the verb', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `«${NB}Cette réforme est injuste${NB}», a réagi la CFDT dans un communiqué.`, 'la CFDT'],
    ['fr', `«${NB}Les trains circuleront normalement${NB}», a assuré la RATP lundi.`, 'la RATP'],
    ['fr', `«${NB}La vigilance reste de mise${NB}», a rappelé l’OMS vendredi.`, 'l’OMS'],
    ['en', '“The ruling is a setback,” said the ACLU on Friday.', 'the ACLU'],
    ['en', '“Flights will resume tomorrow,” the FAA said in a statement.', 'the FAA'],
  ];
  for (const [lang, text] of cases) {
    it(`attributes (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(unattributed(text, lang), []));
  }
  it('an acronym in the middle of a sentence of the writer’s own is no attribution', () => {
    assert.equal(unattributed(`La grève a touché la RATP mardi. «${NB}On ne lâchera rien.${NB}»`, 'fr').length, 1);
  });
});

describe('quote-unattributed: words read on a sign, a banner or a placard', () => {
  const clean: [Lang, string][] = [
    ['fr', `Sur la pancarte brandie par un manifestant, on pouvait lire${NB}: «${NB}Nos retraites, pas vos profits${NB}».`],
    ['fr', `«${NB}Fermé pour travaux jusqu’à nouvel ordre${NB}», indique un panneau à l’entrée du parc.`],
    ['fr', `«${NB}Ici reposent nos espoirs${NB}», proclamait une banderole tendue sur le pont.`],
    ['en', '“No parking at any time,” reads a faded sign by the gate.'],
    ['en', 'On the fence, someone had scrawled: “Save our library.”'],
    ['en', '“Welcome home, heroes,” said a banner hung across Main Street.'],
  ];
  for (const [lang, text] of clean) it(`no speaker needed (${lang}): ${text.slice(0, 40)}…`, () => assert.deepEqual(unattributed(text, lang), []));
  it('a person holding a sign still speaks the words in the marks', () => {
    assert.deepEqual(speakers('“We will not move,” said the mayor, holding a sign.', 'en'), ['the mayor']);
  });
  it('speech with no sign and no speaker is still flagged', () => {
    assert.equal(unattributed(`La foule s’est dispersée vers minuit. «${NB}Nous reviendrons demain.${NB}»`, 'fr').length, 1);
  });
});

describe('quote-unattributed: a quotation paragraph continuing the previous paragraph’s speaker', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `«${NB}Le camion est arrivé à l’aube${NB}», se souvient Jacques Morel, 70 ans.\n\n«${NB}À midi, tout le village était dehors.${NB}»`, 'Jacques Morel'],
    ['fr', `«${NB}On a fermé les volets et attendu${NB}», témoigne la pharmacienne.\n\n«${NB}Personne n’est venu avant le soir.${NB}»`, 'la pharmacienne'],
    ['en', '“The truck came at dawn,” recalled Jack Morrow, a farmer.\n\n“By noon the whole village was out on the road.”', 'Jack Morrow'],
  ];
  for (const [lang, text, who] of cases) {
    it(`keeps ${who} (${lang})`, () => {
      assert.deepEqual(speakers(text, lang), [who, who]);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a quotation after a paragraph with no speaker, or with prose around it, is still flagged', () => {
    assert.equal(unattributed(`La piscine fermera le 1er mai.\n\n«${NB}Nous n’avions pas le choix.${NB}»`, 'fr').length, 1);
    assert.equal(unattributed('“The truck came at dawn,” recalled Jack Morrow.\n\nThe road reopened. “Nobody warned us.” Work starts in June.', 'en').length, 1);
  });
});

describe('quote-unattributed: the next sentence points back at the words and names the speaker', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `«${NB}On ne reconstruira pas deux fois.${NB}» Ainsi s’exprime Paul Garnier, maire de la commune depuis 2014.`, 'Paul Garnier'],
    ['fr', `«${NB}Le pire est derrière nous.${NB}» Tel est le sentiment de la préfète, lundi soir.`, 'la préfète'],
    ['fr', `«${NB}Il faut tout revoir.${NB}» C’est le constat de Léa Moreau, architecte.`, 'Léa Moreau'],
    ['en', '“We will rebuild, but not twice.” So says Paul Garner, mayor since 2014.', 'Paul Garner'],
    ['en', '“The worst is behind us.” That was the view of the governor on Monday night.', 'the governor'],
    ['en', '“Start again from scratch.” Those were the words of architect Lea Moore.', 'Lea Moore'],
  ];
  for (const [lang, text, who] of cases) {
    it(`names ${who} (${lang})`, () => {
      assert.equal(speakers(text, lang)[0], who);
      assert.deepEqual(unattributed(text, lang), []);
    });
  }
  it('a next sentence about something else leaves the quotation unattributed', () => {
    assert.equal(unattributed(`«${NB}Il faut tout revoir.${NB}» Le rapport a été publié lundi.`, 'fr').length, 1);
    assert.equal(unattributed('“Start again.” The report was published on Monday.', 'en').length, 1);
  });
});

describe('a role with a chain of complements before the name in apposition', () => {
  const cases: [Lang, string, string][] = [
    ['fr', `On ira jusqu’au bout, a affirmé le président de l’association des commerçants du centre, Luc Perrin, devant la mairie.`, 'Luc Perrin'],
    ['fr', `«${NB}Rien n’est joué${NB}», a déclaré la secrétaire du comité des fêtes, Anne Roy.`, 'Anne Roy'],
    ['en', '“Nothing is settled,” said the chair of the board of trustees, Ann Roy.', 'Ann Roy'],
  ];
  for (const [lang, text, who] of cases) it(`names ${who} (${lang})`, () => assert.equal(speakers(text, lang)[0], who));
  it('the unmarked speech before such an attribution is reported', () => {
    const text = `On ira jusqu’au bout, a affirmé le président de l’association des commerçants du centre, Luc Perrin, devant la mairie.`;
    assert.equal(covered(text, 'quote-unmarked', { language: 'fr' }).length, 1);
  });
});

describe('quote-unmarked: “let’s” speaks in the first person plural', () => {
  it('reports unmarked speech opening with let’s', () => {
    assert.equal(covered('Let’s finish the bridge before winter, the mayor told the council on Monday.', 'quote-unmarked', { language: 'en' }).length, 1);
    assert.equal(covered("Let's keep the libraries open, said Councillor Amy Ford.", 'quote-unmarked', { language: 'en' }).length, 1);
  });
  it('reported speech with let’s is not unmarked speech', () => {
    assert.deepEqual(covered('The mayor said that let’s-pretend budgets were over.', 'quote-unmarked', { language: 'en' }), []);
  });
});
