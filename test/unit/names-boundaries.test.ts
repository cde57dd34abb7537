// Mention boundaries from structure and context (issue 8): captions, Markdown blocks, sentence
// openers, months that are surnames, elisions, plural possessives, places and their adjectives,
// organisation names. Drafts written for these tests, in French and English.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';
import type { NameFact } from '../../src/core/types';
import { readFileSync } from 'fs';
import { join } from 'path';

type Lang = 'fr' | 'en';
const facts = (text: string, language: Lang): NameFact[] => analyze(text, { language }).facts.names;
const names = (text: string, language: Lang = 'en'): string[] => facts(text, language).map((n) => n.text);
const typed = (text: string, language: Lang = 'en'): string[] => facts(text, language).map((n) => `${n.text}:${n.type}`);
/** Texts of the mentions grouped with the first mention spelled `text`. */
function entityOf(text: string, draft: string, language: Lang): string[] {
  const ns = facts(draft, language);
  const hit = ns.find((n) => n.text === text);
  assert.ok(hit, `no mention ${text}`);
  return ns.filter((n) => n.entity === hit.entity).map((n) => n.text);
}

describe('names: caption run-ons', () => {
  const captions: [string, Lang, string[]][] = [
    ['Consule de Belgique en Ouzbékistan Marthe Lievens Photo : Consulat de Belgique en Ouzbékistan', 'fr', ['Belgique:place', 'Ouzbékistan:place', 'Marthe Lievens:person', 'Consulat de Belgique:organisation', 'Ouzbékistan:place']],
    ['Ambassadeur du Japon au Brésil Kenji Morita Photo : Ambassade du Japon au Brésil', 'fr', ['Japon:place', 'Brésil:place', 'Kenji Morita:person', 'Ambassade du Japon:organisation', 'Brésil:place']],
    ['Envoyé de la Norvège en Mongolie Per Aasen Crédit : Ambassade de Norvège', 'fr', ['Norvège:place', 'Mongolie:place', 'Per Aasen:person', 'Ambassade de Norvège:organisation']],
    ['Ambassador of Chile to India Rosa Ibáñez Photo: Embassy of Chile in India', 'en', ['Chile:place', 'India:place', 'Rosa Ibáñez:person', 'Embassy of Chile:organisation', 'India:place']],
    ['Consul of Peru in Canada Tomás Quispe Credit: Consulate of Peru', 'en', ['Peru:place', 'Canada:place', 'Tomás Quispe:person', 'Consulate of Peru:organisation']],
  ];
  for (const [text, lang, expected] of captions) {
    it(`splits: ${text.slice(0, 48)}…`, () => assert.deepEqual(typed(text, lang), expected));
  }

  it('a city the draft names alone is split from the person after it', () => {
    const text = 'Consul de France à Almaty Pierre Dumont Crédit : Consulat de France à Almaty\n\nPierre Dumont est arrivé à Almaty lundi.';
    assert.deepEqual(names(text, 'fr'), ['France', 'Almaty', 'Pierre Dumont', 'Consulat de France', 'Almaty', 'Pierre Dumont', 'Almaty']);
  });

  it('keeps a person whose given name is also a country in English (Jordan, Chad, Israel)', () => {
    assert.deepEqual(names('Jordan Peterson met Chad Smith and Israel Adesanya in London.'), ['Jordan Peterson', 'Chad Smith', 'Israel Adesanya', 'London']);
  });

  it('the ambassador of the caption is one person with his later mentions; the places are their own entities', () => {
    const text =
      'Ambassadrice de Lettonie en Inde Ilze Kalnina Photo : Ambassade de Lettonie en Inde\n\n' +
      'La Lettonie et l’Inde coopèrent, a déclaré l’ambassadrice de Lettonie en Inde Ilze Kalnina. ' +
      'Plus tard, Kalnina a rencontré des journalistes en Inde.';
    assert.deepEqual(entityOf('Ilze Kalnina', text, 'fr'), ['Ilze Kalnina', 'Ilze Kalnina', 'Kalnina']);
    assert.deepEqual(entityOf('Inde', text, 'fr'), ['Inde', 'Inde', 'Inde', 'Inde', 'Inde']);
    assert.deepEqual(entityOf('Lettonie', text, 'fr'), ['Lettonie', 'Lettonie', 'Lettonie']);
  });
});

