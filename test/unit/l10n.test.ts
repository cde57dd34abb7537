// Every string the editor shows through vscode.l10n.t has a French entry, and every %key% of the
// manifest has an English and a French description.
import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';

const root = join(__dirname, '..', '..');
const read = (p: string): string => readFileSync(join(root, p), 'utf8');

describe('localisation', () => {
  it('every l10n.t key of the extension has a French translation', () => {
    const fr = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
    const keys = new Set<string>();
    for (const f of readdirSync(join(root, 'src', 'extension')).filter((x) => x.endsWith('.ts'))) {
      const src = read(`src/extension/${f}`);
      // l10n.t('…') with single quotes, the project's style; a template literal would not be found, so none is allowed
      assert.doesNotMatch(src, /l10n\.t\(\s*[`"]/, `${f}: use single-quoted literal keys with l10n.t`);
      for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) keys.add(m[1].replace(/\\'/g, "'"));
    }
    assert.ok(keys.size > 5);
    const missing = [...keys].filter((k) => !(k in fr));
    assert.deepEqual(missing, []);
  });

  it('every %key% of package.json is described in English and French', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
    assert.deepEqual(keys.filter((k) => !(k in en)), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => !(k in fr)), [], 'missing in package.nls.fr.json');
  });
});
