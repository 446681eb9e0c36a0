// formatNumber skips Intl for whole numbers below 1000 and keeps one formatter per language; formatDate
// writes month names from a table. Their output must stay exactly what Intl gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatDate, formatNumber, formatValue, type Lang } from '../../src/i18n/index.js';

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const intl = (value: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);

for (const lang of ['da', 'en'] as const) {
  test(`formatNumber (${lang}) is Intl's output: every whole number 0–1200, negatives, fractions, large numbers`, () => {
    for (let n = 0; n <= 1200; n++) assert.equal(formatNumber(n, lang), intl(n, lang));
    // ties and carries: 1.005 is a tie in its shortest decimal, 999.995 carries into the thousands
    for (const v of [1.005, 0.005, -0.005, 2.675, -1.995, 999.995, 1e-7, -0, 123456.785, 0.1 + 0.2])
      assert.equal(formatNumber(v, lang), intl(v, lang), String(v));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e7, max: 1e9 }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.double({ min: -1e14, max: 1e14, noNaN: true }),
        ),
        (v) => assert.equal(formatNumber(v, lang), intl(v, lang)),
      ),
      { seed: 12, numRuns: 5000 },
    );
    const intlPercent = (v: number) =>
      new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 }).format(v / 100);
    for (const v of [43, 0, 100, 12.5, 0.005, 33.333, 1.005, -7.125, 1234.5, 0.0001])
      assert.equal(formatNumber(v, lang, 'percent'), intlPercent(v), `${v} %`);
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) =>
        assert.equal(formatNumber(v, lang, 'percent'), intlPercent(v)),
      ),
      { seed: 13, numRuns: 5000 },
    );
  });
}

test('formatNumber and formatValue in Danish and English as documented', () => {
  assert.equal(formatNumber(1234, 'da'), '1.234');
  assert.equal(formatNumber(1234, 'en'), '1,234');
  assert.equal(formatNumber(622, 'da'), '622');
  assert.equal(formatValue(43, 'percent', 'da'), new Intl.NumberFormat('da-DK', { style: 'percent' }).format(0.43));
  assert.equal(formatValue(13.4, 'million-DKK', 'da'), '13,4 mio. kr.');
});

test('formatDate writes what Intl.DateTimeFormat writes for da-DK and en-GB, every month, by precision', () => {
  const intl = (lang: Lang, y: number, m: number, d?: number) =>
    new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
      year: 'numeric',
      month: 'long',
      ...(d ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
  let checked = 0;
  for (const lang of ['da', 'en'] as Lang[])
    for (let m = 1; m <= 12; m++) {
      const mm = String(m).padStart(2, '0');
      assert.equal(formatDate(`2022-${mm}`, lang), intl(lang, 2022, m), `${lang} 2022-${mm}`);
      for (const d of [1, 9, 28]) {
        const dd = String(d).padStart(2, '0');
        assert.equal(formatDate(`2021-${mm}-${dd}`, lang), intl(lang, 2021, m, d), `${lang} 2021-${mm}-${dd}`);
        checked++;
      }
    }
  assert.equal(checked, 72);
  assert.equal(formatDate('2022', 'da'), '2022');
});
