import { strict as assert } from 'assert';
import { fixConvention, marks, NBSP } from './typography-helpers';

const fr = { language: 'fr' as const };
const en = { language: 'en' as const };

describe('typography: units, capitals, ellipsis, styles, doubled marks', () => {
  describe('French number and unit', () => {
    const flagged: [string, string][] = [
      ['une piste de 4,2km', `une piste de 4,2${NBSP}km`],
      ['un colis de 12kg', `un colis de 12${NBSP}kg`],
      ['il fait 31,5°C', `il fait 31,5${NBSP}°C`],
      ['un appartement de 120m²', `un appartement de 120${NBSP}m²`],
      ['un billet à 9,99€', `un billet à 9,99${NBSP}€`],
      ['limité à 85km/h', `limité à 85${NBSP}km/h`],
      ['une latence de 40µs', `une latence de 40${NBSP}µs`],
      ['une centrale de 900 MW', `une centrale de 900${NBSP}MW`],
      ['un parc de 12 500 ha', `un parc de 12 500${NBSP}ha`],
      ['émet 120gCO2/kWh', `émet 120${NBSP}gCO2/kWh`],
    ];
    for (const [text, fixed] of flagged) it(`fixes: ${text}`, () => assert.equal(fixConvention(text, 'unit-space', fr), fixed));
    const clean: [string, string][] = [
      ['a no-break space already', `une piste de 4,2${NBSP}km et 12\u202fkg`],
      ['an angle', 'un virage à 45° à droite'],
      ['a time', 'rendez-vous à 14h30'],
      ['a paper size and a virus', 'une feuille A4 et le COVID-19 en 2020'],
      ['a unit letter after an ordinary space that may be a word', 'il y a 3 m de neige et 2 g de sel'],
      ['a percentage (number-format’s)', 'une hausse de 23,6%'],
      ['code', 'la valeur `12kg` du fichier'],
    ];
    for (const [what, text] of clean) it(`leaves alone: ${what}`, () => assert.deepEqual(marks(text, 'unit-space', fr), []));
    it('is French only', () => assert.deepEqual(marks('a 12kg parcel', 'unit-space', en), []));
  });

  describe('French accented capitals', () => {
    const flagged: [string, string][] = [
      ['A lire aussi : notre enquête.', 'À lire aussi : notre enquête.'],
      ['Le cortège est parti. A Paris, la foule était dense.', 'Le cortège est parti. À Paris, la foule était dense.'],
      ['Les Etats-Unis et l’Etat fédéral.', 'Les États-Unis et l’État fédéral.'],
      ['Il a visité l’Egypte et l’Elysée.', 'Il a visité l’Égypte et l’Élysée.'],
      ['Ca suffit, dit-il.', 'Ça suffit, dit-il.'],
      ['« A Paris, nous restons », dit-elle.', '« À Paris, nous restons », dit-elle.'],
      ['La région Ile-de-France vote.', 'La région Île-de-France vote.'],
    ];
    for (const [text, fixed] of flagged) it(`fixes: ${text}`, () => assert.equal(fixConvention(text, 'accented-capitals', fr), fixed));
    const clean: [string, string][] = [
      ['the inverted verb', 'A-t-il lu le rapport ?'],
      ['an initial and an aircraft', 'A. Dupont a volé sur un A380.'],
      ['Europe and Eric', 'Eric Zemmour parle de l’Europe.'],
      ['an English headline', 'Le film « A New Hope » sort.'],
      ['an English title in Title Case', '« A Star Is Born » est sorti en 2018.'],
      ['A inside a sentence', 'Le plan A et le plan B.'],
      ['already accented', 'À Paris, l’État et les États-Unis.'],
    ];
    for (const [what, text] of clean) it(`leaves alone: ${what}`, () => assert.deepEqual(marks(text, 'accented-capitals', fr), []));
    it('is French only', () => assert.deepEqual(marks('A few Etats later.', 'accented-capitals', en), []));
  });

  describe('ellipsis', () => {
    it('fixes three stops, French', () => assert.equal(fixConvention('Et puis... rien.', 'ellipsis', fr), 'Et puis… rien.'));
    it('fixes three stops, English', () => assert.equal(fixConvention('And then... nothing.', 'ellipsis', en), 'And then… nothing.'));
    it('leaves four stops, spaced stops and code alone', () => assert.deepEqual(marks('Wait.... Go . . . now `a...b`', 'ellipsis', en), []));
  });

  describe('apostrophe style', () => {
    it('fixes the minority straight apostrophe', () =>
      assert.equal(fixConvention("L’État et l’armée, puis l'école.", 'apostrophes', fr), 'L’État et l’armée, puis l’école.'));
    it('fixes the minority curly apostrophe in English', () =>
      assert.equal(fixConvention("It's the mayor's plan, isn't it? Don’t.", 'apostrophes', en), "It's the mayor's plan, isn't it? Don't."));
    it('leaves one style alone, and quotation marks', () => assert.deepEqual(marks("It's 'fine', he said; it's done.", 'apostrophes', en), []));
    it('does not count an apostrophe after Markdown emphasis', () => assert.deepEqual(marks('The *Times*\'s editor and the mayor’s aide.', 'apostrophes', en), []));
  });

  describe('dash style (English)', () => {
    it('fixes the minority closed em dash', () =>
      assert.equal(fixConvention('The mayor – a former judge – spoke. The plan—if it passes—will cost more. Rain – heavy – fell.', 'dashes', en), 'The mayor – a former judge – spoke. The plan – if it passes – will cost more. Rain – heavy – fell.'));
    it('leaves one style and ranges alone', () => assert.deepEqual(marks('The plan—if it passes—covers 2020–2024.', 'dashes', en), []));
  });

  describe('doubled punctuation', () => {
    const flagged: [string, string, 'fr' | 'en'][] = [
      ['Il est venu, , puis parti.', 'Il est venu, puis parti.', 'fr'],
      ['He came,, then left.', 'He came, then left.', 'en'],
      ['Fin du débat..', 'Fin du débat.', 'fr'],
      ['He left;; she stayed.', 'He left; she stayed.', 'en'],
    ];
    for (const [text, fixed, lang] of flagged) it(`fixes: ${text}`, () => assert.equal(fixConvention(text, 'doubled-punctuation', { language: lang }), fixed));
    it('leaves ?! !! the ellipsis, paths and ranges alone', () => assert.deepEqual(marks('Quoi ?! Non !! Et puis… cd ../src, 1..10', 'doubled-punctuation', fr), []));
  });

  it('each convention can be turned off', () => {
    const options = { ...fr, typography: { off: ['unit-space', 'ellipsis'] } };
    assert.deepEqual(marks('un colis de 12kg... ', 'unit-space', options), []);
    assert.deepEqual(marks('un colis de 12kg... ', 'ellipsis', options), []);
  });
});
