// Every French string Copydesk shows follows French typography itself (issue: "Copydesk's own
// French messages break the rules it enforces"): diagnostics, related locations, quick-fix
// titles, hovers' words, the editor's UI strings (l10n) and the settings (package.nls.fr.json).
// Each is run through the engine as a French draft and must raise no typography finding.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core/analyze';
import { detectLanguage } from '../../src/core/language';
import { draftFiles } from './helpers';

const root = join(__dirname, '..', '..');


/** French drafts that make every rule speak (the samples, the fixtures, and a few lines here). */
const EXTRA = [
  'Le budget a atteint 4,2 milliards d’euros en 2023. Plus loin, le budget a atteint 4,7 milliards d’euros en 2023.',
  'Sur les 50 députés présents, 20, soit 30 %, ont voté pour. Le taux est passé de 20 % à 25 %, soit une hausse de 5 %.',
  'L’usine emploie 10.000 salariés. « Nous partirons, a-t-il dit.',
  '« Nous avons tout perdu ». « Personne ne viendra ».',
  'Nous allons rouvrir la ligne, a déclaré la maire. Sergueï Lavrov est arrivé. Sergei Lavrov a parlé.',
  'Les ménages ont perdu 250 % de leur épargne. La part des jeunes atteint 104 % des inscrits.',
  'Le budget a progressé de 250 %. Il était de 12,6 millions d’euros en 2010, et de 48,3 en 2020.',
  'La production a triplé, soit 300 %. Le pont mesure 500 pieds (210 m). 30 % de hausse sur trois ans, soit 10 % par an.',
  'La part des renouvelables est passée de 20 % à 25 %, soit une hausse de 5 %. Sur les 48 millions d’habitants, 3 millions sont agriculteurs, soit 12 %.',
  'Au sondage, 52 % disent oui, 38 % non et 22 % ne savent pas. Le billet coûtait 100 francs (20 euros).',
  'Jean Dupont a parlé. Jean Dupond est reparti. Andersen et Anderssen ont signé.',
];

function frenchMessages(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const texts = [...draftFiles(join(root, 'samples')), ...draftFiles(join(root, 'test', 'fixtures'))]
    .map((p) => ({ where: p.slice(root.length + 1), text: readFileSync(p, 'utf8') }))
    .filter((d) => detectLanguage(d.text) === 'fr')
    .concat(EXTRA.map((text, i) => ({ where: `extra ${i + 1}`, text })));
  for (const d of texts) {
    for (const f of analyze(d.text, { language: 'fr' }).findings) {
      out.push({ where: `${d.where} ${f.rule}`, text: f.message });
      for (const r of f.related ?? []) out.push({ where: `${d.where} ${f.rule} related`, text: r.message });
      for (const x of f.fixes ?? []) out.push({ where: `${d.where} ${f.rule} fix`, text: x.title });
    }
  }
  const l10n = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(l10n)) out.push({ where: `l10n ${k}`, text: v });
  const nls = JSON.parse(readFileSync(join(root, 'package.nls.fr.json'), 'utf8')) as Record<string, string>;
  for (const [k, v] of Object.entries(nls)) out.push({ where: `package.nls.fr ${k}`, text: v });
  return out;
}

describe('French messages follow French typography', () => {
  const messages = frenchMessages();
  it('collects messages from every source', () => assert.ok(messages.length > 100, `${messages.length} messages`));
  const seen = new Set<string>();
  for (const m of messages) {
    if (seen.has(m.text)) continue;
    seen.add(m.text);
    it(`${m.where}: ${m.text.slice(0, 60)}`, () => {
      // Markdown: settings are Markdown; the rest is plain text with placeholders ({0})
      const format = m.where.startsWith('package.nls') ? 'markdown' : 'plaintext';
      const found = analyze(m.text, { language: 'fr', format }).findings.filter((f) => f.rule === 'typography');
      assert.deepEqual(found.map((f) => `${JSON.stringify(m.text.slice(Math.max(0, f.start - 8), f.end + 8))}: ${f.message}`), []);
    });
  }
});
