/** Loading plan files over the network: fetch + parse + validate, with a time bound and clear errors. */
import { validateCollection, type CollectionResult } from '../schema/validate.js';

export type LoadErrorKind = 'http' | 'timeout' | 'network' | 'parse' | 'too-large';

/** Figures of a load error, for a message in the reader's language. */
export interface LoadErrorDetail {
  /** HTTP status text (`http`). */
  statusText?: string;
  /** The time bound in ms (`timeout`) or the byte limit (`too-large`). */
  limit?: number;
  /** The size the server declared (`too-large` by `content-length`; absent when the body was cut off while reading). */
  size?: number;
}

export class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly url: string,
    message: string,
    readonly status?: number,
    readonly detail: LoadErrorDetail = {},
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export interface LoadOptions {
  /** Give up after this many milliseconds (default 15 000; a value that is not a positive number means the default). */
  timeoutMs?: number;
  /** Reject bodies larger than this many bytes (default 20 MB; a value that is not a positive number means the default). */
  maxBytes?: number;
  signal?: AbortSignal;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** `timeout="abc"` becomes NaN, `timeout="0"` 0: neither is a usable bound, so the default applies. */
function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

function tooLarge(url: string, size: number, maxBytes: number, declared: boolean): LoadError {
  return new LoadError(
    'too-large',
    url,
    declared ? `file is ${size} bytes; the limit is ${maxBytes}` : `file is more than ${maxBytes} bytes (the limit)`,
    undefined,
    declared ? { size, limit: maxBytes } : { limit: maxBytes },
  );
}

/** The body as text, read chunk by chunk so that an oversized file is given up as soon as it passes the limit. */
async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  if (!response.body) {
    const text = await response.text();
    const size = new TextEncoder().encode(text).byteLength;
    if (size > maxBytes) throw tooLarge(url, size, maxBytes, false);
    return text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge(url, size, maxBytes, false);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** Fetch a plan file or a collection (array or `{plans: […]}`) and validate every plan in it. */
export async function loadCollection(url: string, options: LoadOptions = {}): Promise<CollectionResult> {
  const timeoutMs = positive(options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const maxBytes = positive(options.maxBytes, DEFAULT_MAX_BYTES);
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new LoadError('timeout', url, `no answer within ${timeoutMs} ms`, undefined, { limit: timeoutMs })),
    timeoutMs,
  );
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (err) {
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError('network', url, err instanceof Error ? err.message : String(err));
    }
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      throw new LoadError('http', url, `HTTP ${response.status} ${response.statusText}`.trim(), response.status, { statusText: response.statusText });
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      response.body?.cancel().catch(() => undefined);
      throw tooLarge(url, declared, maxBytes, true);
    }
    let text: string;
    try {
      text = await readLimited(response, url, maxBytes);
    } catch (err) {
      if (err instanceof LoadError) throw err;
      if (controller.signal.reason instanceof LoadError) throw controller.signal.reason;
      throw new LoadError('network', url, err instanceof Error ? err.message : String(err));
    }
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
