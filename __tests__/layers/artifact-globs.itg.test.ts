// Artifact globs (hashed bundles) on the real engine, in the artifact and the container layers, for images with `ls` and
// without (read through the archive API, by `docker cp` and over the engine socket).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { localEngineSocket } from '../../src/adapters/docker/endpoint.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { FeatureConfig } from '../../src/core/config.js'
import type { LayerResult } from '../../src/core/model.js'
import type { RunningContainer } from '../../src/core/ports.js'
import { runArtifactLayer } from '../../src/layers/artifact.js'
import { runContainerLayer } from '../../src/layers/container.js'
import {
  buildBusyboxImage,
  buildShelllessImage,
  removeContainers,
  removeImages,
  requireDocker,
  runLabelledContainer,
  uniqueName,
  type BuiltTestImage
} from '../helpers/images.js'

const ASSETS = '/app/frontend/dist/assets'
const FILES = {
  '/app/frontend/dist/index.html': '<script src="/assets/index-3f9a1c.js"></script>',
  [`${ASSETS}/index-3f9a1c.js`]: 'console.log(1)',
  [`${ASSETS}/index-3f9a1c.css`]: 'body{}',
  [`${ASSETS}/vendor-77aa01.js`]: 'v'.repeat(4096),
  [`${ASSETS}/logo-5e6f.svg`]: '<svg/>',
  '/app/legacy/main-1a.js': '1',
  '/app/legacy/main-2b.js': '2'
}
const feature = (name: string, paths: string[]): FeatureConfig => ({
  name,
  source: [],
  artifact: { web: paths },
  routes: [],
  auth: []
})
const FEATURES = [
  feature('frontend', ['/app/frontend/dist/index.html', `${ASSETS}/index-*.js`]),
  feature('admin', [`${ASSETS}/admin-*.js`]),
  feature('legacy', ['/app/legacy/main-*.js']),
  feature('gone', ['/app/nope/*.js'])
]

let withLs: BuiltTestImage
let shellless: BuiltTestImage
const containers: Record<string, string> = {}
let viaSocket: DockerCli
const viaCli = new DockerCli(new LocalRunner())

beforeAll(async () => {
  await requireDocker()
  const socket = await localEngineSocket()
  if (!socket) throw new Error('the local engine socket could not be resolved (DOCKER_HOST or a docker context is set)')
  viaSocket = new DockerCli(new LocalRunner(), undefined, { engineSocket: socket })
  ;[withLs, shellless] = await Promise.all([
    buildBusyboxImage({ tag: uniqueName('artifact-globs-web-ls'), files: FILES }),
    buildShelllessImage({ tag: uniqueName('artifact-globs-web-sl'), files: FILES, keepAlive: true })
  ])
  containers.ls = await runLabelledContainer({ image: withLs.tag, name: uniqueName('artifact-globs-web-ls') })
  containers.archive = await runLabelledContainer({ image: shellless.tag, name: uniqueName('artifact-globs-web-sl') })
}, 120_000)

afterAll(async () => {
  await removeContainers(...Object.values(containers))
  await removeImages(withLs?.tag, shellless?.tag)
}, 60_000)

/** The same judgement whichever way the image or container was read. */
function expectGlobVerdicts(results: Map<string, LayerResult>, where: string): void {
  const frontend = results.get('frontend')!
  expect(frontend.status).toBe('pass')
  expect(frontend.evidence.summary).toContain(`all 2 paths are in ${where}`)
  expect(frontend.evidence.summary).toContain('index-*.js matched index-3f9a1c.js')
  expect(frontend.evidence.checks![1]).toMatchObject({
    target: `${ASSETS}/index-*.js`,
    status: 'pass',
    matched: [`${ASSETS}/index-3f9a1c.js`]
  })
  expect(frontend.evidence.checks![1]!.observed).toMatch(
    /^-rw-r--r-- .*\/app\/frontend\/dist\/assets\/index-3f9a1c\.js/
  )

  const admin = results.get('admin')!
  expect(admin.status).toBe('fail')
  expect(admin.evidence.summary).toBe(`${where} lacks ${ASSETS}/admin-*.js (no match)`)
  expect(admin.evidence.checks![0]).toMatchObject({ status: 'fail', matched: [] })
  expect(admin.evidence.checks![0]!.observed).toMatch(/^nothing in \/app\/frontend\/dist\/assets matches admin-\*\.js/)

  const legacy = results.get('legacy')!
  expect(legacy.status).toBe('pass')
  expect(legacy.evidence.summary).toContain('main-*.js matched 2: main-1a.js and main-2b.js')
  expect(legacy.evidence.checks![0]!.matched).toEqual(['/app/legacy/main-1a.js', '/app/legacy/main-2b.js'])

  const gone = results.get('gone')!
  expect(gone.status).toBe('fail')
  expect(gone.evidence.checks![0]!.observed).toMatch(/^\/app\/nope: No such file or directory/)
}

