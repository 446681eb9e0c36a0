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
}
interface Ace {
  Checker: new () => { check(node: Node, policies: string[]): Promise<{ results: AceResult[] }> };
}

const ENGINE = '/node_modules/accessibility-checker-engine/ace.js';
let engine: Promise<Ace> | undefined;

/** Load the engine once per page (it defines the global `ace`). */
function loadEngine(): Promise<Ace> {
  engine ??= new Promise<Ace>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ENGINE;
    script.onload = () => resolve((window as unknown as { ace: Ace }).ace);
    script.onerror = () => reject(new Error(`could not load ${ENGINE}`));
    document.head.append(script);
  });
  return engine;
}

/**
 * The confirmed violations of the IBM_Accessibility rule set in `node` and its shadow roots, leaving out
 * the rules named in `disabled` (rule id → why; the reason is for the reader of the test file).
 */
export async function ibmViolations(
  node: Node,
  disabled: Readonly<Record<string, string>> = {},
): Promise<IbmViolation[]> {
  const ace = await loadEngine();
  const report = await new ace.Checker().check(node, ['IBM_Accessibility']);
  return report.results
    .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL' && !(r.ruleId in disabled))
    .map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, message: r.message, path: r.path.dom, snippet: r.snippet }));
}
