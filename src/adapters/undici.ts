/**
 * undici, loaded on first use: only the engine socket's stat (docker/engine-api.ts, for an image or container without `ls`)
 * needs it, and its first import costs ~85 ms of one core that a run without that fallback never pays.
 */
let loading: Promise<typeof import('undici')> | undefined

export function loadUndici(): Promise<typeof import('undici')> {
  loading ??= import('undici')
  return loading
}
