// formatNumber skips Intl for whole numbers below 1000 and keeps one formatter per language; formatDate
// keeps its formatters. Their output must stay exactly what Intl gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatDate, formatNumber, formatValue, type Lang } from '../../src/i18n/index.js';

const LOCALE: Record<Lang, string> = { da: 'da-DK', en: 'en-GB' };
const intl = (value: number, lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);

for (const lang of ['da', 'en'] as const) {
  test(`formatNumber (${lang}) is Intl's output: every whole number 0–1200, negatives, fractions, large numbers`, () => {
    for (let n = 0; n <= 1200; n++) assert.equal(formatNumber(n, lang), intl(n, lang));
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e7, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), (v) => assert.equal(formatNumber(v, lang), intl(v, lang))),
      { seed: 12, numRuns: 2000 },
    );
    assert.equal(formatNumber(43, lang, 'percent'), new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 2 }).format(0.43));
  });
}

test('formatNumber and formatValue in Danish and English as documented', () => {
  assert.equal(formatNumber(1234, 'da'), '1.234');
  assert.equal(formatNumber(1234, 'en'), '1,234');
  assert.equal(formatNumber(622, 'da'), '622');
  assert.equal(formatValue(43, 'percent', 'da'), new Intl.NumberFormat('da-DK', { style: 'percent' }).format(0.43));
  assert.equal(formatValue(13.4, 'million-DKK', 'da'), '13,4 mio. kr.');
});

test('formatDate gives the same text on repeated calls (cached formatters), by precision', () => {
  const day = new Intl.DateTimeFormat('da-DK', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2022, 2, 31)));
  assert.equal(formatDate('2022-03-31', 'da'), day);
  assert.equal(formatDate('2022-03-31', 'da'), day);
  assert.equal(formatDate('2022-03', 'en'), new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2022, 2, 1))));
  assert.equal(formatDate('2022', 'da'), '2022');
});
