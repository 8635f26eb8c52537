import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { localEngineSocket } from '../../src/adapters/docker/endpoint.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import { InfraError } from '../../src/core/errors.js'
import {
  buildBusyboxImage,
  buildShelllessImage,
  DEAD_DOCKER_HOST,
  leftoverTemporaryContainers,
  removeContainers,
  removeImages,
  requireDocker,
  runLabelledContainer,
  uniqueName,
  withEnv,
  type BuiltTestImage,
  type ImageSpec
} from '../helpers/images.js'
import { execa } from 'execa'

const REVISION = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const CONTENT: Omit<ImageSpec, 'tag'> = {
  files: {
    '/app/dist/modules/workflow/index.js': 'module.exports = 1\n',
    '/app/with space/file name.txt': 'x',
    '/app/empty/': ''
  },
  symlinks: { '/app/current': '/app/dist' },
  labels: { 'org.opencontainers.image.revision': REVISION }
}
/** Asked in this order on purpose (ls sorts its output; the answer must not). */
const PATHS = [
  '/app/missing',
  '/app/dist/modules/workflow',
  '/app/with space/file name.txt',
  '/app/current',
  '/app/dist/modules/workflow/index.js/not-a-dir',
  '/app/empty',
  '/app/dist/modules/workflow/index.js'
]
const EXISTS = [false, true, true, true, false, true, true]

/** Without a socket the archive fallback streams `docker cp` (the route a remote engine takes); with it, HEAD requests. */
const docker = new DockerCli(new LocalRunner())
let viaSocket: DockerCli
const project = uniqueName('proj')
let busybox: BuiltTestImage
let shellless: BuiltTestImage
const containers: string[] = []

beforeAll(async () => {
  await requireDocker()
  const socket = await localEngineSocket()
  // These machines run the engine on its default socket: a null here would silently test the docker cp route twice.
  if (!socket) throw new Error('the local engine socket could not be resolved (DOCKER_HOST or a docker context is set)')
  viaSocket = new DockerCli(new LocalRunner(), undefined, { engineSocket: socket })
  ;[busybox, shellless] = await Promise.all([
    buildBusyboxImage({ tag: uniqueName('bb'), ...CONTENT }),
    buildShelllessImage({ tag: uniqueName('sl'), ...CONTENT, keepAlive: true })
  ])
  containers.push(
    await runLabelledContainer({ image: busybox.tag, project, service: 'api' }),
    await runLabelledContainer({ image: shellless.tag, project, service: 'distroless' })
  )
}, 120_000)

afterAll(async () => {
  await removeContainers(...containers)
  await removeImages(busybox?.tag, shellless?.tag)
}, 60_000)

