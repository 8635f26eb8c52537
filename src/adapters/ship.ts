import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { CommandError, InfraError, lastLines } from '../core/errors.js'
import type { CommandRunner, Logger } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import type { DeployTarget, LockInfo, ShippedTree } from '../core/ports.js'
import { pullImage } from './registry.js'
import { shellQuote } from './ssh/quote.js'
import {
  cleanupScript,
  CLEANUP_NO_DIR,
  entriesOfArchive,
  formatManifest,
  MANIFEST_PATH,
  parseCleanupOutput,
  parseManifest,
  staleEntries,
  type CleanupOutcome,
  type ShippedEntry
} from './ship/manifest.js'
import { listTarEntries } from './ship/tar-list.js'

export const LOCK_DIR = '.driftcheck.lock'
const QUICK_TIMEOUT_MS = 120_000
const SHIP_TIMEOUT_MS = 30 * 60_000

// Exit codes of the small scripts below (distinct from anything sh, mkdir or test return).
const NO_DIR = 64
const NOT_DIR = 65
const NOT_WRITABLE = 66
const LOCK_HELD = 67
const NO_MANIFEST = 68

export interface ShipTargetOptions {
  /** Runs git and docker on this machine. */
  local: CommandRunner
  /** Runs on the target: an SshRunner, or the local runner for a local target. */
  remote: CommandRunner
  /** The checkout (the config file's folder): what is shipped. */
  checkout: string
  /** `target.dir`. */
  dir: string
  logger?: Logger
}

/**
 * The target side of a deploy over any CommandRunner: directory checks, the lock, `git archive` → extract, and
 * `docker save` → `docker load`. Archives go through a private local temp file, streamed, never held in memory.
 */
export class ShipTarget implements DeployTarget {
  readonly where: string
  readonly dir: string
  private readonly logger: Logger

  constructor(private readonly options: ShipTargetOptions) {
    this.where = options.remote.where
    this.dir = options.dir
    this.logger = options.logger ?? silentLogger
  }

  async preflight(): Promise<{ docker: string }> {
    const check = await this.options.remote.run(
      'sh',
      [
        '-c',
        `[ -e "$1" ] || exit ${NO_DIR}; [ -d "$1" ] || exit ${NOT_DIR}; [ -w "$1" ] && [ -x "$1" ] && exit 0; ` +
          // Not writable: the system's own reason (Permission denied, Read-only file system, Operation not permitted).
          `p="$1/.driftcheck-preflight.$$"; mkdir -- "$p" 2>&1 && rmdir -- "$p"; exit ${NOT_WRITABLE}`,
        'sh',
        this.dir
      ],
      { allowFailure: true, timeoutMs: QUICK_TIMEOUT_MS }
    )
    const fix = `mkdir -p ${shellQuote(this.dir)} on the target and give the ssh user write access`
    if (check.exitCode === NO_DIR) throw new InfraError(`target.dir ${this.dir} does not exist on ${this.where}`, fix)
    if (check.exitCode === NOT_DIR)
      throw new InfraError(`target.dir ${this.dir} on ${this.where} is not a directory`, fix)
    if (check.exitCode === NOT_WRITABLE) {
      const reason = check.stdout.trim().split('\n').pop()?.split(': ').pop()?.slice(0, 200)
      throw new InfraError(
        `target.dir ${this.dir} is not writable on ${this.where}${reason ? ` (${reason})` : ''}`,
        `give the ssh user write access to it: check its owner and mode, whether its filesystem is mounted read-only, ` +
          `and its immutable attribute (lsattr -d ${shellQuote(this.dir)})`
      )
    }
    if (check.exitCode !== 0) throw new CommandError(check.command, check.exitCode, check.stderr)
    const version = await this.options.remote.run('docker', ['version', '--format', '{{.Server.Version}}'], {
      allowFailure: true,
      timeoutMs: QUICK_TIMEOUT_MS
    })
    if (version.exitCode !== 0) {
      throw new InfraError(
        `the Docker engine on ${this.where} does not answer: ${lastLines(version.stderr, 1) || `exit ${version.exitCode}`}`,
        'start dockerd on the target, and let the ssh user use it (docker group)'
      )
    }
    return { docker: version.stdout.trim() }
  }

