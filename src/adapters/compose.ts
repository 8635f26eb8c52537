import { CommandError, InfraError, lastLines, messageOf, undefinedServices } from '../core/errors.js'
import type {
  BuildOptions,
  BuiltImage,
  CommandResult,
  CommandRunner,
  ComposeProject,
  DockerEngine,
  Logger,
  ProjectContainer
} from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import {
  buildArgs,
  composeInvocation,
  configArgs,
  downArgs,
  logsArgs,
  portArgs,
  projectContainersArgs,
  stdinTarget,
  upArgs,
  type ComposeTarget,
  type DownOptions
} from './compose/args.js'
import { parsePortOutput, parseProjectContainers } from './compose/ps.js'
import { builderEnv, buildkitUnavailable, probeBuilder, rememberClassic, type Builder } from './compose/builder.js'
import {
  COMPOSE_PLUGIN,
  COMPOSE_STANDALONE,
  parseComposeVersion,
  versionArgs,
  type ComposeCommand
} from './compose/command.js'
import { labelledBuildConfig, parseComposeConfig, type ResolvedConfig } from './compose/config.js'
import { labelsOverride, readComposeFiles, writeTemporary, type ComposeFiles } from './compose/files.js'
import { composeFailure } from './compose/errors.js'
import { DockerCli } from './docker.js'
import { classifyDockerError, unreachableError, withoutTraceback } from './docker/errors.js'
import { defaultImageRef, defaultProjectName, hasDefaultName, normaliseProjectName } from './compose/project.js'

export type { ComposeCommand } from './compose/command.js'

/** `docker-compose` as a command before its version is known (only `config`, whose output is the same for v1 and v2, uses it). */
const COMPOSE_STANDALONE_COMMAND: ComposeCommand = { ...COMPOSE_STANDALONE, prefix: [], flavour: 'v1', version: '' }

/** What to start: known as soon as the plugin answered or failed, before a standalone's slow version check ends. */
type Launcher = Pick<ComposeCommand, 'file' | 'prefix'> & { flavour: 'v1' | 'v2' | undefined }
const STANDALONE_LAUNCHER: Launcher = { ...COMPOSE_STANDALONE, prefix: [], flavour: undefined }

export interface ComposeOptions {
  /** The compose project's directory (on the runner's side): every command runs there. */
  dir: string
  /** Explicit project name; default: compose's own, from the folder name of `dir`. */
  project?: string
  /** Compose files relative to `dir`; default: compose's discovery (`compose.yaml`, `docker-compose.yml`…). */
  files?: string[]
  logger?: Logger
  /** Extra environment for compose (variables its files interpolate, e.g. ports). */
  env?: Record<string, string>
  /** Skip detection: the command `detectCompose` found (openCompose passes it). */
  command?: ComposeCommand
  /** Limit for one `compose build`; default 20 minutes. */
  buildTimeoutMs?: number
  /** The engine compose builds on (the same runner's side), to inspect what it built; default: a DockerCli over the runner. */
  docker?: DockerEngine
  /**
   * The compose config itself, read by every command from stdin (`-f -`) instead of `files` (a preview's generated config,
   * compose/preview-config.ts): nothing written to disk, so no file of it outlives the run.
   */
  config?: string
  /** Ends every command but `down` when aborted (a cancelled preview): `down` always runs to its end. */
  signal?: AbortSignal
  /**
   * The compose files are on this machine (a local runner): read them directly (compose/files.ts) and stamp the build's
   * labels through an override file, with no `compose config` round before the build (v1: a Python start-up). Off: the
   * resolved config from `compose config`, fed back on stdin (`-f -`), which works the same over ssh.
   */
  readsFiles?: boolean
}

const QUICK_TIMEOUT_MS = 120_000
const DEFAULT_BUILD_TIMEOUT_MS = 20 * 60_000
/** Compose and the builder put the cause at the end of their output. */
const ERROR_TAIL_LINES = 20

/**
 * Finds compose on the runner's side: the v2 plugin (`docker compose`), else `docker-compose` (v1 — or a standalone v2,
 * told apart by its version). Neither → InfraError that says why each failed. `beforeStandalone` runs as the standalone's
 * version check starts (the plugin is known to be absent by then), so a caller can do work beside that slow check;
 * `plugin` is the plugin's answer when the caller already asked for it.
 */