describe('listImagePaths (real engine)', () => {
  it('lists present and missing paths (spaces, symlink, not-a-directory) with ONE docker run, in the order asked', async () => {
    const listing = await docker.listImagePaths(busybox.tag, PATHS)
    expect(listing.method).toBe('ls')
    expect(listing.commands).toHaveLength(1)
    expect(listing.entries.map((e) => e.path)).toEqual(PATHS)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
    expect(listing.entries[3]!.detail).toMatch(/^lrwxrwxrwx .* \/app\/current -> \/app\/dist$/)
    expect(listing.entries[2]!.detail).toMatch(/^-rw-r--r-- .* \/app\/with space\/file name\.txt$/)
    expect(listing.entries[0]!.detail).toBe('No such file or directory')
    expect(listing.entries[4]!.detail).toBe('Not a directory')
  }, 60_000)

  it('reads an image without ls through the archive API: same answers, and no container left behind', async () => {
    const listing = await docker.listImagePaths(shellless.tag, PATHS)
    expect(listing.method).toBe('archive')
    expect(listing.commands[0]).toMatch(/--entrypoint ls/)
    expect(listing.commands.filter((c) => c.startsWith('docker cp '))).toHaveLength(PATHS.length)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
    // mode, size, mtime, path (the engine's stat has no owner, and both routes give one shape).
    expect(listing.entries[1]!.detail).toMatch(/^drwxr-xr-x \d+ \S+ \S+ \/app\/dist\/modules\/workflow$/)
    expect(listing.entries[3]!.detail).toMatch(/^lrwxrwxrwx .* \/app\/current -> \/app\/dist$/)
    expect(listing.entries[6]!.detail).toMatch(/^-rw-r--r-- 19 /)
    expect(await leftoverTemporaryContainers(shellless.tag)).toEqual([])
  }, 60_000)

  it('over the engine socket: ONE HEAD per path, no docker cp, the same answers and lines', async () => {
    const [copied, listing] = [
      await docker.listImagePaths(shellless.tag, PATHS),
      await viaSocket.listImagePaths(shellless.tag, PATHS)
    ]
    expect(listing.method).toBe('archive')
    expect(listing.commands[0]).toMatch(/--entrypoint ls/)
    expect(listing.commands[1]).toMatch(/^docker create .*--label io\.driftcheck\.temporary=true/)
    expect(listing.commands.filter((c) => c.startsWith('docker cp '))).toEqual([])
    expect(listing.commands.filter((c) => c.startsWith('HEAD /containers/'))).toHaveLength(PATHS.length)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
    expect(listing.entries[0]!.detail).toBe('No such file or directory')
    expect(listing.entries[4]!.detail).toBe('Not a directory')
    expect(listing.entries[1]!.detail).toMatch(/^drwxr-xr-x \d+ \S+ \S+ \/app\/dist\/modules\/workflow$/)
    // Files, symlinks and absences read the same either way (a directory's size is 0 in a tar header, 4096 in a stat).
    const notDirectories = (entries: typeof listing.entries) => entries.filter((e) => !e.detail.startsWith('d'))
    expect(notDirectories(listing.entries)).toEqual(notDirectories(copied.entries))
    expect(await leftoverTemporaryContainers(shellless.tag)).toEqual([])
  }, 60_000)

  it('a missing image is an InfraError naming it (nothing is pulled)', async () => {
    const ref = `${uniqueName('absent')}:1`
    const error = await docker.listImagePaths(ref, ['/app']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toBe(`image ${ref} is not on the local Docker engine`)
  }, 30_000)
})

describe('inspect and find (real engine)', () => {
  it('inspectImage: ID, revision label, tags, filesystem layers; null for a missing image', async () => {
    const info = await docker.inspectImage(busybox.tag)
    expect(info).toMatchObject({ id: busybox.id, revision: REVISION, tags: [`${busybox.tag}:latest`] })
    expect(info!.layers.length).toBeGreaterThan(0)
    expect(info!.layers.every((l) => /^sha256:[0-9a-f]{64}$/.test(l))).toBe(true)
    expect(Date.parse(info!.created!)).toBeGreaterThan(Date.parse('2020-01-01'))
    expect(await docker.inspectImage(`${uniqueName('absent')}:1`)).toBeNull()
  }, 30_000)

  it('inspectImages: one docker process for several refs, the found in order, the absent left out', async () => {
    const absent = uniqueName('absent')
    const found = await docker.inspectImages([absent, busybox.tag, `${absent}-2:1`, busybox.id])
    expect(found.map((image) => image.id)).toEqual([busybox.id, busybox.id])
    expect(found[0]!.tags).toContain(`${busybox.tag}:latest`)
    expect(await docker.inspectImages([absent, `${absent}-2`])).toEqual([])
  }, 30_000)

  it('findServiceContainers finds the running container by compose labels; none for another service', async () => {
    const [found, ...more] = await docker.findServiceContainers(project, 'api')
    expect(more).toEqual([])
    expect(found).toMatchObject({ name: containers[0], imageId: busybox.id, imageRef: busybox.tag, state: 'running' })
    expect(Date.parse(found!.startedAt!)).toBeGreaterThan(Date.parse('2020-01-01'))
    expect(await docker.findServiceContainers(project, 'nobody')).toEqual([])
    expect(await docker.findServiceContainers(uniqueName('other'), 'api')).toEqual([])
  }, 30_000)

  it('findContainer: running by name; null when absent or stopped', async () => {
    expect((await docker.findContainer(containers[1]!))?.imageId).toBe(shellless.id)
    expect(await docker.findContainer(uniqueName('absent'))).toBeNull()
    const stopped = await runLabelledContainer({ image: busybox.tag })
    containers.push(stopped)
    await execa('docker', ['stop', '--time', '0', stopped])
    expect(await docker.findContainer(stopped)).toBeNull()
  }, 60_000)
})

describe('listContainerPaths (real engine)', () => {
  it('lists a running container with ONE docker exec', async () => {
    const listing = await docker.listContainerPaths(containers[0]!, PATHS)
    expect(listing.method).toBe('ls')
    expect(listing.commands).toHaveLength(1)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
  }, 30_000)

  it('reads a running container without ls through docker cp', async () => {
    const listing = await docker.listContainerPaths(containers[1]!, PATHS)
    expect(listing.method).toBe('archive')
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
  }, 60_000)

  it('reads a running container without ls over the engine socket', async () => {
    const listing = await viaSocket.listContainerPaths(containers[1]!, PATHS)
    expect(listing.method).toBe('archive')
    expect(
      listing.commands.slice(1).every((c) => c.startsWith(`HEAD /containers/${containers[1]}/archive?path=`))
    ).toBe(true)
    expect(listing.entries.map((e) => e.exists)).toEqual(EXISTS)
    expect(listing.entries[3]!.detail).toMatch(/^lrwxrwxrwx .* \/app\/current -> \/app\/dist$/)
  }, 60_000)

  it('a stopped container is an InfraError, not a listing', async () => {
    const stopped = await runLabelledContainer({ image: busybox.tag })
    containers.push(stopped)
    await execa('docker', ['stop', '--time', '0', stopped])
    await expect(docker.listContainerPaths(stopped, ['/app'])).rejects.toThrow(/is not running/)
  }, 60_000)
})

describe('an unreachable engine (DOCKER_HOST on a dead socket)', () => {
  const dead = new DockerCli(withEnv(new LocalRunner(), { DOCKER_HOST: DEAD_DOCKER_HOST }))
  it.each([
    ['listImagePaths', () => dead.listImagePaths(busybox.tag, ['/app'])],
    ['listContainerPaths', () => dead.listContainerPaths(containers[0]!, ['/app'])],
    ['inspectImage', () => dead.inspectImage(busybox.tag)],
    ['findServiceContainers', () => dead.findServiceContainers(project, 'api')],
    ['findContainer', () => dead.findContainer(containers[0]!)]
  ])(
    '%s throws a one-line InfraError with a hint',
    async (_name, call) => {
      const error = await call().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InfraError)
      expect((error as InfraError).message).toMatch(
        /^Docker engine unreachable \(local\): Cannot connect to the Docker daemon at unix:\/\/\/nonexistent\.sock/
      )
      expect((error as InfraError).message).not.toContain('\n')
      expect((error as InfraError).hint).toMatch(/DOCKER_HOST/)
    },
    30_000
  )
})
