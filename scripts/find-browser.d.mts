// Types for scripts/find-browser.mjs.
export declare const CHROME_ARGS: string[];
export interface FoundBrowser {
  executablePath: string;
  env: NodeJS.ProcessEnv;
  source: string;
}
export declare function findBrowser(): Promise<FoundBrowser>;
