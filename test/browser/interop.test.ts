// Framework interop: the built React 19 and Vue 3 example apps (dist/examples/<name>, built by
// `node scripts/build-examples.mjs` from examples/<name> against the built package in dist/lib)
// and the plain HTML page (examples/plain.html with the CDN build), each loaded in an iframe.
// For every framework: plan objects reach the elements as the `data` property, framework state
// drives `plans` and `lang`, and the elements' custom events (`plan-select`, `plan-filter-change`)
// come back into framework state. No console error, uncaught error or CSP violation on any page.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STRINGS as MATRIX } from '../../src/i18n/plan-track-matrix.js';
import { STRINGS as LIST } from '../../src/i18n/plan-initiative-list.js';
import { formatNumber } from '../../src/i18n/index.js';
import randersJson from '../../data/plans/randers-2017-2020.json';
import aabenraaJson from '../../data/plans/aabenraa-2022-2024.json';
import aalborgJson from '../../data/plans/aalborg-2016-2019-status.json';
import themesJson from '../../data/themes.json';

/** The plan documents the React and Vue examples import from `plan-compare/plans/*.json`, in that order. */
const APP_PLANS = ['randers-2017-2020', 'aabenraa-2022-2024', 'aalborg-2016-2019-status'];

interface PlanDoc {
  id: string;
  municipalities: { name: string }[];
  initiatives: unknown[];
}

const PLAN_DOCS: Record<string, PlanDoc> = {
  'randers-2017-2020': randersJson,
  'aabenraa-2022-2024': aabenraaJson,
  'aalborg-2016-2019-status': aalborgJson,
};
const planDoc = (id: string): PlanDoc => PLAN_DOCS[id]!;
const themeLabel = (id: string, lang: 'da' | 'en'): string => themesJson.themes.find((t) => t.id === id)!.label[lang];

const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Console errors and warnings, uncaught errors, failed loads and CSP violations on the page. */
  problems: string[];
}

/**
 * Load `path` in an iframe. As soon as the page's own document exists (before its deferred module
 * scripts have run: checked), record console.error/warn, uncaught errors, unhandled rejections,
 * failed resource loads and CSP violations.
 */
async function openPage(path: string, { fetchesJson = false } = {}): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.title = `example ${path}`;
  frame.width = '1280';
  frame.height = '900';
  document.body.append(frame);
  frame.src = path;
  const deadline = performance.now() + 15000;
  while (frame.contentWindow?.location.pathname !== path) {
    if (performance.now() > deadline) throw new Error(`${path} did not start loading`);
    await nextTask();
  }
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = win.document;
  const early = win.customElements.get('plan-track-matrix') === undefined;
  const problems: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  win.addEventListener(
    'error',
    (e) => {
      const target = e.target as (EventTarget & { src?: string; href?: string }) | null;
      if (target && target !== win) problems.push(`failed to load ${target.src ?? target.href}`);
      // The virtualised initiative list resizes while the browser delivers resize observations; the
      // browser reports that on window.onerror only (never on the console) and delivers them next frame.
      else if (!/^ResizeObserver loop/.test(e.message)) problems.push(`uncaught: ${e.message}`);
    },
    true,
  );
  win.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
  doc.addEventListener('securitypolicyviolation', (e) =>
    problems.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
  );
  if (fetchesJson) serveJsonAsJson(win);
  expect(early, 'the page was watched from before its scripts ran').to.equal(true);
  return { frame, win, doc, problems };
}

/**
 * The test server compiles every .json file into a JS module (the unit tests import plan files),
 * where a static server sends the file as it is. For a page that fetch()es JSON, turn such a
 * response back into the JSON it was compiled from; a JSON response passes through untouched.
 */
function serveJsonAsJson(win: Window & typeof globalThis): void {
  const realFetch = win.fetch.bind(win);
  win.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await realFetch(input, init);
    const { pathname } = new URL(res.url);
    if (!pathname.endsWith('.json') || /json/.test(res.headers.get('content-type') ?? '')) return res;
    await res.text();
    const compiled = (await import(pathname)) as { default: unknown };
    return new win.Response(JSON.stringify(compiled.default), {
      status: res.status,
      headers: { 'content-type': 'application/json' },
    });
  };
}

