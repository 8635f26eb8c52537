import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ComposeCli, openCompose } from '../../src/adapters/compose.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import { CommandError } from '../../src/core/errors.js'

// The real engine and the real docker-compose v1 of this machine (v2 is not installed here: see the unit tests).
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-itg-${suffix}`
const namedImage = `driftcheck-itg-${suffix}/named:dev`
const runner = new LocalRunner()
const dir = mkdtempSync(join(tmpdir(), 'driftcheck-compose-'))
let compose: ComposeCli
/** Every image built here: rebuilt ones lose their tag, and `down --rmi` only removes what is still tagged. */
const builtIds: string[] = []

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim()
const imageId = (ref: string) => docker('image', 'inspect', '--format', '{{.Id}}', ref)
const labelsOf = (ref: string) => JSON.parse(docker('image', 'inspect', '--format', '{{json .Config.Labels}}', ref))
const runningImage = (service: string) => {
  const ids = docker(
    'ps',
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    `label=com.docker.compose.service=${service}`
  )
  expect(ids.split('\n').filter(Boolean)).toHaveLength(1)
  return docker('inspect', '--format', '{{.Image}}', ids)
}

const files = {
  'compose.yml': `version: '3.8'
services:
  app:
    build: ./app
  named:
    build:
      context: ./app
      args: { GREETING: hello }
    image: ${namedImage}
  plain:
    image: driftcheck/busybox:local
    command: ['sh', '-c', 'trap "exit 0" TERM; sleep 300 & wait']
  broken:
    build: ./broken
`,
  'app/Dockerfile': `FROM driftcheck/busybox:local
ARG GREETING=none
COPY message.txt /message.txt
RUN echo "$GREETING" > /greeting
CMD ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]
`,
  'app/message.txt': 'first\n',
  'broken/Dockerfile': 'FROM driftcheck/busybox:local\nCOPY missing-file-xyz /x\n'
}

beforeAll(async () => {
  // Fails loudly (no skip) when the engine or the base image script cannot run.
  execFileSync('bash', [join(process.cwd(), 'scripts/base-image.sh')], { stdio: 'pipe' })
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  compose = await openCompose(runner, { dir, project, files: ['compose.yml'] })
}, 60_000)

afterAll(async () => {
  await compose?.down({ volumes: true, removeImages: 'local' }).catch(() => undefined)
  // Some are gone already (`down --rmi`): spawnSync does not throw on that.
  spawnSync('docker', ['rmi', '-f', namedImage, `${project}_app`, ...builtIds], { stdio: 'ignore' })
  rmSync(dir, { recursive: true, force: true })
}, 60_000)

describe('ComposeCli against docker-compose v1', () => {
  it('detects v1', async () => {
    expect(await compose.version()).toBe('v1')
  })

  it('lists services with their image refs, with and without `image:`', async () => {
    expect(await compose.services()).toEqual({
      app: { image: `${project}_app`, builds: true },
      named: { image: namedImage, builds: true },
      plain: { image: 'driftcheck/busybox:local', builds: false },
      broken: { image: `${project}_broken`, builds: true }
    })
  })

  it('builds the services stamped with the labels docker image inspect shows, keeping build args', async () => {
    const labels = {
      'org.opencontainers.image.revision': `rev-${suffix}`,
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z'
    }
    const built = await compose.build(['app', 'named', 'plain'], labels)
    builtIds.push(...built.map((b) => b.id))
    expect(built.map((b) => [b.service, b.ref])).toEqual([
      ['app', `${project}_app`],
      ['named', namedImage]
    ])
    for (const image of built) {
      expect(image.id).toBe(imageId(image.ref))
      expect(image.revision).toBe(`rev-${suffix}`)
      expect(image.created).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(labelsOf(image.ref)).toMatchObject(labels)
      // Its content, as the container layer compares it: the engine's RootFS layers, bottom first.
      expect(image.layers).toEqual(
        JSON.parse(docker('image', 'inspect', '--format', '{{json .RootFS.Layers}}', image.ref))
      )
      expect(image.layers.length).toBeGreaterThan(1)
    }
    expect(docker('run', '--rm', namedImage, 'cat', '/greeting')).toBe('hello')
  }, 120_000)

  it('up -d starts the services on the built image; a changed file gives a new image ID that up recreates on', async () => {
    await compose.up(['app', 'plain'])
    const first = imageId(`${project}_app`)
    expect(runningImage('app')).toBe(first)
    expect(runningImage('plain')).toBe(imageId('driftcheck/busybox:local'))

    writeFileSync(join(dir, 'app/message.txt'), `second ${suffix}\n`)
    const [rebuilt] = await compose.build(['app'], { 'org.opencontainers.image.revision': 'rev-2' })
    builtIds.push(rebuilt!.id)
    expect(rebuilt!.id).not.toBe(first)
    expect(rebuilt!.revision).toBe('rev-2')
    // Not recreated yet: the running container still has the old image (the runtime drift driftcheck names).
    expect(runningImage('app')).toBe(first)

    await compose.up(['app'], { noBuild: true })
    expect(runningImage('app')).toBe(rebuilt!.id)
  }, 180_000)

  it('force-recreate replaces the container even when nothing changed', async () => {
    const before = docker(
      'ps',
      '-q',
      '--filter',
      `label=com.docker.compose.project=${project}`,
      '--filter',
      'label=com.docker.compose.service=plain'
    )
    await compose.up(['plain'], { noBuild: true, forceRecreate: true })
    const after = docker(
      'ps',
      '-q',
      '--filter',
      `label=com.docker.compose.project=${project}`,
      '--filter',
      'label=com.docker.compose.service=plain'
    )
    expect(after).not.toBe('')
    expect(after).not.toBe(before)
  }, 120_000)

  it('a failing build throws a CommandError whose message carries the end of the build output', async () => {
    const error = (await compose.build(['broken'], {}).catch((e: unknown) => e)) as CommandError
    expect(error).toBeInstanceOf(CommandError)
    expect(error.message).toMatch(
      /^compose build failed on local \(exit 1\): `docker-compose -p dc-itg-\w+ -f - build broken`\n/
    )
    expect(error.message).toContain('missing-file-xyz')
    expect(error.message.split('\n').length).toBeLessThanOrEqual(21)
  }, 120_000)

  it('an unknown compose setup fails with compose’s own error, not a stack trace', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'driftcheck-compose-empty-'))
    try {
      const none = new ComposeCli(runner, { dir: empty })
      await expect(none.services()).rejects.toThrow(
        /compose config failed on local \(exit 1\)[\s\S]*Can't find a suitable configuration file/
      )
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  }, 60_000)
})
