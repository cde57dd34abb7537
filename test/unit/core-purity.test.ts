import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { builtinModules } from 'module';
import { join, relative } from 'path';

// The engine must run in the web extension and in any pipeline: no editor, no Node built-ins.
describe('src/core stays pure', () => {
  const root = join(__dirname, '..', '..', 'src', 'core');
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) files.push(p);
    }
  };
  walk(root);
  const forbidden = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

  it('has source files to scan', () => assert.ok(files.length >= 5));

  it('imports neither vscode nor a Node built-in', () => {
    const bad: string[] = [];
    for (const f of files) {
      for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (forbidden.has(spec) || spec.startsWith('node:')) bad.push(`${relative(root, f)} imports ${spec}`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('uses no Node globals (process, Buffer, __dirname)', () => {
    const bad = files.filter((f) => /\b(?:process\.|Buffer\.|__dirname|__filename)/.test(readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '')));
    assert.deepEqual(bad.map((f) => relative(root, f)), []);
  });
});
