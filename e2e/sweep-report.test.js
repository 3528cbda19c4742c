// End-to-end test of a sweep's report.html (docs/sweeps.md), run by .ci/run:
//   node e2e/sweep-report.test.js SWEEP_DIR SCREENSHOT.png
// Opens SWEEP_DIR/report.html from file:// in Debian's headless chromium with every non-file request blocked,
// and asserts: no console or page errors, no request leaves the file, the trade-off chart is painted, and the
// frontier table lists exactly the variants that sweep.csv marks pareto = true. Saves a full-page screenshot.
'use strict';
const fs = require('fs');
const path = require('path');
const { openOffline, paintedCharts } = require('./offline-page');

async function main() {
  const [dir, screenshot] = process.argv.slice(2);
  if (!dir || !screenshot) throw new Error('usage: node sweep-report.test.js SWEEP_DIR SCREENSHOT.png');
  const lines = fs.readFileSync(path.resolve(dir, 'sweep.csv'), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  if (header[0] !== 'variant' || header[header.length - 1] !== 'pareto') throw new Error('unexpected header');
  // the variant id and the pareto mark never hold commas or quotes: a plain split finds them
  const frontier = lines.slice(1).map((l) => l.split(','))
    .filter((cells) => cells[cells.length - 1] === 'true').map((cells) => cells[0]);
  const { page, failures, close } = await openOffline(path.resolve(dir, 'report.html'));
  try {
    const charts = await paintedCharts(page);
    if (!charts.some((c) => c.id === 'chart-tradeoff' && c.painted)) failures.push('the trade-off chart is not rendered');
    const listed = await page.$$eval('#frontier tr[data-variant]', (rows) => rows.map((r) => r.dataset.variant));
    if (JSON.stringify(listed) !== JSON.stringify(frontier)) {
      failures.push('frontier table ' + JSON.stringify(listed) + ' != sweep.csv ' + JSON.stringify(frontier));
    }
    await page.screenshot({ path: screenshot, fullPage: true });
  } finally {
    await close();
  }
  if (failures.length) {
    failures.forEach((f) => console.error('FAILED: ' + f));
    process.exit(1);
  }
  console.log('sweep report e2e: ' + frontier.length + ' frontier variants listed, chart rendered, offline: passed');
}

main().catch((e) => { console.error(e); process.exit(1); });