describe('names: Markdown structure', () => {
  it('each table cell is its own segment, compared with the prose', () => {
    const text = 'Viktor Orbán a reçu la presse.\n\n| Pays | Dirigeant |\n|---|---|\n| Hongrie | Orban |\n| Pologne | Tusk |\n';
    const ns = facts(text, 'fr');
    assert.ok(!ns.some((n) => /\s{2,}/.test(n.text)), 'no mention spans two cells');
    assert.deepEqual(entityOf('Orban', text, 'fr'), ['Viktor Orbán', 'Orban']);
    assert.ok(ns.some((n) => n.text === 'Hongrie' && n.type === 'place'));
    const a = analyze(text, { language: 'fr' });
    assert.ok(a.findings.some((f) => f.rule === 'name-variant' && text.slice(f.start, f.end) === 'Orban'));
  });

  it('a table in English: the surname in a cell joins the full name in the prose', () => {
    const text = 'Prime Minister Donald Tusk spoke.\n\n| Country | Leader |\n| --- | --- |\n| Poland | Tusk |\n| Hungary | Orbán |\n';
    assert.deepEqual(entityOf('Tusk', text, 'en'), ['Donald Tusk', 'Tusk']);
    assert.ok(!names(text).some((n) => n.includes('Poland ') || n.includes(' Tusk') && n !== 'Donald Tusk'));
  });

  it('never runs across list items, headings or lines', () => {
    assert.deepEqual(names('- Hongrie\n- Viktor Orbán\n- Pologne\n', 'fr'), ['Hongrie', 'Viktor Orbán', 'Pologne']);
    assert.deepEqual(names('# Kazakhstan\nShakhrat Nuryshev est arrivé.', 'fr'), ['Kazakhstan', 'Shakhrat Nuryshev']);
    assert.deepEqual(names('He flew to Peru\nMaria Quispe met him.'), ['Peru', 'Maria Quispe']);
  });

  it('never runs across link text or emphasis', () => {
    assert.deepEqual(names('Read [Anna Petrova](https://example.org) Ivan Petrov said.'), ['Anna Petrova', 'Ivan Petrov']);
    assert.deepEqual(names('The envoy **Kenji Morita** Tanaka replied.'), ['Kenji Morita', 'Tanaka']);
  });
});

describe('names: sentence openers and function words', () => {
  const clean: [string, Lang][] = [
    ['Le président a reçu le ministre. Le ministre a parlé.', 'fr'],
    ['La ministre a parlé. Les diplomates sont partis. Selon la presse, rien.', 'fr'],
    ['Personne ne sait. Qui parle ? Rien ne bouge. Chacun attend.', 'fr'],
    ['The minister spoke. Later, the envoy left. Nobody knows. Meanwhile rain fell.', 'en'],
    ['According to the statement, nothing changed. However, the talks went on.', 'en'],
  ];
  for (const [text, lang] of clean) it(`no name in: ${text}`, () => assert.deepEqual(names(text, lang), []));

  it('"Le" never merges with Lee, "La" never with Lah, after a title word that ends a sentence', () => {
    const text = 'Lee Jae-myung a été élu en juin. Le président a reçu le ministre. Le ministre a parlé.';
    assert.deepEqual(names(text, 'fr'), ['Lee Jae-myung']);
    assert.deepEqual(analyze(text, { language: 'fr' }).findings.filter((f) => f.rule === 'name-variant'), []);
    assert.deepEqual(names('Daniel Lah a parlé au sénateur. La ministre est partie.', 'fr'), ['Daniel Lah']);
  });

  it('a sentence after a title word opens a sentence (ministre. Le…)', () => {
    assert.deepEqual(names('Il a vu le ministre. Les Kazakhs sont partis.', 'fr'), []);
    assert.deepEqual(names('M. Dupont est venu. Dr. Smith left.', 'fr'), ['Dupont', 'Smith']);
  });
});

