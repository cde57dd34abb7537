#!/usr/bin/env node
// npm test: typecheck, build, unit tests, in-editor tests, then the UI smoke test, and one
// closing line totalling every suite ("N passed, N failed") so a run that ran nothing shows.
const { spawn } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const npx = (...args) => ['npx', '--no-install', ...args];

const steps = [
  { name: 'typecheck', cmd: npx('tsc', '--noEmit', '-p', '.') },
  { name: 'build', cmd: ['npm', 'run', '-s', 'build'] },
  { name: 'unit', cmd: npx('mocha', '--reporter', 'dot'), counts: 'mocha' },
  { name: 'in-editor', cmd: ['node', 'scripts/test-integration.js'], counts: 'plain' },
  { name: 'ui smoke', cmd: ['node', 'scripts/ui-smoke.js'], counts: 'plain' },
];

function run(step) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    console.log(`\n── ${step.name}: ${step.cmd.join(' ')}`);
    const child = spawn(step.cmd[0], step.cmd.slice(1), { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const tee = (stream, sink) => stream.on('data', (b) => { out += b; sink.write(b); });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code, out, seconds: (Date.now() - t0) / 1000 }));
  });
}

function counts(kind, out) {
  if (kind === 'mocha') {
    const p = /(\d+) passing/.exec(out);
    const f = /(\d+) failing/.exec(out);
    return { passed: p ? +p[1] : 0, failed: f ? +f[1] : 0 };
  }
  const m = [...out.matchAll(/^\S*:? ?(\d+) passed, (\d+) failed/gm)].pop();
  return m ? { passed: +m[1], failed: +m[2] } : { passed: 0, failed: 0 };
}

(async () => {
  let passed = 0;
  let failed = 0;
  const summary = [];
  for (const step of steps) {
    const r = await run(step);
    let c = step.counts ? counts(step.counts, r.out) : { passed: 0, failed: 0 };
    // A suite that failed without reporting a count still counts as one failure.
    if (r.code !== 0 && c.failed === 0) c = { ...c, failed: 1 };
    passed += c.passed;
    failed += c.failed;
    summary.push(`${step.name.padEnd(10)} ${r.code === 0 ? 'ok  ' : 'FAIL'} ${step.counts ? `${c.passed} passed, ${c.failed} failed` : ''} (${r.seconds.toFixed(1)} s)`);
    if (r.code !== 0 && (step.name === 'typecheck' || step.name === 'build')) break;
  }
  console.log('\n' + summary.join('\n'));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
})();
