// End-to-end test of a sweep's report.html (docs/sweeps.md), run by .ci/run:
//   node e2e/sweep-report.test.js SWEEP_DIR SCREENSHOT.png
// Opens SWEEP_DIR/report.html from file:// in Debian's headless chromium with every non-file request blocked,
// and asserts: no console or page errors, no request leaves the file, the trade-off chart is painted, and the
// frontier table lists exactly the variants that sweep.csv marks pareto = true. Saves a full-page screenshot.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

async function main() {
  const [dir, screenshot] = process.argv.slice(2);
  if (!dir || !screenshot) throw new Error('usage: node sweep-report.test.js SWEEP_DIR SCREENSHOT.png');
  const lines = fs.readFileSync(path.resolve(dir, 'sweep.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  // the variant id and the pareto mark never hold commas or quotes: a plain split finds them
  const frontier = lines.slice(1).map((l) => l.split(','))
    .filter((cells) => cells[cells.length - 1] === 'true').map((cells) => cells[0]);
  if (header[0] !== 'variant' || header[header.length - 1] !== 'pareto') throw new Error('unexpected header');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'sgls-e2e-chromium-'));
  const failures = [];
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
    await page.goto('file://' + path.resolve(dir, 'report.html'), { waitUntil: 'load' });
    await page.waitForSelector('body[data-rendered="true"]', { timeout: 30000 });
    await page.waitForTimeout(500);
    if (external.length) failures.push('requests outside the file: ' + external.join(', '));
    const painted = await page.$eval('#chart-tradeoff', (el) => {
      const c = el.querySelector('canvas');
      if (!c || c.width === 0) return false;
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < px.length; i += 4 * 7) if (px[i] !== 0) return true;
      return false;
    });
    if (!painted) failures.push('the trade-off chart is not rendered');
    const listed = await page.$$eval('#frontier tr[data-variant]', (rows) => rows.map((r) => r.dataset.variant));
    if (JSON.stringify(listed) !== JSON.stringify(frontier)) {
      failures.push('frontier table ' + JSON.stringify(listed) + ' != sweep.csv ' + JSON.stringify(frontier));
    }
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (failures.length) {
    failures.forEach((f) => console.error('FAILED: ' + f));
    process.exit(1);
  }
  console.log('sweep report e2e: ' + frontier.length + ' frontier variants listed, chart rendered, offline: passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
