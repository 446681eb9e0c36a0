// Guarded registration when two copies of the library share a page: one warning per page, whichever copy
// and whichever on-demand chunk comes first (the order of lazy chunks is a network race).
import { expect } from '@open-wc/testing';
import { defineElement, REGISTRY_KEY, WARNED_KEY } from '../../src/elements/shared/define.js';
import { loadElement } from '../../src/elements/lazy.js';

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('two copies on one page', () => {
  it('an on-demand element another copy defined first is used as it is: no chunk, no warning', async () => {
    class OtherCopy extends HTMLElement {}
    customElements.define('plan-evolution', OtherCopy);
    (globalThis as unknown as Record<symbol, Map<string, string>>)[Symbol.for(REGISTRY_KEY)]?.set(
      'plan-evolution',
      '9.9.9',
    );
    const log = captureWarnings();
    try {
      await loadElement('plan-evolution');
      await tick();
    } finally {
      log.restore();
    }
    expect(customElements.get('plan-evolution')).to.equal(OtherCopy);
    expect(log.warnings).to.deep.equal([]);
  });

  it('the first name found taken warns once, naming the element and the version that defined it', async () => {
    class FirstA extends HTMLElement {}
    class FirstB extends HTMLElement {}
    class SecondA extends HTMLElement {}
    class SecondB extends HTMLElement {}
    defineElement('pc-test-a', FirstA);
    defineElement('pc-test-b', FirstB);
    const log = captureWarnings();
    try {
      defineElement('pc-test-a', SecondA);
      defineElement('pc-test-b', SecondB);
      await tick();
    } finally {
      log.restore();
    }
    expect(log.warnings).to.have.length(1);
    expect(log.warnings[0]).to.match(/loaded twice/);
    expect(log.warnings[0]).to.include('<pc-test-a>, <pc-test-b>');
    expect((globalThis as unknown as Record<symbol, boolean>)[Symbol.for(WARNED_KEY)]).to.equal(true);
  });

  it('after the page has been warned (by this copy or another), later conflicts are quiet', async () => {
    class Third extends HTMLElement {}
    class Fourth extends HTMLElement {}
    defineElement('pc-test-c', Third);
    const log = captureWarnings();
    try {
      defineElement('pc-test-c', Fourth);
      await tick();
    } finally {
      log.restore();
    }
    expect(customElements.get('pc-test-c')).to.equal(Third);
    expect(log.warnings).to.deep.equal([]);
  });
});
