// Loading faults for browser tests, served by the test runner's dev server under /__faults/…
//
//   /__faults/ok                      the five bundled plans as one collection (JSON array)
//   /__faults/status?code=500         that HTTP status, with a text body
//   /__faults/slow?ms=2000            the plans, after a delay
//   /__faults/not-json                200 with an HTML page (what a misconfigured server or SPA fallback sends)
//   /__faults/truncated               200 with the first half of the plans' JSON
//   /__faults/huge?bytes=N            200 with a JSON document of N bytes, content-length declared
//   /__faults/huge?bytes=N&chunked=1  the same without content-length (streamed in chunks)
//   /__faults/network                 the connection is closed without an answer
//
//   /__faults/heal?key=K              from now on, every request with `key=K` gets the plans instead of its fault
//
// So a test serves a fault under its own key, sees the error state, heals the key, presses "retry" and
// sees the element recover. (Healing, not "fail the first N requests": the browser may retry a request
// whose connection dropped by itself, which would make a request count unreliable.)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const PLANS_DIR = fileURLToPath(new URL('../../data/plans/', import.meta.url));
const PREFIX = '/__faults/';

let plansText;
function plansJson() {
  plansText ??= `[${readdirSync(PLANS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(join(PLANS_DIR, f), 'utf8'))
    .join(',')}]`;
  return plansText;
}

const healed = new Set();
const hugeBodies = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function sendPlans(ctx) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = plansJson();
}

/** A JSON document of exactly `bytes` bytes: `{"padding":"xxxx…"}`. */
function hugeJson(bytes) {
  const shell = '{"padding":""}';
  return Buffer.from(`{"padding":"${'x'.repeat(Math.max(0, bytes - shell.length))}"}`);
}

export function faultMiddleware() {
  return async function faults(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const fault = ctx.path.slice(PREFIX.length);
    const q = ctx.query;
    const key = typeof q.key === 'string' ? q.key : '';
    if (fault === 'heal') {
      healed.add(key);
      ctx.status = 204;
      return;
    }
    if (key && healed.has(key)) return sendPlans(ctx);
    ctx.set('cache-control', 'no-store');
    switch (fault) {
      case 'ok':
        return sendPlans(ctx);
      case 'status': {
        const code = Number(q.code ?? 500);
        ctx.status = code;
        ctx.type = 'text/plain';
        ctx.body = `fault: status ${code}`;
        return;
      }
      case 'slow':
        await sleep(Math.min(Number(q.ms ?? 2000), 10000));
        return sendPlans(ctx);
      case 'not-json':
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><head><title>Forside</title></head><body><h1>Velkommen</h1></body></html>';
        return;
      case 'truncated': {
        const text = plansJson();
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = text.slice(0, Math.floor(text.length / 2));
        return;
      }
      case 'huge': {
        const bytes = Number(q.bytes ?? 1024);
        if (!hugeBodies.has(bytes)) hugeBodies.set(bytes, hugeJson(bytes));
        const body = hugeBodies.get(bytes);
        ctx.status = 200;
        ctx.type = 'application/json';
        if (q.chunked) {
          // No content-length: the client only finds out how big it is by reading.
          ctx.respond = false;
          ctx.res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          const step = 64 * 1024;
          for (let at = 0; at < body.length; at += step) {
            if (ctx.res.destroyed) return;
            if (!ctx.res.write(body.subarray(at, at + step))) {
              await new Promise((resolve) => {
                ctx.res.once('drain', resolve);
                ctx.res.once('close', resolve); // the client gave up (it stops reading past its limit)
              });
            }
          }
          ctx.res.end();
          return;
        }
        ctx.length = body.length;
        ctx.body = body;
        return;
      }
      case 'network':
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      default:
        ctx.status = 400;
        ctx.body = `unknown fault ${fault}`;
    }
  };
}
