/**
 * The result model: what every layer returns and what every report renders.
 * The JSON result (README "JSON result", which extends the design contract) is exactly `RunResult`; extend it, never rename.
 */

/** The five layers, in the order a feature must line up. */
export const LAYERS = ['source', 'artifact', 'container', 'route', 'auth'] as const
export type LayerName = (typeof LAYERS)[number]

/** `skip` = not configured or not reached; `error` = could not be checked (never reported as pass). */
export const LAYER_STATUSES = ['pass', 'fail', 'skip', 'error'] as const
export type LayerStatus = (typeof LAYER_STATUSES)[number]

export const FEATURE_VERDICTS = [
  'pass',
  'missing-in-source',
  'build-drift',
  'runtime-drift',
  'route-missing',
  'auth-failed',
  'error'
] as const
export type FeatureVerdict = (typeof FEATURE_VERDICTS)[number]

export const RUN_VERDICTS = ['pass', 'fail', 'error'] as const
export type RunVerdict = (typeof RUN_VERDICTS)[number]

/** A single check has no `skip`: it was looked at, or it could not be. */
export const CHECK_STATUSES = ['pass', 'fail', 'error'] as const

/** How a control probe's answer compares with the probe's: `unknown` when the control got no answer to compare with. */
export const CONTROL_COMPARISONS = ['same', 'different', 'unknown'] as const
export type ControlComparison = (typeof CONTROL_COMPARISONS)[number]

/**
 * A control probe: the same request sent to a path that cannot exist (`…/driftcheck-control-<random>`). When the probe's
 * answer is the same as a control's, the probe proves nothing about its own path.
 */
export interface ControlCheck {
  /** The control request (`GET https://api.example.com/api/v1/driftcheck-control-3f9a1c`). */
  target: string
  /** The control's HTTP status, when it answered. */
  httpStatus?: number
  /** `sha256:<hex>` of the control's body (as read), when it answered. */
  digest?: string
  /** What it answered (`404 Route not found`), or why it did not (`ECONNREFUSED`). Never a secret. */
  observed: string
  comparison: ControlComparison
}

/** One thing a layer looked at: a path in an image, a probe of a route. */
export interface Check {
  /** What was checked: a path (`/app/dist/modules/workflow`) or a probe (`GET https://api.example.com/x`). */
  target: string
  /** The compose service it belongs to, when there is one. */
  service?: string
  /** The fleet node it was checked on (`node-2`): a probe of that node's `nodeUrl`. Absent for the public URL. */
  host?: string
  /** pass/fail for this check; `error` when it could not be checked. */
  status: (typeof CHECK_STATUSES)[number]
  /** What was expected, in words (`exists`, `401 or 403`). */
  expected?: string
  /** What was seen (`drwxr-xr-x /app/dist/modules/workflow`, `404 Route not found`, `ECONNREFUSED`). Never a secret. */
  observed: string
  latencyMs?: number
  /** Probes: the HTTP status of the final answer, when there was one. */
  httpStatus?: number
  /** Probes: `sha256:<hex>` of the final answer's body (as read), when there was one. */
  digest?: string
  /** Probes: the control probes this answer was compared with. */
  controls?: ControlCheck[]
  /** Probes: this check's own sentence (the layer's summary is made from these). */
  summary?: string
  /** Probes: the layer whose discriminating probe decided this check, when its own answer proved nothing. */
  decidedBy?: LayerName
  /** An `error` check's underlying tool output (its tail, redacted): for tooling and readers of the JSON; reports show `observed`. */
  output?: string
  /** Probes with path parameters: the path as configured (`/api/articles/:slug`); `target` holds the path sent. */
  template?: string
  /** Probes with path parameters: the values used (a value from the environment is redacted, unless in `publicEnv`). */
  params?: Record<string, string>
  /** Artifact globs (`target` is the pattern as configured): the paths it matched, sorted; [] when nothing matched. */
  matched?: string[]
}

export interface Evidence {
  /** One sentence a person reads first: the reason for the status. */
  summary: string
  /** The commands that were run, secrets redacted (`docker run --rm --entrypoint ls api:HEAD -ld /app/dist/modules/workflow`). */
  commands?: string[]
  checks?: Check[]
}

