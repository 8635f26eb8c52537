import {
  joinPath,
  listingPlan,
  parseArtifactPath,
  pastEveryMatch,
  type DirectoryRequest
} from '../core/artifact-glob.js'
import { InfraError, messageOf } from '../core/errors.js'
import type {
  CommandResult,
  CommandRunner,
  DirectoryListing,
  DockerEngine,
  ImageInfo,
  Logger,
  PathEntry,
  PathListing,
  RunningContainer
} from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import {
  containerInspectArgs,
  copyOutArgs,
  createArgs,
  imageInspectArgs,
  lsContainerArgs,
  lsImageArgs,
  removeArgs,
  serviceContainersArgs
} from './docker/args.js'
import { DOCKER_SERVER_VERSION } from './docker/asks.js'
import {
  classifyDockerError,
  dockerMessage,
  onlyNoSuchImage,
  unreachableError,
  type DockerFailure
} from './docker/errors.js'
import { parseContainersInspect, parseImagesInspect, parsePsIds } from './docker/inspect.js'
import { EngineApiError, EngineSocket, EngineSocketUnreachable } from './docker/engine-api.js'
import { directoryOperand, parseLsDirectories, parseLsOutput } from './docker/ls.js'
import { describePathStat, statOfTarHeader } from './docker/path-stat.js'
import { readTarDirectory } from './docker/tar-directory.js'
import { readTarHead } from './docker/tar-head.js'

export interface DockerCliOptions {
  /** Per command; a hung daemon must not hang the check. */
  timeoutMs?: number
  /**
   * The unix socket of the engine the runner's `docker` talks to (`localEngineSocket()`), for the archive fallback to stat
   * paths over the Engine API; without it (a remote engine) it reads the first tar header of `docker cp`.
   */
  engineSocket?: string | null
}

const DEFAULT_TIMEOUT_MS = 120_000

/**
 * The Docker engine through the `docker` CLI, run only through the injected `CommandRunner` (local, or ssh on the target),
 * as plain argv; and, for the archive fallback's stats, the engine's own socket when it is given one (`engineSocket`).
 * A failure is never turned into an answer: what cannot be explained throws `InfraError`.
 */
export class DockerCli implements DockerEngine {
  readonly where: string
  private readonly timeoutMs: number
  private readonly engineSocket: string | null

  constructor(
    private readonly runner: CommandRunner,
    private readonly logger: Logger = silentLogger,
    options: DockerCliOptions = {}
  ) {
    this.where = runner.where
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
    this.engineSocket = options.engineSocket ?? null
  }

  async listImagePaths(image: string, paths: readonly string[]): Promise<PathListing> {
    if (paths.length === 0) return { method: 'ls', commands: [], entries: [] }
    const plan = planOf(paths)
    const result = await this.docker(
      lsImageArgs(
        image,
        unique(plan.literals),
        plan.directories.map((d) => d.path)
      )
    )
    const failure = this.engineFailure(result)
    if (failure === 'no-ls') {
      this.logger.debug(`image ${image} has no ls: reading it through the archive API`)
      return this.listImageArchive(image, plan, [result.command])
    }
    if (failure === 'no-such-image') throw this.missingImage(image)
    if (failure) throw this.failed(`could not list paths in image ${image}`, result)
    return { method: 'ls', commands: [result.command], ...this.readLs(result, plan, `image ${image}`) }
  }

  async listContainerPaths(container: string, paths: readonly string[]): Promise<PathListing> {
    if (paths.length === 0) return { method: 'ls', commands: [], entries: [] }
    const plan = planOf(paths)
    const result = await this.docker(
      lsContainerArgs(
        container,
        unique(plan.literals),
        plan.directories.map((d) => d.path)
      )
    )
    const failure = this.engineFailure(result)
    if (failure === 'no-ls') {
      this.logger.debug(`container ${container} has no ls: reading it through the archive API`)
      return this.readArchive(container, plan, [result.command])
    }
    if (failure === 'no-such-container') throw new InfraError(`no container ${container} on the ${this.where} engine`)
    if (failure === 'not-running') throw new InfraError(`container ${container} is not running (${this.where})`)
    if (failure) throw this.failed(`could not list paths in container ${container}`, result)
    return { method: 'ls', commands: [result.command], ...this.readLs(result, plan, `container ${container}`) }
  }

