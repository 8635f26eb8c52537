/**
 * Just enough of the tar format to describe the first entry of a `docker cp CONTAINER:PATH -` stream:
 * that entry is PATH itself, which is all an ls-like detail needs. PAX (`x`/`g`) and GNU long-name (`L`/`K`) headers,
 * which Go's archive/tar writes for long or non-ASCII names, are followed to the real header.
 */

export type TarEntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'directory' | 'fifo' | 'other'

export interface TarEntry {
  name: string
  type: TarEntryType
  /** Permission bits, including setuid/setgid/sticky (`0o755`). */
  mode: number
  uid: number
  gid: number
  size: number
  mtime: Date
  /** Target of a symlink or hard link. */
  linkName: string
}

export const TAR_BLOCK = 512
const BLOCK = TAR_BLOCK

const TYPES: Record<string, TarEntryType> = {
  '0': 'file',
  '\0': 'file',
  '7': 'file',
  '1': 'hardlink',
  '2': 'symlink',
  '3': 'char',
  '4': 'block',
  '5': 'directory',
  '6': 'fifo'
}

/** Parses the first real entry; throws on anything that is not a tar stream (the caller turns it into an error, never "absent"). */
export function readFirstTarEntry(archive: Buffer): TarEntry {
  let offset = 0
  let overrides: { name?: string; linkName?: string; size?: number } = {}
  for (;;) {
    if (archive.length < offset + BLOCK)
      throw new Error(`not a tar stream: ${archive.length} bytes, no complete header`)
    const header = archive.subarray(offset, offset + BLOCK)
    if (header.every((b) => b === 0)) throw new Error('not a tar stream: empty archive')
    const { flag, size, name, type } = readHeaderBlock(header)
    const body = archive.subarray(offset + BLOCK, offset + BLOCK + size)
    if (flag === 'x' || flag === 'g') {
      overrides = { ...overrides, ...paxRecords(body) }
    } else if (flag === 'L') {
      overrides.name = cString(body, 0, body.length)
    } else if (flag === 'K') {
      overrides.linkName = cString(body, 0, body.length)
    } else {
      return {
        name: overrides.name ?? name,
        type,
        mode: readNumber(header, 100, 8) & 0o7777,
        uid: readNumber(header, 108, 8),
        gid: readNumber(header, 116, 8),
        size: overrides.size ?? size,
        mtime: new Date(readNumber(header, 136, 12) * 1000),
        linkName: overrides.linkName ?? cString(header, 157, 100)
      }
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
}

/**
 * An `ls -ld`-like line for an entry read from the archive: `drwxr-xr-x 0 0 4096 2026-11-25 08:27 /app/x`
 * (mode, uid, gid, size, mtime UTC, the asked path, `-> target` for a symlink).
 */
export function describeTarEntry(entry: TarEntry, path: string): string {
  const when = entry.mtime.toISOString().slice(0, 16).replace('T', ' ')
  const link = entry.type === 'symlink' ? ` -> ${entry.linkName}` : ''
  return `${modeString(entry)} ${entry.uid} ${entry.gid} ${entry.size} ${when} ${path}${link}`
}

/** `drwxr-xr-x`, `-rwsr-xr-x`, `lrwxrwxrwx`, … */
export function modeString(entry: Pick<TarEntry, 'type' | 'mode'>): string {
  const kind: Record<TarEntryType, string> = {
    file: '-',
    hardlink: '-',
    symlink: 'l',
    char: 'c',
    block: 'b',
    directory: 'd',
    fifo: 'p',
    other: '?'
  }
  const m = entry.mode
  const triplet = (shift: number, special: number, letter: string) => {
    const r = m & (4 << shift) ? 'r' : '-'
    const w = m & (2 << shift) ? 'w' : '-'
    const exec = m & (1 << shift)
    const x = m & special ? (exec ? letter : letter.toUpperCase()) : exec ? 'x' : '-'
    return r + w + x
  }
  return kind[entry.type] + triplet(6, 0o4000, 's') + triplet(3, 0o2000, 's') + triplet(0, 0o1000, 't')
}

/** One 512-byte header block: its type flag, body size and name (ustar prefix joined). Throws when it is not a header. */
export function readHeaderBlock(header: Buffer): { flag: string; size: number; name: string; type: TarEntryType } {
  if (!checksumOk(header)) throw new Error('not a tar stream: header checksum mismatch')
  const flag = String.fromCharCode(header[156]!)
  const prefix = cString(header, 345, 155)
  const shortName = cString(header, 0, 100)
  const ustar = cString(header, 257, 6).startsWith('ustar')
  const name = ustar && prefix ? `${prefix}/${shortName}` : shortName
  return { flag, size: readNumber(header, 124, 12), name, type: TYPES[flag] ?? 'other' }
}

function checksumOk(header: Buffer): boolean {
  const stored = readNumber(header, 148, 8)
  let sum = 0
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!
  return sum === stored
}

/** Octal, NUL/space terminated; or base-256 (high bit set) for large values. */
function readNumber(buf: Buffer, offset: number, length: number): number {
  const field = buf.subarray(offset, offset + length)
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!
    return value
  }
  const text = cString(buf, offset, length).trim()
  return text === '' ? 0 : parseInt(text, 8)
}

export function cString(buf: Buffer, offset: number, length: number): string {
  const field = buf.subarray(offset, offset + length)
  const end = field.indexOf(0)
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8')
}

/** PAX records: `LEN key=value\n`, LEN counting the whole record in bytes. */
export function paxRecords(body: Buffer): { name?: string; linkName?: string; size?: number } {
  const out: { name?: string; linkName?: string; size?: number } = {}
  let offset = 0
  while (offset < body.length) {
    const space = body.indexOf(0x20, offset)
    if (space === -1) break
    const length = parseInt(body.subarray(offset, space).toString('ascii'), 10)
    if (!Number.isFinite(length) || length <= 0) break
    const record = body.subarray(space + 1, offset + length - 1).toString('utf8')
    const eq = record.indexOf('=')
    const key = record.slice(0, eq)
    const value = record.slice(eq + 1)
    if (key === 'path') out.name = value
    else if (key === 'linkpath') out.linkName = value
    else if (key === 'size') out.size = Number(value)
    offset += length
  }
  return out
}