export const SHARED_STEP_STATUSES = ['pass', 'error'] as const

/**
 * Work a layer did ONCE for several features (one listing per image or container covers the paths of them all): each such
 * feature's `durationMs` includes its time, so reports that add times up (JUnit) count it once, by `layer`, `service`, `target`.
 */
export interface SharedStep {
  layer: LayerName
  service: string
  /** The image (`aibp-api:HEAD`) or container (`aibp-api-1`) listed. */
  target: string
  /** `error` when it could not be done (`observed` says why). */
  status: (typeof SHARED_STEP_STATUSES)[number]
  /** What it did (`listed 3 paths via ls`), or why it could not. Never a secret. */
  observed: string
  durationMs: number
}

export interface LayerResult {
  layer: LayerName
  status: LayerStatus
  evidence: Evidence
  durationMs: number
  /** The shared steps this result waited for (their time is in `durationMs`). Extension of the JSON contract. */
  shared?: SharedStep[]
}

/**
 * Why an operation of an OpenAPI document was not probed: `unfilled-parameter` = a path parameter has no usable example
 * (a 404 on `/orders/{orderId}` proves nothing); `unsafe-method` = a POST/PUT/PATCH/DELETE anyone may call (probing it
 * would act on production); `opted-out` = `x-driftcheck-probe: false`.
 */
export const NOT_PROBED_REASONS = ['unfilled-parameter', 'unsafe-method', 'opted-out'] as const
export type NotProbedReason = (typeof NOT_PROBED_REASONS)[number]

/** An operation of an `openapi` document that was not probed, and why: never counted as a pass. */
export interface NotProbedOperation {
  service: string
  method: string
  /** The path as the document writes it, after the server's path prefix (`/api/v1/orders/{orderId}`). */
  path: string
  operationId?: string
  reason: NotProbedReason
  /** `unfilled-parameter`: the path parameters without a usable value, in path order. */
  parameters?: string[]
}

export interface FeatureResult {
  name: string
  verdict: FeatureVerdict
  /** The first layer that is not pass/skip after the ones before it passed; null when the feature passes. */
  faultLine: LayerName | null
  layers: LayerResult[]
  /** The feature's configured `source` paths (SARIF and annotations locate failures there). Extension of the JSON contract. */
  source?: string[]
  /** Where the feature is declared in the config file (path relative to the checkout). Extension of the JSON contract. */
  location?: { file: string; line: number; column: number }
  /** Operations of an `openapi` document that joined this feature and were not probed (JSON extension). */
  notProbed?: NotProbedOperation[]
}

/**
 * How a running image was judged fresh or stale: `image-id` = the same image ID as the one checked at the artifact layer,
 * `layers` = its filesystem layers compared with that image's, `revision-label` = only its revision label against the
 * commit (nothing built to compare with), `service-spec` = a Swarm task created from another spec than its service's (an
 * update that has not reached it); null = nothing to compare with (freshness unknown).
 */
export const FRESHNESS_BASES = ['image-id', 'layers', 'revision-label', 'service-spec'] as const
export type FreshnessBasis = (typeof FRESHNESS_BASES)[number]

/** One running container of a service (a replica: `compose up --scale`, or one left behind by a partial recreate). */
export interface Replica {
  /** The container's name. */
  container: string
  /** The image ID it runs. */
  image: string
  /** `org.opencontainers.image.revision` of that image, when it has one. */
  revision: string | null
  /** When that image was created (ISO 8601), when known. */
  created: string | null
  /** True when it does not run the content built from `revision`. */
  stale: boolean
  /** What decided `stale`; null when nothing could (freshness unknown). Extension of the DESIGN contract. */
  judgedBy?: FreshnessBasis | null
  /** The engine it runs on (a fleet node), when there are several. */
  host?: string
  /** On a Swarm: its task (`aibp_api.2`), the task's state, its image and the image its service's spec names. */
  task?: { name: string; state: string; image: string; specImage: string }
}

