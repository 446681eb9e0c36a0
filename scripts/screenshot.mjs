// Screenshot a page in headless Chromium at one or more widths, for looking at what we build.
// Usage: node scripts/screenshot.mjs <url> <out-prefix> [width …]   (default widths 1280 and 375)
import puppeteer from 'puppeteer-core';
import { findBrowser, CHROME_ARGS } from './find-browser.mjs';

const [url, prefix = 'screenshots/page', ...w] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [width …]');
  process.exit(2);
}
const widths = w.length ? w.map(Number) : [1280, 375];
const { executablePath, env } = await findBrowser();
const browser = await puppeteer.launch({ executablePath, env, headless: true, args: CHROME_ARGS });
try {
  const page = await browser.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  for (const width of widths) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 300));
    const file = `${prefix}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
}
