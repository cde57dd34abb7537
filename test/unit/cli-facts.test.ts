import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';
import { buildFactSheet, withState } from '../../src/core/factsheet';
import { analyze } from '../../src/core/analyze';
import { savedFactSheetPath } from '../../src/cli/facts';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

const DRAFT = 'Les ventes ont atteint 4,2 milliards d’euros en 2023.\n\n« Nous continuerons », a déclaré Anna Kowalska.\n';

describe('copydesk facts (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-facts-'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'ventes.md'), DRAFT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the fact sheet as Markdown in the draft’s language', () => {
    const r = cli(['facts', join(dir, 'drafts', 'ventes.md')]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^# Fiche de vérification/);
    assert.match(r.out, /- \[ \] \*\*4,2 milliards d’euros\*\*/);
    assert.match(r.out, /locuteur Anna Kowalska/);
  });

  it('reads the states the editor saved under .copydesk/factsheet/, and prints JSON', () => {
    const file = join(dir, 'drafts', 'ventes.md');
    const sheet = buildFactSheet(analyze(DRAFT, { language: 'fr' }), DRAFT);
    const saved = withState(undefined, sheet.figures[0], 'verified', 'rapport annuel p. 12');
    const target = savedFactSheetPath(dir, file);
    mkdirSync(join(dir, '.copydesk', 'factsheet', 'drafts'), { recursive: true });
    writeFileSync(target, JSON.stringify(saved));
    const md = cli(['facts', file]);
    assert.match(md.out, /- \[x\] \*\*4,2 milliards d’euros\*\*/);
    assert.match(md.out, /Note\u00a0: rapport annuel p\. 12/);
    const json = JSON.parse(cli(['facts', '--format', 'json', file]).out);
    assert.equal(json.files[0].figures[0].state, 'verified');
    assert.equal(json.files[0].quotes[0].state, 'to-check');
  });

  it('says when the saved states are unreadable, and still prints the sheet', () => {
    const file = join(dir, 'drafts', 'ventes.md');
    writeFileSync(savedFactSheetPath(dir, file), '{ not json');
    const r = cli(['facts', file]);
    assert.equal(r.code, 0);
    assert.match(r.err, /not JSON.*ignored/);
    assert.match(r.out, /- \[ \] \*\*4,2 milliards/);
  });

  it('rejects a format of the other command', () => assert.equal(cli(['facts', '--format', 'sarif', dir]).code, 2));
});