describe('names: months, weekdays and common words as surnames', () => {
  it('a month after a given name is a surname (Theresa May, Antoine Mars, Julia August)', () => {
    assert.deepEqual(names('Theresa May resigned in 2019. Two years later, Theresa Mai published a memoir.'), ['Theresa May', 'Theresa Mai']);
    assert.deepEqual(names('Antoine Mars est arrivé en mai.', 'fr'), ['Antoine Mars']);
    assert.deepEqual(names('Julia August met Tom Friday.'), ['Julia August', 'Tom Friday']);
  });
  it('a month after a title is a surname (Mrs May, le président Mars)', () => {
    assert.deepEqual(names('Mrs May met President Macron in May.'), ['May', 'Macron']);
  });
  it('a month alone stays a date', () => {
    assert.deepEqual(names('It happened in May. On Friday, in March, nothing.'), []);
    assert.deepEqual(names('Il est parti en mai. Le 3 Mars, rien. Lundi, rien.', 'fr'), []);
  });
  it('Theresa May and Theresa Mai are one person spelled two ways', () => {
    const a = analyze('Theresa May resigned in 2019. Two years later, Theresa Mai published a memoir.', { language: 'en' });
    const f = a.findings.filter((x) => x.rule === 'name-variant');
    assert.equal(f.length, 1);
    assert.equal('Theresa May resigned in 2019. Two years later, Theresa Mai published a memoir.'.slice(f[0].start, f[0].end), 'Mai');
  });
});

describe('names: elisions and possessives', () => {
  it('French elided articles and prepositions are never part of a name, with either apostrophe', () => {
    assert.deepEqual(names('Jusqu’à l’arrivée d’Emmanuel Macron, qu’Angela Merkel attendait, rien.', 'fr'), ['Emmanuel Macron', 'Angela Merkel']);
    assert.deepEqual(names("Jusqu'à l'arrivée d'Emmanuel Macron, qu'Angela Merkel attendait, rien.", 'fr'), ['Emmanuel Macron', 'Angela Merkel']);
    assert.deepEqual(names('Lorsqu’Olaf Scholz est arrivé à l’Élysée, puisqu’Irina Petrova était là…', 'fr'), ['Olaf Scholz', 'Élysée', 'Irina Petrova']);
  });
  it('plural possessives are stripped and never fixed', () => {
    const text = "The Smiths' house burned down on Friday. Tom Smith said the family was safe.";
    assert.deepEqual(names(text), ['Smiths', 'Tom Smith']);
    assert.deepEqual(analyze(text, { language: 'en' }).findings.filter((f) => f.rule === 'name-variant'), []);
    const t2 = 'The Joneses’ car was found. Anna Jones said so.';
    assert.deepEqual(analyze(t2, { language: 'en' }).findings.filter((f) => f.rule === 'name-variant'), []);
  });
  it('singular possessives are stripped', () => {
    assert.deepEqual(names("Anna Petrova's office and Petrova’s car."), ['Anna Petrova', 'Petrova']);
  });
});