describe('the artifact layer with globs', () => {
  it('an image with ls: ONE docker run lists the literal paths and every glob directory (ls -la)', async () => {
    const images = new Map([['web', { ref: withLs.tag }]])
    const results = await runArtifactLayer({ features: FEATURES, images, docker: viaCli })
    expectGlobVerdicts(results, 'the web image')
    const runs = results.get('frontend')!.evidence.commands!
    expect(runs).toHaveLength(1)
    // Each feature's evidence names its own paths of the one listing, and how many it left out.
    const others = ' of other features, in the same listing'
    expect(runs[0]).toMatch(/-la -- \S+ \S+ # and 2 paths/)
    expect(runs[0]).toContain(`-la -- /app/frontend/dist/index.html ${ASSETS}/ # and 2 paths${others}`)
    const own = { admin: `${ASSETS}/`, legacy: '/app/legacy/', gone: '/app/nope/' }
    for (const [name, path] of Object.entries(own)) {
      const [command] = results.get(name)!.evidence.commands!
      expect(command).toBe(`${runs[0]!.split(' -- ')[0]} -- ${path} # and 3 paths${others}`)
    }
  }, 60_000)

  it.each([
    ['docker cp', () => viaCli],
    ['the engine socket', () => viaSocket]
  ])(
    'an image without ls, through %s: ONE docker cp per glob directory, read through the archive API',
    async (_route, docker) => {
      const images = new Map([['web', { ref: shellless.tag }]])
      const results = await runArtifactLayer({ features: FEATURES, images, docker: docker() })
      expectGlobVerdicts(results, 'the web image')
      const commands = results.get('frontend')!.evidence.commands!
      // Two globs (index-*, admin-*) in the assets directory: one read of it.
      expect(commands.filter((c) => c.includes(`:${ASSETS}/ -`))).toHaveLength(1)
      expect(commands.filter((c) => c.includes(':/app/legacy/ -'))).toHaveLength(1)
      expect(results.get('frontend')!.evidence.checks![1]!.observed).toMatch(/\(read through the archive API\)$/)
    },
    60_000
  )
})

describe('the container layer with globs', () => {
  const running = async (name: string): Promise<RunningContainer> => (await viaCli.findContainer(name))!
  const run = async (which: 'ls' | 'archive', docker: DockerCli) =>
    (
      await runContainerLayer({
        features: FEATURES,
        containers: new Map([['web', [{ host: null, container: await running(containers[which]!), docker }]]]),
        built: new Map(),
        revision: null,
        project: ''
      })
    ).features

  it('a running container with ls: ONE docker exec, the hashed bundle named', async () => {
    const results = await run('ls', viaCli)
    expectGlobVerdicts(results, `the running web container (${containers.ls})`)
    const commands = results.get('frontend')!.evidence.commands!
    expect(commands).toEqual([expect.stringMatching(/^docker exec --user 0:0 \S+ ls -la -- /)])
  }, 60_000)

  it.each([
    ['docker cp', () => viaCli],
    ['the engine socket', () => viaSocket]
  ])(
    'a running container without ls, through %s',
    async (_route, docker) => {
      const results = await run('archive', docker())
      expectGlobVerdicts(results, `the running web container (${containers.archive})`)
      expect(results.get('legacy')!.evidence.commands!.some((c) => c.includes(':/app/legacy/ -'))).toBe(true)
    },
    60_000
  )
})
