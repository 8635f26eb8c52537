import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeTarEntry, modeString, readFirstTarEntry } from '../../src/adapters/docker/tar.js'

/** A ustar header block, checksum included, as Go's archive/tar (docker cp) writes it. */
function header(fields: {
  name: string
  mode: number
  type: string
  size?: number
  linkName?: string
  mtime?: number
}): Buffer {
  const block = Buffer.alloc(512)
  const octal = (value: number, offset: number, length: number) =>
    block.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, 'ascii')
  block.write(fields.name, 0, 'utf8')
  octal(fields.mode, 100, 8)
  octal(0, 108, 8)
  octal(0, 116, 8)
  octal(fields.size ?? 0, 124, 12)
  octal(fields.mtime ?? 1_764_059_263, 136, 12)
  block.write(fields.type, 156, 'ascii')
  block.write(fields.linkName ?? '', 157, 'utf8')
  block.write('ustar\0', 257, 'ascii')
  block.write('00', 263, 'ascii')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii')
  return block
}

function pax(records: Record<string, string>): Buffer {
  const body = Object.entries(records)
    .map(([key, value]) => {
      const rest = ` ${key}=${value}\n`
      let length = rest.length + 1
      while (`${length}${rest}`.length !== length) length++
      return `${length}${rest}`
    })
    .join('')
  const data = Buffer.alloc(Math.ceil(body.length / 512) * 512)
  data.write(body)
  return Buffer.concat([header({ name: 'PaxHeaders/x', mode: 0o644, type: 'x', size: body.length }), data])
}

const END = Buffer.alloc(1024)

describe('readFirstTarEntry', () => {
  it.each([
    ['directory', header({ name: 'workflow/', mode: 0o755, type: '5' }), 'drwxr-xr-x 0 0 0 2025-11-25 08:27 /app/w'],
    ['file', header({ name: 'index.js', mode: 0o644, type: '0', size: 3 }), '-rw-r--r-- 0 0 3 2025-11-25 08:27 /app/w'],
    [
      'symlink',
      header({ name: 'link', mode: 0o777, type: '2', linkName: '/app/dist' }),
      'lrwxrwxrwx 0 0 0 2025-11-25 08:27 /app/w -> /app/dist'
    ],
    ['setuid file', header({ name: 'su', mode: 0o4755, type: '0' }), '-rwsr-xr-x 0 0 0 2025-11-25 08:27 /app/w'],
    [
      'PAX long name and link target',
      Buffer.concat([
        pax({ path: 'a'.repeat(150), linkpath: '/very/long/' + 'b'.repeat(120) }),
        header({ name: 'a', mode: 0o777, type: '2' })
      ]),
      `lrwxrwxrwx 0 0 0 2025-11-25 08:27 /app/w -> /very/long/${'b'.repeat(120)}`
    ]
  ])('%s', (_name, head, detail) => {
    const entry = readFirstTarEntry(Buffer.concat([head, Buffer.alloc(512), END]))
    expect(describeTarEntry(entry, '/app/w')).toBe(detail)
  })

  it('reads the PAX path', () => {
    const entry = readFirstTarEntry(
      Buffer.concat([pax({ path: 'x'.repeat(200) }), header({ name: 'x', mode: 0o644, type: '0' }), END])
    )
    expect(entry.name).toBe('x'.repeat(200))
  })

  it('reads what a real tar writes (GNU tar, pax format, long name)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-tar-'))
    try {
      const long = 'd'.repeat(120)
      mkdirSync(join(dir, long))
      writeFileSync(join(dir, long, 'f'), 'hello')
      symlinkSync(long, join(dir, 'l'))
      const archive = (name: string) => execFileSync('tar', ['--format=pax', '-C', dir, '-cf', '-', name])
      const folder = readFirstTarEntry(archive(long))
      expect([folder.type, folder.name.replace(/\/$/, '')]).toEqual(['directory', long])
      const link = readFirstTarEntry(archive('l'))
      expect([link.type, link.linkName]).toEqual(['symlink', long])
      const file = readFirstTarEntry(archive(`${long}/f`))
      expect([file.type, file.size]).toEqual(['file', 5])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each([
    ['empty output', Buffer.alloc(0), /no complete header/],
    ['end-of-archive only', END, /empty archive/],
    ['not a tar', Buffer.from('Error response from daemon'.padEnd(600, '.')), /checksum/]
  ])('rejects %s (never read as "absent")', (_name, buffer, message) => {
    expect(() => readFirstTarEntry(buffer)).toThrow(message)
  })

  it.each([
    [{ type: 'directory', mode: 0o1777 }, 'drwxrwxrwt'],
    [{ type: 'file', mode: 0o2750 }, '-rwxr-s---'],
    [{ type: 'file', mode: 0o4644 }, '-rwSr--r--'],
    [{ type: 'fifo', mode: 0o600 }, 'prw-------']
  ] as const)('modeString(%j) = %s', (entry, expected) => {
    expect(modeString(entry)).toBe(expected)
  })
})
