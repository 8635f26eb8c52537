/**
 * What the archive fallback learns about one path, whichever way it was read (the engine API's stat header, or the first
 * entry of a `docker cp` tar stream), and the one `ls -ld`-like line both become.
 */
import type { Header as TarHeader } from 'tar-stream'

export type PathKind = 'file' | 'directory' | 'symlink' | 'char' | 'block' | 'fifo' | 'socket' | 'other'

export interface PathStat {
  kind: PathKind
  /** Permission bits, including setuid/setgid/sticky (`0o4755`). */
  mode: number
  size: number
  mtime: Date
  /** Target of a symlink ('' otherwise). */
  linkTarget: string
}

/**
 * `drwxr-xr-x 4096 2026-11-25 08:27 /app/x` (mode, size, mtime UTC, the asked path, `-> target` for a symlink). No owner:
 * the engine's stat does not carry one, and both ways of reading must give the same line.
 */
export function describePathStat(stat: PathStat, path: string): string {
  const when = stat.mtime.toISOString().slice(0, 16).replace('T', ' ')
  const link = stat.kind === 'symlink' ? ` -> ${stat.linkTarget}` : ''
  return `${modeString(stat)} ${stat.size} ${when} ${path}${link}`
}

/** `drwxr-xr-x`, `-rwsr-xr-x`, `lrwxrwxrwx`, … */
export function modeString(stat: Pick<PathStat, 'kind' | 'mode'>): string {
  const letter: Record<PathKind, string> = {
    file: '-',
    directory: 'd',
    symlink: 'l',
    char: 'c',
    block: 'b',
    fifo: 'p',
    socket: 's',
    other: '?'
  }
  const m = stat.mode
  const triplet = (shift: number, special: number, mark: string) => {
    const r = m & (4 << shift) ? 'r' : '-'
    const w = m & (2 << shift) ? 'w' : '-'
    const exec = m & (1 << shift)
    const x = m & special ? (exec ? mark : mark.toUpperCase()) : exec ? 'x' : '-'
    return r + w + x
  }
  return letter[stat.kind] + triplet(6, 0o4000, 's') + triplet(3, 0o2000, 's') + triplet(0, 0o1000, 't')
}

// Go's os.FileMode bits, as the engine sends them in `X-Docker-Container-Path-Stat`.
const GO_DIR = 2 ** 31
const GO_SYMLINK = 2 ** 27
const GO_DEVICE = 2 ** 26
const GO_NAMED_PIPE = 2 ** 25
const GO_SOCKET = 2 ** 24
const GO_SETUID = 2 ** 23
const GO_SETGID = 2 ** 22
const GO_CHAR_DEVICE = 2 ** 21
const GO_STICKY = 2 ** 20
const GO_IRREGULAR = 2 ** 19

/** Decodes `X-Docker-Container-Path-Stat`: base64 JSON `{name, size, mode, mtime, linkTarget}`; throws when it is not that. */
export function decodeContainerPathStat(header: string): PathStat {
  let raw: unknown
  try {
    raw = JSON.parse(Buffer.from(header, 'base64').toString('utf8'))
  } catch {
    throw new Error('the path stat header is not base64 JSON')
  }
  const { size, mode, mtime, linkTarget } = (raw ?? {}) as Record<string, unknown>
  const when = typeof mtime === 'string' ? new Date(mtime) : new Date(NaN)
  if (typeof size !== 'number' || typeof mode !== 'number' || !Number.isInteger(mode) || Number.isNaN(when.getTime()))
    throw new Error(`the path stat header lacks size, mode or mtime: ${JSON.stringify(raw).slice(0, 200)}`)
  const has = (bit: number) => Math.floor(mode / bit) % 2 === 1
  const kind: PathKind = has(GO_DIR)
    ? 'directory'
    : has(GO_SYMLINK)
      ? 'symlink'
      : has(GO_DEVICE)
        ? has(GO_CHAR_DEVICE)
          ? 'char'
          : 'block'
        : has(GO_NAMED_PIPE)
          ? 'fifo'
          : has(GO_SOCKET)
            ? 'socket'
            : has(GO_IRREGULAR)
              ? 'other'
              : 'file'
  const special = (has(GO_SETUID) ? 0o4000 : 0) | (has(GO_SETGID) ? 0o2000 : 0) | (has(GO_STICKY) ? 0o1000 : 0)
  return {
    kind,
    mode: (mode % 0o1000) | special,
    size,
    mtime: when,
    linkTarget: typeof linkTarget === 'string' ? linkTarget : ''
  }
}

// Partial: tar-stream hands back null for a type it does not know.
const TAR_KINDS: Partial<Record<TarHeader['type'], PathKind>> = {
  file: 'file',
  'contiguous-file': 'file',
  link: 'file',
  directory: 'directory',
  symlink: 'symlink',
  'character-device': 'char',
  'block-device': 'block',
  fifo: 'fifo'
}

/** The first header of a `docker cp` stream (PAX and GNU long names already applied by tar-stream). */
export function statOfTarHeader(header: TarHeader): PathStat {
  const kind = TAR_KINDS[header.type] ?? 'other'
  // Typed as a string, but null for an entry that is not a link.
  const linkTarget = header.linkname || ''
  return {
    kind,
    mode: header.mode & 0o7777,
    // A symlink's size is its target's length (as ls and the engine's stat say); tar stores 0.
    size: kind === 'symlink' ? Buffer.byteLength(linkTarget) : header.size,
    mtime: header.mtime,
    linkTarget
  }
}