export async function detectCompose(
  runner: CommandRunner,
  beforeStandalone: () => void = () => {},
  plugin: Promise<ComposeCommand | NotThere> = askCompose(runner, COMPOSE_PLUGIN)
): Promise<ComposeCommand> {
  const first = await plugin
  if (!('reason' in first)) return first
  beforeStandalone()
  const second = await askCompose(runner, COMPOSE_STANDALONE)
  if (!('reason' in second)) return second
  throw new InfraError(
    `Docker Compose is not available on ${runner.where} (${first.reason}; ${second.reason})`,
    'install the Compose plugin (`docker compose`, v2) or `docker-compose` (v1)'
  )
}

/** Why a candidate is not there, in one line. */
interface NotThere {
  reason: string
}

/** One candidate's `version --short`: its command, or why it is not there (errors that are not the infrastructure's are thrown). */
async function askCompose(
  runner: CommandRunner,
  candidate: typeof COMPOSE_PLUGIN | typeof COMPOSE_STANDALONE
): Promise<ComposeCommand | NotThere> {
  const shown = [candidate.file, ...candidate.prefix].join(' ')
  try {
    const result = await runner.run(candidate.file, versionArgs(candidate), {
      allowFailure: true,
      timeoutMs: QUICK_TIMEOUT_MS
    })
    const parsed = result.exitCode === 0 ? parseComposeVersion(result.stdout) : null
    if (parsed) return { file: candidate.file, prefix: [...candidate.prefix], ...parsed }
    return { reason: `\`${shown}\`: ${failureReason(candidate, result.stderr || result.stdout, result.exitCode)}` }
  } catch (error) {
    if (!(error instanceof InfraError)) throw error
    return { reason: `\`${shown}\`: ${error.message}` }
  }
}

// The docker CLI ends its own usage errors with this line; a plugin's errors do not (`docker compose --help`).
const DOCKER_USAGE_FOOTER = /^\s*(See 'docker --help'\.?|Run 'docker --help' for more information\.?)\s*$/m

/**
 * Why a candidate failed, in one line. When the docker CLI answers `docker compose …` with its own usage error, there is
 * no Compose plugin: its first line is then the only hint (`'compose' is not a docker command.` in 20.10,
 * `unknown flag: --short` in 28), the last one is the footer. Otherwise the cause is at the end of the output.
 */
function failureReason(candidate: { prefix: readonly string[] }, output: string, exitCode: number): string {
  if (candidate.prefix.length > 0 && DOCKER_USAGE_FOOTER.test(output)) {
    const first = output.split('\n').find((l) => l.trim())
    return `no Compose plugin (${first?.trim() ?? `exit ${exitCode}`})`
  }
  return lastLines(output, 1) || `exit ${exitCode}`
}

/** A ComposeCli with compose detected first, so the default project name follows that version's rules exactly. */
export async function openCompose(runner: CommandRunner, options: ComposeOptions): Promise<ComposeCli> {
  const command = options.command ?? (await detectCompose(runner))
  return new ComposeCli(runner, { ...options, command })
}

/**
 * A compose project driven through the compose CLI (v1 or v2), only through the injected runner: plain argv, `cwd`
 * for the directory, stdin instead of temporary files — so it works the same locally and over ssh.
 * The project name is always passed (`-p`): what this class names is what compose uses.
 */
export class ComposeCli implements ComposeProject {
  readonly project: string
  readonly dir: string
  private readonly files: readonly string[] | undefined
  private readonly logger: Logger
  private readonly docker: DockerEngine
  private detected: Promise<ComposeCommand> | undefined
  /** The plugin's answer, asked once: it tells which compose to start before a standalone's version is known. */
  private pluginAnswer: Promise<ComposeCommand | NotThere> | undefined
  /** `config` started beside the standalone's version check, for the first `resolvedConfig` to take. */
  private prefetchedConfig: Promise<CommandResult> | undefined
  /** The builder v1 gets (compose/builder.ts), probed beside the standalone's version check. */
  private builder: Promise<Builder> | undefined

  constructor(
    private readonly runner: CommandRunner,
    private readonly options: ComposeOptions
  ) {
    this.dir = options.dir
    this.files = options.config !== undefined ? ['-'] : options.files?.length ? options.files : undefined
    this.logger = options.logger ?? silentLogger
    this.docker = options.docker ?? new DockerCli(runner, this.logger)
    // Before detection the version is unknown; v1 and v2 only differ for names that start with `_`/`-`.
    const flavour = options.command?.flavour ?? 'v2'
    this.project = options.project
      ? normaliseProjectName(options.project, flavour)
      : defaultProjectName(options.dir, flavour)
    if (options.command) this.detected = Promise.resolve(options.command)
  }