describe('names: places and their adjectives', () => {
  it('countries and regions are places in French and English (from the platform’s region names)', () => {
    assert.deepEqual(typed('Le Kazakhstan, la Chine, la Corée du Sud et les États-Unis parlent avec l’Asie centrale.', 'fr').slice(0, 4), [
      'Kazakhstan:place',
      'Chine:place',
      'Corée du Sud:place',
      'États-Unis:place',
    ]);
    assert.deepEqual(typed('Kazakhstan, China and South Korea met.', 'en'), ['Kazakhstan:place', 'China:place', 'South Korea:place']);
  });
  it('adjectives and demonyms of countries are not names', () => {
    assert.deepEqual(names('Le président kazakh et les Kazakhs ; les Chinois et le ministère chinois.', 'fr'), []);
    assert.deepEqual(names('The Kazakh president met Chinese, Uzbek and Russian officials.'), []);
    assert.deepEqual(names('The Kazakh President Tokayev met Chinese President Xi Jinping.'), ['Tokayev', 'Xi Jinping']);
  });
  it('a country never joins a person or an organisation that contains it', () => {
    const text = 'Ambassade du Kazakhstan. Le Kazakhstan et la Chine. Kazakhstan Nuryshev? Non. Le Kazakhstan encore.';
    const k = facts(text, 'fr').filter((n) => n.text === 'Kazakhstan');
    assert.equal(new Set(k.map((n) => n.entity)).size, 1);
    assert.deepEqual(entityOf('Kazakhstan', text, 'fr').filter((t) => t !== 'Kazakhstan'), []);
  });
});

describe('names: organisations', () => {
  const orgs: [string, Lang, string][] = [
    ['Le ministère kazakh des Affaires étrangères a publié une déclaration.', 'fr', 'ministère kazakh des Affaires étrangères'],
    ['Le ministère chinois des Affaires étrangères a publié un document.', 'fr', 'ministère chinois des Affaires étrangères'],
    ['Le ministère russe de la Défense a démenti.', 'fr', 'ministère russe de la Défense'],
    ['Le ministère de l’Intérieur a parlé.', 'fr', 'ministère de l’Intérieur'],
    ['La Chine accueillera le troisième Forum de la Ceinture et de la Route pour la coopération internationale.', 'fr', 'Forum de la Ceinture et de la Route'],
    ['Ils coopèrent dans le cadre de l’Organisation de coopération de Shanghai et d’autres mécanismes.', 'fr', 'Organisation de coopération de Shanghai'],
    ['La Banque centrale européenne a relevé ses taux.', 'fr', 'Banque centrale européenne'],
    ['Le Fonds monétaire international a prévenu.', 'fr', 'Fonds monétaire international'],
    ['The Ministry of Foreign Affairs of Kazakhstan said so.', 'en', 'Ministry of Foreign Affairs of Kazakhstan'],
    ['The Embassy of Kazakhstan in China replied.', 'en', 'Embassy of Kazakhstan'],
  ];
  for (const [text, lang, org] of orgs) {
    it(`keeps the whole name: ${org}`, () => {
      const ns = facts(text, lang);
      const hit = ns.find((n) => n.text === org);
      assert.ok(hit, `found ${ns.map((n) => n.text).join(' | ')}`);
      assert.equal(hit.type, 'organisation');
    });
  }
  it('fragments such as Affaires, État, Route, Organisation are not entities', () => {
    const text =
      'Le ministère kazakh des Affaires étrangères a parlé. Xi Jinping a effectué des visites d’État. ' +
      'Le Forum de la Ceinture et de la Route aura lieu. L’Organisation de coopération de Shanghai aussi.';
    const ns = names(text, 'fr');
    for (const f of ['Affaires', 'État', 'Route', 'Organisation']) assert.ok(!ns.includes(f), `${f} in ${ns.join(' | ')}`);
  });
  it('an organisation is never typed person, even after a title word', () => {
    const ns = facts('L’ambassadeur a quitté l’Ambassade du Kazakhstan en Chine.', 'fr');
    assert.equal(ns.find((n) => n.text === 'Ambassade du Kazakhstan')?.type, 'organisation');
  });
  it('two ministries of two countries are two entities, with no variant', () => {
    const text = 'Le ministère kazakh des Affaires étrangères et le ministère chinois des Affaires étrangères ont parlé.';
    const a = analyze(text, { language: 'fr' });
    assert.equal(new Set(a.facts.names.map((n) => n.entity)).size, 2);
    assert.deepEqual(a.findings.filter((f) => f.rule === 'name-variant'), []);
  });
});