  async lock(info: LockInfo): Promise<() => Promise<void>> {
    const lockDir = `${this.dir.replace(/\/+$/, '')}/${LOCK_DIR}`
    // mkdir is atomic: of two deploys, exactly one creates the directory. The info file says who holds it.
    const taken = await this.options.remote.run(
      'sh',
      [
        '-c',
        // Only an existing lock directory means "held"; any other mkdir failure is reported as itself.
        `mkdir "$1" 2>/dev/null || { [ -d "$1" ] && exit ${LOCK_HELD}; mkdir "$1" || exit; }; printf '%s\\n' "$2" >"$1/info"`,
        'sh',
        lockDir,
        JSON.stringify(info)
      ],
      { allowFailure: true, timeoutMs: QUICK_TIMEOUT_MS }
    )
    if (taken.exitCode === LOCK_HELD) {
      const holder = await this.options.remote.run('cat', [`${lockDir}/info`], {
        allowFailure: true,
        timeoutMs: QUICK_TIMEOUT_MS
      })
      const held = parseLockInfo(holder.stdout)
      throw new InfraError(
        `deploy lock held by ${held?.who ?? 'an unknown deploy'} since ${held?.since ?? 'an unknown time'}` +
          `${held?.revision ? ` (deploying ${held.revision.slice(0, 12)})` : ''}: another deploy to ${this.where}:${this.dir} is running`,
        `wait for it; if it died, remove the lock: rm -r ${shellQuote(lockDir)} on the target`
      )
    }
    if (taken.exitCode !== 0) {
      throw new InfraError(
        `cannot take the deploy lock in ${this.dir} on ${this.where}: ${lastLines(taken.stderr, 1) || `exit ${taken.exitCode}`}`,
        'check that target.dir is a writable directory on the target'
      )
    }
    return async () => {
      await this.options.remote.run('rm', ['-rf', '--', lockDir], { timeoutMs: QUICK_TIMEOUT_MS })
    }
  }

  async shipTree(): Promise<ShippedTree | null> {
    const { local, remote, checkout } = this.options
    if (remote.where === 'local' && resolve(this.dir) === resolve(checkout)) return null
    const git = (args: string[]) => local.run('git', ['-C', checkout, ...args], { timeoutMs: QUICK_TIMEOUT_MS })
    const revision = (
      await git(['rev-parse', '--verify', 'HEAD']).catch((error: unknown) => {
        throw new InfraError(
          `cannot ship ${checkout}: it is not a git checkout with a commit`,
          'commit first: driftcheck ships HEAD',
          {
            cause: error
          }
        )
      })
    ).stdout.trim()
    // The config file's folder may be a subfolder of the repository: ship that subtree, as target.dir mirrors it.
    const prefix = (await git(['rev-parse', '--show-prefix'])).stdout.trim()
    const dirty = (await git(['status', '--porcelain', '--untracked-files=no'])).stdout.trim() !== ''
    const previous = await this.readManifest()
    return this.withTempFile('tree.tar', async (file) => {
      await git(['archive', '--format=tar', '-o', file, prefix ? `${revision}:${prefix}` : revision])
      const bytes = (await stat(file)).size
      const current = entriesOfArchive(await listTarEntries(file))
      // Stale paths go BEFORE the extract (a file that became a directory must be out of tar's way), and the new
      // manifest is recorded with them: should the extract then fail half-way, what it did write is already on record.
      const stale = previous ? staleEntries(previous, current) : []
      const cleaned = await this.cleanUp(stale, formatManifest(current, revision), join(dirname(file), 'cleanup.sh'))
      await remote.runWithStdinFile('tar', ['-x', '-f', '-', '-C', this.dir], file, { timeoutMs: SHIP_TIMEOUT_MS })
      return { revision, bytes, dirty, firstManifest: previous === null, ...cleaned }
    })
  }

