import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readShareState, writeShareState, embedSnippet, cdnScriptUrl, PARAMS } from '../../src/model/share.js';
import { VERSION } from '../../src/version.js';
import { readFileSync } from 'node:fs';

test('a written state reads back the same, and the host page keeps its own parameters and hash', () => {
  const state = {
    plans: ['randers-2017-2020', 'aabenraa-2021'],
    themes: ['youth', 'prevention'],
    query: 'ældre borgere',
    cell: { planId: 'randers-2017-2020', theme: 'youth' },
    view: 'initiatives',
  };
  const url = writeShareState('https://www.example.dk/sundhed/rusmidler?side=2&pc-view=matrix#top', state);
  assert.equal(url.searchParams.get('side'), '2');
  assert.equal(url.hash, '#top');
  assert.deepEqual(readShareState(url.search), state);
});

test('"none chosen" differs from "all plans"; empty parts leave the URL', () => {
  assert.deepEqual(readShareState(writeShareState('https://x.dk/', { plans: [] }).search), { plans: [] });
  const all = writeShareState('https://x.dk/?pc-plans=a&pc-q=x', { plans: undefined, query: '  ' });
  assert.equal(all.searchParams.has(PARAMS.plans), false);
  assert.equal(all.searchParams.has(PARAMS.query), false);
});

test('malformed values are ignored, not trusted', () => {
  const st = readShareState(
    '?pc-plans=<script>,randers-2017-2020&pc-cell=a~b~c&pc-view=javascript:alert(1)&pc-themes=youth,%22x%22',
  );
  assert.deepEqual(st, { plans: ['randers-2017-2020'], themes: ['youth'] });
});

test('the embed snippet carries plans, theme filter, search and language, with attribute values escaped', () => {
  const code = embedSnippet(
    { plans: ['randers-2017-2020', 'aabenraa-2022-2024'], themes: ['youth'], query: 'alkohol "unge" <b>' },
    { scriptSrc: cdnScriptUrl(VERSION), lang: 'da', colorTheme: 'dark' },
  );
  assert.equal(
    code,
    `<script type="module" src="https://cdn.jsdelivr.net/npm/plan-compare@${VERSION}/dist/cdn/plan-compare.js" blocking="render"></script>\n` +
      '<plan-comparison lang="da" plans="randers-2017-2020 aabenraa-2022-2024" themes="youth" query="alkohol &quot;unge&quot; &lt;b&gt;" theme="dark"></plan-comparison>',
  );
});

test('VERSION equals package.json', () => {
  assert.equal(VERSION, JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
});

test('the "with a caveat" switch travels in the link (pc-caveat=1) and in the embed code (with-caveat)', () => {
  const url = writeShareState('https://www.example.dk/', { caveat: true, themes: ['youth'] });
  assert.equal(url.searchParams.get(PARAMS.caveat), '1');
  assert.deepEqual(readShareState(url.search), { caveat: true, themes: ['youth'] });
  assert.equal(writeShareState(url, { themes: ['youth'] }).searchParams.has(PARAMS.caveat), false);
  assert.deepEqual(readShareState('?pc-caveat=yes'), {});
  const code = embedSnippet({ caveat: true }, { scriptSrc: 'https://cdn.example/x.js', lang: 'da' });
  assert.match(code, /<plan-comparison lang="da" with-caveat="">/);
});
