// Loading faults: every element given a `src` that fails (HTTP 404/500, timeout, not JSON, truncated JSON,
// too large, network error) shows a visible error state that says what failed and where, with a retry that
// works once the fault is gone; no promise rejection is left unhandled. Faults come from
// test/browser/fault-middleware.mjs (the test runner's dev server, under /__faults/).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/elements/plan-comparison/define.js';
import '../../src/elements/plan-track-matrix/define.js';
import '../../src/elements/plan-initiative-list/define.js';
import '../../src/elements/plan-target-chart/define.js';
import '../../src/elements/plan-summary/define.js';
import '../../src/elements/plan-differences/define.js';
import '../../src/elements/plan-evolution/define.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, LoadError, loadCollection } from '../../src/data/load.js';

const ELEMENTS = [
  'plan-comparison',
  'plan-track-matrix',
  'plan-initiative-list',
  'plan-target-chart',
  'plan-summary',
  'plan-differences',
  'plan-evolution',
] as const;

/** What each fault must produce: its kind, and the words (Danish UI) that say what failed. */
interface Fault {
  name: string;
  path: string;
  kind: string;
  says: RegExp[];
  timeout?: number;
}

const FAULTS: Fault[] = [
  { name: 'HTTP 404', path: 'status?code=404', kind: 'http', says: [/HTTP 404/, /Not Found/] },
  { name: 'HTTP 500', path: 'status?code=500', kind: 'http', says: [/HTTP 500/, /Internal Server Error/] },
  {
    name: 'timeout (300 ms)',
    path: 'slow?ms=3000',
    kind: 'timeout',
    says: [/300 ms/, /timeout/, /tidsgrænsen/],
    timeout: 300,
  },
  { name: 'not JSON (an HTML page)', path: 'not-json', kind: 'parse', says: [/ikke gyldig JSON/, /JSON-fejl/] },
  { name: 'truncated JSON', path: 'truncated', kind: 'parse', says: [/ikke gyldig JSON/] },
  {
    name: 'over the byte limit (content-length)',
    path: `huge?bytes=${DEFAULT_MAX_BYTES + 1}`,
    kind: 'too-large',
    // 20.971.521 and 20.971.520, as Danish writes them
    says: [
      /for stor/,
      new RegExp(`${(DEFAULT_MAX_BYTES + 1).toLocaleString('da-DK').replace(/\./g, '\\.')} byte`),
      new RegExp(DEFAULT_MAX_BYTES.toLocaleString('da-DK').replace(/\./g, '\\.')),
    ],
  },
  { name: 'network error (connection closed)', path: 'network', kind: 'network', says: [/Netværksfejl/] },
];

// The virtual list's ResizeObserver reports a benign "loop completed with undelivered notifications" (lit/lit#3154).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

let unhandled: unknown[] = [];
const onUnhandled = (e: PromiseRejectionEvent) => unhandled.push(e.reason);
let keyCounter = 0;
const newKey = () => `k${Date.now().toString(36)}-${++keyCounter}`;

beforeEach(() => {
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
});

afterEach(async () => {
  // Give late rejections (an aborted fetch, a body read after an error) a chance to surface.
  await new Promise((r) => setTimeout(r, 50));
  window.removeEventListener('unhandledrejection', onUnhandled);
  expect(unhandled.map(String), 'unhandled promise rejections').to.deep.equal([]);
});

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

async function errorState(el: HTMLElement): Promise<HTMLElement> {
  await waitUntil(() => shadow(el).querySelector('[data-state="error"]'), `${el.localName}: no error state`, {
    timeout: 10000,
  });
  return shadow(el).querySelector<HTMLElement>('[data-state="error"]')!;
}

/** A name the ready state shows (the evolution shows one municipality's plans: Aabenraa). */
const shows = (el: Element) => (el.localName === 'plan-evolution' ? 'Aabenraa' : 'Randers');

async function readyState(el: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      !shadow(el).querySelector('[data-state="loading"], [data-state="error"]') &&
      (shadow(el).textContent ?? '').includes(shows(el)),
    `${el.localName}: did not reach the ready state with the plans`,
    { timeout: 10000 },
  );
}

