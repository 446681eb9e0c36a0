// Screenshot a page in headless Chromium at one or more widths, for looking at what we build.
// Usage: node scripts/screenshot.mjs [--viewport] <url> <out-prefix> [width …]   (default widths 1280 and 375)
// --viewport: only the first screen (900 px high) instead of the whole page.
// A page taller than 16 000 px is written in parts: <out-prefix>-<width>-1.png, -2.png, …
import { launchBrowser, watchPage } from './page-harness.mjs';

const args = process.argv.slice(2);
const viewportOnly = args.includes('--viewport');
const [url, prefix = 'screenshots/page', ...w] = args.filter((a) => a !== '--viewport');
if (!url) {
  console.error('usage: node scripts/screenshot.mjs <url> <out-prefix> [width …]');
  process.exit(2);
}
const widths = w.length ? w.map(Number) : [1280, 375];
const MAX_HEIGHT = 16000;
const { browser } = await launchBrowser();
try {
  const page = await browser.newPage();
  // What would break the page for a visitor (not the browser's own favicon request) is printed.
  const log = watchPage(page, { warningsAreProblems: true });
  let reported = 0;
  const report = () => {
    for (const p of log.problems.slice(reported)) console.log(`[${p}]`);
    reported = log.problems.length;
  };
  for (const width of widths) {
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await new Promise((r) => setTimeout(r, 300));
    // Chromium captures at most 16 384 px in one image: a longer page is written as numbered parts.
    const height = viewportOnly ? 0 : await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= MAX_HEIGHT) {
      const file = `${prefix}-${width}.png`;
      await page.screenshot({ path: file, fullPage: !viewportOnly });
      console.log(file);
    } else {
      for (let y = 0, n = 1; y < height; y += MAX_HEIGHT, n++) {
        const file = `${prefix}-${width}-${n}.png`;
        const clip = { x: 0, y, width, height: Math.min(MAX_HEIGHT, height - y) };
        await page.screenshot({ path: file, clip, captureBeyondViewport: true });
        console.log(file);
      }
    }
    report();
  }
} finally {
  await browser.close();
}
