/**
 * For paths that are synchronous in the local cloud and asynchronous in the browser (the crypto backend,
 * signing/crypto.ts): await only what is a promise. Every `await` and every async function costs a call
 * promise allocations and microtask turns, and the gateway data plane counts them (decision 014).
 */
export function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function'
}
