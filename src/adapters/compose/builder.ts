import { InfraError } from '../../core/errors.js'
import type { CommandRunner } from '../../core/ports.js'

/**
 * Which image builder `docker-compose` v1 gets. v1 runs `docker build` (the first `docker` on PATH) and, unless told
 * otherwise, that CLI uses the classic builder, which sends the whole build context to the engine on every build, cached or
 * not. With BuildKit the engine asks only for the files the Dockerfile reads, and only what changed since the last build:
 * a cached build of a 250 MB context took 45 s with the classic builder and 3 s with BuildKit here (README, "Speed").
 * Compose v2 builds with BuildKit by default: nothing to choose there.
 */
export type Builder = 'buildkit' | 'classic'

/** What the runner's `docker` CLI says about itself. */
export interface DockerClientFacts {
  /** `docker version --format {{.Client.Version}}` (`20.10.24+dfsg1`, `28.2.2`); null when it printed none. */
  clientVersion: string | null
  /** `docker buildx version` succeeded. */
  buildx: boolean
}

/** The first CLI with BuildKit built in (`DOCKER_BUILDKIT=1`), and the first that needs the buildx plugin for it. */
const BUILDKIT_SINCE = [18, 9] as const
const BUILDX_REQUIRED_FROM_MAJOR = 23

/** `28.2.2` → [28, 2]; a CLI's version may carry a suffix (`20.10.24+dfsg1`, `24.0.7-ce`). Null when there is none. */
export function parseDockerVersion(output: string): [number, number] | null {
  const match = /(\d+)\.(\d+)/.exec(output)
  return match ? [Number(match[1]), Number(match[2])] : null
}

/**
 * buildx installed → BuildKit (any CLI version). Without it, a CLI from 18.09 up to 22 has BuildKit built in; 23 and later
 * refuse `DOCKER_BUILDKIT=1` without buildx ("BuildKit is enabled but the buildx component is missing or broken").
 * Unknown → classic, which every engine has.
 */
export function builderFor(facts: DockerClientFacts): Builder {
  if (facts.buildx) return 'buildkit'
  const version = facts.clientVersion === null ? null : parseDockerVersion(facts.clientVersion)
  if (!version) return 'classic'
  const [major, minor] = version
  const builtIn =
    major < BUILDX_REQUIRED_FROM_MAJOR &&
    (major > BUILDKIT_SINCE[0] || (major === BUILDKIT_SINCE[0] && minor >= BUILDKIT_SINCE[1]))
  return builtIn ? 'buildkit' : 'classic'
}

/** Variables that choose the builder; when the user sets either, their choice stands. */
const BUILDER_VARIABLES = ['DOCKER_BUILDKIT', 'COMPOSE_DOCKER_CLI_BUILD'] as const

/**
 * The environment a compose command that may build runs with: BuildKit switched on for v1 where the runner's docker CLI
 * has it, nothing otherwise (v2 already uses it; the classic builder is v1's default), and nothing when `userEnv` (the
 * environment compose would run with) already says which builder to use.
 */
export function builderEnv(
  flavour: 'v1' | 'v2',
  builder: Builder,
  userEnv: Readonly<Record<string, string | undefined>>
): Record<string, string> {
  if (flavour !== 'v1' || builder !== 'buildkit') return {}
  if (BUILDER_VARIABLES.some((name) => userEnv[name] !== undefined)) return {}
  return { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' }
}

/**
 * The docker CLI's or the engine's answer when BuildKit was asked for and cannot work here, as one line; null for any
 * other failure (a build step of the user's that failed is theirs, and is not retried).
 */
export function buildkitUnavailable(output: string): string | null {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .find((l) => BUILDKIT_UNAVAILABLE.test(l))
  return line ? line.replace(/^ERROR:\s*/, '') : null
}

const BUILDKIT_UNAVAILABLE =
  /BuildKit is enabled but the buildx component is missing or broken|buildkit not supported|BuildKit is not supported/i

const PROBE_TIMEOUT_MS = 30_000
/** The builder probe's questions (also asked early, wiring/early.ts). */
export const DOCKER_CLIENT_VERSION = ['version', '--format', '{{.Client.Version}}'] as const
export const DOCKER_BUILDX_VERSION = ['buildx', 'version'] as const

/** One probe per runner and environment (the env's PATH decides which `docker` answers). */
const probes = new WeakMap<CommandRunner, Map<string, Promise<Builder>>>()

function probesOf(runner: CommandRunner): Map<string, Promise<Builder>> {
  let perRunner = probes.get(runner)
  if (!perRunner) probes.set(runner, (perRunner = new Map()))
  return perRunner
}

/**
 * The builder v1 can use on this runner, asked once per runner and environment: one or two quick docker CLI calls, meant
 * to run beside compose's own, slower version check. A docker CLI that cannot be asked means classic, this time.
 */
export function probeBuilder(runner: CommandRunner, env?: Record<string, string>): Promise<Builder> {
  const perRunner = probesOf(runner)
  const key = JSON.stringify(env ?? {})
  let probe = perRunner.get(key)
  if (!probe) {
    probe = askDocker(runner, env).then((facts) => {
      // Not remembered when the CLI could not be asked at all (ssh down for a moment): the next build asks again.
      if (!facts) perRunner.delete(key)
      return facts ? builderFor(facts) : 'classic'
    })
    perRunner.set(key, probe)
  }
  return probe
}

/** After a BuildKit build failed for want of BuildKit: the runner's later builds go straight to the classic builder. */
export function rememberClassic(runner: CommandRunner, env?: Record<string, string>): void {
  probesOf(runner).set(JSON.stringify(env ?? {}), Promise.resolve('classic'))
}

async function askDocker(runner: CommandRunner, env?: Record<string, string>): Promise<DockerClientFacts | null> {
  const quiet = { allowFailure: true, env, timeoutMs: PROBE_TIMEOUT_MS }
  try {
    // The client's version prints even when the engine is unreachable (exit 1): only stdout is read.
    const version = await runner.run('docker', [...DOCKER_CLIENT_VERSION], quiet)
    const clientVersion = version.stdout.trim() || null
    const major = clientVersion === null ? undefined : parseDockerVersion(clientVersion)?.[0]
    // Below 23 the answer does not depend on buildx: no second process.
    if (major !== undefined && major < BUILDX_REQUIRED_FROM_MAJOR) return { clientVersion, buildx: false }
    const buildx = await runner.run('docker', [...DOCKER_BUILDX_VERSION], quiet)
    return { clientVersion, buildx: buildx.exitCode === 0 }
  } catch (error) {
    // No docker CLI, ssh down for a moment: the build itself will say so; the probe only picks the builder.
    if (error instanceof InfraError) return null
    throw error
  }
}
