/** A task when the main thread is idle (at most `timeout` ms later), or the next task where there is no idle callback. */
export function whenIdle(fn: () => void, timeout = 500): number {
  if (typeof requestIdleCallback === 'function') return requestIdleCallback(fn, { timeout });
  return window.setTimeout(fn, 0);
}

export function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else window.clearTimeout(handle);
}