const matrixOf = (page: Page) => page.doc.querySelector('plan-track-matrix')!;
const listOf = (page: Page) => page.doc.querySelector('plan-initiative-list')!;
const columns = (page: Page) => [
  ...(page.doc.querySelector('plan-track-matrix')?.shadowRoot?.querySelectorAll<HTMLElement>('th.plan') ?? []),
];
const text = (page: Page, selector: string) =>
  page.doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

async function openApp(name: string): Promise<Page> {
  const page = await openPage(`/dist/examples/${name}/index.html`);
  await waitUntil(
    () =>
      columns(page).length > 0 &&
      page.doc.querySelector('plan-initiative-list')?.shadowRoot?.querySelector('input[type="search"]'),
    `${name}: the elements did not render`,
    { timeout: 15000 },
  );
  return page;
}

/** Activate a matrix cell the way a user does it: click its button. */
async function clickCell(page: Page, planId: string, theme: string): Promise<void> {
  const button = matrixOf(page).shadowRoot!.querySelector<HTMLButtonElement>(
    `td[data-plan="${planId}"][data-theme="${theme}"] button`,
  );
  expect(button, `cell ${planId} × ${theme}`).to.exist;
  button!.click();
}

for (const name of ['react', 'vue']) {
  describe(`${name} example (dist/examples/${name})`, () => {
    let page: Page | undefined;
    afterEach(() => page?.frame.remove());

    it('renders the plans passed as the data property: one matrix column per plan, every initiative in the list', async () => {
      page = await openApp(name);
      const docs = APP_PLANS.map(planDoc);
      const matrix = matrixOf(page) as HTMLElement & { data?: unknown };
      expect(matrix.hasAttribute('data'), 'data set as an attribute').to.equal(false);
      expect(Array.isArray(matrix.data), 'matrix.data is the array the app passed').to.equal(true);
      expect((matrix.data as PlanDoc[]).map((p) => p.id)).to.deep.equal(APP_PLANS);
      expect(columns(page).map((th) => th.dataset['plan'])).to.deep.equal(APP_PLANS);
      expect(columns(page).map((th) => th.querySelector('.muni')?.textContent?.trim())).to.deep.equal(
        docs.map((d) => d.municipalities.map((m) => m.name).join(' og ')),
      );
      // distinct measures: a measure a plan prints twice (sameAs) is one item of the list
      const total = docs.reduce(
        (n, d) =>
          n +
          d.initiatives.length -
          (d.initiatives as { sameAs?: string[] }[]).filter((i) => (i.sameAs ?? []).length > 0).length / 2,
        0,
      );
      const count = () => listOf(page!).shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();
      await waitUntil(
        () => count() === LIST.da.showing(formatNumber(total, 'da'), formatNumber(total, 'da'), total),
        `list count: ${count()}`,
      );
      // The bundled seed plans were never needed: the elements had their data before they connected.
      const loaded = page.win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
      expect(
        loaded.filter((p) => p.includes('seed-documents')),
        'bundled seed plans loaded',
      ).to.deep.equal([]);
      expect(page.problems).to.deep.equal([]);
    });

    it('follows framework state: the language button switches the elements to English, the plan checkboxes change `plans`', async () => {
      page = await openApp(name);
      const corner = () => matrixOf(page!).shadowRoot!.querySelector('th.corner')?.textContent?.trim();
      const firstTheme = () => matrixOf(page!).shadowRoot!.querySelector('th.theme')?.textContent?.trim();
      expect(corner()).to.equal(MATRIX.da.themeColumn);
      expect(firstTheme()).to.equal(themeLabel('prevention', 'da'));
      page.doc.querySelector<HTMLButtonElement>('#language')!.click();
      await waitUntil(() => corner() === MATRIX.en.themeColumn, `matrix header still "${corner()}"`);
      expect(firstTheme()).to.equal(themeLabel('prevention', 'en'));
      expect((matrixOf(page) as HTMLElement).lang, "the element got the app's language").to.equal('en');
      if (name === 'vue')
        expect(matrixOf(page).getAttribute('lang'), 'Vue sets lang as an attribute with ^lang').to.equal('en');
      const search = () => listOf(page!).shadowRoot!.querySelector('label[for="search"]')?.textContent?.trim();
      await waitUntil(() => search() === LIST.en.searchLabel, `list search label still "${search()}"`);
      expect(text(page, '#selection')).to.equal('Selected: none');

      const box = page.doc.querySelector<HTMLInputElement>('input[name="plan"][value="aabenraa-2022-2024"]')!;
      box.click();
      const rest = APP_PLANS.filter((id) => id !== 'aabenraa-2022-2024');
      await waitUntil(() => columns(page!).length === rest.length, `still ${columns(page!).length} columns`);
      expect(columns(page).map((th) => th.dataset['plan'])).to.deep.equal(rest);
      expect(matrixOf(page).getAttribute('plans')).to.equal(rest.join(' '));
      // the list is below the fold: it takes the change (and reflects it) when idle or when it comes near
      await waitUntil(() => listOf(page!).getAttribute('plans') === rest.join(' '), 'list plans', { timeout: 5000 });
      expect(page.problems).to.deep.equal([]);
    });

    it('receives plan-select from the matrix: a clicked cell shows in framework state, a second click clears it', async () => {
      page = await openApp(name);
      const randers = planDoc('randers-2017-2020');
      await clickCell(page, 'randers-2017-2020', 'youth');
      const expected = `Valgt: ${randers.municipalities[0]!.name} × ${themeLabel('youth', 'da')}`;
      await waitUntil(() => text(page!, '#selection') === expected, `selection shows "${text(page!, '#selection')}"`);
      expect(expected).to.equal('Valgt: Randers × Unge');
      await clickCell(page, 'aabenraa-2022-2024', 'treatment');
      const second = `Valgt: Aabenraa × ${themeLabel('treatment', 'da')}`;
      await waitUntil(() => text(page!, '#selection') === second, `selection shows "${text(page!, '#selection')}"`);
      await clickCell(page, 'aabenraa-2022-2024', 'treatment');
      await waitUntil(
        () => text(page!, '#selection') === 'Valgt: ingen',
        `selection shows "${text(page!, '#selection')}" after plan-select-clear`,
      );
      expect(page.problems).to.deep.equal([]);
    });

    it('receives plan-filter-change from the list: typing in the search shows the query in framework state', async () => {
      page = await openApp(name);
      expect(text(page, '#query')).to.equal('Søgning: ingen');
      const input = listOf(page).shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.focus();
      await sendKeys({ type: 'aeldre' });
      await waitUntil(() => text(page!, '#query') === 'Søgning: “aeldre”', `query shows "${text(page!, '#query')}"`);
      expect(input.value).to.equal('aeldre');
      await sendKeys({ press: 'Backspace' });
      await waitUntil(() => text(page!, '#query') === 'Søgning: “aeldr”', `query shows "${text(page!, '#query')}"`);
      expect(page.problems).to.deep.equal([]);
    });
  });
}