  async inspectImage(ref: string): Promise<ImageInfo | null> {
    return (await this.inspectImages([ref]))[0] ?? null
  }

  async inspectImages(refs: readonly string[]): Promise<ImageInfo[]> {
    const result = await this.docker(imageInspectArgs(...refs))
    if (result.exitCode !== 0) {
      const failure = classifyDockerError(result.stderr)
      if (failure === 'unreachable') throw unreachableError(this.where, result.stderr)
      // docker prints the images it found and one "No such image" line for each ref that names none: of several refs,
      // none may pass for absent unless every line says so.
      if (failure !== 'no-such-image' || (refs.length > 1 && !onlyNoSuchImage(result.stderr)))
        throw this.failed(`could not inspect image ${refs.join(', ')}`, result)
      if (!result.stdout.trim()) return []
    }
    return parsed(() => parseImagesInspect(result.stdout), result)
  }

  async findServiceContainers(project: string, service: string): Promise<RunningContainer[]> {
    const result = await this.docker(serviceContainersArgs(project, service))
    if (result.exitCode !== 0) {
      if (classifyDockerError(result.stderr) === 'unreachable') throw unreachableError(this.where, result.stderr)
      throw this.failed(`could not list the containers of ${project}/${service}`, result)
    }
    const ids = parsed(() => parsePsIds(result.stdout), result)
    if (ids.length === 0) return []
    const running = await this.inspectRunning(ids)
    if (running.length > 1) {
      const names = running.map((c) => c.name).join(', ')
      this.logger.debug(`${project}/${service} has ${running.length} running containers: ${names}`)
    }
    return running
  }

  async findContainer(nameOrId: string): Promise<RunningContainer | null> {
    const [found] = await this.inspectRunning([nameOrId])
    return found ?? null
  }

  // -------------------------------------------------------------------------------------------------------------

  /** The containers among `ids` that exist and run, in the order given (a container may vanish between ps and inspect). */
  private async inspectRunning(ids: readonly string[]): Promise<RunningContainer[]> {
    const result = await this.docker(containerInspectArgs(ids))
    const failure = result.exitCode === 0 ? null : classifyDockerError(result.stderr)
    if (failure === 'unreachable') throw unreachableError(this.where, result.stderr)
    // Inspect prints the ones it found and exits 1 for the others ("No such container").
    if (failure && failure !== 'no-such-container')
      throw this.failed(`could not inspect container ${ids.join(', ')}`, result)
    const found = result.stdout.trim() ? parsed(() => parseContainersInspect(result.stdout), result) : []
    for (const c of found)
      if (c.state !== 'running') this.logger.debug(`container ${c.name} is ${c.state}, not running`)
    return found.filter((c) => c.state === 'running')
  }

  /** A `docker create`d (never started) container of the image, read through the archive API, removed whatever happens. */
  private async listImageArchive(image: string, plan: Plan, commands: string[]): Promise<PathListing> {
    const created = await this.docker(createArgs(image))
    commands.push(created.command)
    if (created.exitCode !== 0) {
      const failure = classifyDockerError(created.stderr)
      if (failure === 'unreachable') throw unreachableError(this.where, created.stderr)
      if (failure === 'no-such-image') throw this.missingImage(image)
      throw this.failed(`could not create a container of image ${image} to read it`, created)
    }
    const id = created.stdout.trim().split('\n').pop()!.trim()
    try {
      return await this.readArchive(id, plan, commands)
    } finally {
      const removed = await this.docker(removeArgs(id)).catch((error: unknown) => error)
      if (removed instanceof Error || (removed as CommandResult).exitCode !== 0) {
        const why = removed instanceof Error ? removed.message : dockerMessage((removed as CommandResult).stderr)
        this.logger.warn(`could not remove the temporary container ${id.slice(0, 12)}: ${why}`)
      }
    }
  }

