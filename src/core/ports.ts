/**
 * The interfaces layers and the engine receive. Only `src/adapters/` implements them against the outside world;
 * unit tests use plain fakes.
 */

/** Logging through a small interface: `@actions/core` in the action, a terminal renderer in the CLI. */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

// ---------------------------------------------------------------------------------------------------------------
// Running commands (locally through execa, or on the target through ssh)
// ---------------------------------------------------------------------------------------------------------------

export interface RunOptions {
  cwd?: string
  env?: Record<string, string>
  input?: string | Buffer
  timeoutMs?: number
  /** Return non-zero exits instead of throwing `CommandError`. */
  allowFailure?: boolean
  /** Ends the command when aborted (a cancelled preview): it then throws InfraError. Local commands only. */
  signal?: AbortSignal
}

export interface CommandResult {
  /** The command as logged (secrets redacted, remote quoting shown). */
  command: string
  exitCode: number
  stdout: string
  stderr: string
}

/** How a streamed command ended, with what its reader made of stdout. */
export interface StreamedResult<T> extends Omit<CommandResult, 'stdout' | 'exitCode'> {
  value: T
  /** True when the reader was done before stdout ended and the runner ended the process (no exit code to judge then). */
  stopped: boolean
  /** null when `stopped`. */
  exitCode: number | null
}

/** Reads a command's stdout as it arrives; returning early is how a reader says it has what it needs. */
export type StdoutReader<T> = (stdout: AsyncIterable<Buffer>) => Promise<T>

/** Where commands run: the local machine, or a remote target over ssh. The docker/compose adapters take one of these. */
export interface CommandRunner {
  /** `local` or `ssh://user@host:port`, for messages. */
  readonly where: string
  run(file: string, args: readonly string[], options?: RunOptions): Promise<CommandResult>
  /**
   * Hands stdout to `read` as it arrives, and ends the process once `read` settles if it still runs (a reader that needs
   * only the head of a large output never waits for, nor holds, the rest). `read`'s error is rethrown after that.
   */
  stream<T>(
    file: string,
    args: readonly string[],
    read: StdoutReader<T>,
    options?: RunOptions
  ): Promise<StreamedResult<T>>
  /** Like `run`, with stdin streamed from a LOCAL file (a tar of the tree, a `docker save`) rather than held in memory. */
  runWithStdinFile(
    file: string,
    args: readonly string[],
    stdinPath: string,
    options?: RunOptions
  ): Promise<CommandResult>
}

// ---------------------------------------------------------------------------------------------------------------
// Docker engine
// ---------------------------------------------------------------------------------------------------------------

export interface PathEntry {
  path: string
  exists: boolean
  /** The `ls -ld` line when it exists (`drwxr-xr-x 2 0 0 4096 … /app/dist/modules/workflow`), or why not. */
  detail: string
}

/** A directory listed for the globs of artifact paths (`/app/dist/assets` for `/app/dist/assets/index-*.js`). */
export interface DirectoryListing {
  /** As planned (`listingPlan`): no trailing `/`. */
  path: string
  /** False when it is absent or not a directory (`detail` says which). */
  exists: boolean
  /** Why not, when it does not exist; '' otherwise. */
  detail: string
  /**
   * Its direct entries (never `.` or `..`), each with its `ls -ld`-like line naming the full path. Complete for every name
   * the planned globs can match: the archive route stops reading once it is past them.
   */
  entries: { name: string; detail: string }[]
}

export interface PathListing {
  /** `ls` = one `docker run/exec … ls`; `archive` = read through the Docker archive API (image has no ls/shell). */
  method: 'ls' | 'archive'
  /** The commands that produced it, as logged. */
  commands: string[]
  /** One per literal path of the plan (`listingPlan`). */
  entries: PathEntry[]
  /** One per directory of the plan, when the paths have globs. */
  directories?: DirectoryListing[]
}

export interface ImageInfo {
  id: string
  /** ISO 8601, from the image config. */
  created: string | null
  /** `org.opencontainers.image.revision`. */
  revision: string | null
  labels: Record<string, string>
  tags: string[]
  /**
   * The filesystem layers (`RootFS.Layers`, diff IDs), bottom first: the image's content. Labels live in the config, not
   * here, so two builds of the same content with other labels have the same layers. Empty when the engine gave none.
   */
  layers: string[]
}

export interface RunningContainer {
  id: string
  name: string
  /** The image ID (`sha256:…`) the container runs. */
  imageId: string
  /** The image reference it was created from (`aibp-api`, `api:latest`). */
  imageRef: string
  state: string
  startedAt: string | null
}

