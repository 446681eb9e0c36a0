// The IBM Equal Access check the stories and the demo page tests rely on: it loads, it finds a real
// problem, and its exemption for closed <details> covers that case only.
import { expect, fixture, html } from '@open-wc/testing';
import { ibmViolations, violationLines } from './ibm.js';

const rules = async (el: Element) => (await ibmViolations(el)).map((v) => v.ruleId);

describe('IBM Equal Access check', () => {
  it('reports a text field without a label, and content outside any landmark', async () => {
    const el = await fixture(
      html`<div>
        <p>Tekst uden for sidens landemærker.</p>
        <input type="text" />
      </div>`,
    );
    const found = await rules(el);
    expect(found).to.include('input_label_exists');
    expect(found).to.include('aria_content_in_landmark');
  });

  it('reports nothing for a labelled field inside <main>', async () => {
    const el = await fixture(html`<main><label for="q">Søg</label><input id="q" type="text" /></main>`);
    expect(violationLines(await ibmViolations(el))).to.deep.equal([]);
  });

  it('leaves out a labelled field in a closed <details>, which the engine reads as nameless', async () => {
    const el = await fixture(
      html`<main>
        <details>
          <summary>Del</summary>
          <label for="code">Kode</label><textarea id="code"></textarea>
          <fieldset>
            <legend>Vælg</legend>
            <label><input type="checkbox" /> Én</label>
          </fieldset>
        </details>
      </main>`,
    );
    expect(violationLines(await ibmViolations(el))).to.deep.equal([]);
    // the same markup with the exemption turned off: the engine's false positives show
    const raw = (await ibmViolations(el, {}, {})).map((v) => v.ruleId);
    expect(raw).to.include.members(['input_label_exists', 'fieldset_label_valid']);
  });

  it('still reports a nameless field and group, in a closed <details> or an open one', async () => {
    const el = await fixture(
      html`<main>
        <details>
          <summary>Del</summary>
          <textarea></textarea>
          <fieldset>
            <label><input type="checkbox" /> Én</label>
          </fieldset>
        </details>
        <details open>
          <summary>Filtre</summary>
          <input type="text" />
        </details>
      </main>`,
    );
    const found = (await ibmViolations(el)).map((v) => v.ruleId).sort();
    expect(found).to.deep.equal(['fieldset_label_valid', 'input_label_exists', 'input_label_exists']);
  });
});
