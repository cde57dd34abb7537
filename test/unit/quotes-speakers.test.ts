import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { scanAttributions } from '../../src/core/quotes/attribution';
import { covered } from './helpers';

const NB = '\u00a0';
const NNB = '\u202f';

const speakerOf = (text: string, language: 'fr' | 'en'): (string | undefined)[] =>
  analyze(text, { language }).facts.quotes.filter((q) => q.level === 0).map((q) => q.speaker);
const kindsOf = (text: string, language: 'fr' | 'en'): string[] =>
  analyze(text, { language }).facts.quotes.filter((q) => q.level === 0 && !q.unmarked).map((q) => q.kind ?? '');

describe('quotes speakers: any noun phrase names a role', () => {
  const cases: [string, string, 'fr' | 'en', string][] = [
    ['fr role + complement + apposed name', `«${NB}Le camping rouvrira en juin${NB}», a indiqué la gérante du camping municipal, Anne Roux.`, 'fr', 'Anne Roux'],
    ['fr possessive determiner + apposed name, before the verb', `Son entraîneur, Yves Martel, a expliqué${NB}: «${NB}Nous avons travaillé dur.${NB}»`, 'fr', 'Yves Martel'],
    ['fr role alone after the verb, with a day between', `«${NB}Nous ne fermerons pas le refuge${NB}», a précisé jeudi la gardienne du refuge.`, 'fr', 'la gardienne du refuge'],
    ['en role + of-complement + apposed name before the verb', '“The pier will reopen in spring,” the keeper of the lighthouse, Sam Price, said.', 'en', 'Sam Price'],
    ['en verb, then role + apposed name', '“We landed safely,” said the pilot, Omar Diaz.', 'en', 'Omar Diaz'],
    ['en possessive noun before the role', 'The gallery’s curator, Nina Park, said: “We have never shown anything like it.”', 'en', 'Nina Park'],
    ['en straight-apostrophe possessive', "“We have sold out every night,” the theatre's manager, Dan Webb, told reporters.", 'en', 'Dan Webb'],
    ['en role alone before the verb', '“We landed safely,” the pilot said.', 'en', 'the pilot'],
    ['en role alone after the verb', '“We landed safely,” said the pilot.', 'en', 'the pilot'],
  ];
  for (const [what, text, lang, who] of cases) it(what, () => assert.deepEqual(speakerOf(text, lang), [who]));

  it('a noun phrase after a verb of saying is no speaker outside an attribution position', () => {
    const text = 'Le collectif, qui a annoncé la fermeture du site, manifestera.';
    assert.deepEqual(
      scanAttributions(text).map((a) => a.speaker?.text),
      [undefined],
    );
    assert.equal(scanAttributions('The firm, which announced the closure of the plant, will appeal.')[0]?.speaker, undefined);
  });
  it('known roles keep working without a name (strong cue)', () => {
    assert.deepEqual(speakerOf(`«${NB}Le texte sera voté${NB}», selon la ministre.`, 'fr'), ['la ministre']);
  });
});

describe('quotes speakers: French reflexive verbs of saying', () => {
  const cases: [string, string, string][] = [
    ['s’est félicitée', `«${NB}Le chantier est terminé${NB}», s’est félicitée la maire, Odile Perrin.`, 'Odile Perrin'],
    ['s’est exclamé (straight apostrophe)', `«${NB}Quelle journée${NB}!${NB}», s'est exclamé Paul Rivière.`, 'Paul Rivière'],
    ['se sont inquiétés + role', `«${NB}Nous n’avons plus de médecin${NB}», se sont inquiétés les habitants du village.`, 'les habitants du village'],
    ['present: s’interroge', `«${NB}Qui paiera la facture${NB}?${NB}», s’interroge le trésorier du club, Luc Baron.`, 'Luc Baron'],
    ['inverted: s’est-elle indignée, resolved', `Odile Perrin a témoigné devant les élus. «${NB}C’est inacceptable${NB}», s’est-elle indignée.`, 'Odile Perrin'],
  ];
  for (const [what, text, who] of cases) it(what, () => assert.deepEqual(speakerOf(text, 'fr'), [who]));
});

describe('quotes speakers: more verbs of saying', () => {
  const cases: [string, string, 'fr' | 'en', string][] = [
    ['a nuancé', `«${NB}Rien n’est joué${NB}», a nuancé Marie Colin.`, 'fr', 'Marie Colin'],
    ['a ironisé', `«${NB}On verra bien${NB}», a ironisé le sélectionneur, Henri Vial.`, 'fr', 'Henri Vial'],
    ['a réagi', `«${NB}C’est une erreur${NB}», a réagi la présidente de l’association.`, 'fr', 'la présidente de l’association'],
    ['quipped', '“At least the coffee was good,” quipped Tara Quinn.', 'en', 'Tara Quinn'],
    ['conceded', '“We got this one wrong,” conceded the referee, Ali Khan.', 'en', 'Ali Khan'],
    ['wondered', '“Who will pay for all this?” Tara Quinn wondered.', 'en', 'Tara Quinn'],
  ];
  for (const [what, text, lang, who] of cases) it(what, () => assert.deepEqual(speakerOf(text, lang), [who]));
});

