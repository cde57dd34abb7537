// Starts code-server (VS Code 1.96.4 with its Node extension host) on a free loopback port,
// with hermetic user-data, extensions and XDG folders. Used by the runTests stand-in and the
// UI smoke test. Stop it with stop(): the whole process group goes.
const { spawn } = require('child_process');
const net = require('net');
const path = require('path');
const fs = require('fs');
const os = require('os');

const ROOT = path.join(__dirname, '..', '..');
const CS_BIN = process.env.CODE_SERVER_BIN || path.join(ROOT, '.vscode-test', 'code-server', 'node_modules', '.bin', 'code-server');

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

async function startCodeServer({ userData, extDir } = {}) {
  if (!fs.existsSync(CS_BIN)) throw new Error(`code-server is not installed at ${CS_BIN}: run scripts/vscode/install-code-server.sh`);
  const port = await freePort();
  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cs-'));
  userData = userData || path.join(run, 'ud');
  extDir = extDir || path.join(run, 'exts');
  for (const d of [userData, extDir]) fs.mkdirSync(d, { recursive: true });
  const logFile = path.join(run, 'code-server.log');
  const log = fs.openSync(logFile, 'w');
  const cs = spawn(
    CS_BIN,
    ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userData, '--extensions-dir', extDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'],
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, XDG_DATA_HOME: path.join(run, 'xdg-data'), XDG_CONFIG_HOME: path.join(run, 'xdg-config') } },
  );
  const stop = () => {
    try { process.kill(-cs.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then(() => true, () => false)) {
      return { url, stop, cleanup: () => { stop(); fs.rmSync(run, { recursive: true, force: true }); }, logFile };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
}

/** Chromium as root in a closed network: the flags that keep it quiet and working. */
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
};

/** The on-screen box of a piece of text in the editor (grammar tokens without colours are merged into long spans). */
async function textBox(page, needle) {
  return page.evaluate((needle) => {
    for (const el of document.querySelectorAll('.monaco-editor .view-lines .view-line span')) {
      if (el.children.length || !el.firstChild) continue;
      const i = el.textContent.indexOf(needle);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(el.firstChild, i);
      r.setEnd(el.firstChild, i + needle.length);
      const b = r.getBoundingClientRect();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }
    return null;
  }, needle);
}

module.exports = { startCodeServer, textBox, CHROMIUM, ROOT };