export interface DockerEngine {
  /** `local` or the ssh target, for messages. */
  readonly where: string
  /**
   * ONE `docker run --rm --entrypoint ls IMAGE -ld PATH…`; without `ls` in the image, a `docker create`d container read
   * through the archive API (a stat per path over the engine's socket, or the first tar header of `docker cp`).
   * `paths` are artifact paths as configured: a glob (`core/artifact-glob.ts`) gets its parent directory listed in the
   * same run (`ls -la -- PATH… DIR/`; the archive route streams `docker cp DIR/ -`), and the caller matches.
   */
  listImagePaths(image: string, paths: readonly string[]): Promise<PathListing>
  /** ONE `docker exec CONTAINER ls -ld PATH…` (globs as above); same archive fallback (works on running containers). */
  listContainerPaths(container: string, paths: readonly string[]): Promise<PathListing>
  /** null when there is no such image. */
  inspectImage(ref: string): Promise<ImageInfo | null>
  /**
   * ONE `docker image inspect` of several refs: the images found, in the order given; a ref that names no image is left
   * out (an image's `tags` say which names it has).
   */
  inspectImages(refs: readonly string[]): Promise<ImageInfo[]>
  /**
   * Every running container (replica) of a compose service, by `com.docker.compose.project` / `.service` labels, newest
   * first; empty when none runs. One-off `compose run` containers are not the service.
   */
  findServiceContainers(project: string, service: string): Promise<RunningContainer[]>
  /** A running container by name or ID. */
  findContainer(nameOrId: string): Promise<RunningContainer | null>
  /** The engine answers (its version); InfraError with the fix when it cannot be reached. Asked once per engine. */
  ping(): Promise<string>
}

// ---------------------------------------------------------------------------------------------------------------
// Where the services run (one engine, a fleet of hosts, a Swarm): the container layer asks it for replicas
// ---------------------------------------------------------------------------------------------------------------

/** One running container of a service and the engine it runs on (the single target, a host of a fleet, a Swarm node). */
export interface RunningReplica {
  /** The host it runs on (`node-2`); null on the single target. */
  host: string | null
  container: RunningContainer
  /** The engine to look inside it with (`docker exec ls`, the archive fallback, image inspect). */
  docker: ReplicaEngine
  /** On a Swarm: the task this container runs (its name, state, and its image against the service's spec). */
  task?: ReplicaTask
}

/** What a scheduler (Swarm) says about one replica: its task, and the image its spec names against the service's. */
export interface ReplicaTask {
  /** `aibp_api.2`. */
  name: string
  /** The scheduler's state: `running`, `rejected`, `failed`, `pending`, `preparing`… */
  state: string
  /** The image the task was created from (`aibp-api:1a2b3c4@sha256:…`). */
  image: string
  /** The image the service's spec names now: a task whose `image` differs is one the update has not reached (stale). */
  specImage: string
  /** Why it does not run (`No such image: aibp-api:1a2b3c4`), from it or the latest failed task of its slot; else null. */
  error: string | null
}

/** A replica the scheduler wants running that does not run (a rejected, failed or pending task): `fail` there, named. */
export interface DownReplica {
  host: string | null
  task: ReplicaTask
}

/**
 * What the container layer asks of the engine a replica runs on: look inside the container, inspect its image. A Docker
 * engine is one; a runtime whose replicas are not Docker containers (Kubernetes pods, docs/kubernetes.md) hands its own.
 */
export type ReplicaEngine = Pick<DockerEngine, 'where' | 'listContainerPaths' | 'inspectImage'>

/** A host whose replicas could not be listed: what it hosts is `error` there, never skipped. */
export interface HostFailure {
  host: string | null
  error: Error
}

/** Where the services run. The single target is one engine (compose labels, or `container:` names); fleets and Swarm add hosts. */
export interface ServiceRuntime {
  /** For messages: `local`, `ssh://deploy@infra`, `3 hosts`, `swarm stack aibp on ssh://…`. */
  readonly where: string
  /** What the container layer needs is there (the target reached, its engine answers); InfraError with the fix otherwise. */
  ping(): Promise<void>
  /** Every running replica of a service, on every host (concurrently); a host that cannot be asked is a HostFailure entry. */
  replicas(service: string): Promise<ReplicaEntry[]>
}

/** What a runtime says of a service on a host: a running replica, a host it could not ask, a replica that does not run. */
export type ReplicaEntry = RunningReplica | HostFailure | DownReplica

