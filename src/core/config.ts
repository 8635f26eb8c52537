/**
 * The validated, normalised config that the engine and layers consume.
 * `load.ts` turns a `driftcheck.yml` (README "Config reference") into this shape; nothing downstream reads raw YAML.
 */

import type { NotProbedOperation } from './model.js'
import type { ConfigUse } from './uses.js'

/** The config file a command reads when none is named (`--config`, the action's `config` input). */
export const DEFAULT_CONFIG_FILE = 'driftcheck.yml'

/** Where a value stands in the config file, for errors, SARIF and annotations. */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

export interface SshTarget {
  /** The value as written, without secrets (`ssh://deploy@infra-node:22`). */
  raw: string
  user?: string
  hostname: string
  port?: number
}

export interface TargetConfig {
  /** null = the local engine (DOCKER_HOST honoured), or a fleet (`hosts`). */
  host: SshTarget | null
  /**
   * A fleet of hosts running the same compose project (`target.hosts`), each reached like `host` (the same `ssh`, `dir`,
   * `compose`). Absent unless the config has `target.hosts`; `host` is then null.
   */
  hosts?: SshTarget[]
  ssh: { identityFile?: string; knownHostsFile?: string }
  /** The compose project's directory on the target; defaults to the config file's folder. Absolute. */
  dir: string
  /** Absent = compose's own discovery (compose.yaml, docker-compose.yml… in `dir`; project from the folder name). */
  compose: { project?: string; files?: string[] }
  /**
   * Image repository prefix for `deploy --strategy registry` (`registry.example.com/acme`, `10.0.0.5:5000`): images are pushed
   * as `<registry>/<service>:<revision>`. Never holds credentials (the config refuses `user:pass@`): docker's login does.
   */
  registry?: string
  /** A Docker Swarm stack behind `host` (a manager) or the local engine; absent = compose containers. */
  swarm?: SwarmTarget
}

export interface SwarmTarget {
  /** The stack name: the stack's services are `<stack>_<service>`. */
  stack: string
  /**
   * Node hostname → how to reach that node's engine (`target.swarm.nodes`). A node not listed is reached at
   * `ssh://<user of target.host>@<its Swarm address>`, with `target.ssh`.
   */
  nodes: Record<string, SshTarget>
}

export interface ServiceConfig {
  name: string
  /** Base URL for route/auth probes. */
  url?: string
  /**
   * Optional: the URL of each node of a fleet, probed besides `url` (`http://{host}:8080`; `{host}` is the host name of
   * that node's ssh URL), so a node the balancer still sends traffic to and that serves something else is seen.
   */
  nodeUrl?: string
  /** For services not in a compose file: the image to inspect (artifact layer). */
  image?: string
  /** For services not in a compose file: the running container's name or ID (container layer). */
  container?: string
}

/**
 * The normalised form of every `expect`:
 *  - `protected` → 401 or 403, nothing else; `exists` → answers, and not 404/405/501;
 *  - a status or a list of statuses → exactly those;
 *  - an object → `status` (any of the above) plus optional body, JSON and header checks.
 */
export type StatusExpectation = { kind: 'protected' } | { kind: 'exists' } | { kind: 'codes'; codes: number[] }

export interface Expectation {
  status: StatusExpectation
  /** Every string must appear in the body. */
  bodyContains: string[]
  /** JSON path (`data.steps[0].id`) → expected value (deep equality). */
  json: Record<string, unknown>
  /** Response header (case-insensitive name) → expected value (exact). */
  headers: Record<string, string>
  /**
   * The checked commit, once `{{revision}}` / `{{revision.short}}` in the values above were filled with it (the probe layer
   * does, `core/revision-template.ts`): a value that is that commit as a whole matches the same commit, short or full.
   */
  revision?: string
}