  /** The plan read through the archive API: the literal paths' stats, then each glob directory's entries. */
  private async readArchive(container: string, plan: Plan, commands: string[]): Promise<PathListing> {
    const entries = plan.literals.length ? await this.archiveEntries(container, plan.literals, commands) : []
    if (plan.directories.length === 0) return { method: 'archive', commands, entries }
    const directories = await this.copyDirectories(container, plan.directories, commands)
    return { method: 'archive', commands, entries, directories }
  }

  /** Each path's stat over the engine's socket when there is one that answers, else through `docker cp`. */
  private async archiveEntries(container: string, paths: readonly string[], commands: string[]): Promise<PathEntry[]> {
    if (this.engineSocket) {
      try {
        return await this.statEntries(this.engineSocket, container, paths, commands)
      } catch (error) {
        if (!(error instanceof EngineSocketUnreachable)) throw error
        // The CLI reached its engine some other way: `docker cp` is right for whatever engine that is.
        this.logger.debug(`the engine socket does not answer (${error.message}): reading through docker cp`)
      }
    }
    return this.copyEntries(container, paths, commands)
  }

  /** `HEAD /containers/{id}/archive?path=P` per path, all at once over one socket: a stat each, no archive at all. */
  private async statEntries(
    socketPath: string,
    container: string,
    paths: readonly string[],
    commands: string[]
  ): Promise<PathEntry[]> {
    const api = new EngineSocket(socketPath, this.timeoutMs)
    const asked = unique(paths)
    const answers = await Promise.allSettled(
      asked.map((path) => {
        this.logger.debug(`$ ${api.describe(container, path)}`)
        return api.statPath(container, path)
      })
    ).finally(() => api.close())
    const seen = new Map<string, PathEntry>()
    asked.forEach((path, i) => {
      const answer = answers[i]!
      if (answer.status === 'rejected') throw this.statFailure(answer.reason, container, path, api)
      const { value } = answer
      seen.set(
        path,
        value.exists
          ? { path, exists: true, detail: describePathStat(value.stat, path) }
          : { path, exists: false, detail: value.reason }
      )
    })
    commands.push(...asked.map((path) => api.describe(container, path)))
    return paths.map((path) => seen.get(path)!)
  }

  private statFailure(error: unknown, container: string, path: string, api: EngineSocket): Error {
    if (!(error instanceof EngineApiError)) return error instanceof Error ? error : new Error(messageOf(error))
    if (error.status === 404 && /no such container/i.test(error.message))
      return new InfraError(`no container ${container} on the ${this.where} engine`)
    return new InfraError(
      `could not read ${path} from container ${container}: ${error.message}`,
      `the request was: ${api.describe(container, path)}`
    )
  }

  /**
   * One `docker cp CONTAINER:PATH -` per path (sequential: an ssh target limits parallel sessions), streamed: its first
   * tar header is the detail, and the process is ended there, so a huge directory is never read, nor held in memory.
   */
  private async copyEntries(container: string, paths: readonly string[], commands: string[]): Promise<PathEntry[]> {
    const seen = new Map<string, PathEntry>()
    for (const path of unique(paths)) {
      const result = await this.runner.stream('docker', copyOutArgs(container, path), readHeadOrWhyNot, {
        allowFailure: true,
        timeoutMs: this.timeoutMs
      })
      commands.push(result.command)
      const { header, unreadable } = result.value
      if (header) {
        seen.set(path, { path, exists: true, detail: describePathStat(statOfTarHeader(header), path) })
        continue
      }
      seen.set(path, { path, exists: false, detail: this.copyAbsence(result, unreadable, container, path) })
    }
    return paths.map((path) => seen.get(path)!)
  }

