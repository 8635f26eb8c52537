import type { TarEntryType } from './tar-list.js'
import { shellQuote } from '../ssh/quote.js'

/**
 * The shipped manifest: which paths of `target.dir` driftcheck extracted there, so that the next ship removes those its
 * commit no longer has — and never anything else (a `node_modules`, data the operator put there).
 * One path per line, relative to `target.dir`; a directory ends in `/`. A path that would not survive a plain line
 * (control characters, a leading `"` or `#`) is written as a JSON string, as git quotes such paths.
 */

/** driftcheck's own folder in `target.dir`; with the lock (`.driftcheck.lock`) it is never recorded, never removed. */
export const STATE_DIR = '.driftcheck'
export const MANIFEST_PATH = `${STATE_DIR}/shipped`
const RESERVED = [STATE_DIR, '.driftcheck.lock']
const HEADER = '# driftcheck shipped v1'
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_QUOTING = /[\u0000-\u001f\u007f]|^["#]/

export interface ShippedEntry {
  /** Relative to `target.dir`, no trailing slash. */
  path: string
  dir: boolean
}

/** Why a path must not be in the manifest (absolute, `..`, empty segments, driftcheck's own files), or null. */
export function invalidPath(path: string): string | null {
  if (path === '') return 'empty path'
  if (path.includes('\0')) return 'NUL byte'
  if (path.startsWith('/')) return 'absolute path'
  const segments = path.split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return 'empty, `.` or `..` segment'
  if (RESERVED.includes(segments[0]!)) return `driftcheck's own ${segments[0]}`
  return null
}

/** The manifest entries of a `git archive` tar: directories and everything else, driftcheck's own paths left out. */
export function entriesOfArchive(entries: readonly { name: string; type: TarEntryType }[]): ShippedEntry[] {
  const out = new Map<string, ShippedEntry>()
  for (const { name, type } of entries) {
    const path = name.replace(/^(\.\/)+/, '').replace(/\/+$/, '')
    if (path === '' || path === '.' || invalidPath(path)) continue
    out.set(`${type === 'directory'}:${path}`, { path, dir: type === 'directory' })
  }
  return [...out.values()]
}

export function formatManifest(entries: readonly ShippedEntry[], revision: string): string[] {
  const lines = entries.map((e) => {
    const line = e.dir ? `${e.path}/` : e.path
    return NEEDS_QUOTING.test(line) ? JSON.stringify(line) : line
  })
  return [
    `${HEADER} ${revision}`,
    '# What driftcheck extracted into this directory (a directory ends in /); the next deploy removes those its commit',
    '# no longer has, and nothing else. Edit only to make driftcheck forget a path.',
    ...lines.sort()
  ]
}

/** Parses a manifest read back from the target; throws a one-line Error (with the line) on anything driftcheck did not write. */
export function parseManifest(text: string): ShippedEntry[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  if (!lines[0]?.startsWith(`${HEADER} `) && lines[0] !== HEADER)
    throw new Error(`line 1 is not \`${HEADER} …\`: not a manifest driftcheck wrote`)
  const entries: ShippedEntry[] = []
  lines.forEach((line, index) => {
    if (index === 0 || line.startsWith('#')) return
    let raw = line
    if (line.startsWith('"')) {
      try {
        raw = JSON.parse(line) as string
      } catch {
        throw new Error(`line ${index + 1}: a quoted path that is not a JSON string`)
      }
      if (typeof raw !== 'string') throw new Error(`line ${index + 1}: a quoted path that is not a JSON string`)
    } else if (NEEDS_QUOTING.test(line)) {
      throw new Error(`line ${index + 1}: a control character in an unquoted path`)
    }
    const dir = raw.endsWith('/')
    const path = dir ? raw.slice(0, -1) : raw
    const why = invalidPath(path)
    if (why) throw new Error(`line ${index + 1}: ${why} (${JSON.stringify(raw).slice(0, 120)})`)
    entries.push({ path, dir })
  })
  return entries
}

/**
 * What the previous ship put there that the current one does not have — same path AND same kind, so that a file that
 * became a directory (or back) is cleared for tar. Files first, then directories deepest first (children before parents).
 */
export function staleEntries(previous: readonly ShippedEntry[], current: readonly ShippedEntry[]): ShippedEntry[] {
  const key = (e: ShippedEntry) => `${e.dir ? 'd' : 'f'}:${e.path}`
  const now = new Set(current.map(key))
  const seen = new Set<string>()
  const stale = previous.filter((e) => !now.has(key(e)) && !seen.has(key(e)) && seen.add(key(e)))
  const files = stale.filter((e) => !e.dir).sort((a, b) => compare(a.path, b.path))
  const dirs = stale.filter((e) => e.dir).sort((a, b) => compare(b.path, a.path))
  return [...files, ...dirs]
}

/**
 * The one remote command (`sh -s DIR`, this script on stdin) that removes the stale entries and then records the new
 * manifest (written atomically). Every path is a word quoted by `shellQuote`; nothing is ever removed outside DIR, through
 * a symlinked parent, or when it is not what was shipped (a file where a directory was, and back). Directories go only
 * when empty (`rmdir`): what someone else put in them keeps them. One line per entry on stdout: `removed N` / `kept N WHY`.
 */
export function cleanupScript(stale: readonly ShippedEntry[], manifest: readonly string[]): string {
  return [
    'set -u',
    `cd -- "$1" || exit ${CLEANUP_NO_DIR}`,
    // Is any parent of $1 a symlink? Then $1 is not the path that was shipped: leave it.
    'under_link() {',
    '  rest=$1 acc=',
    '  while :; do',
    '    case $rest in */*) ;; *) return 1 ;; esac',
    '    acc=$acc${rest%%/*}',
    '    rest=${rest#*/}',
    '    [ -L "$acc" ] && return 0',
    '    acc=$acc/',
    '  done',
    '}',
    'f() {',
    '  if under_link "$2"; then echo "kept $1 under a symlinked directory"',
    '  elif [ -d "$2" ] && [ ! -L "$2" ]; then echo "kept $1 now a directory"',
    '  elif [ -e "$2" ] || [ -L "$2" ]; then rm -f -- "$2" && echo "removed $1" || echo "kept $1 rm failed"',
    '  fi',
    '}',
    'd() {',
    '  if under_link "$2"; then echo "kept $1 under a symlinked directory"',
    '  elif [ -d "$2" ] && [ ! -L "$2" ]; then rmdir -- "$2" 2>/dev/null && echo "removed $1" || echo "kept $1 not empty"',
    '  fi',
    '}',
    ...stale.map((e, i) => `${e.dir ? 'd' : 'f'} ${i} ${shellQuote(e.path)}`),
    `mkdir -p -- ${shellQuote(STATE_DIR)} || exit ${CLEANUP_NO_MANIFEST}`,
    // printf is a builtin: no argument-length limit, however many paths.
    `printf '%s\\n' ${manifest.map(shellQuote).join(' ')} >${shellQuote(`${MANIFEST_PATH}.tmp`)} || exit ${CLEANUP_NO_MANIFEST}`,
    `mv -f -- ${shellQuote(`${MANIFEST_PATH}.tmp`)} ${shellQuote(MANIFEST_PATH)} || exit ${CLEANUP_NO_MANIFEST}`,
    ''
  ].join('\n')
}

export const CLEANUP_NO_DIR = 70
export const CLEANUP_NO_MANIFEST = 71

export interface CleanupOutcome {
  /** `a/b.js`, `a/` (directories end in `/`). */
  removed: string[]
  /** Stale entries left in place, with why: `a/ (not empty)`. */
  kept: string[]
}

/** Reads the script's `removed N` / `kept N WHY` lines (entries already gone print nothing). */
export function parseCleanupOutput(stdout: string, stale: readonly ShippedEntry[]): CleanupOutcome {
  const shown = (e: ShippedEntry) => (e.dir ? `${e.path}/` : e.path)
  const out: CleanupOutcome = { removed: [], kept: [] }
  for (const line of stdout.split('\n')) {
    const match = /^(removed|kept) (\d+)(?: (.*))?$/.exec(line)
    const entry = match ? stale[Number(match[2])] : undefined
    if (!match || !entry) continue
    if (match[1] === 'removed') out.removed.push(shown(entry))
    else out.kept.push(`${shown(entry)} (${match[3] ?? 'kept'})`)
  }
  return out
}

/** Byte order (as git sorts), not the locale's. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
