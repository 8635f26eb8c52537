import { CommandError, InfraError, lastLines, undefinedServices } from '../core/errors.js'
import type {
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
import { COMPOSE_PLUGIN, COMPOSE_STANDALONE, parseComposeVersion, type ComposeCommand } from './compose/command.js'
import { labelledBuildConfig, parseComposeConfig, type ResolvedConfig } from './compose/config.js'
import { composeFailure } from './compose/errors.js'
import { DockerCli } from './docker.js'
import { classifyDockerError, unreachableError, withoutTraceback } from './docker/errors.js'
import { defaultProjectName, normaliseProjectName } from './compose/project.js'

export type { ComposeCommand } from './compose/command.js'

/** `docker-compose` as a command before its version is known (only `config`, whose output is the same for v1 and v2, uses it). */
const COMPOSE_STANDALONE_COMMAND: ComposeCommand = { ...COMPOSE_STANDALONE, prefix: [], flavour: 'v1', version: '' }

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
}

const QUICK_TIMEOUT_MS = 120_000
const DEFAULT_BUILD_TIMEOUT_MS = 20 * 60_000
/** Compose and the builder put the cause at the end of their output. */
const ERROR_TAIL_LINES = 20

/**
 * Finds compose on the runner's side: the v2 plugin (`docker compose`), else `docker-compose` (v1 — or a standalone v2,
 * told apart by its version). Neither → InfraError that says why each failed. `beforeStandalone` runs as the standalone's
 * version check starts (the plugin is known to be absent by then), so a caller can do work beside that slow check.
 */
export async function detectCompose(
  runner: CommandRunner,
  beforeStandalone: () => void = () => {}
): Promise<ComposeCommand> {
  const reasons: string[] = []
  for (const candidate of [COMPOSE_PLUGIN, COMPOSE_STANDALONE]) {
    const shown = [candidate.file, ...candidate.prefix].join(' ')
    if (candidate === COMPOSE_STANDALONE) beforeStandalone()
    try {
      const result = await runner.run(candidate.file, [...candidate.prefix, 'version', '--short'], {
        allowFailure: true,
        timeoutMs: QUICK_TIMEOUT_MS
      })
      const parsed = result.exitCode === 0 ? parseComposeVersion(result.stdout) : null
      if (parsed) return { file: candidate.file, prefix: [...candidate.prefix], ...parsed }
      reasons.push(`\`${shown}\`: ${failureReason(candidate, result.stderr || result.stdout, result.exitCode)}`)
    } catch (error) {
      if (!(error instanceof InfraError)) throw error
      reasons.push(`\`${shown}\`: ${error.message}`)
    }
  }
  throw new InfraError(
    `Docker Compose is not available on ${runner.where} (${reasons.join('; ')})`,
    'install the Compose plugin (`docker compose`, v2) or `docker-compose` (v1)'
  )
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
    return (await this.resolvedConfig()).services
  }

  async build(services: readonly string[], labels: Record<string, string>): Promise<BuiltImage[]> {
    const command = await this.command(true)
    const config = await this.resolvedConfig()
    this.assertDefined(config, services)
    const buildable = services.filter((s) => config.services[s]?.builds)
    const skipped = services.filter((s) => !buildable.includes(s))
    if (skipped.length) this.logger.debug(`compose: ${skipped.join(', ')} use an image and are not built`)
    if (!buildable.length) return []

    const env = await this.builderEnv(command)
    const builder = env.DOCKER_BUILDKIT ? ', BuildKit' : ''
    this.logger.info(`compose build ${buildable.join(' ')} (${command.flavour}${builder}, project ${this.project})`)
    const build = (builderEnv: Record<string, string>) =>
      this.compose(command, buildArgs(buildable), 'build', {
        target: stdinTarget(this.target()),
        input: labelledBuildConfig(config, buildable, labels),
        env: builderEnv,
        timeoutMs: this.options.buildTimeoutMs ?? DEFAULT_BUILD_TIMEOUT_MS
      })
    await build(env).catch((error: unknown) => {
      // Asked for BuildKit and the CLI or the engine cannot do it after all: once more with the classic builder.
      const why = env.DOCKER_BUILDKIT && error instanceof CommandError ? buildkitUnavailable(error.stderr) : null
      if (!why) throw error
      this.logger.warn(`BuildKit is not usable on ${this.runner.where} (${why}): building with the classic builder`)
      rememberClassic(this.runner, this.options.env)
      this.builder = Promise.resolve('classic')
      return build({})
    })

    const built: BuiltImage[] = []
    for (const service of buildable) {
      const ref = config.services[service]!.image
      // The one image parser, through the engine port: a built image reads like any other.
      const image = await this.docker.inspectImage(ref)
      if (!image)
        throw new InfraError(`compose built ${service} but image ${ref} is not on the ${this.runner.where} engine`)
      built.push({ service, ref, id: image.id, revision: image.revision, created: image.created, layers: image.layers })
    }
    return built
  }

  async up(services: readonly string[], options: { noBuild?: boolean; forceRecreate?: boolean } = {}): Promise<void> {
    const command = await this.command()
    this.logger.info(`compose up -d ${services.join(' ')} (${command.flavour}, project ${this.project})`)
    await this.compose(command, upArgs(services, options), 'up', {
      // An `up` that may build builds like `build` does, so both give the same image.
      env: options.noBuild ? {} : await this.builderEnv(command),
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
    this.detected ??= detectCompose(this.runner, beside).catch((error: unknown) => {
      this.detected = undefined
      throw error
    })
    return this.detected
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

  private async builderEnv(command: ComposeCommand): Promise<Record<string, string>> {
    if (command.flavour !== 'v1') return {}
    // The environment compose runs with: the user's own DOCKER_BUILDKIT / COMPOSE_DOCKER_CLI_BUILD there win.
    const userEnv = { ...(this.runner.where === 'local' ? process.env : {}), ...this.options.env }
    return builderEnv(command.flavour, await this.probeBuilder(), userEnv)
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

  private assertDefined(config: ResolvedConfig, services: readonly string[]): void {
    const unknown = services.filter((s) => !(s in config.services))
    if (unknown.length) throw undefinedServices(unknown, this.dir, Object.keys(config.services))
  }

  /** Runs one compose subcommand; a failure carries the tail of its output (the builder prints the cause on stdout). */
  private async compose(
    command: ComposeCommand,
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