  /**
   * One `docker cp CONTAINER:DIR/ - ` per directory of globs (the trailing `/` follows a symlink to a directory), streamed:
   * its direct entries are kept, file contents skipped, and the process ended once the sorted walk is past every name the
   * directory's globs can match (`pastEveryMatch`); a glob with no literal start (`*.js`) reads the directory's whole tree.
   */
  private async copyDirectories(
    container: string,
    requests: readonly DirectoryRequest[],
    commands: string[]
  ): Promise<DirectoryListing[]> {
    const listed: DirectoryListing[] = []
    for (const request of requests) {
      const { path } = request
      const result = await this.runner.stream(
        'docker',
        copyOutArgs(container, directoryOperand(path)),
        (stdout) => readDirectoryOrWhyNot(stdout, (name) => pastEveryMatch(request, name)),
        { allowFailure: true, timeoutMs: this.timeoutMs }
      )
      commands.push(result.command)
      const { directory, unreadable } = result.value
      if (directory?.root.type === 'directory') {
        const entries = directory.entries.map(({ name, header }) => ({
          name,
          detail: describePathStat(statOfTarHeader(header), joinPath(path, name))
        }))
        listed.push({ path, exists: true, detail: '', entries })
      } else if (directory) {
        listed.push({ path, exists: false, detail: 'Not a directory', entries: [] })
      } else {
        const detail = this.copyAbsence(result, unreadable, container, directoryOperand(path))
        listed.push({ path, exists: false, detail, entries: [] })
      }
    }
    return listed
  }

  /** Why a `docker cp` sent no entry: the path's absence in ls's words, or an InfraError for anything else. */
  private copyAbsence(
    result: Omit<CommandResult, 'stdout' | 'exitCode'> & { exitCode: number | null },
    unreadable: string | null,
    container: string,
    path: string
  ): string {
    if (unreadable)
      throw new InfraError(
        `could not read ${path} from container ${container}: not a tar stream (${unreadable})`,
        `the command was: ${result.command}`
      )
    if (result.exitCode === 0)
      throw new InfraError(
        `could not read ${path} from container ${container}: docker cp sent an empty archive`,
        `the command was: ${result.command}`
      )
    const failure = classifyDockerError(result.stderr)
    if (failure === 'path-not-found')
      return /not a directory/i.test(result.stderr) ? 'Not a directory' : 'No such file or directory'
    if (failure === 'unreachable') throw unreachableError(this.where, result.stderr)
    throw this.failed(`could not read ${path} from container ${container}`, {
      ...result,
      exitCode: result.exitCode ?? 1
    })
  }

  /** For `ls` runs: a failure of docker itself (not of ls), or null when ls ran and its output is to be read. */
  private engineFailure(result: CommandResult): DockerFailure | null {
    if (result.exitCode === 0) return null
    // ls's own complaints (`ls: /x: No such file or directory`) are for the parser, not for docker's classification.
    // `docker exec` prints the runtime's "exec failed" on stdout: at 125+ ls never ran, so stdout is docker's too.
    const dockerSaid = [result.stderr, result.exitCode >= 125 ? result.stdout : '']
      .join('\n')
      .split('\n')
      .filter((l) => !l.startsWith('ls: '))
      .join('\n')
    const failure = classifyDockerError(dockerSaid)
    if (failure === 'unreachable') throw unreachableError(this.where, dockerSaid)
    if (failure !== 'other' && failure !== 'path-not-found') return failure
    // 125-127: docker could not run the command at all; ls itself exits 1 or 2.
    return result.exitCode >= 125 ? 'other' : null
  }

