// A role or occupation noun that opens a sentence before a full name is capitalised by its
// position only ("Historian Maria Lopez said…", "Sociologue Anne Petit…"): it is not part of the
// mention (issue 8). Organisations and a lone surname after the role keep today's reading.
import { strict as assert } from 'assert';
import { analyze } from '../../src/core/analyze';

const mentions = (text: string, language: 'en' | 'fr'): string[] => analyze(text, { language }).facts.names.map((n) => n.text);

describe('mentions: a sentence-initial role before a full name', () => {
  const cases: ['en' | 'fr', string, string][] = [
    ['en', 'Historian Maria Lopez said the archive was lost.', 'Maria Lopez'],
    ['en', 'Researcher Ken Watanabe disagreed with the finding.', 'Ken Watanabe'],
    ['en', 'The talks ended. Lawyer Nadia Haddad said her client would appeal.', 'Nadia Haddad'],
    ['en', 'Detective Constable Amy Shaw gave evidence on Monday.', 'Amy Shaw'],
    ['en', 'Activist Omar Said was released.', 'Omar Said'],
    ['fr', 'Historienne Claire Moreau a retrouvé le document.', 'Claire Moreau'],
    ['fr', 'Sociologue Anne Petit juge la réforme injuste.', 'Anne Petit'],
    ['fr', 'La réunion a duré. Chercheur Paul Girard a présenté ses résultats.', 'Paul Girard'],
    ['fr', 'Avocate Léa Fontaine a fait appel.', 'Léa Fontaine'],
    ['en', 'LONDON — Analyst Priya Raman expects a cut.', 'Priya Raman'],
    ['en', 'The pipe burst at dawn. Later, Inspector Tom Hale thanked the crews.', 'Tom Hale'],
    ['fr', 'LYON — Chercheuse Inès Barre a publié ses travaux.', 'Inès Barre'],
  ];
  for (const [lang, text, name] of cases) {
    it(`${lang}: ${name} without the role`, () => {
      const ms = mentions(text, lang);
      assert.ok(ms.includes(name), JSON.stringify(ms));
      assert.ok(!ms.some((m) => m.length > name.length && m.endsWith(name)), JSON.stringify(ms));
    });
  }

  it('the same person with and without the role is one entity, with no variant', () => {
    const text = 'Economist Lena Vogt presented the report. Lena Vogt said growth would slow.';
    const a = analyze(text, { language: 'en' });
    assert.equal(new Set(a.facts.names.map((n) => n.entity)).size, 1);
    assert.equal(a.findings.filter((f) => f.rule === 'name-variant').length, 0);
  });

  it('after a determiner the role word belongs to the name (The Economist Intelligence Unit)', () => {
    const ms = mentions('Analysts at the Economist Intelligence Unit disagreed. The Economist Intelligence Unit said so.', 'en');
    assert.ok(!ms.includes('Intelligence Unit'), JSON.stringify(ms));
  });

  it('a role word inside a name that is no person is left alone', () => {
    const ms = mentions('Leader Price opened a new store in Lyon.', 'fr');
    assert.ok(!ms.includes('Price'), JSON.stringify(ms));
  });
});