export interface ServiceResult {
  name: string
  /** The image built from this checkout (ID), when the artifact layer ran. */
  builtImage: string | null
  /** The image of the running container (ID), when the container layer ran. */
  runningImage: string | null
  /** `org.opencontainers.image.revision` of the running image, when it has one. */
  runningRevision: string | null
  /** True when any running container's image is not the content built from `revision`. */
  stale: boolean
  /** When the running image was created (ISO 8601), when known. */
  runningCreated?: string | null
  /**
   * The running container (name), when found. With several replicas, the single-valued fields above describe the first
   * stale one (else the newest); `replicas` has them all.
   */
  container?: string | null
  /** Every running container of the service, newest first, when the container layer ran. */
  replicas?: Replica[]
}

/** What a fleet deploy did on one host, and what runs there afterwards. */
export const HOST_ROLLOUT_STATES = ['deployed', 'rolled-back', 'failed', 'not-reached'] as const
export type HostRolloutState = (typeof HOST_ROLLOUT_STATES)[number]

export interface HostRollout {
  /** The host name (`node-2`). */
  host: string
  /** The batch it was in (1-based). */
  batch: number
  /**
   * `deployed`: its batch was deployed and verified; `rolled-back`: its batch failed and was put back; `failed`: its batch
   * failed and was left as it is (no `--rollback-on-fail`); `not-reached`: the rollout stopped before its batch.
   */
  state: HostRolloutState
  /** service → the revision labels of the images its running containers run there, looked up after the rollout. */
  revisions: Record<string, (string | null)[]>
  /** Why its containers could not be looked up after the rollout (then `revisions` is empty). */
  error?: string
}

/** A fleet deploy's rollout (JSON extension: only on a fleet deploy's result). */
export interface RolloutResult {
  /** The revision being deployed. */
  revision: string | null
  /** Hosts per batch (`--batch`). */
  batchSize: number
  /** The batch the rollout stopped at, and why; null when every batch was deployed. */
  stopped: { batch: number; hosts: string[]; reason: string } | null
  hosts: HostRollout[]
}

export interface RunResult {
  version: 1
  verdict: RunVerdict
  /** The commit that was checked (`git rev-parse HEAD` of the checkout), or null outside git. */
  revision: string | null
  startedAt: string
  durationMs: number
  services: ServiceResult[]
  features: FeatureResult[]
  /** A fleet deploy's rollout: which host runs which revision afterwards. */
  rollout?: RolloutResult
  /** `driftcheck preview`: where the checkout ran and what was probed instead of the configured URLs. */
  preview?: PreviewResult
}

/** A preview run (JSON extension): the throwaway project on the runner's engine the verdict is about. */
export interface PreviewResult {
  /** The throwaway compose project (`driftcheck-preview-3f9a1c`), removed afterwards. */
  project: string
  /** The compose services it started as asked (`preview.services`, or every configured one); their dependencies came along. */
  services: string[]
  /** Each probed service's configured URL and the remapped local one the probes used instead. */
  urls: { service: string; from: string; to: string }[]
  /** Features left out: they check services the preview did not start. */
  leftOut: { feature: string; services: string[] }[]
  /** How long the started services were given to run and accept on their ports (`--ready-timeout`), in ms. */
  readyTimeoutMs?: number
  /**
   * The started services that did not become ready, each with its last log lines (redacted, each cut): the features that
   * check one are `error` at the first layer that needs it running; the run is never a pass. Absent when all were ready.
   */
  notReady?: PreviewNotReadyReport[]
}

/** Why a service a preview started is not ready, as `PreviewResult.notReady` and the report's parser name them. */
export const PREVIEW_NOT_READY_REASONS = ['no-container', 'exited', 'starting', 'port-closed'] as const

/** Why a service a preview started is not ready: facts the report words (`report/preview.ts`). */
export type PreviewNotReadyService =
  | { service: string; reason: 'no-container' }
  | { service: string; reason: 'exited'; container: string; state: string; exitCode: number | null }
  | { service: string; reason: 'starting'; container: string; state: string }
  | { service: string; reason: 'port-closed'; container: string; port: number; target: number }

/** A not-ready service with its last log lines (redacted, each line cut; '' when it logged nothing). */
export type PreviewNotReadyReport = PreviewNotReadyService & { logs: string }