  /** The previous ship's manifest; null when there is none (the first ship with one: nothing is removed). */
  private async readManifest(): Promise<ShippedEntry[] | null> {
    const path = `${this.dir.replace(/\/+$/, '')}/${MANIFEST_PATH}`
    const read = await this.options.remote.run(
      'sh',
      ['-c', `[ -e "$1" ] || exit ${NO_MANIFEST}; cat -- "$1"`, 'sh', path],
      { allowFailure: true, timeoutMs: QUICK_TIMEOUT_MS }
    )
    if (read.exitCode === NO_MANIFEST) return null
    if (read.exitCode !== 0) throw new CommandError(read.command, read.exitCode, read.stderr)
    try {
      return parseManifest(read.stdout)
    } catch (error) {
      throw new InfraError(
        `the shipped manifest ${path} on ${this.where} is not driftcheck's: ${(error as Error).message}`,
        `it is driftcheck's record of the files it shipped: fix it, or remove it (the next deploy then removes nothing ` +
          `and records afresh): rm ${shellQuote(path)}`
      )
    }
  }

  /** Removes the stale entries and records the new manifest, in ONE command on the target (the script on stdin). */
  private async cleanUp(stale: ShippedEntry[], manifest: string[], scriptFile: string): Promise<CleanupOutcome> {
    await writeFile(scriptFile, cleanupScript(stale, manifest), { mode: 0o600 })
    const result = await this.options.remote.runWithStdinFile('sh', ['-s', this.dir], scriptFile, {
      allowFailure: true,
      timeoutMs: SHIP_TIMEOUT_MS
    })
    const outcome = parseCleanupOutput(result.stdout, stale)
    if (result.exitCode === CLEANUP_NO_DIR) throw new InfraError(`cannot enter target.dir ${this.dir} on ${this.where}`)
    if (result.exitCode !== 0) {
      const removed = outcome.removed.length ? ` after removing ${outcome.removed.length} stale path(s)` : ''
      throw new InfraError(
        `cannot record the shipped manifest ${MANIFEST_PATH} in ${this.dir} on ${this.where}${removed}: ` +
          `${lastLines(result.stderr, 1) || `exit ${result.exitCode}`}`,
        'check that target.dir is writable by the ssh user'
      )
    }
    if (result.stderr.trim()) this.logger.debug(`cleanup of ${this.dir} on ${this.where}: ${result.stderr.trim()}`)
    return outcome
  }

  async shipImages(refs: readonly string[]): Promise<{ bytes: number }> {
    const { local, remote } = this.options
    return this.withTempFile('images.tar', async (file) => {
      await local.run('docker', ['save', '-o', file, ...refs], { timeoutMs: SHIP_TIMEOUT_MS })
      const bytes = (await stat(file)).size
      this.logger.debug(`docker load of ${refs.join(' ')} on ${this.where}`)
      await remote.runWithStdinFile('docker', ['load', '-q'], file, { timeoutMs: SHIP_TIMEOUT_MS })
      return { bytes }
    })
  }

  async tag(source: string, target: string): Promise<void> {
    await this.options.remote.run('docker', ['tag', source, target], { timeoutMs: QUICK_TIMEOUT_MS })
  }

  pull(ref: string): Promise<{ id: string; revision: string | null }> {
    return pullImage(this.options.remote, ref)
  }

  private async withTempFile<T>(name: string, work: (file: string) => Promise<T>): Promise<T> {
    const dir = await mkdtemp(join(tmpdir(), 'driftcheck-ship-'))
    try {
      return await work(join(dir, name))
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}

export function parseLockInfo(text: string): Partial<LockInfo> | null {
  try {
    const value = JSON.parse(text.trim()) as unknown
    if (!value || typeof value !== 'object') return null
    const v = value as Record<string, unknown>
    const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).slice(0, 200) : undefined)
    return { who: str('who'), since: str('since'), revision: str('revision') ?? null }
  } catch {
    return null
  }
}
