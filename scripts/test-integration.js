#!/usr/bin/env node
// In-editor tests: bundles test/integration into out/, lays a fresh copy of the fixture
// workspace (VS Code restores hot-exit backups per folder, so state must not leak between
// runs), and calls @vscode/test-electron's standard runTests(). Here VS Code's Electron build
// cannot be downloaded, so vscodeExecutablePath points at a code-server stand-in; with
// COPYDESK_TEST_ELECTRON=1 the same suite runs in the real Electron build instead.
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');
const esbuild = require('esbuild');
const { runTests } = require('@vscode/test-electron');

const root = path.join(__dirname, '..');

function ensureCodeServer() {
  const bin = path.join(root, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');
  if (fs.existsSync(bin) && fs.existsSync('/usr/bin/chromium')) return;
  console.log('Installing code-server and Chromium for the in-editor tests (first run only)…');
  execFileSync('bash', [path.join(__dirname, 'vscode', 'install-code-server.sh'), path.join(root, '.vscode-test', 'code-server')], { stdio: 'inherit' });
}

function buildSuite() {
  const dir = path.join(root, 'test', 'integration');
  const entries = fs.readdirSync(dir).filter((f) => f.endsWith('.test.ts') || f === 'index.ts').map((f) => path.join(dir, f));
  fs.rmSync(path.join(root, 'out', 'test', 'integration'), { recursive: true, force: true });
  esbuild.buildSync({
    entryPoints: entries,
    outdir: path.join(root, 'out', 'test', 'integration'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

function workspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-ws-'));
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  fs.cpSync(path.join(root, 'samples'), path.join(ws, 'samples'), { recursive: true });
  return ws;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'dist', 'extension.js'))) execFileSync('node', [path.join(root, 'esbuild.mjs')], { stdio: 'inherit', cwd: root });
  buildSuite();
  // --build-only: the suite for VS Code's own launcher (.vscode/launch.json, "Extension Tests")
  if (process.argv.includes('--build-only')) return;
  const electron = process.env.COPYDESK_TEST_ELECTRON === '1';
  if (!electron) ensureCodeServer();
  const ws = workspace();
  try {
    await runTests({
      ...(electron ? { version: '1.96.4' } : { vscodeExecutablePath: path.join(__dirname, 'vscode', 'code-server-as-vscode.js') }),
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [ws, '--disable-extensions'],
    });
  } finally {
    fs.rmSync(ws, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error('In-editor tests failed:', err && err.message ? err.message : err);
  process.exit(1);
});
