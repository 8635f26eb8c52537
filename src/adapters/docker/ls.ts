import { joinPath } from '../../core/artifact-glob.js'
import type { DirectoryListing, PathEntry } from '../../core/ports.js'

/** A path ls could not show, for a reason that does not mean "absent" (permission denied, I/O error…), or did not mention at all. */
export interface UnexplainedPath {
  path: string
  reason: string
}

export interface LsParse {
  /** One entry per asked path that ls accounted for, in the order asked. */
  entries: PathEntry[]
  /** Paths ls did not account for: the listing cannot be trusted for them. */
  unexplained: UnexplainedPath[]
}

/** Reasons that prove a path is absent. Anything else (Permission denied…) is not proof either way. */
const ABSENT = /no such file or directory|not a directory/i

/**
 * `-rwxr-xr-x  1 0  0  1234 Nov 25 08:23 NAME` (busybox, GNU, toybox): the date is `Nov 25 08:23` or `Nov 25  2024`
 * (`2024-11-25 08:23` with GNU's iso time styles); the size of a device is `major, minor`. A line in another format
 * (a localised date) falls back to matching the name at the end of the line.
 */
const DATE = String.raw`\S+\s+\d{1,2}\s+(?:\d{1,2}:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s+[+-]\d{4})?`
const LONG_LINE = new RegExp(
  String.raw`^([-bcdlpsD?][-rwxsStTlL]{9}[.+@]?)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\d+,\s*\d+|\d+)\s+(${DATE}) (.*)$`
)

/**
 * Reads one `ls -ld -- PATH…` run: stdout has a long line per existing path (sorted by ls, not in the asked order),
 * stderr a line per path it could not show (`ls: /x: No such file or directory` busybox,
 * `ls: cannot access '/x': No such file or directory` GNU).
 */
export function parseLsOutput(paths: readonly string[], stdout: string, stderr: string): LsParse {
  const found = new Map<string, PathEntry>()
  const problems = new Map<string, string>()
  // Longest first, so `/app/a b` is not taken for `/app/a` … or the other way round.
  const byLength = [...new Set(paths)].sort((a, b) => b.length - a.length)

  for (const line of lines(stdout)) {
    const path = byLength.find((p) => !found.has(p) && listsPath(line, p))
    if (path) found.set(path, { path, exists: true, detail: tidyLongLine(line) })
  }
  for (const line of lines(stderr)) {
    const hit = stderrReason(line, byLength)
    if (!hit || found.has(hit.path) || problems.has(hit.path)) continue
    problems.set(hit.path, hit.reason)
  }

  const entries: PathEntry[] = []
  const unexplained: UnexplainedPath[] = []
  for (const path of paths) {
    const entry = found.get(path)
    const reason = problems.get(path)
    if (entry) entries.push(entry)
    else if (reason && ABSENT.test(reason)) entries.push({ path, exists: false, detail: reason })
    else unexplained.push({ path, reason: reason ?? 'ls did not mention it' })
  }
  return { entries, unexplained }
}

/** Whether an ls long line shows `path` (itself, or a symlink `path -> target`). */
export function listsPath(line: string, path: string): boolean {
  const match = LONG_LINE.exec(line)
  const name = match ? match[7]! : null
  const isLink = match ? match[1]!.startsWith('l') : true
  return quotedForms(path).some((form) => {
    if (name !== null) return name === form || (isLink && name.startsWith(`${form} -> `))
    // A line in a format we do not know: fall back to where names always stand, at the end.
    return line.endsWith(` ${form}`) || line.includes(` ${form} -> `)
  })
}

/**
 * The long line with the columns' padding squeezed (`drwxr-xr-x 2 0 0 4096 Nov 25 08:23 /app/x`); the name is kept as is,
 * or replaced by `name` (a directory's entry `index.js` shown as `/app/assets/index.js`; a symlink keeps its `-> target`).
 */
export function tidyLongLine(line: string, name?: string): string {
  const match = LONG_LINE.exec(line)
  if (!match) return line.trim()
  const [, mode, links, owner, group, size, date, shown] = match
  const named = name === undefined ? shown : name + linkArrow(mode!, shown!)
  return [mode, links, owner, group, size!.replace(/,\s+/, ', '), date!.replace(/\s+/g, ' '), named].join(' ')
}

// ---------------------------------------------------------------------------------------------------------------------
// `ls -la -- PATH… DIR/…`: literal paths and the parent directories of globs in one run (no shell needed)
// ---------------------------------------------------------------------------------------------------------------------

export interface LsDirectoriesParse extends LsParse {
  /** One per asked directory that ls accounted for, in the order asked. */
  directories: DirectoryListing[]
}

/** A directory as an ls operand: with a trailing `/`, so a symlink to a directory is followed to its entries. */
export function directoryOperand(directory: string): string {
  return directory.endsWith('/') ? directory : `${directory}/`
}