function expectVisible(node: HTMLElement): void {
  const box = node.getBoundingClientRect();
  expect(box.width, 'error state width').to.be.greaterThan(0);
  expect(box.height, 'error state height').to.be.greaterThan(0);
  const style = getComputedStyle(node);
  expect(style.visibility).to.equal('visible');
  expect(style.display).not.to.equal('none');
}

async function mount(tag: string, src: string, attrs = ''): Promise<HTMLElement> {
  return fixture<HTMLElement>(`<${tag} src="${src}" ${attrs}></${tag}>`);
}

for (const tag of ELEMENTS) {
  describe(`<${tag}> loading faults`, () => {
    for (const fault of FAULTS) {
      it(`${fault.name}: a visible error that says what failed and where; retry recovers`, async () => {
        const key = newKey();
        const src = `/__faults/${fault.path}${fault.path.includes('?') ? '&' : '?'}key=${key}`;
        const el = await mount(tag, src, fault.timeout ? `timeout="${fault.timeout}"` : '');
        const err = await errorState(el);
        expect(err.getAttribute('role')).to.equal('alert');
        expect(err.dataset['kind']).to.equal(fault.kind);
        expectVisible(err);
        const text = err.textContent!.replace(/\s+/g, ' ');
        expect(text).to.contain('Planerne kunne ikke vises');
        expect(text, 'names the URL').to.contain(src);
        for (const re of fault.says) expect(text).to.match(re);
        // Nothing of the ready state is shown beside the error.
        expect(shadow(el).textContent).not.to.contain(shows(el));

        const retry = err.querySelector<HTMLButtonElement>('button[part~="retry"]')!;
        expect(retry, 'retry button').to.exist;
        expect(retry.textContent!.trim()).to.equal('Prøv igen');
        // Retry while the fault is still there: the same error again (the element does not get stuck in loading).
        if (fault.kind !== 'timeout') {
          retry.click();
          await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
          expect(shadow(el).querySelector('[data-state="loading"]'), 'retry shows the loading state at once').to.exist;
          await waitUntil(
            () =>
              shadow(el).querySelector('[data-state="loading"]') === null &&
              shadow(el).querySelector('[data-state="error"]'),
            'retry of a persisting fault',
            { timeout: 10000 },
          );
          expect(shadow(el).querySelector('[data-state="error"]')!.getAttribute('data-kind')).to.equal(fault.kind);
        }
        // The fault goes away; retry shows the plans.
        await fetch(`/__faults/heal?key=${key}`);
        shadow(el).querySelector<HTMLButtonElement>('[data-state="error"] button[part~="retry"]')!.click();
        await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
        expect(shadow(el).querySelector('[data-state="error"]'), 'the old error is gone while loading again').to.equal(
          null,
        );
        await readyState(el);
        expect(shadow(el).querySelector('[data-state="error"]')).to.equal(null);
      });
    }
  });
}

describe('error state wording', () => {
  it('speaks English with lang="en", naming the status and the URL', async () => {
    const src = `/__faults/status?code=503&key=${newKey()}`;
    const el = await mount('plan-track-matrix', src, 'lang="en"');
    const err = await errorState(el);
    const text = err.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('The plans could not be shown');
    expect(text).to.match(/The server answered with an error: HTTP 503 Service Unavailable/);
    expect(text).to.contain(`Address: ${src}`);
    expect(err.querySelector('button')!.textContent!.trim()).to.equal('Try again');
  });

  it('a JSON parse error keeps the browser’s own detail for whoever fixes the file', async () => {
    const el = await mount('plan-summary', `/__faults/truncated?key=${newKey()}`);
    const err = await errorState(el);
    expect(err.querySelector('.detail')!.textContent).to.match(/Teknisk besked: not valid JSON: .+/);
  });

  it('a data promise rejected with a non-Error (a string) shows the error state, not an endless loading', async () => {
    const el = await fixture<HTMLElement & { data: unknown }>('<plan-summary></plan-summary>');
    el.data = new Promise((_, reject) => setTimeout(() => reject('the server said no'), 10));
    const err = await errorState(el);
    expect(err.dataset['kind']).to.equal('unknown');
    expect(err.textContent).to.contain('Planerne kunne ikke indlæses.');
    expect(err.textContent).to.contain('the server said no');
  });
});

