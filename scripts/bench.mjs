// npm run bench: bundles scripts/bench.ts the way the extension is bundled (one esbuild
// bundle, so timings are those of the shipped code, not of a per-file TypeScript loader)
// and runs it.
import * as esbuild from 'esbuild';
import { spawnSync } from 'child_process';

await esbuild.build({
  entryPoints: ['scripts/bench.ts'],
  outfile: 'out/bench.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  logLevel: 'warning',
  define: { 'process.env.BENCH_ROOT': JSON.stringify(process.cwd()) },
});
const r = spawnSync(process.execPath, ['out/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
