import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

// The engine as a library (package.json exports["./core"]): the bundled CommonJS module that
// pipelines call in-process, and its type declarations.
describe('library entry copydesk/core', () => {
  const root = join(__dirname, '..', '..');
  const pkg = require(join(root, 'package.json'));

  before(function () {
    this.timeout(60000);
    if (!existsSync(join(root, pkg.exports['./core'])) || !existsSync(join(root, pkg.types))) {
      execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'ignore' });
    }
  });

  it('exports analyze() returning language, facts and findings', () => {
    const core = require(join(root, pkg.exports['./core']));
    const a = core.analyze('Le ministre a dit « non.');
    assert.equal(a.language, 'fr');
    assert.deepEqual(
      a.findings.filter((f: { rule: string }) => f.rule === 'quote-unclosed').map((f: { start: number }) => f.start),
      [18],
    );
    assert.ok(Array.isArray(a.facts.names) && Array.isArray(a.facts.figures) && Array.isArray(a.facts.quotes));
    assert.ok(core.RULE_IDS.includes('name-variant'));
  });

  it('ships type declarations for it', () => {
    assert.ok(existsSync(join(root, pkg.types)));
  });
});
