import type { PathEntry } from '../../core/ports.js'

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

/** The long line with the columns' padding squeezed (`drwxr-xr-x 2 0 0 4096 Nov 25 08:23 /app/x`); the name is kept as is. */
export function tidyLongLine(line: string): string {
  const match = LONG_LINE.exec(line)
  if (!match) return line.trim()
  const [, mode, links, owner, group, size, date, name] = match
  return [mode, links, owner, group, size!.replace(/,\s+/, ', '), date!.replace(/\s+/g, ' '), name].join(' ')
}

function stderrReason(line: string, paths: readonly string[]): UnexplainedPath | null {
  for (const path of paths) {
    for (const form of quotedForms(path)) {
      for (const prefix of [`ls: cannot access ${form}: `, `ls: ${form}: `]) {
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
