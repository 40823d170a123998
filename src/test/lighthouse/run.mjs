// Lighthouse performance of the login page and, signed in as the bulk coordinator, the pool page (mobile and
// desktop). See docs/performance.md. Usage: node run.mjs <base-url> <label>; writes <label>-*.json here.
import puppeteer from 'puppeteer-core';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import fs from 'fs';

const base = process.argv[2];
const label = process.argv[3];
const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--remote-debugging-port=9337']});
const port = 9337;
async function audit(url, desktop, name) {
  const flags = {port, output: 'json', logLevel: 'error', onlyCategories: ['performance']};
  const result = await lighthouse(url, flags, desktop ? desktopConfig : undefined);
  const lhr = result.lhr;
  fs.writeFileSync(`./${label}-${name}-${desktop ? 'desktop' : 'mobile'}.json`, JSON.stringify(lhr));
  const a = lhr.audits;
  const v = id => a[id] ? a[id].displayValue : '';
  console.log(`${label} ${name} ${desktop ? 'desktop' : 'mobile '}: performance ${Math.round(lhr.categories.performance.score * 100)}`
    + ` | FCP ${v('first-contentful-paint')} | LCP ${v('largest-contentful-paint')} | TBT ${v('total-blocking-time')}`
    + ` | CLS ${v('cumulative-layout-shift')} | transfer ${v('total-byte-weight')}`);
}
const runs = Number(process.env.RUNS || 1);
for (let i = 0; i < runs; i++) {
  await audit(base + '/login', false, 'login');
  await audit(base + '/login', true, 'login');
}
const page = await browser.newPage();
await page.goto(base + '/login', {waitUntil: 'networkidle0'});
await page.waitForSelector("vaadin-text-field[name='username'] > input");
await page.type("vaadin-text-field[name='username'] > input", process.env.LH_USER || 'coordinator@bulk.example');
await page.type("vaadin-password-field[name='password'] > input", 'involve-demo-2026');
await Promise.all([page.waitForNavigation({timeout: 120000}), page.keyboard.press('Enter')]);
console.log('signed in, at ' + page.url());
await page.close();
for (let i = 0; i < runs; i++) {
  await audit(base + '/partners', false, 'pool');
  await audit(base + '/partners', true, 'pool');
}
await browser.close();