describe('names: samples reproducing the seed’s constructions', () => {
  const read = (f: string): string => readFileSync(join(__dirname, '..', '..', 'samples', f), 'utf8');

  it('legende-tableau.md: caption run-on, table, elisions, role with apposition', () => {
    const text = read('legende-tableau.md');
    const a = analyze(text);
    assert.equal(a.language, 'fr');
    const ns = a.facts.names;
    assert.ok(!ns.some((n) => /Inde Ilze|Kalnina Photo|Lettonie +Kalni/.test(n.text)), ns.map((n) => n.text).join(' | '));
    const person = ns.find((n) => n.text === 'Ilze Kalnina')!;
    assert.deepEqual(ns.filter((n) => n.entity === person.entity).map((n) => n.text), ['Ilze Kalnina', 'Ilze Kalnina', 'Kalnina', 'Ilze Kalnina', 'Kalniņa']);
    for (const place of ['Lettonie', 'Inde']) {
      const ids = new Set(ns.filter((n) => n.text === place).map((n) => n.entity));
      assert.equal(ids.size, 1);
      assert.ok(ns.filter((n) => ids.has(n.entity)).every((n) => n.text === place));
    }
    assert.ok(ns.some((n) => n.text === 'ministère letton des Affaires étrangères' && n.type === 'organisation'));
    assert.ok(ns.some((n) => n.text === 'Piyush Goyal'));
    const fs = a.findings.filter((f) => f.rule === 'name-variant');
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Kalniņa']);
    assert.ok(fs[0].related!.length <= 4);
  });

  it('caption-table.md: the same constructions in English', () => {
    const text = read('caption-table.md');
    const a = analyze(text);
    assert.equal(a.language, 'en');
    const ns = a.facts.names;
    const person = ns.find((n) => n.text === 'Tomás Quispe')!;
    assert.deepEqual(ns.filter((n) => n.entity === person.entity).map((n) => n.text), ['Tomás Quispe', 'Tomás Quispe', 'Quispe', 'Quispe', 'Tomas Quispe']);
    assert.ok(ns.some((n) => n.text === 'Ministry of Foreign Affairs of Peru' && n.type === 'organisation'));
    const fs = a.findings.filter((f) => f.rule === 'name-variant');
    assert.deepEqual(fs.map((f) => text.slice(f.start, f.end)), ['Tomas']);
  });
});

describe('names: common words as given names and surnames', () => {
  it('a common word opening a sentence before a surname is a given name (Pierre Dumont, Rose Tremain)', () => {
    assert.deepEqual(names('Pierre Dumont a parlé. La pierre est tombée.', 'fr'), ['Pierre Dumont']);
    assert.deepEqual(names('Rose Tremain spoke. Prices rose.'), ['Rose Tremain']);
  });
  it('alone at the start of a sentence it stays a common word', () => {
    assert.deepEqual(names('Prices rose. Rose petals fell.'), []);
  });
  it('a surname that is a common word stays a surname after a given name (Antoine Marchand, Julia Baker)', () => {
    assert.deepEqual(names('Antoine Marchand a vu un marchand.', 'fr'), ['Antoine Marchand']);
    assert.deepEqual(names('Julia Baker met the baker.'), ['Julia Baker']);
  });
});

describe('names: particles dropped at a sentence start come back', () => {
  it('Le Pen at the start of a sentence, when the draft writes Marine Le Pen', () => {
    assert.deepEqual(names('Marine Le Pen a parlé. Le Pen a ensuite quitté la salle.', 'fr'), ['Marine Le Pen', 'Le Pen']);
    assert.deepEqual(names('Marine Le Pen spoke. Le Pen then left.'), ['Marine Le Pen', 'Le Pen']);
  });
  it('De Gaulle at the start of a sentence, when the draft writes Charles de Gaulle', () => {
    assert.deepEqual(names('Charles de Gaulle a parlé. De Gaulle est parti.', 'fr'), ['Charles de Gaulle', 'De Gaulle']);
  });
  it('von, van, bin after a title open the name', () => {
    assert.deepEqual(names('Le général von Moltke a parlé.', 'fr'), ['von Moltke']);
    assert.deepEqual(names('The prince bin Salman spoke.'), ['bin Salman']);
  });
  it('"Le" alone stays dropped when no name in the draft has it', () => {
    assert.deepEqual(names('Le Monde a publié un article.', 'fr'), ['Monde']);
  });
});

