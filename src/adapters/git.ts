import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import picomatch from 'picomatch'
import { escapePath, glob } from 'tinyglobby'
import { InfraError } from '../core/errors.js'
import type { CommandRunner, Logger, SourceTree } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import { GIT_ASKS } from './git/asks.js'

/**
 * The checkout, as git sees it: a path counts when it is tracked (a stray untracked file is not "in the source").
 * Outside a git work tree (a tarball, an export) it falls back to the filesystem. Every git call goes through the runner.
 */
export class GitSourceTree implements SourceTree {
  private files?: Promise<string[] | null>

  constructor(
    private readonly root: string,
    private readonly runner: CommandRunner,
    private readonly logger: Logger = silentLogger
  ) {}

  async revision(): Promise<string | null> {
    const result = await this.git([...GIT_ASKS.revision])
    return result?.exitCode === 0 ? result.stdout.trim() || null : null
  }

  /** The committer date of HEAD (ISO 8601): a build stamped with it is reproducible, so the same commit gives the same image. */
  async revisionDate(): Promise<string | null> {
    const result = await this.git([...GIT_ASKS.revisionDate])
    return result?.exitCode === 0 ? result.stdout.trim() || null : null
  }

  async dirty(): Promise<boolean> {
    // Untracked files count: a build context takes them (unless .dockerignore says otherwise). Outside git: unknown, not dirty.
    const result = await this.git([...GIT_ASKS.dirty])
    return result?.exitCode === 0 && result.stdout.trim() !== ''
  }

  /**
   * Paths under the root matching `pattern`: a file path matches itself, a folder path the tracked files under it,
   * a glob (`dashboard/src/pages/*.tsx`) the tracked files and folders it matches. Sorted; empty when nothing matches.
   */
  async match(pattern: string): Promise<string[]> {
    const wanted = normalisePattern(pattern)
    const tracked = await (this.files ??= this.trackedFiles())
    if (tracked === null) return matchFilesystem(this.root, wanted)
    return matchList(tracked, wanted)
  }

  /** The tracked files still present in the working tree; null outside git. */
  private async trackedFiles(): Promise<string[] | null> {
    const inside = await this.git([...GIT_ASKS.insideWorkTree])
    if (inside === null) return null
    if (inside.exitCode !== 0 || inside.stdout.trim() !== 'true') {
      if (/dubious ownership/i.test(inside.stderr)) {
        throw new InfraError(
          `git refuses to read ${this.root}: the repository is owned by another user`,
          `git config --global --add safe.directory ${this.root}`
        )
      }
      this.logger.debug(`${this.root} is not a git work tree: source paths are matched on the filesystem`)
      return null
    }
    const listed = await this.git(['ls-files', '-z'], true)
    const deleted = await this.git(['ls-files', '-z', '--deleted'], true)
    // A tracked file removed from the working tree is not in the checkout that gets built.
    const gone = new Set(splitNul(deleted!.stdout))
    return splitNul(listed!.stdout).filter((file) => !gone.has(file))
  }

  /** null when git is not installed; `strict` turns a non-zero exit into an error. */
  private async git(args: string[], strict = false) {
    try {
      return await this.runner.run('git', args, { cwd: this.root, allowFailure: !strict })
    } catch (error) {
      if (strict || !(error instanceof InfraError) || !/not installed/.test(error.message)) throw error
      this.logger.warn('git is not installed: source paths are matched on the filesystem, untracked files included')
      return null
    }
  }
}

function splitNul(text: string): string[] {
  return text.split('\0').filter(Boolean)
}

/** `./backend/src//modules/workflow/` → `backend/src/modules/workflow`. */
export function normalisePattern(pattern: string): string {
  return pattern
    .trim()
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/\/+$/, '')
}

function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob
}

/** Pure: `pattern` (normalised) against a list of files relative to the root. */
export function matchList(files: readonly string[], pattern: string): string[] {
  if (pattern === '' || pattern === '.') return [...files].sort()
  if (isGlob(pattern)) {
    const matches = picomatch(pattern, { dot: true })
    const hits = new Set(files.filter((file) => matches(file)))
    for (const dir of folders(files)) if (matches(dir)) hits.add(`${dir}/`)
    return [...hits].sort()
  }
  if (files.includes(pattern)) return [pattern]
  const prefix = `${pattern}/`
  return files.filter((file) => file.startsWith(prefix)).sort()
}

function folders(files: readonly string[]): Set<string> {
  const dirs = new Set<string>()
  for (const file of files) {
    let slash = file.lastIndexOf('/')
    while (slash > 0) {
      const dir = file.slice(0, slash)
      if (dirs.has(dir)) break
      dirs.add(dir)
      slash = dir.lastIndexOf('/')
    }
  }
  return dirs
}

async function matchFilesystem(root: string, pattern: string): Promise<string[]> {
  if (isGlob(pattern)) {
    const hits = await glob([pattern], { cwd: root, dot: true, onlyFiles: false, expandDirectories: false })
    return hits.sort()
  }
  const info = await stat(join(root, pattern || '.')).catch(() => null)
  if (!info) return []
  if (!info.isDirectory()) return [pattern]
  const base = pattern || '.'
  const inside = await glob([`${escapePath(base)}/**`], { cwd: root, dot: true, onlyFiles: true })
  // An empty folder still exists on disk (git could not have tracked it, but there is no git here).
  return inside.length > 0 ? inside.sort() : [`${base}/`]
}
