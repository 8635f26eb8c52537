/**
 * Control probes: the same request to a path that cannot exist. A server that guards before routing answers 401 to every
 * path, a single-page app 200 with the same index.html, a `/:slug` handler catches every sibling: a probe whose answer a
 * control also gets proves nothing about its own path. Pure, apart from the random name.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Expectation } from '../../core/config.js'
import type { Check, ControlComparison } from '../../core/model.js'
import { evaluate, type Answer } from './expectation.js'

/** The last segment of every control path; the random part follows. */
export const CONTROL_SEGMENT = 'driftcheck-control-'

/** Statuses a proxy gives while a service restarts: a control answering so says nothing about unknown paths. */
const SETTLING_STATUSES = new Set([502, 503, 504])

/** A fresh random name per run, so no server can have a route for it and no cache can have seen it. */
export function newControlToken(): string {
  return randomBytes(8).toString('hex')
}

/**
 * The control paths of a probe path: under its parent prefix (where a `/:slug` handler would catch it), then at the service's
 * root (where a guard or a catch-all answers everything alike). Just the root when the parent is the root.
 */
export function controlPaths(path: string, token: string): string[] {
  const segments = (path.split('?')[0] ?? '').split('/').filter(Boolean)
  const name = `${CONTROL_SEGMENT}${token}`
  const parent = segments.slice(0, -1)
  return parent.length > 0 ? [`/${parent.join('/')}/${name}`, `/${name}`] : [`/${name}`]
}

/** Controls are shared by every probe that sends the same request to the same URL: method, headers (any case), body. */
export function controlKey(url: string, method: string, headers: Record<string, string>, body?: string): string {
  const sorted = Object.entries(headers)
    .map(([name, value]) => [name.toLowerCase(), value])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0))
  return JSON.stringify([method.toUpperCase(), url, sorted, body ?? null])
}

/** `sha256:<hex>` of a body. */
export function digestOf(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`
}

export function isSuccess(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300
}

/**
 * Does the probe's answer tell its path apart from one that cannot exist? `same` when the control got the same status (for
 * 2xx also the same body) and the probe's own expectation judges both answers alike; `unknown` when there is no control
 * answer to compare with (or only a proxy's 502/503/504); otherwise `different`.
 */
export function compareWithControl(
  expect: Expectation,
  probe: Answer | undefined,
  control: Answer | undefined
): ControlComparison {
  if (!probe || !control) return 'unknown'
  if (probe.status !== control.status) return SETTLING_STATUSES.has(control.status) ? 'unknown' : 'different'
  if (isSuccess(probe.status) && digestOf(probe.body) !== digestOf(control.body)) return 'different'
  return evaluate(expect, probe).ok === evaluate(expect, control).ok ? 'same' : 'different'
}

/** A probe that answered as expected, but a path that cannot exist answers alike (or could not be compared): it proves nothing. */
export function provesNothing(check: Check): boolean {
  return (
    check.status === 'error' &&
    check.httpStatus !== undefined &&
    (check.controls ?? []).some((control) => control.comparison !== 'different')
  )
}

/** A probe whose answer differs from every control's: its path is treated unlike one that cannot exist. */
export function discriminates(check: Check): boolean {
  const controls = check.controls ?? []
  return (
    check.httpStatus !== undefined &&
    controls.length > 0 &&
    controls.every((control) => control.comparison === 'different')
  )
}