describe('names: more titles', () => {
  it('Ayatollah, Crown Prince, Grand Ayatollah are titles', () => {
    assert.deepEqual(names('Ayatollah Ali Khamenei met Crown Prince Mohammed bin Salman.'), ['Ali Khamenei', 'Mohammed bin Salman']);
  });
  it('a portfolio between a title and a name is no part of the name', () => {
    assert.deepEqual(names('Le ministre de l’Intérieur Gérald Darmanin et le secrétaire d’État Antony Blinken.', 'fr'), ['Gérald Darmanin', 'Antony Blinken']);
    assert.deepEqual(names('Minister of Trade Piyush Goyal met Minister of Foreign Affairs Sergey Lavrov.'), ['Piyush Goyal', 'Sergey Lavrov']);
  });
});

describe('names: possessives and portfolios inside a run', () => {
  it('a possessive ends a name: Kazakhstan’s Foreign Ministry, Uzbekistan’s President Mirziyoyev', () => {
    assert.deepEqual(typed("Kazakhstan's Foreign Ministry said Uzbekistan’s President Shavkat Mirziyoyev would come."), [
      'Kazakhstan:place',
      'Foreign Ministry:organisation',
      'Uzbekistan:place',
      'Shavkat Mirziyoyev:person',
    ]);
  });
  it('a title word that is a portfolio stays in an organisation (Defence Ministry, Interior Ministry)', () => {
    assert.deepEqual(typed('The Defence Ministry and the Interior Ministry disagreed.'), ['Defence Ministry:organisation', 'Interior Ministry:organisation']);
  });
});

describe('names: compounds of places', () => {
  it('a hyphenated compound of places gives each place (sommet Chine-Asie, Russia-Africa summit)', () => {
    assert.deepEqual(typed('Le sommet Chine-Asie centrale et le sommet Russie-Afrique.', 'fr'), ['Chine:place', 'Asie:place', 'Russie:place', 'Afrique:place']);
    assert.deepEqual(typed('The Russia-Africa summit.'), ['Russia:place', 'Africa:place']);
  });
  it('a hyphenated place or name stays whole', () => {
    assert.deepEqual(names('La Bosnie-Herzégovine et les États-Unis ; Jean-Pierre Chine-Dupont.', 'fr'), ['Bosnie-Herzégovine', 'États-Unis', 'Jean-Pierre Chine-Dupont']);
  });
});

describe('names: names joined inside quotation marks', () => {
  it('« la Ceinture et la Route » is one name, not two fragments', () => {
    assert.deepEqual(names('Dans le cadre de l’initiative « la Ceinture et la Route », la Chine investit.', 'fr'), ['Ceinture et la Route', 'Chine']);
    assert.deepEqual(names('Under the “Belt and Road” initiative, China invests.'), ['Belt and Road', 'China']);
  });
  it('outside quotation marks two places joined by "et" stay two', () => {
    assert.deepEqual(names('Le Kazakhstan et la Chine coopèrent.', 'fr'), ['Kazakhstan', 'Chine']);
  });
});

describe('names: Title Case headlines', () => {
  it('keeps only what the draft confirms in a Title Case headline', () => {
    const text = '# Kazakhstan Wants More Chinese Investment, Says Envoy\n\nThe envoy, Shakhrat Nuryshev, said so in Beijing.';
    assert.deepEqual(names(text), ['Kazakhstan', 'Shakhrat Nuryshev', 'Beijing']);
  });
  it('a sentence with titles and names is not a headline', () => {
    assert.deepEqual(names('We met President Tokayev and Dr Smith, then Mr. Jones.'), ['Tokayev', 'Smith', 'Jones']);
  });
});
