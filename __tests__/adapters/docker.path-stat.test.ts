import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  decodeContainerPathStat,
  describePathStat,
  modeString,
  statOfTarHeader,
  type PathStat
} from '../../src/adapters/docker/path-stat.js'
import { readTarHead } from '../../src/adapters/docker/tar-head.js'

/** What the engine sends in X-Docker-Container-Path-Stat. */
const header = (stat: Record<string, unknown>) => Buffer.from(JSON.stringify(stat)).toString('base64')
const MTIME = '2026-12-01T15:40:53.082756375Z'

async function* chunks(buffer: Buffer, size = 100) {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size)
}

describe('decodeContainerPathStat (Go os.FileMode bits)', () => {
  it.each([
    // Values as Docker 20.10 sends them (2147484141 = ModeDir | 0755; 134218239 = ModeSymlink | 0777).
    ['directory', { mode: 2147484141, size: 4096 }, 'drwxr-xr-x 4096 2026-12-01 15:40 /app/x'],
    [
      'symlink',
      { mode: 134218239, size: 7, linkTarget: '/bin/busybox' },
      'lrwxrwxrwx 7 2026-12-01 15:40 /app/x -> /bin/busybox'
    ],
    ['file', { mode: 0o644, size: 19 }, '-rw-r--r-- 19 2026-12-01 15:40 /app/x'],
    ['setuid file', { mode: 2 ** 23 + 0o755, size: 1 }, '-rwsr-xr-x 1 2026-12-01 15:40 /app/x'],
    ['sticky directory', { mode: 2 ** 31 + 2 ** 20 + 0o777, size: 4096 }, 'drwxrwxrwt 4096 2026-12-01 15:40 /app/x'],
    ['char device', { mode: 2 ** 26 + 2 ** 21 + 0o666, size: 0 }, 'crw-rw-rw- 0 2026-12-01 15:40 /app/x'],
    ['block device', { mode: 2 ** 26 + 0o660, size: 0 }, 'brw-rw---- 0 2026-12-01 15:40 /app/x'],
    ['fifo', { mode: 2 ** 25 + 0o600, size: 0 }, 'prw------- 0 2026-12-01 15:40 /app/x'],
    ['socket', { mode: 2 ** 24 + 0o755, size: 0 }, 'srwxr-xr-x 0 2026-12-01 15:40 /app/x']
  ])('%s', (_name, fields, line) => {
    const stat = decodeContainerPathStat(header({ name: 'x', mtime: MTIME, linkTarget: '', ...fields }))
    expect(describePathStat(stat, '/app/x')).toBe(line)
  })

  it.each([
    ['not base64 JSON', 'not-json!!', /not base64 JSON/],
    ['JSON without a mode', header({ name: 'x', size: 1, mtime: MTIME }), /lacks size, mode or mtime/],
    ['a bad mtime', header({ name: 'x', size: 1, mode: 0o644, mtime: 'yesterday' }), /lacks size, mode or mtime/],
    ['null', header(null as unknown as Record<string, unknown>), /lacks size, mode or mtime/]
  ])('rejects %s (never read as a stat)', (_name, value, message) => {
    expect(() => decodeContainerPathStat(value)).toThrow(message)
  })
})

describe('modeString', () => {
  it.each([
    [{ kind: 'directory', mode: 0o1777 }, 'drwxrwxrwt'],
    [{ kind: 'file', mode: 0o2750 }, '-rwxr-s---'],
    [{ kind: 'file', mode: 0o4644 }, '-rwSr--r--'],
    [{ kind: 'fifo', mode: 0o600 }, 'prw-------'],
    [{ kind: 'other', mode: 0o644 }, '?rw-r--r--']
  ] as const)('%j = %s', (stat, expected) => {
    expect(modeString(stat as Pick<PathStat, 'kind' | 'mode'>)).toBe(expected)
  })
})

describe('readTarHead + statOfTarHeader (tar-stream)', () => {
  it('reads what a real tar writes (GNU tar, pax format, long names), and the same line as the engine stat', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-tar-archive-api-'))
    try {
      const long = 'd'.repeat(120)
      mkdirSync(join(dir, long))
      writeFileSync(join(dir, long, 'f'), 'hello')
      symlinkSync(`/very/long/${'b'.repeat(120)}`, join(dir, 'l'))
      const archive = (name: string) => execFileSync('tar', ['--format=pax', '-C', dir, '-cf', '-', name])
      const folder = await readTarHead(chunks(archive(long)))
      expect([folder?.type, folder?.name.replace(/\/$/, '')]).toEqual(['directory', long])
      expect(describePathStat(statOfTarHeader(folder!), '/app/w')).toMatch(
        /^drwx.{6} 0 \d{4}-\d\d-\d\d \d\d:\d\d \/app\/w$/
      )
      const link = await readTarHead(chunks(archive('l')))
      expect(describePathStat(statOfTarHeader(link!), '/app/w')).toMatch(
        new RegExp(`^lrwxrwxrwx 131 \\S+ \\S+ /app/w -> /very/long/${'b'.repeat(120)}$`)
      )
      const file = await readTarHead(chunks(archive(`${long}/f`)))
      expect(describePathStat(statOfTarHeader(file!), '/app/w')).toMatch(/^-rw.{7} 5 \S+ \S+ \/app\/w$/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('stops after the first header: the rest of a large stream is never pulled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-tar-archive-api-'))
    try {
      writeFileSync(join(dir, 'big'), Buffer.alloc(4 * 1024 * 1024))
      const archive = execFileSync('tar', ['-C', dir, '-cf', '-', 'big'], { maxBuffer: 16 * 1024 * 1024 })
      let pulled = 0
      const counted = (async function* () {
        for await (const chunk of chunks(archive, 64 * 1024)) {
          pulled += chunk.length
          yield chunk
        }
      })()
      expect((await readTarHead(counted))?.size).toBe(4 * 1024 * 1024)
      expect(pulled).toBeLessThan(512 * 1024)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it.each([
    ['empty output', Buffer.alloc(0)],
    ['end-of-archive only', Buffer.alloc(1024)]
  ])('%s has no entry (null: the caller decides, never "exists")', async (_name, buffer) => {
    expect(await readTarHead(chunks(buffer))).toBeNull()
  })

  it.each([
    ['not a tar', Buffer.from('Error response from daemon'.padEnd(600, '.')), /Invalid tar header/],
    ['a truncated header', Buffer.from('x'.repeat(100)), /Unexpected end of data/]
  ])('rejects %s', async (_name, buffer, message) => {
    await expect(readTarHead(chunks(buffer))).rejects.toThrow(message)
  })
})