/** The operands of one `ls -la` run: each literal path and each directory once. */
export function lsOperands(paths: readonly string[], directories: readonly string[]): string[] {
  return [...new Set([...paths, ...directories.map(directoryOperand)])]
}

/**
 * Reads one `ls -la -- PATH… DIR/…` run. Without `-d`, ls prints the operands that are not directories first (one long
 * line each, as `-ld` would), then a section per directory operand: `OPERAND:`, `total N`, a line per entry (`.` is the
 * directory itself, so a literal path that is a directory still gets its own line). A lone operand gets no header.
 */
export function parseLsDirectories(
  paths: readonly string[],
  directories: readonly string[],
  stdout: string,
  stderr: string
): LsDirectoriesParse {
  const operands = lsOperands(paths, directories)
  const { preamble, sections } = splitSections(operands, stdout)
  const problems = stderrProblems(stderr, operands)

  const entries: PathEntry[] = []
  const unexplained: UnexplainedPath[] = []
  for (const path of paths) {
    const line = preamble.find((l) => listsPath(l, path))
    const section = sections.get(path)
    const self = section?.find((l) => LONG_LINE.exec(l)?.[7] === '.')
    const reason = problems.get(path)
    if (line) entries.push({ path, exists: true, detail: tidyLongLine(line) })
    else if (section)
      entries.push({ path, exists: true, detail: self ? tidyLongLine(self, path) : `${path}: a directory` })
    else if (reason && ABSENT.test(reason)) entries.push({ path, exists: false, detail: reason })
    else unexplained.push({ path, reason: reason ?? 'ls did not mention it' })
  }

  const listed: DirectoryListing[] = []
  for (const directory of directories) {
    const operand = directoryOperand(directory)
    const section = sections.get(operand)
    const reason = problems.get(operand)
    if (section) {
      const read = sectionEntries(directory, section)
      if ('unreadable' in read)
        unexplained.push({ path: operand, reason: `an ls line it cannot read: ${read.unreadable}` })
      else listed.push({ path: directory, exists: true, detail: '', entries: read.entries })
    } else if (reason && ABSENT.test(reason)) {
      listed.push({ path: directory, exists: false, detail: reason, entries: [] })
    } else {
      unexplained.push({ path: operand, reason: reason ?? 'ls did not mention it' })
    }
  }
  return { entries, directories: listed, unexplained }
}

function splitSections(operands: readonly string[], stdout: string) {
  const preamble: string[] = []
  const sections = new Map<string, string[]>()
  const all = lines(stdout)
  // ls prints no header for a lone operand: in this mode that is a directory (a literal alone is listed with -ld).
  if (operands.length === 1) {
    if (all.length) sections.set(operands[0]!, all)
    return { preamble, sections }
  }
  const headers = new Map<string, string>(operands.flatMap((o) => quotedForms(o).map((form) => [`${form}:`, o])))
  let current: string[] = preamble
  for (const line of all) {
    const operand = headers.get(line)
    if (operand === undefined) {
      current.push(line)
      continue
    }
    current = []
    sections.set(operand, current)
  }
  return { preamble, sections }
}

function sectionEntries(
  directory: string,
  section: readonly string[]
): { entries: DirectoryListing['entries'] } | { unreadable: string } {
  const entries: DirectoryListing['entries'] = []
  for (const line of section) {
    if (/^total \d+/.test(line)) continue
    const match = LONG_LINE.exec(line)
    // A name cannot be told from a date in a format we do not know: no guess, the listing is not trusted.
    if (!match) return { unreadable: line.trim() }
    const name = match[7]!.slice(0, match[7]!.length - linkArrow(match[1]!, match[7]!).length)
    if (name === '.' || name === '..') continue
    entries.push({ name, detail: tidyLongLine(line, joinPath(directory, name)) })
  }
  return { entries }
}

/** ` -> target` of a symlink's long-line name, or ''. */
function linkArrow(mode: string, shown: string): string {
  if (!mode.startsWith('l')) return ''
  const at = shown.indexOf(' -> ')
  return at === -1 ? '' : shown.slice(at)
}

function stderrProblems(stderr: string, operands: readonly string[]): Map<string, string> {
  const byLength = [...operands].sort((a, b) => b.length - a.length)
  const problems = new Map<string, string>()
  for (const line of lines(stderr)) {
    const hit = stderrReason(line, byLength)
    if (hit && !problems.has(hit.path)) problems.set(hit.path, hit.reason)
  }
  return problems
}

function stderrReason(line: string, paths: readonly string[]): UnexplainedPath | null {
  for (const path of paths) {
    for (const form of quotedForms(path)) {
      for (const prefix of [`ls: cannot access ${form}: `, `ls: cannot open directory ${form}: `, `ls: ${form}: `]) {
        if (line.startsWith(prefix)) return { path, reason: line.slice(prefix.length).trim() }
      }
    }
  }
  return null
}

/** GNU ls quotes names with special characters (`'/app/a b'`); busybox prints them raw. */
function quotedForms(path: string): string[] {
  return [path, `'${path}'`, `"${path}"`]
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '')
}