describe('time bound', () => {
  /** Run `body` with setTimeout recording every delay; a delay of DEFAULT_TIMEOUT_MS is cut to 50 ms so no test waits 15 s. */
  async function withTimerSpy(body: (delays: number[]) => Promise<void>): Promise<void> {
    const original = window.setTimeout;
    const delays: number[] = [];
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      delays.push(Number(ms));
      return original(handler, ms === DEFAULT_TIMEOUT_MS ? 50 : ms, ...args);
    }) as typeof window.setTimeout;
    try {
      await body(delays);
    } finally {
      window.setTimeout = original;
    }
  }

  it(`is ${DEFAULT_TIMEOUT_MS} ms (DEFAULT_TIMEOUT_MS) when no timeout is set, and the error says so`, async () => {
    expect(DEFAULT_TIMEOUT_MS).to.equal(15_000);
    await withTimerSpy(async (delays) => {
      const el = await mount('plan-target-chart', `/__faults/slow?ms=3000&key=${newKey()}`);
      const err = await errorState(el);
      expect(delays).to.include(DEFAULT_TIMEOUT_MS);
      expect(err.dataset['kind']).to.equal('timeout');
      expect(err.textContent).to.contain('15.000 ms');
    });
  });

  for (const bad of ['abc', '0', '-5']) {
    it(`timeout="${bad}" is not a usable bound: the default applies (not an instant timeout)`, async () => {
      await withTimerSpy(async (delays) => {
        const el = await mount('plan-initiative-list', `/__faults/slow?ms=3000&key=${newKey()}`, `timeout="${bad}"`);
        const err = await errorState(el);
        expect(delays).to.include(DEFAULT_TIMEOUT_MS);
        expect(err.textContent).to.contain('15.000 ms');
      });
    });
  }

  it('timeout="300" is the bound the element uses', async () => {
    await withTimerSpy(async (delays) => {
      const el = await mount('plan-comparison', `/__faults/slow?ms=3000&key=${newKey()}`, 'timeout="300"');
      await errorState(el);
      expect(delays).to.include(300);
      expect(delays).not.to.include(DEFAULT_TIMEOUT_MS);
    });
  });
});

describe('loadCollection byte limit (maxBytes)', () => {
  async function failure(url: string, maxBytes: number): Promise<LoadError> {
    try {
      await loadCollection(url, { maxBytes });
    } catch (e) {
      expect(e).to.be.instanceOf(LoadError);
      return e as LoadError;
    }
    throw new Error(`${url} loaded although it is over ${maxBytes} bytes`);
  }

  it('rejects by content-length before reading the body, with the declared size', async () => {
    const e = await failure('/__faults/huge?bytes=5000', 4096);
    expect(e.kind).to.equal('too-large');
    expect(e.detail).to.deep.equal({ size: 5000, limit: 4096 });
  });

  it('rejects a streamed body without content-length once it passes the limit', async () => {
    const e = await failure('/__faults/huge?bytes=600000&chunked=1', 100_000);
    expect(e.kind).to.equal('too-large');
    expect(e.detail.limit).to.equal(100_000);
    expect(e.detail.size).to.equal(undefined);
    expect(e.message).to.match(/more than 100000 bytes/);
  });

  it('reads a body just under the limit (streamed or declared) and validates it', async () => {
    for (const url of ['/__faults/huge?bytes=4096', '/__faults/huge?bytes=4096&chunked=1']) {
      const r = await loadCollection(url, { maxBytes: 4096 });
      expect(r.plans).to.deep.equal([]);
      expect(r.rejected.length).to.equal(1);
    }
  });

  it('gives every kind its figures: status, time bound', async () => {
    const http = await loadCollection('/__faults/status?code=404').catch((e: LoadError) => e);
    expect(http).to.be.instanceOf(LoadError);
    expect([(http as LoadError).kind, (http as LoadError).status, (http as LoadError).detail.statusText]).to.deep.equal(
      ['http', 404, 'Not Found'],
    );
    const slow = await loadCollection('/__faults/slow?ms=2000', { timeoutMs: 100 }).catch((e: LoadError) => e);
    expect([(slow as LoadError).kind, (slow as LoadError).detail.limit]).to.deep.equal(['timeout', 100]);
    const ok = await loadCollection('/__faults/ok');
    expect(ok.plans.length).to.equal(5);
  });
});
