// End-to-end test of report.html (issue 6), run by .ci/run:
//   node e2e/report.test.js RUN_DIR SCREENSHOT.png
// Opens RUN_DIR/report.html from file:// in Debian's headless chromium (playwright-core, no browser download)
// with every non-file request blocked, and asserts: no console errors or page errors, no request leaves the
// file, every chart container holds a non-empty canvas or svg, and each indicator's data-value equals
// summary.json's number exactly (and the text shown rounds to it). Saves a full-page screenshot.
'use strict';
const fs = require('fs');
const path = require('path');
const { openOffline, paintedCharts } = require('./offline-page');

async function main() {
  const [runDir, screenshot] = process.argv.slice(2);
  if (!runDir || !screenshot) throw new Error('usage: node report.test.js RUN_DIR SCREENSHOT.png');
  const summary = JSON.parse(fs.readFileSync(path.resolve(runDir, 'summary.json'), 'utf8'));
  const { page, failures, close } = await openOffline(path.resolve(runDir, 'report.html'));
  try {
    const charts = await paintedCharts(page);
    if (charts.length < 6) failures.push('expected at least 6 chart containers, found ' + charts.length);
    for (const c of charts) if (!c.painted) failures.push('chart not rendered: #' + c.id);

    const inds = await page.$$eval('.ind', (els) => els.map((el) => ({
      key: el.getAttribute('data-key'), value: el.getAttribute('data-value'),
      text: el.querySelector('.value').textContent })));
    const required = ['curtailment_rate', 'renewable_share', 'coal_gce_per_kwh', 'co2_t', 'shed_mwh'];
    if (summary.hydrogen_t > 0) required.push('hydrogen_t');
    for (const k of required) if (!inds.some((i) => i.key === k)) failures.push('indicator missing: ' + k);
    for (const ind of inds) {
      const expected = summary[ind.key];
      if (typeof expected !== 'number') { failures.push(`indicator ${ind.key}: not in summary.json`); continue; }
      if (Number(ind.value) !== expected) {
        failures.push(`indicator ${ind.key}: data-value ${ind.value} != summary.json ${expected}`);
      }
      // the text shown is the same number, rounded for reading
      const percent = ind.key === 'curtailment_rate' || ind.key === 'renewable_share';
      const shown = Number(ind.text.replace(/[^0-9.\-]/g, ''));
      const want = percent ? expected * 100 : expected;
      const decimals = (ind.text.replace(/[^0-9.]/g, '').split('.')[1] || '').length;
      if (!(Math.abs(shown - want) <= 0.5 * Math.pow(10, -decimals) + 1e-9)) {
        failures.push(`indicator ${ind.key}: shown "${ind.text}" is not ${want}`);
      }
    }
    // the default week is the one with the most curtailment; the selector shows it
    const week = await page.$eval('#week', (s) => Number(s.value));
    const weeks = await page.evaluate(() => JSON.parse(document.getElementById('report-data').textContent).weeks);
    if (weeks.curtailed_mwh[week] !== Math.max(...weeks.curtailed_mwh)) failures.push('default week ' + week + ' is not the most curtailed');

    // the language toggle re-renders everything without errors
    await page.click('#lang');
    await page.waitForTimeout(300);
    const zhTitle = await page.$eval('#title', (el) => el.textContent);
    if (!/运行报告/.test(zhTitle)) failures.push('language toggle: title is "' + zhTitle + '"');
    await page.click('#lang');
    await page.waitForTimeout(300);

    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`report e2e: ${charts.length} charts, ${inds.length} indicators checked against summary.json, `
      + `screenshot ${screenshot}`);
  } finally {
    await close();
  }
  if (failures.length) {
    for (const f of failures) console.error('FAILED: ' + f);
    process.exit(1);
  }
}

main().catch((e) => { console.error('FAILED: ' + (e && e.stack || e)); process.exit(1); });
