// The demo page (index.html: the comparison of all bundled plans on a page of its own), loaded in a frame
// the way a visitor gets it, every section rendered, checked by the IBM Equal Access rules as a whole
// document: the page's own structure (language, title, landmarks) and every element's shadow root.
import { expect, waitUntil } from '@open-wc/testing';
import { DISABLED, ibmViolations, violationLines } from './ibm.js';

describe('demo page (index.html)', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('has no IBM Equal Access violations with every section rendered', async function () {
    this.timeout(120000);
    frame = document.createElement('iframe');
    frame.title = 'demo page';
    frame.width = '1280';
    frame.height = '900';
    frame.src = '/index.html';
    document.body.append(frame);
    await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const root = () => doc.querySelector('plan-comparison')?.shadowRoot;
    await waitUntil(
      () => root()?.querySelector('section') && !root()!.querySelector('section[data-pending]'),
      'the comparison did not render every section',
      { timeout: 30000 },
    );
    // every element of the sections (at least one a section) defined — they load on demand —, rendered and
    // out of its loading state
    const children = () => [...root()!.querySelectorAll('*')].filter((el) => el.localName.startsWith('plan-'));
    const ready = (el: Element) =>
      !!el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('[data-state="loading"]');
    await waitUntil(
      () => children().length >= root()!.querySelectorAll('section').length && children().every(ready),
      'children',
      { timeout: 30000 },
    );
    const found = violationLines(await ibmViolations(doc, DISABLED));
    expect(found, `IBM Equal Access violations on the demo page:\n${found.join('\n')}`).to.deep.equal([]);
  });
});
