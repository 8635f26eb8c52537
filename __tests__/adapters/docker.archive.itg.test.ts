// The archive fallback (images and containers without ls) on the real engine, by each of its routes: the engine socket,
// `docker cp` streamed locally, and `docker cp` streamed through a real sshd (a remote target). A 200 MB directory must
// neither be held in memory nor keep a `docker cp` running: only its first tar header (or its stat) is read; a glob's
// directory is read only until the sorted walk is past every name the glob can match.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { execa } from 'execa'
import { DockerCli } from '../../src/adapters/docker.js'
import { localEngineSocket } from '../../src/adapters/docker/endpoint.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import { openSshRunner, type SshRunner } from '../../src/adapters/ssh.js'
import type { CommandRunner } from '../../src/core/ports.js'
import {
  buildShelllessImage,
  leftoverTemporaryContainers,
  removeContainers,
  removeImages,
  requireDocker,
  runLabelledContainer,
  uniqueName,
  type BuiltTestImage
} from '../helpers/images.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'

const PATHS = ['/app/missing', '/app/dist/index.js', '/app/current', '/app/dist/index.js/x', '/app/dist']
const EXISTS = [false, true, true, false, true]
const BIG_MB = 200

let image: BuiltTestImage
let container: string
let sshd: TestSshd
let ssh: SshRunner
let work: string
const routes: [name: string, docker: () => DockerCli][] = [
  ['docker cp, local', () => new DockerCli(new LocalRunner())],
  ['the engine socket', () => viaSocket],
  ['docker cp through ssh', () => new DockerCli(ssh)]
]
let viaSocket: DockerCli

beforeAll(async () => {
  await requireDocker()
  const socket = await localEngineSocket()
  if (!socket) throw new Error('the local engine socket could not be resolved (DOCKER_HOST or a docker context is set)')
  viaSocket = new DockerCli(new LocalRunner(), undefined, { engineSocket: socket })
  image = await buildShelllessImage({
    tag: uniqueName('archive-api-sl'),
    files: { '/app/dist/index.js': 'module.exports = 1\n' },
    symlinks: { '/app/current': '/app/dist' },
    keepAlive: true
  })
  container = await runLabelledContainer({ image: image.tag, name: uniqueName('archive-api-big') })
  // The image has no shell: its keep-alive busybox (outside PATH) writes the big directory into the container's layer.
  const bb = '/.keepalive/busybox'
  await execa('docker', ['exec', container, bb, 'mkdir', '/big'])
  for (let i = 0; i < BIG_MB / 50; i++)
    await execa('docker', ['exec', container, bb, 'dd', 'if=/dev/zero', `of=/big/f${i}`, 'bs=1M', 'count=50'])
  sshd = await startSshd()
  work = await mkdtemp(join(tmpdir(), 'driftcheck-archive-api-'))
  ssh = await openSshRunner(sshd.target(work), { configFile: 'none' })
}, 180_000)

afterAll(async () => {
  await ssh?.close()
  await sshd?.stop()
  if (work) await rm(work, { recursive: true, force: true })
  await removeContainers(container)
  await removeImages(image?.tag)
}, 60_000)

/** Local processes whose argv contains `needle` (the remote of the sshd target is this machine too). */
async function processesWith(needle: string): Promise<string[]> {
  const found: string[] = []
  for (const pid of (await readdir('/proc')).filter((p) => /^\d+$/.test(p))) {
    const argv = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')
    if (argv.includes(needle)) found.push(argv.replace(/\0/g, ' ').trim())
  }
  return found
}

/** Polls (bounded) until no process mentions `needle`; what is left. */
async function lingering(needle: string): Promise<string[]> {
  let left = await processesWith(needle)
  for (let i = 0; i < 50 && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 100))
    left = await processesWith(needle)
  }
  return left
}