  private readLs(result: CommandResult, plan: Plan, what: string): Pick<PathListing, 'entries' | 'directories'> {
    const dirs = plan.directories.map((d) => d.path)
    const { entries, directories, unexplained } = dirs.length
      ? parseLsDirectories(plan.literals, dirs, result.stdout, result.stderr)
      : { ...parseLsOutput(plan.literals, result.stdout, result.stderr), directories: [] }
    if (unexplained.length > 0) {
      const dockerSaid = result.stderr
        .split('\n')
        .filter((l) => !l.startsWith('ls: '))
        .join('\n')
      const accounted = entries.length + directories.length
      // ls never ran properly: docker's own words say why better than a list of paths.
      if (accounted === 0 && dockerSaid.trim()) throw this.failed(`could not list paths in ${what}`, result)
      const list = unexplained.map((u) => `${u.path} (${u.reason})`).join(', ')
      throw new InfraError(`could not tell whether ${list} exist in ${what}`, `the command was: ${result.command}`)
    }
    return dirs.length ? { entries, directories } : { entries }
  }

  private missingImage(image: string): InfraError {
    return new InfraError(
      `image ${image} is not on the ${this.where} Docker engine`,
      'build it first (driftcheck build)'
    )
  }

  private failed(
    what: string,
    result: Pick<CommandResult, 'command' | 'exitCode' | 'stderr'> & { stdout?: unknown }
  ): InfraError {
    const stdout = typeof result.stdout === 'string' && result.exitCode >= 125 ? result.stdout : ''
    const said = dockerMessage(result.stderr) || dockerMessage(stdout) || `exit ${result.exitCode}`
    return new InfraError(`${what}: ${said}`, `the command was: ${result.command}`)
  }

  private pinged: Promise<string> | undefined

  async ping(): Promise<string> {
    this.pinged ??= this.docker([...DOCKER_SERVER_VERSION]).then((result) => {
      if (result.exitCode === 0 && result.stdout.trim()) return result.stdout.trim()
      const said = `${result.stderr}\n${result.stdout}`
      if (classifyDockerError(said) === 'unreachable' || !result.stdout.trim()) throw unreachableError(this.where, said)
      throw this.failed(`the Docker engine on ${this.where} did not answer`, result)
    })
    // A failed ping is not remembered: the next step may find the engine up.
    this.pinged.catch(() => (this.pinged = undefined))
    return this.pinged
  }

  private docker(args: string[]): Promise<CommandResult> {
    return this.runner.run('docker', args, { allowFailure: true, timeoutMs: this.timeoutMs })
  }
}

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)]
}

/** What one listing covers: the literal paths (escapes removed; duplicates kept, entries answer in the order asked) and the glob directories. */
interface Plan {
  literals: string[]
  directories: DirectoryRequest[]
}

function planOf(paths: readonly string[]): Plan {
  const literals = paths.flatMap((path) => {
    const parsed = parseArtifactPath(path)
    return parsed.kind === 'literal' ? [parsed.path] : []
  })
  return { literals, directories: listingPlan(paths).directories }
}

/** The directory's entries, or why the stream is not tar (as `readHeadOrWhyNot`). */
async function readDirectoryOrWhyNot(stdout: AsyncIterable<Buffer>, done: (name: string) => boolean) {
  try {
    return { directory: await readTarDirectory(stdout, done), unreadable: null }
  } catch (error) {
    return { directory: null, unreadable: messageOf(error) }
  }
}

/** The first tar header, or why the stream is not tar (a reader that throws would hide docker's own error output). */
async function readHeadOrWhyNot(stdout: AsyncIterable<Buffer>) {
  try {
    return { header: await readTarHead(stdout), unreadable: null }
  } catch (error) {
    return { header: null, unreadable: messageOf(error) }
  }
}

function parsed<T>(parse: () => T, result: CommandResult): T {
  try {
    return parse()
  } catch (error) {
    throw new InfraError(
      `unexpected output from docker: ${(error as Error).message}`,
      `the command was: ${result.command}`
    )
  }
}
