// Types for scripts/page-harness.mjs (plain JavaScript, shared by the page tests, the benchmark and scripts).
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

export declare const CONTENT_TYPES: Record<string, string>;

export interface StaticServer {
  origin: string;
  /** Paths requested so far (without query). */
  requests: string[];
  close(): Promise<void>;
}

/** A generated response (a page variant, a renamed copy of a file). */
export interface Override {
  body: string | Buffer;
  /** Extension for the content type; default: the path's. */
  ext?: string;
}

export interface ServeOptions {
  headers?: (pathname: string) => Record<string, string>;
  override?: (url: URL) => Override | undefined;
  index?: string;
}

export declare function serveFiles(dir: string, options?: ServeOptions): Promise<StaticServer>;

export interface LaunchedBrowser {
  browser: Browser;
  source: string;
  executablePath: string;
  version: string;
}

export declare function launchBrowser(options?: {
  extraArgs?: string[];
  protocolTimeout?: number;
  classicScrollbars?: boolean;
}): Promise<LaunchedBrowser>;

export interface LayoutShiftReport {
  cls: number;
  shifts: { at: number; value: number; sources: { node: string; from: number[]; to: number[] }[] }[];
}
export declare function layoutShift(page: Page): Promise<LayoutShiftReport>;

export declare function isBrowserOwnRequest(request: HTTPRequest): boolean;

export declare const BENIGN_ERRORS: RegExp[];
export declare function isBenign(message: string): boolean;

/** Page errors, console messages and failed requests of one page, collected from the start. */
export interface PageLog {
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  failedRequests: string[];
  /** Everything that makes the page broken, in order, each prefixed with its kind ("pageerror: …", "HTTP: 404 …"). */
  problems: string[];
}

export declare function watchPage(page: Page, options?: { warningsAreProblems?: boolean }): PageLog;
