#!/usr/bin/env node
// npm run screenshots — pictures of the real workbench for the README and the walkthrough:
// code-server with Copydesk loaded from source, Chromium on a sample draft. Writes
// docs/images/{highlights,hover-figure,quick-fix,fact-sheet}.png. Needs the in-editor test
// install (code-server, Chromium); run `npm run build` first.
const { chromium } = require('playwright-core');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { startCodeServer, textBox, CHROMIUM, ROOT } = require('./vscode/code-server');

const FILE = 'ambassadeur-kazakh.md';
const OUT = path.join(ROOT, 'docs', 'images');

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-shots-'));
  fs.cpSync(path.join(ROOT, 'samples', FILE), path.join(ws, FILE));
  let cs;
  let ctx;
  let profile;
  let code = 0;
  try {
    cs = await startCodeServer();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-chr-'));
    ctx = await chromium.launchPersistentContext(profile, { ...CHROMIUM, viewport: { width: 1400, height: 850 } });
    const page = ctx.pages()[0] || (await ctx.newPage());
    const payload = [['extensionDevelopmentPath', `vscode-remote://${new URL(cs.url).host}${ROOT}`]];
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${FILE}"]`);
    await row.waitFor({ timeout: 60000 });
    await row.click();
    await page.locator(`.tab[aria-label^="${FILE}"]`).first().waitFor({ timeout: 30000 });
    await page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(1500);
    // close the workbench's own notifications (a theme offer) so they hide nothing
    for (const x of await page.locator('.notification-toast .codicon-notifications-clear').all()) await x.click().catch(() => undefined);
    await page.screenshot({ path: path.join(OUT, 'highlights.png') });
    console.log('docs/images/highlights.png');

    // a figure's hover
    const box = await textBox(page, '31,17');
    if (box) {
      await page.mouse.move(box.x + 4, box.y + box.height / 2);
      await page.locator('.monaco-hover:not(.hidden)', { hasText: 'USD' }).first().waitFor({ timeout: 20000 });
      await page.screenshot({ path: path.join(OUT, 'hover-figure.png') });
      console.log('docs/images/hover-figure.png');
      await page.mouse.move(5, 5);
    }

    // the quick fixes on the name variant
    const vbox = await textBox(page, 'Nourchev');
    if (vbox) {
      await page.mouse.click(vbox.x + vbox.width / 2, vbox.y + vbox.height / 2);
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget, .context-view').first().waitFor({ timeout: 15000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(OUT, 'quick-fix.png') });
      console.log('docs/images/quick-fix.png');
      await page.keyboard.press('Escape');
    }

    // the fact sheet in the Explorer
    const sheet = page.locator('.pane-header', { hasText: /Fact Sheet|Fiche de vérification/i }).first();
    await sheet.waitFor({ timeout: 20000 });
    // give the sheet the sidebar: fold the folder's file list, unfold the sheet
    const folderPane = page.locator('.pane-header[aria-expanded="true"]', { hasText: /copydesk-shots/i }).first();
    if (await folderPane.count()) await folderPane.click();
    if ((await sheet.getAttribute('aria-expanded')) !== 'true') await sheet.click();
    await page.mouse.move(700, 700);
    const money = page.locator('.monaco-list-row', { hasText: /milliards/ }).first();
    await money.waitFor({ timeout: 20000 });
    // mark it verified with the row's inline action
    await money.hover();
    await money.locator('.action-label.codicon-pass').first().click({ timeout: 5000 }).catch(() => undefined);
    await page.mouse.move(700, 700);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(OUT, 'fact-sheet.png') });
    console.log('docs/images/fact-sheet.png');
  } catch (e) {
    console.log('FAILED:', e.message);
    await ctx?.pages()[0]?.screenshot({ path: path.join(ROOT, 'test-results', 'screenshots-fail.png') }).catch(() => undefined);
    code = 1;
  } finally {
    await ctx?.close();
    cs?.cleanup();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(ws, { recursive: true, force: true });
  }
  process.exit(code);
})();
