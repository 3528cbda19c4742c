// What the e2e tests of SGLS's pages share: open an HTML file from file:// in Debian's headless chromium
// (playwright-core, no browser download) with a fresh profile and every non-file request blocked, collecting
// console errors, page errors and attempted requests; and find which chart containers hold a painted canvas.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

/** Opens `file` and waits for body[data-rendered="true"]; returns { page, failures, close }. */
async function openOffline(file) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sgls-e2e-chromium-'));
  const failures = [];
  // a fresh profile (--user-data-dir, which playwright passes for a persistent context)
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async () => {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  try {
    const page = browser.pages()[0] || await browser.newPage();
    const external = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    page.on('console', (m) => { if (m.type() === 'error') failures.push('console error: ' + m.text()); });
    page.on('pageerror', (e) => failures.push('page error: ' + e.message));
    await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 30000 });
    await page.waitForTimeout(500);
    if (external.length) failures.push('requests outside the file: ' + external.join(', '));
    return { page, failures, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** For each visible .chart container: its id and whether it holds a non-empty canvas or svg. */
async function paintedCharts(page) {
  return page.$$eval('.chart', (els) => els.filter((el) => el.offsetParent !== null).map((el) => {
    const c = el.querySelector('canvas');
    const s = el.querySelector('svg');
    let painted = false;
    if (c && c.width > 0 && c.height > 0) {
      // non-empty: some pixel is not transparent
      const ctx = c.getContext('2d');
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4 * 7) { if (px[i] !== 0) { painted = true; break; } }
    }
    if (s && s.childElementCount > 0) painted = true;
    return { id: el.id, painted };
  }));
}

module.exports = { openOffline, paintedCharts };
