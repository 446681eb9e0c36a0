/**
 * Where an element's plans come from: a `data` property (plan objects or a promise of them,
 * validated here), a `src`
 * URL (fetched and validated), or — with neither — the bundled seed plans (loaded on demand).
 * Exposes one state: loading | error | empty | ready, plus the plans rejected by validation.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Plan } from '../../schema/plan.js';
import type { CollectionResult, Rejected } from '../../schema/validate.js';
import type { LoadError, LoadErrorDetail } from '../../data/load.js';
import { validatedPlans } from '../../schema/validated.js';

export type DataState =
  | { status: 'loading' }
  | { status: 'error'; error: LoadFailure }
  | { status: 'ready'; plans: Plan[]; rejected: Rejected[] };

/** What failed: a LoadError's kind (`http`, `timeout`, `network`, `parse`, `too-large`) or `unknown`, with its figures. */
export interface LoadFailure {
  kind: string;
  message: string;
  url?: string;
  status?: number;
  detail?: LoadErrorDetail;
}

/** Any rejection as a LoadFailure: a LoadError keeps its kind and figures; anything else (even a non-Error) is `unknown`. */
function failureOf(err: unknown): LoadFailure {
  if (err instanceof Error && 'kind' in err && 'url' in err) {
    const e = err as LoadError;
    return { kind: e.kind, message: e.message, url: e.url, status: e.status, detail: e.detail };
  }
  let message: string;
  try {
    message = err instanceof Error ? err.message : String(err);
  } catch {
    message = Object.prototype.toString.call(err);
  }
  return { kind: 'unknown', message };
}

export interface PlanDataHost extends ReactiveControllerHost {
  data?: unknown;
  src?: string;
  timeout?: number;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

// The validator (zod and the plan schema) and the loader are loaded on demand: an element handed
// plans that were validated already (inside a comparison, or from `plan-compare/data`) never needs them.
type Validator = typeof import('../../schema/validate.js');
let validator: Validator | undefined;
const loadValidator = async (): Promise<Validator> => (validator ??= await import('../../schema/validate.js'));

let seed: Promise<CollectionResult> | undefined;

/** The bundled seed plans: the documents are loaded on demand (their own chunk), validated once. */
function seedCollection(): Promise<CollectionResult> {
  seed ??= Promise.all([import('../../data/seed-documents.js'), loadValidator()]).then(([m, v]) =>
    v.validateCollection(m.BUNDLED_DOCUMENTS),
  );
  return seed;
}

/** Validate `data` now when possible (validated plans, or the validator already loaded), else undefined. */
function validateNow(data: unknown): CollectionResult | undefined {
  const plans = validatedPlans<Plan>(data);
  if (plans) return { plans: [...plans], rejected: [] };
  return validator?.validateCollection(data);
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
      const now = validateNow(data);
      if (now) {
        this.state = { status: 'ready', plans: now.plans, rejected: now.rejected };
        return;
      }
    }
    // Show "loading" at once: a retry from the error state must not leave the old error on screen meanwhile.
    if (this.state.status !== 'loading') {
      this.state = { status: 'loading' };
      this.host.requestUpdate();
    }
    const src = this.host.src;
    const pending: Promise<CollectionResult> =
      data !== undefined && data !== null
        ? Promise.resolve(data).then(async (value) => (await loadValidator()).validateCollection(value))
        : src
          ? import('../../data/load.js').then((m) =>
              m.loadCollection(src, { timeoutMs: this.host.timeout, signal: abort.signal }),
            )
          : // Wait one task: a page's script that sets `data` right after the element connected
            // (frameworks do) then cancels this before the seed plans are downloaded.
            new Promise((resolve) => setTimeout(resolve, 0)).then(() =>
              abort.signal.aborted ? new Promise<never>(() => undefined) : seedCollection(),
            );
    pending.then(
      ({ plans, rejected }) => settle({ status: 'ready', plans, rejected }),
      (err: unknown) => settle({ status: 'error', error: failureOf(err) }),
    );
  }
}
