/**
 * undici, loaded on first use: a CLI run starts its first commands (git, docker, compose) before it pays for loading the HTTP
 * stack (~20 ms), which only the probes and the engine socket's stat need.
 */
let loading: Promise<typeof import('undici')> | undefined

export function loadUndici(): Promise<typeof import('undici')> {
  loading ??= import('undici')
  return loading
}
