#!/usr/bin/env node
// Browser smoke test of the real workbench: code-server with Copydesk loaded from source,
// Chromium opens a draft from the Explorer, and we wait for the squiggle and the Copydesk
// entry in the Problems panel, then keep a screenshot in test-results/ (git-ignored).
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCodeServer, textBox, CHROMIUM, ROOT } = require('./vscode/code-server');

const FILE = 'ambassadeur-kazakh.md';
const SHOTS = path.join(ROOT, 'test-results');

(async () => {
  const t0 = Date.now();
  const lap = (m) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  fs.mkdirSync(SHOTS, { recursive: true });
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-ui-'));
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'workspace'), ws, { recursive: true });
  fs.cpSync(path.join(ROOT, 'samples', FILE), path.join(ws, FILE));
  let cs;
  let profile;
  let ctx;
  try {
    cs = await startCodeServer();
    lap(`code-server at ${cs.url}`);
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-chr-'));
    ctx = await chromium.launchPersistentContext(profile, { ...CHROMIUM, viewport: { width: 1400, height: 850 } });
  } catch (e) {
    // code-server or Chromium missing: say so, and leave no temporary folder behind
    console.log('FAILED:', e.message);
    cs?.cleanup();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(ws, { recursive: true, force: true });
    console.log('ui-smoke: 0 passed, 1 failed');
    process.exit(1);
  }
  let ok = false;
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    const payload = [['extensionDevelopmentPath', `vscode-remote://${new URL(cs.url).host}${ROOT}`]];
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    lap('workbench visible');
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${FILE}"]`);
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator(`.tab[aria-label^="${FILE}"]`).first().waitFor({ timeout: 30000 });
    lap(`${FILE} open`);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60000 });
    lap('error squiggle drawn');
    await page.keyboard.press('Control+Shift+M');
    const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'quote-unclosed' }).first();
    await marker.waitFor({ timeout: 30000 });
    const text = (await marker.innerText()).replace(/\s+/g, ' ');
    if (!/Copydesk/.test(text)) throw new Error(`the Problems entry does not name Copydesk: ${text}`);
    lap(`Problems panel: ${text}`);
    // Hover a figure: the engine's explanation must show in the workbench.
    const box = await textBox(page, '31,17');
    if (!box) throw new Error('the figure 31,17 is not on screen');
    await page.mouse.move(box.x + 4, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'USD' }).first();
    await hover.waitFor({ timeout: 20000 });
    lap(`hover: ${(await hover.innerText()).replace(/\s+/g, ' ').slice(0, 120)}`);
    await page.screenshot({ path: path.join(SHOTS, 'ui-smoke.png') });
    lap('screenshot test-results/ui-smoke.png');
    ok = true;
  } catch (e) {
    console.log('FAILED:', e.message);
    try {
      await ctx.pages()[0].screenshot({ path: path.join(SHOTS, 'ui-smoke-fail.png') });
    } catch {
      /* no page to photograph */
    }
  } finally {
    await ctx.close();
    cs.cleanup();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(ws, { recursive: true, force: true });
  }
  console.log(ok ? 'ui-smoke: 1 passed, 0 failed' : 'ui-smoke: 0 passed, 1 failed');
  process.exit(ok ? 0 : 1);
})();
