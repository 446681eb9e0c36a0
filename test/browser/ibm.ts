// The IBM Equal Access rules (npm accessibility-checker-engine), injected into the test page as a
// classic script, the way axe runs inside the page. Confirmed violations only (value VIOLATION + FAIL);
// potential violations and recommendations are the reviewer's to read, not a test failure.

/** One confirmed violation: the rule, its message, and where (the DOM path the engine gives). */
export interface IbmViolation {
  ruleId: string;
  reasonId: string;
  message: string;
  path: string;
  snippet: string;
}

interface AceResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  path: { dom: string };
  snippet: string;
  node?: Node;
}
interface Ace {
  Checker: new () => { check(node: Node, policies: string[]): Promise<{ results: AceResult[] }> };
}

/**
 * Rules left out of every check, rule id → why. Empty: every rule of the IBM_Accessibility policy runs.
 * Add a rule here only for a documented false positive of the engine, with the reason in one line.
 */
export const DISABLED: Readonly<Record<string, string>> = {};

/**
 * Rules whose failures are left out only for an element inside a closed `<details>` (not its summary) that
 * has a name from the text of its `<label>` or `<legend>`, rule id → why. A nameless one is still reported.
 */
export const EXEMPT_IN_CLOSED_DETAILS: Readonly<Record<string, string>> = {
  input_label_exists:
    'engine reads the <label> with innerText, which Chromium leaves empty inside a closed <details>, yet counts the control as shown',
  fieldset_label_valid:
    'engine reads the <legend> with innerText, which Chromium leaves empty inside a closed <details>, yet counts the fieldset as shown',
};

/**
 * `node` lies in the hidden part of a closed `<details>` (in its own tree or a shadow host's). Node types,
 * not `instanceof`: a framed page's nodes are of that page's classes.
 */
function inClosedDetails(node: Node): boolean {
  for (let n: Node | null | undefined = node.parentNode; n; n = n.parentNode ?? (n as ShadowRoot).host) {
    if (n.nodeType !== Node.ELEMENT_NODE) continue;
    const el = n as Element;
    if (el.localName === 'summary' && el.parentElement?.localName === 'details') return false;
    if (el.localName === 'details' && !(el as HTMLDetailsElement).open) return true;
  }
  return false;
}

/** The text of a fieldset's legend or of a form control's labels: the name the engine would find if it were shown. */
function labelText(node: Node): string {
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const first = el.firstElementChild;
  if (el.localName === 'fieldset') return first?.localName === 'legend' ? first.textContent!.trim() : '';
  const labels = (el as HTMLInputElement).labels;
  return labels ? [...labels].map((l) => l.textContent!.trim()).join(' ') : '';
}

/** A failure of the engine's own making inside a closed `<details>` (see EXEMPT_IN_CLOSED_DETAILS). */
const namedInClosedDetails = (node: Node | undefined): boolean =>
  !!node && inClosedDetails(node) && labelText(node).length > 0;

const ENGINE = '/node_modules/accessibility-checker-engine/ace.js';
const engines = new WeakMap<Window, Promise<Ace>>();

/** Load the engine once per window (it defines the global `ace`): the test page's, or a framed page's. */
function loadEngine(win: Window): Promise<Ace> {
  let engine = engines.get(win);
  if (!engine) {
    engine = new Promise<Ace>((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = ENGINE;
      script.onload = () => resolve((win as unknown as { ace: Ace }).ace);
      script.onerror = () => reject(new Error(`could not load ${ENGINE}`));
      win.document.head.append(script);
    });
    engines.set(win, engine);
  }
  return engine;
}

/**
 * The confirmed violations of the IBM_Accessibility rule set in `node` (an element or a whole document)
 * and its shadow roots, leaving out the rules named in `disabled`, and those of `exemptInClosedDetails` for a
 * labelled element inside a closed `<details>` (rule id → why; the reason is for the reader of the test).
 */
export async function ibmViolations(
  node: Node,
  disabled: Readonly<Record<string, string>> = DISABLED,
  exemptInClosedDetails: Readonly<Record<string, string>> = EXEMPT_IN_CLOSED_DETAILS,
): Promise<IbmViolation[]> {
  const doc = node.nodeType === Node.DOCUMENT_NODE ? (node as Document) : node.ownerDocument!;
  const ace = await loadEngine(doc.defaultView!);
  // The engine logs "Progress: n% (…nodes)" a hundred times over a large tree: keep it out of the test output.
  const console = doc.defaultView!.console;
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Progress: '))) log.apply(console, args);
  };
  let report: { results: AceResult[] };
  try {
    report = await new ace.Checker().check(node, ['IBM_Accessibility']);
  } finally {
    console.log = log;
  }
  return report.results
    .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !(r.ruleId in disabled))
    .filter((r) => !(r.ruleId in exemptInClosedDetails && namedInClosedDetails(r.node)))
    .map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, message: r.message, path: r.path.dom, snippet: r.snippet }));
}

/** Violations as short lines for a test's failure message ("rule: message at path"), the first `max` of them. */
export function violationLines(violations: readonly IbmViolation[], max = 12): string[] {
  const lines = violations.slice(0, max).map((v) => `${v.ruleId}: ${v.message} at ${v.path}`);
  if (violations.length > max) lines.push(`… and ${violations.length - max} more`);
  return lines;
}
