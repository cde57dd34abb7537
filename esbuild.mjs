// Bundles the extension (Node and web worker), the CLI and the engine as a library into dist/.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'info',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/extension/main.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'] },
  {
    ...common,
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    define: { 'process.env.COPYDESK_WEB': '"1"' },
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    // tinyglobby's ESM build asks import.meta.url for createRequire; give the CommonJS bundle its own.
    banner: { js: "#!/usr/bin/env node\nconst __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__importMetaUrl' },
  },
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['main', 'module'] },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