  async version(): Promise<'v1' | 'v2'> {
    return (await this.command()).flavour
  }

  async services(): Promise<Record<string, { image: string; builds: boolean }>> {
    const files = await this.readFiles()
    if (files) return this.imagesOf(files, (await this.command()).flavour)
    return (await this.resolvedConfig()).services
  }

  prepareBuild(): void {
    if (!this.options.readsFiles) return // the config path starts its own work beside the version check
    this.probeBuilder()
    void this.launcher()
  }

  async build(
    services: readonly string[],
    labels: Record<string, string>,
    options: BuildOptions = {}
  ): Promise<BuiltImage[]> {
    const files = await this.readFiles()
    return files
      ? this.buildFromFiles(files, services, labels, options)
      : this.buildFromConfig(services, labels, options)
  }

  /**
   * The build starts once it is known which compose to run. A standalone's version (v1: a Python start-up, beside a build
   * that needs the CPU) is asked only when the names of what it built do not tell v1 from v2 (builtFlavour).
   */
  private async buildFromFiles(
    files: ComposeFiles,
    services: readonly string[],
    labels: Record<string, string>,
    options: BuildOptions
  ): Promise<BuiltImage[]> {
    this.probeBuilder()
    const launcher = await this.launcher()
    const buildable = this.buildable(files.services, services)
    if (!buildable.length) return []
    const override = writeTemporary('labels.yml', labelsOverride(files.version, buildable, labels))
    try {
      const target = { project: this.project, files: [...files.files, override.path] }
      const failed = await this.runBuild(launcher, buildable, { target }, options).then(
        () => null,
        (error: unknown) => ({ error })
      )
      if (failed) {
        // No compose at all: detection's message says why, better than the build's `not installed`.
        await this.command()
        throw failed.error
      }
    } finally {
      await override.remove()
    }
    if (launcher.flavour) return this.inspectBuilt(buildable, this.imagesOf(files, launcher.flavour))
    return this.inspectUnderEitherName(files, buildable)
  }

