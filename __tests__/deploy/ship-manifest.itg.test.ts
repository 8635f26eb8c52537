// ShipTarget.shipTree for real, locally and over a real sshd: real git commits shipped into a real directory, where
// what the previous ship put and the commit no longer has is removed — and nothing else (operator files, symlinks,
// a tampered manifest). Hostile names travel as data, never as shell code.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { execa } from 'execa'
import { LocalRunner } from '../../src/adapters/exec.js'
import { ShipTarget } from '../../src/adapters/ship.js'
import { MANIFEST_PATH } from '../../src/adapters/ship/manifest.js'
import { openSshRunner, type SshRunner } from '../../src/adapters/ssh.js'
import { InfraError } from '../../src/core/errors.js'
import type { CommandRunner } from '../../src/core/ports.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'

let sshd: TestSshd
let ssh: SshRunner
let root: string
const local = new LocalRunner()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'driftcheck-manifest-'))
  sshd = await startSshd()
  ssh = await openSshRunner(sshd.target(root), { configFile: 'none' })
}, 60_000)

afterAll(async () => {
  await ssh?.close()
  await sshd?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})

/** A fresh git checkout whose HEAD holds exactly `files` (path → content). */
async function checkoutAt(checkout: string, files: Record<string, string>): Promise<void> {
  await rm(checkout, { recursive: true, force: true })
  await mkdir(checkout, { recursive: true })
  await execa('git', ['init', '-q', checkout])
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(checkout, path)), { recursive: true })
    await writeFile(join(checkout, path), content)
  }
  await execa('git', ['-C', checkout, 'add', '-A'])
  await execa('git', ['-C', checkout, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'x'])
}

/** Counts the commands run on the target. */
function counting(runner: CommandRunner): CommandRunner & { count: number } {
  const wrapped: CommandRunner & { count: number } = {
    where: runner.where,
    count: 0,
    run: (file, args, options) => (wrapped.count++, runner.run(file, args, options)),
    stream: (file, args, read, options) => (wrapped.count++, runner.stream(file, args, read, options)),
    runWithStdinFile: (file, args, stdin, options) => (
      wrapped.count++,
      runner.runWithStdinFile(file, args, stdin, options)
    )
  }
  return wrapped
}

const HOSTILE = `it's "x"; touch CANARY $(touch CANARY2)`

