/**
 * Where an element's plans come from: a `data` property (plan objects or a promise of them,
 * validated here), a `src`
 * URL (fetched and validated), or — with neither — the bundled seed plans (loaded on demand).
 * Exposes one state: loading | error | empty | ready, plus the plans rejected by validation.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Plan } from '../../schema/plan.js';
import { validateCollection, type CollectionResult, type Rejected } from '../../schema/validate.js';
import { loadCollection, type LoadError } from '../../data/load.js';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: { kind: string; message: string; url?: string } }
  | { status: 'ready'; plans: Plan[]; rejected: Rejected[] };

export interface PlanDataHost extends ReactiveControllerHost {
  data?: unknown;
  src?: string;
  timeout?: number;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

let seed: Promise<CollectionResult> | undefined;

/** The bundled seed plans: the documents are loaded on demand (their own chunk), validated once. */
function seedCollection(): Promise<CollectionResult> {
  seed ??= import('../../data/seed-documents.js').then((m) => validateCollection(m.BUNDLED_DOCUMENTS));
  return seed;
}

export class PlanDataController implements ReactiveController {
  private current: DataState = { status: 'loading' };

  /**
   * The current state. A server render (@lit-labs/ssr) calls neither `hostConnected` nor `hostUpdate`:
   * there the first read validates a `data` given synchronously; nothing is fetched or imported on the server.
   */
  get state(): DataState {
    if (isServer && !this.started) {
      this.started = true;
      const data = this.host.data;
      if (data !== undefined && data !== null && !isThenable(data)) this.refresh();
    }
    return this.current;
  }

  set state(value: DataState) {
    this.current = value;
  }

  private lastData: unknown = undefined;
  private lastSrc: string | undefined = undefined;
  private started = false;
  private abort?: AbortController;

  constructor(private readonly host: PlanDataHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.started) return;
    this.started = true;
    this.refresh();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.started = false;
    this.lastData = this.lastSrc = undefined;
  }

  /** Call from the host's `willUpdate`: reloads when `data` or `src` changed. */
  hostUpdate(): void {
    if (!this.started) return;
    if (this.host.data !== this.lastData || this.host.src !== this.lastSrc) this.refresh();
  }

  /** Load again from the current source (the error state's retry). */
  refresh(): void {
    this.lastData = this.host.data;
    this.lastSrc = this.host.src;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const settle = (state: DataState) => {
      if (abort.signal.aborted) return;
      this.state = state;
      this.host.requestUpdate();
    };
    const data = this.host.data;
    if (data !== undefined && data !== null && !isThenable(data)) {
      const { plans, rejected } = validateCollection(data);
      this.state = { status: 'ready', plans, rejected };
      return;
    }
    this.state = { status: 'loading' };
    const src = this.host.src;
    const pending = isThenable(data)
      ? Promise.resolve(data).then(validateCollection)
      : src
        ? loadCollection(src, { timeoutMs: this.host.timeout, signal: abort.signal })
        : seedCollection();
    pending.then(
      ({ plans, rejected }) => settle({ status: 'ready', plans, rejected }),
      (err: LoadError | Error) =>
        settle({
          status: 'error',
          error: { kind: 'kind' in err ? err.kind : 'unknown', message: err.message, url: 'url' in err ? err.url : undefined },
        }),
    );
  }
}
