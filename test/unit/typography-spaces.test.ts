import { strict as assert } from 'assert';
import { fixConvention, marks, NBSP, NNBSP } from './typography-helpers';

const fr = { language: 'fr' as const };
const en = { language: 'en' as const };

describe('typography: spaces around punctuation', () => {
  describe('French space before ; : ! ?', () => {
    const flagged: [string, string, string][] = [
      ['a colon with no space', 'Résultat: la séance est levée.', `Résultat${NBSP}: la séance est levée.`],
      ['a question mark after a breaking space', 'Qui paiera ? Personne.', `Qui paiera${NNBSP}? Personne.`],
      ['two spaces before an exclamation mark', 'Enfin  ! Il est arrivé.', `Enfin${NNBSP}! Il est arrivé.`],
      ['a semicolon glued to the word', 'Il pleut; elle reste.', `Il pleut${NNBSP}; elle reste.`],
    ];
    for (const [what, text, fixed] of flagged) it(`fixes: ${what}`, () => assert.equal(fixConvention(text, 'space-before-high', fr), fixed));

    const clean: [string, string][] = [
      ['a time and a ratio', 'Rendez-vous à 14:30, score de 3:2.'],
      ['a drive letter', 'Copiez le fichier sur D: puis relancez.'],
      ['an emoji shortcode', 'Bravo à toute l’équipe :tada: et merci.'],
      ['either no-break space', `Vraiment${NBSP}? Oui${NNBSP}!`],
      ['a URL and code', 'Voir https://exemple.fr/a?b=c et `x ? y : z`.'],
      ['?! together', `Vraiment${NNBSP}?! Il est venu.`],
    ];
    for (const [what, text] of clean) it(`leaves alone: ${what}`, () => assert.deepEqual(marks(text, 'space-before-high', fr), []));

    it('adds the space after a colon when a word is glued to it', () =>
      assert.equal(fixConvention(`Résultat${NBSP}:la séance est levée.`, 'space-before-high', fr), `Résultat${NBSP}: la séance est levée.`));
    it('one finding for the space before and after', () =>
      assert.equal(fixConvention('Résultat :la séance est levée.', 'space-before-high', fr), `Résultat${NBSP}: la séance est levée.`));
    it('a setting chooses U+00A0 before ; ! ?', () =>
      assert.equal(fixConvention('Qui paiera ? Personne.', 'space-before-high', { ...fr, typography: { highSpace: 'U+00A0' } }), `Qui paiera${NBSP}? Personne.`));
  });

  describe('guillemets', () => {
    it('replaces two ordinary spaces after « by one no-break space', () =>
      assert.equal(fixConvention('«  Nous arrivons. »', 'guillemets', fr), `«${NBSP}Nous arrivons.${NBSP}»`));
    it('names the guillemet in French', () =>
      assert.deepEqual(marks('Il a dit «non» hier.', 'guillemets', fr), ['«', '»']));
  });

  describe('English space before ; : ! ?', () => {
    it('removes it', () => assert.equal(fixConvention('Really ? Yes ; he came : late !', 'space-before-high', en), 'Really? Yes; he came: late!'));
    it('leaves times and shortcodes', () => assert.deepEqual(marks('At 14:30 we cheered :tada: and left.', 'space-before-high', en), []));
  });

  describe('spaces around commas and full stops', () => {
    const flagged: [string, string, string, 'fr' | 'en'][] = [
      ['a space before a comma, French', 'Bon , on verra bien.', 'Bon, on verra bien.', 'fr'],
      ['a space before a comma, English', 'Well , that settles it.', 'Well, that settles it.', 'en'],
      ['a space before a full stop', 'Le vote a eu lieu hier .', 'Le vote a eu lieu hier.', 'fr'],
      ['no space after a comma', 'Il est venu,puis reparti.', 'Il est venu, puis reparti.', 'fr'],
      ['no space after a full stop', 'On verra bien.Résultat demain.', 'On verra bien. Résultat demain.', 'fr'],
      ['no space after a semicolon, English', 'He left;she stayed.', 'He left; she stayed.', 'en'],
      ['a space before a comma after a closing guillemet', `Il a dit «${NBSP}non${NBSP}» , puis il est parti.`, `Il a dit «${NBSP}non${NBSP}», puis il est parti.`, 'fr'],
    ];
    for (const [what, text, fixed, lang] of flagged) it(`fixes: ${what}`, () => assert.equal(fixConvention(text, 'space-around-comma', { language: lang }), fixed));

    const clean: [string, string, 'fr' | 'en'][] = [
      ['decimals', 'Le taux est de 3,5 et de 1.5 ailleurs.', 'fr'],
      ['a lost quotation’s stray punctuation (quote-unmarked’s)', 'Nous avons tout perdu. , a déclaré le maire.', 'fr'],
      ['a domain name and .NET', 'Go to example.com or use .NET today.', 'en'],
      ['a spaced ellipsis', 'Il hésita . . . puis partit.', 'fr'],
      ['code and URLs in Markdown', 'Run `a ,b` or see [docs](https://x.io/a,b).', 'en'],
      ['an e-mail address', 'Écrire à redaction@exemple.fr, merci.', 'fr'],
      ['a drive letter and a shortcode', 'Copy to D:and run :rocket:now.', 'en'],
    ];
    for (const [what, text, lang] of clean) it(`leaves alone: ${what}`, () => assert.deepEqual(marks(text, 'space-around-comma', { language: lang }), []));
  });

  describe('doubled spaces', () => {
    it('fixes two spaces between words', () => assert.equal(fixConvention('Le  maire a  parlé.', 'double-space', fr), 'Le maire a parlé.'));
    it('fixes three spaces after a full stop', () => assert.equal(fixConvention('It ended.   Then rain.', 'double-space', en), 'It ended. Then rain.'));
    const clean: [string, string][] = [
      ['a Markdown hard line break', 'First line  \nSecond line'],
      ['indentation', '    indented code block\n\nText.'],
      ['a table', '| Pays   | Chef |\n|---|---|\n| Chine  | Xi |'],
      ['blanked Markdown', 'Read **this** and `that` now.'],
    ];
    for (const [what, text] of clean) it(`leaves alone: ${what}`, () => assert.deepEqual(marks(text, 'double-space', en), []));
  });

  describe('brackets', () => {
    it('removes spaces inside parentheses', () => assert.equal(fixConvention('Le chiffre ( voir page 3 ) est faux.', 'brackets', fr), 'Le chiffre (voir page 3) est faux.'));
    it('and square brackets', () => assert.equal(fixConvention('He said [ sic ] twice.', 'brackets', en), 'He said [sic] twice.'));
    it('leaves a Markdown link and a list marker alone', () => assert.deepEqual(marks('See [the report](https://x.io) now.\n\na) first\nb) second', 'brackets', en), []));
  });
});