describe.each([
  ['local', () => local as CommandRunner],
  ['ssh', () => ssh as CommandRunner]
])('shipping over %s', (name, remote) => {
  let base: string
  let checkout: string
  let dir: string
  const target = (runner: CommandRunner = remote()) => new ShipTarget({ local, remote: runner, checkout, dir })
  const there = (path: string) => existsSync(join(dir, path))

  beforeAll(async () => {
    base = join(root, name)
    checkout = join(base, 'checkout')
    // The target directory's own name is hostile too.
    dir = join(base, `srv/${HOSTILE}`)
    await mkdir(dir, { recursive: true })
  })

  it('removes what the commit no longer has; operator files and non-empty directories stay; the log names them', async () => {
    await checkoutAt(checkout, {
      'app/a.js': 'a',
      'app/mod/x.js': 'x',
      'app/mod/sub/y.js': 'y',
      'keep.txt': 'v1',
      [`${HOSTILE}.js`]: 'h',
      '-rf': 'dash',
      'new\nline.js': 'n',
      'sp ace/f.js': 's'
    })
    const first = await target().shipTree()
    expect(first).toMatchObject({ firstManifest: true, removed: [], kept: [] })
    expect(await readFile(join(dir, MANIFEST_PATH), 'utf8')).toMatch(/^# driftcheck shipped v1 [0-9a-f]{40}\n/)
    expect(there('new\nline.js')).toBe(true)

    // The operator's own files, beside and inside what driftcheck shipped.
    for (const path of ['node_modules/pkg/index.js', 'data/app.db', 'app/operator.env', 'app/mod/sub/notes.txt'])
      await mkdir(dirname(join(dir, path)), { recursive: true }).then(() => writeFile(join(dir, path), 'mine'))

    await checkoutAt(checkout, { 'app/a.js': 'a2', 'keep.txt': 'v2' })
    const second = await target().shipTree()
    expect(second?.firstManifest).toBe(false)
    expect(second?.removed.sort()).toEqual(
      [`${HOSTILE}.js`, '-rf', 'app/mod/x.js', 'app/mod/sub/y.js', 'new\nline.js', 'sp ace/f.js', 'sp ace/'].sort()
    )
    expect(second?.kept).toEqual(['app/mod/sub/ (not empty)', 'app/mod/ (not empty)'])
    for (const gone of ['app/mod/x.js', 'app/mod/sub/y.js', `${HOSTILE}.js`, '-rf', 'new\nline.js', 'sp ace'])
      expect({ gone, there: there(gone) }).toEqual({ gone, there: false })
    for (const kept of ['node_modules/pkg/index.js', 'data/app.db', 'app/operator.env', 'app/mod/sub/notes.txt'])
      expect(await readFile(join(dir, kept), 'utf8')).toBe('mine')
    expect(await readFile(join(dir, 'keep.txt'), 'utf8')).toBe('v2')
    expect(there('CANARY') || there('CANARY2') || existsSync(join(base, 'srv/CANARY'))).toBe(false)
  }, 60_000)

  it('a file that becomes a directory, and back: the old kind is cleared out of tar’s way', async () => {
    await checkoutAt(checkout, { 'app/a.js': 'a', 'kind/x': 'file' })
    await target().shipTree()
    await checkoutAt(checkout, { 'app/a.js': 'a', 'kind/x/inner.js': 'now a directory' })
    expect((await target().shipTree())?.removed).toEqual(['kind/x'])
    expect(await readFile(join(dir, 'kind/x/inner.js'), 'utf8')).toBe('now a directory')
    await checkoutAt(checkout, { 'app/a.js': 'a', 'kind/x': 'a file again' })
    expect((await target().shipTree())?.removed).toEqual(['kind/x/inner.js', 'kind/x/'])
    expect(await readFile(join(dir, 'kind/x'), 'utf8')).toBe('a file again')
  }, 60_000)

  it('never removes through a symlinked directory', async () => {
    const outside = join(base, 'outside')
    await mkdir(outside, { recursive: true })
    await writeFile(join(outside, 'z.js'), 'not driftcheck’s')
    await checkoutAt(checkout, { 'app/a.js': 'a', 'lib/z.js': 'z' })
    await target().shipTree()
    // Someone replaced the shipped lib/ with a link elsewhere.
    await rm(join(dir, 'lib'), { recursive: true })
    await symlink(outside, join(dir, 'lib'))
    await checkoutAt(checkout, { 'app/a.js': 'a' })
    const shipped = await target().shipTree()
    expect(shipped?.kept).toEqual(['lib/z.js (under a symlinked directory)'])
    expect(await readFile(join(outside, 'z.js'), 'utf8')).toBe('not driftcheck’s')
    await rm(join(dir, 'lib'))
  }, 60_000)

  it('a manifest driftcheck did not write, or one pointing out of the directory, stops the ship and removes nothing', async () => {
    await checkoutAt(checkout, { 'app/a.js': 'a' })
    const victim = join(base, 'victim.txt')
    await writeFile(victim, 'precious')
    const manifest = join(dir, MANIFEST_PATH)
    const good = await readFile(manifest, 'utf8')
    try {
      await writeFile(manifest, `${good.split('\n')[0]}\n../../victim.txt\napp/a.js\n`)
      const error = await target()
        .shipTree()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InfraError)
      expect((error as Error).message).toMatch(/shipped manifest .* is not driftcheck's: line 2: empty, `\.` or `\.\.`/)
      expect((error as InfraError).hint).toMatch(/rm .*\.driftcheck\/shipped/)
      await writeFile(manifest, 'node_modules/\ndata/\n')
      await expect(target().shipTree()).rejects.toThrow(/line 1 is not `# driftcheck shipped v1/)
      expect(await readFile(victim, 'utf8')).toBe('precious')
      expect(there('node_modules/pkg/index.js')).toBe(true)
    } finally {
      await writeFile(manifest, good)
    }
  }, 60_000)

  it('thousands of removed files: one command on the target, whatever their number', async () => {
    const bulk = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`bulk/${i % 30}/file-${i}.js`, `${i}`]))
    await checkoutAt(checkout, { 'app/a.js': 'a', ...bulk })
    await target().shipTree()
    await checkoutAt(checkout, { 'app/a.js': 'a' })
    const runner = counting(remote())
    const shipped = await target(runner).shipTree()
    expect(shipped?.removed).toHaveLength(3000 + 30 + 1)
    expect(there('bulk')).toBe(false)
    // Read the manifest, remove + record, extract: three commands, not one per file.
    expect(runner.count).toBe(3)
  }, 120_000)
})
