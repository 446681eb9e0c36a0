/** Loading plan files over the network: fetch + parse + validate, with a time bound and clear errors. */
import { validateCollection, type CollectionResult } from '../schema/validate.js';

export type LoadErrorKind = 'http' | 'timeout' | 'network' | 'parse' | 'too-large';

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  /** Give up after this many milliseconds (default 15 000). */
  timeoutMs?: number;
  /** Reject bodies larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Fetch a plan file or a collection (array or `{plans: […]}`) and validate every plan in it. */
export async function loadCollection(url: string, options: LoadOptions = {}): Promise<CollectionResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new LoadError('timeout', url, `no answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (err) {
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError('network', url, err instanceof Error ? err.message : String(err));
    }
    if (!response.ok) throw new LoadError('http', url, `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) throw new LoadError('too-large', url, `file is ${declared} bytes; the limit is ${maxBytes}`);
    let text: string;
    try {
      text = await response.text();
    } catch (err) {
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError('network', url, err instanceof Error ? err.message : String(err));
    }
    if (text.length > maxBytes) throw new LoadError('too-large', url, `file is ${text.length} characters; the limit is ${maxBytes}`);
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (err) {
      throw new LoadError('parse', url, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    return validateCollection(doc);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