export const isHostFailure = (entry: ReplicaEntry): entry is HostFailure => 'error' in entry

export const isDownReplica = (entry: ReplicaEntry): entry is DownReplica => !('container' in entry) && 'task' in entry

// ---------------------------------------------------------------------------------------------------------------
// Compose (v2 `docker compose` or v1 `docker-compose`, detected)
// ---------------------------------------------------------------------------------------------------------------

export interface BuiltImage {
  service: string
  /** The image reference compose tagged (`aibp-api`, or the service's `image:`). */
  ref: string
  id: string
  revision: string | null
  created: string | null
  /** Its filesystem layers (see `ImageInfo.layers`): what a running image's content is compared with. */
  layers: string[]
  /** True for a service's configured `image:`: inspected as it is, not built from the checkout. */
  configured?: boolean
}

export interface BuildOptions {
  started?: () => void
}

export interface ComposeProject {
  /** Resolved project name (explicit, or compose's default from the folder name). */
  readonly project: string
  /** The directory compose runs in. */
  readonly dir: string
  /** `v1` (docker-compose) or `v2` (docker compose). */
  version(): Promise<'v1' | 'v2'>
  /** The services the compose files define, with the image reference each builds or uses. */
  services(): Promise<Record<string, { image: string; builds: boolean }>>
  /**
   * `compose build` of the services, stamped with OCI labels (revision, created). `started` is called once the build waits
   * on its processes (compose's build, or the `compose config` before it): a caller's other work can begin then without
   * delaying the build's start.
   */
  build(services: readonly string[], labels: Record<string, string>, options?: BuildOptions): Promise<BuiltImage[]>
  /**
   * Starts what a coming `build` waits for (finding compose, choosing the builder), so the build starts as soon as it is
   * asked. Optional; a failure here is the build's to report.
   */
  prepareBuild?(): void
  /** `compose up -d` (recreating) of the services. */
  up(services: readonly string[], options?: { noBuild?: boolean; forceRecreate?: boolean }): Promise<void>
}

/** One container of a compose project, as `docker ps -a` lists it (running or not). */
export interface ProjectContainer {
  service: string
  name: string
  /** `created`, `running`, `restarting`, `exited`, `dead`… */
  state: string
  /** The exit code once it stopped; null while it runs. */
  exitCode: number | null
}

/** A published port of a preview's service: the container's port, and where the engine published it (null: not yet). */
export interface PreviewPortState {
  target: number
  protocol: 'tcp' | 'udp'
  /** The host port the compose file asked for (never used by a preview); null when it named none. */
  requested: number | null
  /** `127.0.0.1:49213` as published now; null when the container does not run (yet). */
  published: { host: string; port: number } | null
  /** A TCP connection to `published` was accepted (udp: not asked, null). */
  accepts: boolean | null
}

/** What a preview's readiness wait looks at, per started service. */
export interface PreviewServiceState {
  service: string
  containers: ProjectContainer[]
  ports: PreviewPortState[]
}

/**
 * A throwaway compose project on the runner's own engine (`driftcheck preview`): the checkout's compose config with every
 * published port moved to a free loopback port (src/adapters/compose/preview-config.ts), under a project name of its own.
 */
