/** The config as written, once it matches the JSON Schema (before defaults and normalisation). */

export type RawStatus = 'protected' | 'exists' | number | number[]

export type RawExpect =
  | RawStatus
  | {
      status?: RawStatus
      bodyContains?: string | string[]
      json?: Record<string, unknown>
      headers?: Record<string, string | number | boolean>
    }

export interface RawProbe {
  service: string
  path: string
  method?: string
  /** Opt-in for a method outside `STANDARD_METHODS` (PROPFIND, PURGE…); without it an unknown method is a typo. */
  allowExtensionMethod?: boolean
  headers?: Record<string, string | number | boolean>
  params?: Record<string, string | number | boolean>
  body?: string
  timeout?: number | string
  expect?: RawExpect
}

export interface RawFeature {
  source?: string | string[]
  artifact?: Record<string, string | string[]>
  routes?: RawProbe[]
  auth?: RawProbe[]
}

/** One feature per match of `source`; `{name}` / `{path}` in `name`, artifact paths and probe paths are the match's. */
export interface RawDiscover extends Omit<RawFeature, 'source'> {
  source: string
  name?: string
}

export interface RawConfig {
  version: 1
  target?: {
    host?: string
    hosts?: string[]
    ssh?: { identityFile?: string; knownHostsFile?: string }
    dir?: string
    compose?: { project?: string; files?: string[] }
    registry?: string
    swarm?: { stack: string; nodes?: Record<string, string> }
  }
  services?: Record<string, { url?: string; nodeUrl?: string; image?: string; container?: string } | null>
  features?: Record<string, RawFeature>
  discover?: RawDiscover[]
  /** Service → the path of its OpenAPI document in the checkout. */
  openapi?: Record<string, string>
  preview?: { services?: string[] }
}

export const PROBE_KINDS = ['routes', 'auth'] as const

/** A string or a list of strings, as a list. */
export const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
