// quote-mismatch on mistyped closers: a quotation opened with one family and closed with
// another after a space (« … ”, « … ", “ … »), an opening mark used to close (« … «),
// and reversed guillemets (» … «, »mot«) in a French or English draft.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import { applyEdits, findings } from './helpers';

const NB = '\u00a0';
type Lang = 'fr' | 'en';
const rules = (text: string, language: Lang): string[] =>
  analyze(text, { language }).findings.filter((f) => f.rule.startsWith('quote-') && f.severity !== 'information').map((f) => f.rule);

describe('quote-mismatch: a closer of another family typed after a space', () => {
  const flagged: [string, Lang, string, string][] = [
    ['« … ” before a comma', 'fr', '« On ne reculera pas ”, a lancé la déléguée syndicale.', '« On ne reculera pas ”'],
    ['« … " before a comma', 'fr', '« Cette réforme est injuste ", a estimé le sénateur.', '« Cette réforme est injuste "'],
    ['« … « before a comma', 'fr', '« Tout est prêt «, a assuré l’organisatrice.', '« Tout est prêt «'],
    ['« … “ before a comma', 'fr', '« La saison commence mal “, a reconnu l’entraîneur.', '« La saison commence mal “'],
    ['« … ” before a full stop', 'fr', 'L’adjointe a tranché : « Le chantier reprendra lundi ”.', '« Le chantier reprendra lundi ”'],
    ['« … ” in the second quotation', 'fr', '« Le vote aura lieu », a dit la présidente. « Il sera serré ”, a-t-elle ajouté.', '« Il sera serré ”'],
    ['« … «  glued', 'fr', '« Nous voterons contre«, a prévenu le groupe.', '« Nous voterons contre«'],
    ['“ … » before a comma', 'en', '“We expect a hard winter », the forecaster said.', '“We expect a hard winter »'],
    ['“ … » in the second quotation', 'en', '“Rents will rise,” the agent said. “Not by much, though », he added.', '“Not by much, though »'],
    ['“ … “ before a comma', 'en', '“The road stays shut “, the sheriff said.', '“The road stays shut “'],
    ['“ … « before a comma', 'en', '“We are not done «, the striker said.', '“We are not done «'],
    ['“ … " before a full stop', 'en', 'The coach was blunt: “We played badly ".', '“We played badly "'],
  ];
  for (const [what, lang, text, span] of flagged) {
    it(`flags ${what} (${lang})`, () => {
      const got = findings(text, 'quote-mismatch', { language: lang });
      assert.equal(got.length, 1, JSON.stringify(got.map((f) => f.message)));
      assert.equal(text.slice(got[0].start, got[0].end), span);
      assert.deepEqual(findings(text, 'quote-unclosed', { language: lang }), []);
    });
  }
  it('the fix closes with the opener’s partner', () => {
    const text = '“We expect a hard winter », the forecaster said.';
    const [f] = findings(text, 'quote-mismatch', { language: 'en' });
    assert.equal(applyEdits(text, f.fixes![0].edits), '“We expect a hard winter ”, the forecaster said.');
  });
  it('an opening mark used to close says so', () => {
    const [f] = findings('« Tout est prêt «, a assuré l’organisatrice.', 'quote-mismatch', { language: 'fr' });
    assert.match(f.message, /se ferme avec le guillemet ouvrant/);
  });

  const clean: [string, Lang, string][] = [
    ['French pair with plain spaces', 'fr', '« Nous ne céderons pas », a dit la déléguée.'],
    ['French pair with no-break spaces', 'fr', `«${NB}Le chantier reprendra lundi${NB}», a tranché l’adjointe.`],
    ['nested English marks in French', 'fr', `«${NB}Il m’a dit “${NB}jamais${NB}”, puis il est parti${NB}», raconte la voisine.`],
    ['nested curly marks glued', 'fr', `«${NB}Elle répétait “jamais”, chaque matin${NB}», raconte sa fille.`],
    ['French continuation paragraph', 'fr', `«${NB}Nous avons tout perdu.\n\n»${NB}Il faudra des années pour reconstruire${NB}», confie le maire.`],
    ['French continuation with «', 'fr', `«${NB}Nous avons tout perdu.\n\n«${NB}Il faudra des années${NB}», confie le maire.`],
    ['two quotations in one sentence', 'fr', `«${NB}Oui${NB}», dit-il, «${NB}mais pas maintenant${NB}».`],
    ['English nesting', 'en', '“She told me ‘never again,’ and left,” the neighbour said.'],
    ['English continuation paragraph', 'en', '“We lost everything.\n\n“It will take years,” the mayor said.'],
    ['straight pair before a comma', 'en', '"We are ready", the coach said.'],
    ['straight pair spaced before a comma', 'en', 'She wrote "ready " , then crossed it out.'],
    ['two English quotations', 'en', '“Yes,” he said, “but not now.”'],
  ];
  for (const [what, lang, text] of clean) it(`stays quiet: ${what} (${lang})`, () => assert.deepEqual(findings(text, 'quote-mismatch', { language: lang }), []));
});

describe('quote-mismatch: reversed guillemets in a French or English draft', () => {
  const flagged: [string, Lang, string, string][] = [
    ['» … « spaced, then a comma', 'fr', '» On verra bien «, a répondu la présidente.', '» On verra bien «'],
    ['»mot« glued', 'fr', 'Les riverains parlent d’un »projet fou« depuis des mois.', '»projet fou«'],
    ['»mot« in English', 'en', 'Critics call it a »vanity project« and want it stopped.', '»vanity project«'],
    ['» … « in English', 'en', '» We will see «, the manager replied.', '» We will see «'],
  ];
  for (const [what, lang, text, span] of flagged) {
    it(`flags ${what} (${lang})`, () => {
      const got = findings(text, 'quote-mismatch', { language: lang });
      assert.equal(got.length, 1);
      assert.equal(text.slice(got[0].start, got[0].end), span);
      assert.deepEqual(findings(text, 'quote-unclosed', { language: lang }), []);
      assert.deepEqual(findings(text, 'quote-style', { language: lang }), [], 'one finding, not two');
    });
  }
  it('the fix writes the language’s pair', () => {
    const fr = 'Les riverains parlent d’un »projet fou« depuis des mois.';
    assert.equal(applyEdits(fr, findings(fr, 'quote-mismatch', { language: 'fr' })[0].fixes![0].edits), `Les riverains parlent d’un «${NB}projet fou${NB}» depuis des mois.`);
    const en = 'Critics call it a »vanity project« and want it stopped.';
    assert.equal(applyEdits(en, findings(en, 'quote-mismatch', { language: 'en' })[0].fixes![0].edits), 'Critics call it a “vanity project” and want it stopped.');
  });
  it('a closing » opening a French continuation paragraph is not reversed', () => {
    assert.deepEqual(rules(`Le maire a parlé longtemps. «${NB}Nous reconstruirons.\n\n»${NB}Pas seuls${NB}», a-t-il ajouté.`, 'fr'), []);
  });
});
