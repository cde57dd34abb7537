import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { run } from '../../src/cli/main';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(args, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('copydesk check (CLI)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    writeFileSync(join(dir, 'open.md'), '# Titre\n\nLe ministre a dit « non.\n');
    writeFileSync(join(dir, 'clean.txt'), 'The minister said “no” to the plan.\n');
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'nested.markdown'), 'Un « ouvert.\n');
    writeFileSync(join(dir, 'sub', 'ignored.json'), '{"a": "« ouvert"}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity rule message, 1-based, and exits 1 on an error finding', () => {
    const r = cli(['check', join(dir, 'open.md')]);
    assert.equal(r.code, 1);
    assert.match(r.out, new RegExp(`^${join(dir, 'open.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:19 error quote-unclosed .+$`, 'm'));
  });

  it('exits 0 when there is no error-severity finding', () => {
    assert.equal(cli(['check', join(dir, 'clean.txt')]).code, 0);
    assert.equal(cli(['check', '--format', 'json', join(dir, 'open.md'), '--lang=fr']).code, 1);
  });

  it('prints the JSON contract: 0-based positions with offsets, facts per file', () => {
    const r = cli(['check', '--format', 'json', join(dir, 'open.md'), join(dir, 'clean.txt')]);
    const j = JSON.parse(r.out);
    assert.equal(j.version, 1);
    assert.equal(j.files.length, 2);
    const [f] = j.files;
    assert.equal(f.language, 'fr');
    assert.deepEqual(Object.keys(f.facts).sort(), ['figures', 'names', 'quotes']);
    const [x] = f.findings;
    assert.equal(x.rule, 'quote-unclosed');
    assert.equal(x.severity, 'error');
    assert.deepEqual(x.start, { line: 2, character: 18, offset: 27 });
    assert.deepEqual(x.end, { line: 2, character: 19, offset: 28 });
    assert.equal(typeof x.message, 'string');
    assert.ok(Array.isArray(x.related) && 'start' in x.related[0] && 'message' in x.related[0]);
    assert.equal(j.files[1].facts.quotes[0].text, '“no”');
  });

  it('walks folders for Markdown and text drafts only', () => {
    const j = JSON.parse(cli(['check', '--format', 'json', dir]).out);
    const paths = j.files.map((f: { path: string }) => f.path.slice(dir.length + 1)).sort();
    assert.deepEqual(paths, ['clean.txt', 'open.md', join('sub', 'nested.markdown')]);
  });

  it('names a binary or non-UTF-8 file on one line, checks the others, exits 2', () => {
    const r = cli(['check', dir]);
    assert.equal(r.code, 2);
    const lines = r.err.trim().split('\n');
    assert.deepEqual(lines.sort(), [`copydesk: ${join(dir, 'image.md')}: binary file, not a text draft`, `copydesk: ${join(dir, 'latin1.md')}: not valid UTF-8 text`]);
    assert.match(r.out, /open\.md:3:19 error quote-unclosed/);
    assert.match(r.out, /nested\.markdown:1:4 error quote-unclosed/);
  });

  it('reports a missing file and bad usage with exit code 2', () => {
    const missing = cli(['check', join(dir, 'nope.md')]);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.md: no such file or folder/);
    assert.equal(cli(['check', '--lang', 'de', dir]).code, 2);
    assert.equal(cli(['check', '--format', 'xml', dir]).code, 2);
    assert.equal(cli(['lint', dir]).code, 2);
    assert.equal(cli(['check']).code, 2);
    assert.match(cli(['check', '--bogus', dir]).err, /unknown option --bogus/);
  });

  it('prints SARIF 2.1.0', () => {
    const s = JSON.parse(cli(['check', '--format', 'sarif', join(dir, 'open.md')]).out);
    assert.equal(s.version, '2.1.0');
    const [res] = s.runs[0].results;
    assert.equal(res.ruleId, 'quote-unclosed');
    assert.equal(res.locations[0].physicalLocation.region.startLine, 3);
  });

  it('reads stdin for -', () => {
    const r = spawnSync(process.execPath, ['--require', 'tsx/cjs', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), 'check', '--format', 'json', '-'], {
      input: 'He said “yes and left.\n',
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    const j = JSON.parse(r.stdout);
    assert.equal(j.files[0].path, '<stdin>');
    assert.equal(j.files[0].findings[0].rule, 'quote-unclosed');
  });
});