export interface ProbeConfig {
  service: string
  /** The path as written: a template when it holds `:name` / `{name}` placeholders (filled from `params`). */
  path: string
  /** Placeholder → value (may come from `${ENV}`, then a secret); present only when the probe gives `params`. */
  params?: Record<string, string>
  method: string
  /** Request headers; values may hold secrets (see `DriftConfig.secrets`). */
  headers: Record<string, string>
  body?: string
  expect: Expectation
  /** How long the probe may keep retrying while a fresh deploy settles. */
  timeoutMs: number
  location?: SourceLocation
}

export interface FeatureConfig {
  name: string
  /** Paths/globs relative to `DriftConfig.baseDir`. */
  source: string[]
  /** Compose service → absolute paths inside its image / running container. */
  artifact: Record<string, string[]>
  routes: ProbeConfig[]
  auth: ProbeConfig[]
  location?: SourceLocation
  /** Operations of an `openapi` document that joined this feature without a probe, and why (`engine/openapi.ts`). */
  notProbed?: NotProbedOperation[]
}

/**
 * A `discover` entry: one feature per match of `source` in the checkout. `name`, the artifact paths and the probe paths are
 * templates holding `{name}` (the match's folder name, or file name without extension) and `{path}` (its checkout path).
 * The engine expands them through the SourceTree port (`engine/discover.ts`); the loader cannot, as it reads no files.
 */
export interface DiscoverConfig {
  /** The glob as written (relative to `DriftConfig.baseDir`); a trailing `/` matches folders only. */
  source: string
  name: string
  artifact: Record<string, string[]>
  routes: ProbeConfig[]
  auth: ProbeConfig[]
  location?: SourceLocation
}

/**
 * An `openapi` entry: every operation of the service's OpenAPI document becomes a route probe of that service. The engine
 * reads the document through the ApiDescriptions port and expands it after `discover` (`engine/openapi.ts`).
 */
export interface OpenApiConfig {
  service: string
  /** The document's absolute path (the value resolved against `DriftConfig.baseDir`). */
  file: string
  /** The path as written in the config, for messages. */
  written: string
  /** The `openapi.<service>` key: every error about the document points here. */
  location?: SourceLocation
}

export interface DriftConfig {
  version: 1
  /** Absolute path of the config file. */
  file: string
  /** The config file's folder: the checkout root for `source` paths. */
  baseDir: string
  target: TargetConfig
  services: Record<string, ServiceConfig>
  features: FeatureConfig[]
  /** Not yet expanded `discover` entries; empty (or absent) once the engine made their features (`expandDiscovery`). */
  discover?: DiscoverConfig[]
  /** Not yet expanded `openapi` entries; empty (or absent) once the engine made their probes (`expandOpenApi`). */
  openapi?: OpenApiConfig[]
  /** `driftcheck preview`'s settings (`preview:`); absent when the config has none. */
  preview?: PreviewConfig
  /** Every value that came from `${ENV}` interpolation: redacted everywhere. */
  secrets: string[]
  /**
   * The `${VAR}`s that were not set, in file order, when the config was loaded for some uses only (`loadConfig`'s `uses`):
   * values that none of those uses needs. Their values stay as written; each is a config error as soon as one of `needs`
   * runs (`requireResolved`). Absent when every variable was resolved.
   */
  unresolved?: UnresolvedVariable[]
}

/** A `${VAR}` that was not set, kept for the layer that needs it: the error it becomes, and where it stands. */
export interface UnresolvedVariable {
  /** What needs the value (a layer, the image build, the target): it is an error when any of them runs. */
  needs: ConfigUse[]
  /** "environment variable `API_TOKEN` is not set, …": names the variable, never a value. */
  message: string
  location: SourceLocation
}

export interface PreviewConfig {
  /** The compose services the preview starts (their dependencies come along); absent = every configured compose service. */
  services?: string[]
}

/** Default time a probe retries while a deploy settles. */
export const DEFAULT_PROBE_TIMEOUT_MS = 15_000