  /**
   * v1 tags a build `<project>_<service>`, v2 `<project>-<service>`: right after the build, the one of the two names that
   * exists is the one compose tagged. Both or neither (an image left from the other version): its version decides.
   */
  private async inspectUnderEitherName(files: ComposeFiles, buildable: readonly string[]): Promise<BuiltImage[]> {
    const unnamed = buildable.filter((service) => !files.services[service]!.image)
    const refsOf = (service: string) => ({
      v1: defaultImageRef(this.project, service, 'v1'),
      v2: defaultImageRef(this.project, service, 'v2')
    })
    // Both names of every service in one `docker image inspect`: each image found tells by its tags which name it has.
    const byName = unnamed.length
      ? this.docker.inspectImages(unnamed.flatMap((service) => Object.values(refsOf(service))))
      : Promise.resolve([])
    const tagged = async (ref: string) => (await byName).find((image) => hasDefaultName(image.tags, ref)) ?? null
    const found = await Promise.all(
      buildable.map(async (service) => {
        const own = files.services[service]!.image
        if (own) {
          const image = await this.docker.inspectImage(own)
          return { service, refs: { v1: own, v2: own }, images: { v1: image, v2: image }, named: true }
        }
        const refs = refsOf(service)
        return { service, refs, images: { v1: await tagged(refs.v1), v2: await tagged(refs.v2) }, named: false }
      })
    )
    const told = found
      .filter((f) => !f.named)
      .map((f) => (f.images.v1 && !f.images.v2 ? 'v1' : f.images.v2 && !f.images.v1 ? 'v2' : null))
    const [first] = told
    const flavour =
      told.length === 0 ? 'v1' : first && told.every((t) => t === first) ? first : (await this.command()).flavour
    return found.map(({ service, refs, images }) => {
      const image = images[flavour]
      const ref = refs[flavour]
      if (!image)
        throw new InfraError(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`)
      return { service, ref, id: image.id, revision: image.revision, created: image.created, layers: image.layers }
    })
  }

  private async buildFromConfig(
    services: readonly string[],
    labels: Record<string, string>,
    options: BuildOptions
  ): Promise<BuiltImage[]> {
    options.started?.() // from here on it waits on compose: its version, its config, its build
    const command = await this.command(true)
    const config = await this.resolvedConfig()
    const buildable = this.buildable(config.services, services)
    if (!buildable.length) return []
    await this.runBuild(command, buildable, {
      target: stdinTarget(this.target()),
      input: labelledBuildConfig(config, buildable, labels)
    })
    return this.inspectBuilt(buildable, config.services)
  }

  /** The asked services that compose builds; an unknown one is a usage error. */
  private buildable(defined: Record<string, { builds: boolean }>, services: readonly string[]): string[] {
    const unknown = services.filter((s) => !(s in defined))
    if (unknown.length) throw undefinedServices(unknown, this.dir, Object.keys(defined))
    const buildable = services.filter((s) => defined[s]?.builds)
    const skipped = services.filter((s) => !buildable.includes(s))
    if (skipped.length) this.logger.debug(`compose: ${skipped.join(', ')} use an image and are not built`)
    return buildable
  }

  /** `compose build`, with BuildKit where v1's docker CLI has it, and once more with the classic builder if it had not after all. */
  private async runBuild(
    launcher: Launcher,
    buildable: readonly string[],
    source: { target: ComposeTarget; input?: string },
    options: BuildOptions = {}
  ): Promise<void> {
    // A standalone whose version is not known yet gets v1's choice: for a standalone v2, BuildKit is its default anyway.
    const flavour = launcher.flavour ?? 'v1'
    const env = await this.builderEnv(flavour)
    const builder = env.DOCKER_BUILDKIT ? ', BuildKit' : ''
    const shown = launcher.flavour ?? launcher.file
    this.logger.info(`compose build ${buildable.join(' ')} (${shown}${builder}, project ${this.project})`)
    const build = (builderEnv: Record<string, string>) =>
      this.compose(launcher, buildArgs(buildable), 'build', {
        ...source,
        env: builderEnv,
        timeoutMs: this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
      })
    const first = build(env)
    options.started?.()
    await first.catch((error: unknown) => {
      // Asked for BuildKit and the CLI or the engine cannot do it after all: once more with the classic builder.
      const why = env.DOCKER_BUILDKIT && error instanceof CommandError ? buildkitUnavailable(error.stderr) : null
      if (!why) throw error
      this.logger.warn(`BuildKit is not usable on ${this.runner.where} (${why}): building with the classic builder`)
      rememberClassic(this.runner, this.options.env)
      this.builder = Promise.resolve('classic')
      return build({})
    })
  }

  /** What compose built, through the engine port: a built image reads like any other. */
  private async inspectBuilt(
    buildable: readonly string[],
    defined: Record<string, { image: string }>
  ): Promise<BuiltImage[]> {
    // Side by side: the image listings wait for these.
    return Promise.all(
      buildable.map(async (service): Promise<BuiltImage> => {
        const ref = defined[service]!.image
        const image = await this.docker.inspectImage(ref)
        if (!image)
          throw new InfraError(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`)
        return { service, ref, id: image.id, revision: image.revision, created: image.created, layers: image.layers }
      })
    )
  }

  async up(services: readonly string[], options: { noBuild?: boolean; forceRecreate?: boolean } = {}): Promise<void> {
    const command = await this.command()
    this.logger.info(`compose up -d ${services.join(' ')} (${command.flavour}, project ${this.project})`)
    await this.compose(command, upArgs(services, options), 'up', {
      // An `up` that may build builds like `build` does, so both give the same image.
      env: options.noBuild ? {} : await this.builderEnv(command.flavour),
      timeoutMs: this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
    })
  }

  /** `compose down` of the project (a preview's teardown; tests and the demo clean up with it). */
  async down(options: DownOptions = {}): Promise<void> {
    const command = await this.command()
    await this.compose(command, downArgs(options), 'down', { timeoutMs: QUICK_TIMEOUT_MS })
  }

  /** The resolved config (`compose config`) as compose printed it: interpolated, paths absolute. */
  async resolved(): Promise<Record<string, unknown>> {
    return (await this.resolvedConfig()).raw
  }

  /** Where the engine published a service's container port (`127.0.0.1:49213`); null when it is not published (yet). */
  async port(service: string, target: number, protocol: 'tcp' | 'udp'): Promise<{ host: string; port: number } | null> {
    const command = await this.command()
    const { file, args } = composeInvocation(command, this.target(), portArgs(service, target, protocol))
    const result = await this.runner.run(file, args, this.quiet())
    return result.exitCode === 0 ? parsePortOutput(result.stdout) : null
  }

  /** The last `lines` lines of a service's logs; '' when compose could not print them. */
  async logs(service: string, lines: number): Promise<string> {
    const command = await this.command()
    const { file, args } = composeInvocation(command, this.target(), logsArgs(service, lines))
    const result = await this.runner.run(file, args, this.quiet())
    return `${result.stdout}${result.stderr}`
  }

  /** Every container of the project, running or not (`docker ps -a` by the project label: the same for v1 and v2). */
  async containers(): Promise<ProjectContainer[]> {
    const { stdout } = await this.runner.run('docker', projectContainersArgs(this.project), {
      timeoutMs: QUICK_TIMEOUT_MS,
      signal: this.options.signal
    })
    return parseProjectContainers(stdout)
  }

  /** Options of the quick commands whose exit code the caller reads (port, logs): the config on stdin, cancellable. */
  private quiet() {
    return {
      cwd: this.dir,
      env: this.options.env,
      input: this.options.config,
      timeoutMs: QUICK_TIMEOUT_MS,
      allowFailure: true,
      signal: this.options.signal
    }
  }

  /**
   * `withConfig`: the caller reads the config next, so a detection it starts may fetch it beside the version check. Only
   * then: a config fetched for `version()` (a deploy's preflight) would predate the files the deploy ships next.
   */
  private command(withConfig = false): Promise<ComposeCommand> {
    // A failed detection (host unreachable for a moment) is not remembered.
    // Whoever reads the config next may build: the builder probe (compose/builder.ts) starts beside the version check too.
    const beside = withConfig
      ? () => {
          this.prefetchConfig()
          this.probeBuilder()
        }
      : undefined
    this.detected ??= detectCompose(this.runner, beside, this.plugin()).catch((error: unknown) => {
      this.detected = undefined
      this.pluginAnswer = undefined
      throw error
    })
    return this.detected
  }

  private plugin(): Promise<ComposeCommand | NotThere> {
    this.pluginAnswer ??= askCompose(this.runner, COMPOSE_PLUGIN)
    return this.pluginAnswer
  }

  /** The plugin answered: its command; it did not: `docker-compose`, before its version is known. */
  private async launcher(): Promise<Launcher> {
    if (this.options.command) return this.options.command
    const plugin = await this.plugin().catch(() => null) // a runner that broke: the build says so
    return plugin && !('reason' in plugin) ? plugin : STANDALONE_LAUNCHER
  }

  /**
   * The project read from its files, or null when only compose can read it (the reason at debug): a remote runner's files,
   * or a file that uses what compose/files.ts leaves to compose. Read at each call: a deploy may have changed them.
   */
  private async readFiles(): Promise<ComposeFiles | null> {
    // A generated config on stdin (a preview) is compose's to read.
    if (!this.options.readsFiles || this.options.config !== undefined) return null
    const env = { ...process.env, ...this.options.env }
    const read = await readComposeFiles(this.dir, this.files, env).catch((error: unknown) => ({
      fallback: messageOf(error)
    }))
    if ('files' in read) return read
    this.logger.debug(`compose: ${read.fallback}: reading the project through \`compose config\``)
    return null
  }

  /** Each service's image reference: its `image:`, else the name compose tags a build with. */
  private imagesOf(files: ComposeFiles, flavour: 'v1' | 'v2'): Record<string, { image: string; builds: boolean }> {
    return Object.fromEntries(
      Object.entries(files.services).map(([name, s]) => [
        name,
        { image: s.image ?? defaultImageRef(this.project, name, flavour), builds: s.builds }
      ])
    )
  }

  /**
   * `docker-compose config` prints the same YAML whatever its version, so it need not wait for the version check: on v1 each
   * is a Python start-up, and the build waits for both. A failure is kept for the caller that takes the result.
   */
  private prefetchConfig(): void {
    const pending = this.compose(COMPOSE_STANDALONE_COMMAND, configArgs(COMPOSE_STANDALONE), 'config', {
      timeoutMs: QUICK_TIMEOUT_MS
    })
    pending.catch(() => {}) // taken (and its error surfaced) by resolvedConfig, or never needed
    this.prefetchedConfig = pending
  }

  /** Started with the standalone's version check (v1 is only known after it), or when a build first needs it. */
  private probeBuilder(): Promise<Builder> {
    this.builder ??= probeBuilder(this.runner, this.options.env)
    return this.builder
  }

  private async builderEnv(flavour: 'v1' | 'v2'): Promise<Record<string, string>> {
    if (flavour !== 'v1') return {}
    // The environment compose runs with: the user's own DOCKER_BUILDKIT / COMPOSE_DOCKER_CLI_BUILD there win.
    const userEnv = { ...(this.runner.where === 'local' ? process.env : {}), ...this.options.env }
    return builderEnv(flavour, await this.probeBuilder(), userEnv)
  }

  private target(): ComposeTarget {
    return { project: this.project, files: this.files }
  }

  private async resolvedConfig(): Promise<ResolvedConfig> {
    const command = await this.command(true)
    const prefetched = command.file === COMPOSE_STANDALONE.file ? this.prefetchedConfig : undefined
    this.prefetchedConfig = undefined
    const result = await (prefetched ??
      this.compose(command, configArgs(command), 'config', { timeoutMs: QUICK_TIMEOUT_MS }))
    try {
      return parseComposeConfig(result.stdout, this.project, command.flavour)
    } catch (error) {
      throw new InfraError(`${(error as Error).message} (in ${this.dir})`)
    }
  }

  /** Runs one compose subcommand; a failure carries the tail of its output (the builder prints the cause on stdout). */
  private async compose(
    command: Pick<ComposeCommand, 'file' | 'prefix'>,
    subcommand: string[],
    what: string,
    options: { target?: ComposeTarget; input?: string; env?: Record<string, string>; timeoutMs: number }
  ): Promise<CommandResult> {
    const { file, args } = composeInvocation(command, options.target ?? this.target(), subcommand)
    const result = await this.runner.run(file, args, {
      cwd: this.dir,
      env: { ...this.options.env, ...options.env },
      input: options.input ?? this.options.config,
      timeoutMs: options.timeoutMs,
      allowFailure: true,
      // A teardown is never cut short: what `up` made must go.
      signal: what === 'down' ? undefined : this.options.signal
    })
    if (result.exitCode === 0) return result
    // The raw output stays on the error (`stderr`, and `cause` of a translated one) and in the -v log; the message is words.
    this.logger.debug(
      `compose ${what} failed (exit ${result.exitCode}):\n${lastLines(result.stderr, ERROR_TAIL_LINES)}`
    )
    const error = new CommandError(
      result.command,
      result.exitCode,
      result.stderr,
      `run it in ${this.dir} to see all of its output`
    )
    const header = `compose ${what} failed on ${this.runner.where} (exit ${result.exitCode})`
    if (classifyDockerError(result.stderr) === 'unreachable') {
      const endpoint = await this.engineEndpoint()
      throw unreachableError(this.runner.where, result.stderr, { endpoint, cause: error })
    }
    // The build's own output is the user's (their RUN step failed): its end is kept, any tool's traceback is not.
    const translated = what === 'build' ? null : composeFailure(result.stderr, this.dir)
    if (translated) {
      error.message = `${header}: ${translated}`
      throw error
    }
    const tail = lastLines(
      withoutTraceback(`${what === 'config' ? '' : result.stdout}\n${result.stderr}`),
      ERROR_TAIL_LINES
    )
    error.message = `${header}: \`${result.command}\`\n${tail || 'no output'}`
    throw error
  }

  /**
   * Where compose looked for the engine, as the docker CLI resolves it (DOCKER_HOST, then the context): compose v1 never
   * says. Undefined when docker cannot tell.
   */
  private async engineEndpoint(): Promise<string | undefined> {
    const result = await this.runner
      .run('docker', ['context', 'inspect', '--format', '{{.Endpoints.docker.Host}}'], {
        cwd: this.dir,
        env: this.options.env,
        allowFailure: true,
        timeoutMs: QUICK_TIMEOUT_MS
      })
      .catch(() => null)
    const endpoint = result?.exitCode === 0 ? result.stdout.trim() : ''
    return /^[a-z][\w+.-]*:\/\/\S+$/i.test(endpoint) ? endpoint : undefined
  }
}