describe('quote-unmarked with generalised roles', () => {
  it('flags French speech closed by a role with complements and no name', () => {
    const text = 'Nous rouvrirons le camping dès le mois de juin, a promis jeudi la gérante du camping municipal.';
    assert.equal(covered(text, 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('flags French speech closed by a long role and an apposed name', () => {
    const text = 'Nous tiendrons le calendrier prévu, a assuré la directrice générale des services de la ville, Anne Roux.';
    assert.equal(covered(text, 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('flags French speech closed by a reflexive verb', () => {
    const text = 'Nous avons enfin obtenu gain de cause, se sont réjouis les riverains.';
    assert.equal(covered(text, 'quote-unmarked', { language: 'fr' }).length, 1);
  });
  it('flags English speech closed by a role that is not in the list', () => {
    const text = 'We will rebuild the pier before the summer, the harbour keeper said on Tuesday.';
    assert.equal(covered(text, 'quote-unmarked', { language: 'en' }).length, 1);
  });
  const clean: [string, 'fr' | 'en'][] = [
    ['La gérante du camping a déclaré que le site rouvrirait en juin.', 'fr'],
    ['Le trésorier s’est félicité que les comptes soient à l’équilibre.', 'fr'],
    ['The harbour keeper said the pier would reopen in June.', 'en'],
    ['The pilot said the country would need more airports, adding that costs were rising.', 'en'],
    ['Two boats sank in the storm, the harbour keeper said.', 'en'],
  ];
  for (const [text, lang] of clean) it(`stays clean (reported or third-person): ${text}`, () => assert.deepEqual(covered(text, 'quote-unmarked', { language: lang }), []));
});

describe('quote-unattributed: generalised speakers and titles', () => {
  const clean: [string, 'fr' | 'en'][] = [
    [`«${NB}Nous avons tout perdu dans l’incendie${NB}», a confié la propriétaire du restaurant, Inès Garnier.`, 'fr'],
    [`«${NB}La saison est sauvée${NB}», s’est réjoui le gérant de la station.`, 'fr'],
    ['“Nobody saw it coming,” the owner of the garage, Mike Dunn, admitted.', 'en'],
    ['“Nobody saw it coming,” recalled the night porter.', 'en'],
  ];
  for (const [text, lang] of clean) it(`stays clean: ${text}`, () => assert.deepEqual(covered(text, 'quote-unattributed', { language: lang }), []));

  it('titles and terms in marks stay words next to a generic role', () => {
    assert.deepEqual(kindsOf(`Le roman «${NB}La Peste${NB}» sera réédité, a annoncé la directrice de la collection.`, 'fr'), ['words']);
    assert.deepEqual(kindsOf('The so-called “quiet quitting” trend is overstated, the researcher of the institute noted.', 'en'), ['words']);
  });
  it('still flags a quotation whose only nearby noun is not a speaker', () => {
    const text = 'Le collectif, qui a annoncé la fermeture du site, manifestera. «{NB}Nous ne lâcherons rien, jamais, quoi qu’il arrive.{NB}»'.replace(/\{NB\}/g, NB);
    assert.equal(covered(text, 'quote-unattributed', { language: 'fr' }).length, 1);
  });
});

describe('quote-unattributed: the previous sentence’s subject', () => {
  it('a titled person opening the previous sentence speaks the quotation that follows', () => {
    assert.deepEqual(speakerOf('Dr. Lena Ford did not hold back. “This report is a disgrace to the profession.”', 'en'), ['Dr. Lena Ford']);
    assert.deepEqual(speakerOf(`Mme Claire Vasseur n’a pas mâché ses mots. «${NB}Ce budget est une trahison pour les familles.${NB}»`, 'fr'), ['Mme Claire Vasseur']);
  });
  it('a full name opening the previous sentence speaks the quotation that follows', () => {
    assert.deepEqual(speakerOf('Lena Ford did not hide her anger. “This report is a disgrace to the profession.”', 'en'), ['Lena Ford']);
    assert.deepEqual(speakerOf(`Paul Rivière est sorti de ses gonds, lui d’habitude si calme. «${NB}Ce rapport est une honte.${NB}»`, 'fr'), ['Paul Rivière']);
  });
  it('an untitled capitalised pair with nothing personal about it is no speaker (a place)', () => {
    assert.equal(covered('New York woke up under a foot of snow. “This is the worst storm in a decade.”', 'quote-unattributed', { language: 'en' }).length, 1);
  });
  it('still flags when the previous sentence opens with no person, or another sentence is between', () => {
    assert.equal(covered('The storm hit the coast overnight. “This is a disaster for every family here.”', 'quote-unattributed', { language: 'en' }).length, 1);
    assert.equal(covered('Lena Ford arrived at nine. The room was full. “This is a disaster for every family here.”', 'quote-unattributed', { language: 'en' }).length, 1);
  });
});

describe('quote pairing: French no-break space before a closer of another style', () => {
  for (const [name, sp] of [
    ['U+00A0', NB],
    ['U+202F', NNB],
  ] as const) {
    it(`“ … ${name}» is one mismatched quotation, not two unclosed marks`, () => {
      const text = `La préfète a répondu${NB}: “Le dossier est clos${sp}», puis elle est partie.`;
      assert.deepEqual(covered(text, 'quote-mismatch', { language: 'fr' }), [`“Le dossier est clos${sp}»`]);
      assert.deepEqual(covered(text, 'quote-unclosed', { language: 'fr' }), []);
    });
  }
  it('« … NB” is one mismatched quotation', () => {
    const text = `Elle a répondu${NB}: «${NB}Le dossier est clos${NB}”, puis elle est partie.`;
    assert.deepEqual(covered(text, 'quote-mismatch', { language: 'fr' }), [`«${NB}Le dossier est clos${NB}”`]);
    assert.deepEqual(covered(text, 'quote-unclosed', { language: 'fr' }), []);
  });
  it('a proper « … » with no-break spaces stays clean, and a lone » stays unclosed', () => {
    assert.deepEqual(covered(`Elle a répondu${NB}: «${NB}Le dossier est clos${NB}», puis elle est partie.`, 'quote-mismatch', { language: 'fr' }), []);
    assert.equal(covered(`Le dossier est clos${NB}», puis elle est partie.`, 'quote-unclosed', { language: 'fr' }).length, 1);
  });
});