describe.each(routes)('the archive fallback through %s', (_route, docker) => {
  it('an image without ls: present and missing file, directory, symlink; no container left behind', async () => {
    const listing = await docker().listImagePaths(image.tag, PATHS)
    expect(listing.method).toBe('archive')
    expect(listing.entries.map((e) => e.path)).toEqual(PATHS)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
    expect(listing.entries[0]!.detail).toBe('No such file or directory')
    expect(listing.entries[3]!.detail).toBe('Not a directory')
    expect(listing.entries[1]!.detail).toMatch(/^-rw-r--r-- 19 \S+ \S+ \/app\/dist\/index\.js$/)
    expect(listing.entries[2]!.detail).toMatch(/^lrwxrwxrwx 9 \S+ \S+ \/app\/current -> \/app\/dist$/)
    expect(listing.entries[4]!.detail).toMatch(/^drwxr-xr-x \d+ \S+ \S+ \/app\/dist$/)
    expect(await leftoverTemporaryContainers(image.tag)).toEqual([])
  }, 60_000)

  it(`a ${BIG_MB} MB directory: read at once, in little memory, and no docker cp left running`, async () => {
    let peak = process.memoryUsage().rss
    const before = peak
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const started = Date.now()
    try {
      const listing = await docker().listContainerPaths(container, ['/big', '/big/f0', '/big/nope'])
      expect(listing.method).toBe('archive')
      expect(listing.entries.map((e) => e.exists)).toEqual([true, true, false])
      expect(listing.entries[1]!.detail).toMatch(/^-rw-r--r-- 52428800 /)
    } finally {
      clearInterval(sampler)
    }
    // Reading the whole stream took ~19 s and 1.5 GB before it failed at execa's 100 MB buffer.
    expect(Date.now() - started).toBeLessThan(15_000)
    expect((peak - before) / 1024 / 1024).toBeLessThan(64)
    expect(await lingering(`${container}:/big`)).toEqual([])
  }, 60_000)
})

/** The runner, counting the bytes of stdout each streamed command handed to its reader. */
function counting(runner: CommandRunner): { runner: CommandRunner; bytes: number[] } {
  const bytes: number[] = []
  return {
    bytes,
    runner: {
      where: runner.where,
      run: (file, args, options) => runner.run(file, args, options),
      runWithStdinFile: (file, args, path, options) => runner.runWithStdinFile(file, args, path, options),
      stream: (file, args, read, options) => {
        const at = bytes.push(0) - 1
        return runner.stream(
          file,
          args,
          (stdout) =>
            read(
              (async function* () {
                for await (const chunk of stdout) {
                  bytes[at]! += chunk.length
                  yield chunk
                }
              })()
            ),
          options
        )
      }
    }
  }
}

describe.each([
  ['docker cp, local', () => new LocalRunner() as CommandRunner],
  ['docker cp through ssh', () => ssh as CommandRunner]
])('a glob directory read through %s (each /big/fN is 50 MB)', (_route, runner) => {
  it('stops once the sorted walk is past every possible match; what it read is never held', async () => {
    const MB = 1024 * 1024
    const { runner: counted, bytes } = counting(runner())
    const docker = new DockerCli(counted)
    // `e*`: the first entry (f0) is already past it: not one file's content is read.
    const none = await docker.listContainerPaths(container, ['/big/e*'])
    expect(none.directories).toEqual([
      { path: '/big', exists: true, detail: '', entries: [expect.objectContaining({ name: 'f0' })] }
    ])
    expect(bytes[0]!).toBeLessThan(8 * MB)
    // `f0*`: f0's 50 MB pass through (skipped, not kept), and reading ends at f1's header.
    let peak = process.memoryUsage().rss
    const before = peak
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    try {
      const first = await docker.listContainerPaths(container, ['/big/f0*'])
      expect(first.directories![0]!.entries.map((e) => e.name)).toEqual(['f0', 'f1'])
      expect(first.directories![0]!.entries[0]!.detail).toMatch(/^-rw-r--r-- 52428800 \S+ \S+ \/big\/f0$/)
    } finally {
      clearInterval(sampler)
    }
    expect(bytes[1]!).toBeGreaterThanOrEqual(50 * MB)
    expect(bytes[1]!).toBeLessThan(100 * MB)
    expect((peak - before) / MB).toBeLessThan(64)
    expect(await lingering(`${container}:/big/`)).toEqual([])
  }, 60_000)
})

describe('the remote route names the target', () => {
  it('commands run through ssh, and a missing container is an error naming the target', async () => {
    const listing = await new DockerCli(ssh).listImagePaths(image.tag, ['/app/dist'])
    expect(listing.commands.filter((c) => c.includes('$ docker cp '))).toHaveLength(1)
    expect(listing.commands.every((c) => c.startsWith(`ssh://root@127.0.0.1:${sshd.port} $ docker `))).toBe(true)
    const absent = uniqueName('archive-api-absent')
    await expect(new DockerCli(ssh).listContainerPaths(absent, ['/x'])).rejects.toThrow(
      `no container ${absent} on the ssh://root@127.0.0.1:${sshd.port} engine`
    )
  }, 60_000)
})