export interface PreviewProject extends ComposeProject {
  /** The services it builds from the checkout (their images are removed with it). */
  readonly builtServices: readonly string[]
  /** Each started service's containers and published ports, looked at now. */
  observe(services: readonly string[]): Promise<PreviewServiceState[]>
  /** The last `lines` lines of a service's logs (stdout and stderr), as compose prints them. */
  logs(service: string, lines: number): Promise<string>
  /** `down -v --remove-orphans --rmi local`: containers, networks, volumes and the images built for it. Never aborted. */
  down(): Promise<void>
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------------------------

export interface ProbeRequest {
  url: string
  method: string
  headers: Record<string, string>
  body?: string
  /** A single attempt's timeout. */
  attemptTimeoutMs: number
}

export type ProbeResponse =
  | { ok: true; status: number; headers: Record<string, string>; body: string; latencyMs: number }
  /** Could not get an answer (refused, timeout, DNS, TLS): `cause` is the code or message. */
  | { ok: false; cause: string; latencyMs: number }

export interface HttpClient {
  request(request: ProbeRequest): Promise<ProbeResponse>
  close(): Promise<void>
}

// ---------------------------------------------------------------------------------------------------------------
// Source tree
// ---------------------------------------------------------------------------------------------------------------

export interface SourceTree {
  /** The commit of the checkout, or null outside git. */
  revision(): Promise<string | null>
  /** When that commit was made (ISO 8601), or null outside git: the `created` stamp of reproducible builds. */
  revisionDate(): Promise<string | null>
  /** The working tree differs from HEAD (changed tracked files, or untracked files that are not ignored): a build reads them. */
  dirty(): Promise<boolean>
  /** Files/folders matching a path or glob, relative to the checkout root (git-aware: tracked files). */
  match(pattern: string): Promise<string[]>
}

// ---------------------------------------------------------------------------------------------------------------
// API descriptions (OpenAPI documents in the checkout; src/adapters/openapi.ts implements it)
// ---------------------------------------------------------------------------------------------------------------

/** A security requirement: scheme name → scopes. An empty one (`{}`) allows anonymous access. */
export type SecurityRequirement = Record<string, string[]>

/** A `servers` entry: its URL as written, and each variable's default. */
export interface ApiServer {
  url: string
  variables: Record<string, string>
}

/** A parameter and every place the document may give its value in; `core/openapi.ts` decides which one is used. */
export interface ApiParameter {
  name: string
  /** `path`, `query`, `header` or `cookie`. */
  in: string
  /** `x-driftcheck-example` on the parameter. */
  driftcheckExample?: unknown
  example?: unknown
  /** The `value` of each `examples` entry, in document order (entries with only an `externalValue` are left out). */
  examples: unknown[]
  /** Its schema's `example`, `examples` (3.1), `default` and `enum`. */
  schema: { example?: unknown; examples: unknown[]; default?: unknown; enum: unknown[] }
}

/** One operation of the document, every `$ref` resolved: plain facts, as written (nothing decided yet). */
export interface ApiOperation {
  /** Upper case: GET, POST… */
  method: string
  /** The path as the document writes it (`/orders/{orderId}`), relative to the server URL. */
  path: string
  operationId?: string
  tags: string[]
  /** The operation's own `servers`, and its path item's (either may be empty: the document's apply). */
  servers: ApiServer[]
  pathServers: ApiServer[]
  /** The operation's own `security`; absent when it has none (the document's applies). */
  security?: SecurityRequirement[]
  /** The operation's own parameters, and its path item's (the operation's replace those of the same name and `in`). */
  parameters: ApiParameter[]
  pathParameters: ApiParameter[]
  /** Operation-level `x-driftcheck-example: { <parameter>: value }`. */
  driftcheckExamples: Record<string, unknown>
  /** `x-driftcheck-probe` as written: `false` never probes it, `true` probes an anonymous unsafe method too. */
  driftcheckProbe?: unknown
}

export interface ApiDescription {
  /** The `openapi` field as written (`3.0.3`, `3.1.0`). */
  version: string
  servers: ApiServer[]
  /** The document's global `security`; absent when it has none. */
  security?: SecurityRequirement[]
  /** In document order: paths as written, methods in the order the document lists them. */
  operations: ApiOperation[]
}

export interface ApiDescriptions {
  /**
   * The operations of the OpenAPI (3.0 or 3.1) document at `file` (absolute), validated, every `$ref` resolved (across
   * files too; never over the network). A document that cannot be used (missing, a syntax error, invalid, another
   * version) throws `ApiDescriptionError` with a one-line reason.
   */
  read(file: string): Promise<ApiDescription>
}

// ---------------------------------------------------------------------------------------------------------------
// Deploy target (the target side of a deploy besides its Docker and compose adapters; src/adapters/ship.ts implements it)
// ---------------------------------------------------------------------------------------------------------------

export interface LockInfo {
  /** `user@machine`, plus the CI run when there is one. */
  who: string
  /** ISO 8601. */
  since: string
  pid: number
  revision: string | null
}

export interface ShippedTree {
  /** The commit whose tracked tree was shipped. */
  revision: string
  bytes: number
  /** True when the checkout had uncommitted changes to tracked files (they were NOT shipped: HEAD was). */
  dirty: boolean
  /** No manifest of a previous ship was there (the first ship into `dir` with one): nothing could be removed. */
  firstManifest: boolean
  /** Paths the previous ship put there that this commit no longer has, removed (a directory ends in `/`). */
  removed: string[]
  /** Such paths left in place, with why (`data/ (not empty)`): never removed through a symlink or with others' files in it. */
  kept: string[]
}

export interface DeployTarget {
  /** `ssh://user@host:port` or `local`. */
  readonly where: string
  /** The compose project's directory on the target. */
  readonly dir: string
  /** `target.dir` exists and is writable, and the Docker engine answers (its version). InfraError otherwise. */
  preflight(): Promise<{ docker: string }>
  /** Atomically takes the deploy lock in `dir` (InfraError naming the holder when it is held); resolves to its release. */
  lock(info: LockInfo): Promise<() => Promise<void>>
  /**
   * Ships the tracked tree at HEAD of the checkout into `dir` (null when `dir` is the checkout itself: nothing to ship),
   * first removing what the previous ship put there that this commit no longer has (its manifest in `dir`).
   */
  shipTree(): Promise<ShippedTree | null>
  /** Copies local images to the target's engine (`docker save | ssh docker load`). */
  shipImages(refs: readonly string[]): Promise<{ bytes: number }>
  /** `docker tag SOURCE TARGET` on the target's engine. */
  tag(source: string, target: string): Promise<void>
  /**
   * `docker pull REF` on the target's engine, with the target's own docker login (`--strategy registry`); the pulled image's
   * ID and revision label. InfraError with the fix when the registry refuses, cannot be reached, or has no such image.
   */
  pull(ref: string): Promise<{ id: string; revision: string | null }>
}

// ---------------------------------------------------------------------------------------------------------------
// Registry (`deploy --strategy registry`; src/adapters/registry.ts implements it)
// ---------------------------------------------------------------------------------------------------------------

/** This machine's engine publishing images to a registry. Credentials are docker's own (`docker login`), never driftcheck's. */
export interface ImagePublisher {
  /** `local`, for messages. */
  readonly where: string
  /**
   * `docker tag SOURCE REF` then `docker push REF`; the manifest digest the registry answered with (null when docker did not
   * print one). InfraError with the fix (`docker login`, insecure registry, unreachable) when the push fails.
   */
  push(source: string, ref: string): Promise<{ digest: string | null }>
}

// ---------------------------------------------------------------------------------------------------------------
// Docker Swarm (the manager's side of a deploy; src/adapters/swarm implements it)
// ---------------------------------------------------------------------------------------------------------------

/** A node of the Swarm, as the manager lists it. */
export interface SwarmNode {
  hostname: string
  /** `ready`, `down`, `unknown`, `disconnected`. */
  state: string
  /** `active`, `pause`, `drain`. */
  availability: string
}

/** One service of the stack as it stands: its spec, its update, and the current task of each slot. */
export interface SwarmServiceState {
  /** `aibp_api`. */
  name: string
  /** The image its spec names now. */
  image: string
  /** The image of the spec before the last update; null when there is none (nothing to roll back to). */
  previousImage: string | null
  /** Replicated: the replicas asked for; null for a global service. */
  replicas: number | null
  /** `updating`, `completed`, `paused`, `rollback_started`, `rollback_completed`, `rollback_paused`…; null: never updated. */
  updateState: string | null
  updateMessage: string | null
  /** The current task of each slot, with the hostname of its node (null while unassigned). */
  tasks: (ReplicaTask & { node: string | null })[]
}

export interface SwarmStack {
  /** `swarm stack aibp on ssh://deploy@manager-1`, for messages. */
  readonly where: string
  readonly stack: string
  /** The manager answers and is a manager (its Docker version and the nodes); InfraError with the fix otherwise. */
  preflight(): Promise<{ docker: string; nodes: SwarmNode[] }>
  /** The stack's services (`<stack>_<service>`, by service) that exist now; a service not deployed yet is absent. */
  services(services: readonly string[]): Promise<Map<string, SwarmServiceState>>
  /**
   * `docker stack deploy` of the compose files (relative to `target.dir` on the manager, discovered when none is
   * configured) with each built service's image pinned to `images[service]`; returns the files it deployed.
   */
  deploy(
    images: Record<string, string>,
    options: { resolveImage: 'always' | 'never'; withRegistryAuth?: boolean }
  ): Promise<string[]>
  /** `docker service rollback` of one service of the stack (back to its previous spec). */
  rollback(service: string): Promise<void>
  /**
   * Tags each local image as it is pinned, `docker save`s them once and `docker load`s them into the engine of each node
   * (concurrently, one ssh connection per node). Returns the bytes and the nodes loaded; InfraError naming the nodes that
   * could not be.
   */
  loadImages(images: readonly PinnedImage[], nodes: readonly string[]): Promise<{ bytes: number; nodes: string[] }>
}

/** A local image (`aibp_api`) and the reference a deploy pins its service to (`aibp_api:1a2b3c4d5e6f-3f9a1c2b4d5e`). */
export interface PinnedImage {
  service: string
  source: string
  target: string
}