describe('plain HTML example (examples/plain.html)', () => {
  let page: Page | undefined;
  afterEach(() => page?.frame.remove());

  it('sets .data from a fetched plan file and listens for plan-select with addEventListener', async () => {
    page = await openPage('/examples/plain.html', { fetchesJson: true });
    const randers = planDoc('randers-2017-2020');
    const scripts = [...page.doc.querySelectorAll('script')].filter((s) => !s.src.includes('/__web-dev-server'));
    expect(
      scripts.every((s) => s.src !== '' && s.textContent === ''),
      'external scripts only',
    ).to.equal(true);
    await waitUntil(() => columns(page!).length > 0, 'the matrix did not render', { timeout: 15000 });
    await waitUntil(() => columns(page!).length === 1, `${columns(page!).length} columns`);
    expect(columns(page).map((th) => th.dataset['plan'])).to.deep.equal([randers.id]);
    const data = (matrixOf(page) as HTMLElement & { data?: unknown }).data;
    expect(data).to.be.a('promise');
    expect(((await data) as PlanDoc).id).to.equal(randers.id);
    const fetched = page.win.performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname);
    expect(fetched, fetched.join(' ')).to.include('/data/plans/randers-2017-2020.json');
    expect(text(page, '#selection')).to.equal('Valgt: ingen');
    await clickCell(page, randers.id, 'youth');
    const expected = `Valgt: ${randers.municipalities[0]!.name} × ${themeLabel('youth', 'da')}`;
    await waitUntil(() => text(page!, '#selection') === expected, `selection shows "${text(page!, '#selection')}"`);
    await clickCell(page, randers.id, 'youth');
    await waitUntil(
      () => text(page!, '#selection') === 'Valgt: ingen',
      `selection shows "${text(page!, '#selection')}" after plan-select-clear`,
    );
    expect(page.problems).to.deep.equal([]);
  });
});
