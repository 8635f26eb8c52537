import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { openCompose } from '../../src/adapters/compose.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { Logger } from '../../src/core/ports.js'

// docker-compose v1 builds through the first `docker` on PATH. This machine's first one (28, no buildx plugin) cannot use
// BuildKit, so a folder first on PATH holds a `docker` that can (a CLI < 23, which has it built in, or one with buildx).
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-bench-itg-${suffix}`
const dir = mkdtempSync(join(tmpdir(), 'driftcheck-buildkit-'))
const shim = join(dir, 'bin')
const builtIds = new Set<string>()

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim()
const inspect = (ref: string, format: string) => docker('image', 'inspect', '--format', format, ref)

/** The first `docker` on PATH whose CLI can build with BuildKit. */
function buildkitDocker(): string {
  const candidates = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'docker'))
  for (const candidate of candidates) {
    const version = spawnSync(candidate, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' })
    if (version.error) continue
    const major = Number(/^(\d+)\./.exec(version.stdout)?.[1])
    if (major < 23 || spawnSync(candidate, ['buildx', 'version']).status === 0) return candidate
  }
  throw new Error('no docker CLI on PATH can build with BuildKit (a docker CLI < 23, or the buildx plugin, is needed)')
}

const recording = () => {
  const lines: string[] = []
  const log = (level: string) => (m: string) => lines.push(`${level}: ${m}`)
  const logger: Logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
  return { lines, logger }
}

const labels = {
  'org.opencontainers.image.revision': `rev-${suffix}`,
  'org.opencontainers.image.created': '2026-01-02T03:04:05Z'
}

beforeAll(() => {
  execFileSync('bash', [join(process.cwd(), 'scripts/base-image.sh')], { stdio: 'pipe' })
  // The test decides the builder itself: an inherited choice would win over the adapter's (that is the contract).
  delete process.env.DOCKER_BUILDKIT
  delete process.env.COMPOSE_DOCKER_CLI_BUILD
  mkdirSync(join(dir, 'app'), { recursive: true })
  mkdirSync(shim)
  symlinkSync(buildkitDocker(), join(shim, 'docker'))
  writeFileSync(join(dir, 'compose.yml'), "version: '3.8'\nservices:\n  app:\n    build: ./app\n")
  writeFileSync(
    join(dir, 'app/Dockerfile'),
    'FROM driftcheck/busybox:local\nCOPY message.txt /message.txt\nCMD ["cat", "/message.txt"]\n'
  )
  writeFileSync(join(dir, 'app/message.txt'), `hello ${suffix}\n`)
}, 60_000)

afterAll(() => {
  spawnSync('docker', ['rmi', '-f', `${project}_app`, ...builtIds], { stdio: 'ignore' })
  rmSync(dir, { recursive: true, force: true })
}, 60_000)

describe('compose v1 builds with BuildKit where the docker CLI has it', () => {
  const withShim = { PATH: `${shim}${delimiter}${process.env.PATH ?? ''}` }

  it('builds with BuildKit, stamped with the labels, and hands back the ID docker image inspect shows', async () => {
    const { lines, logger } = recording()
    const compose = await openCompose(new LocalRunner(), {
      dir,
      project,
      files: ['compose.yml'],
      env: withShim,
      logger
    })
    const [built] = await compose.build(['app'], labels)
    builtIds.add(built!.id)
    expect(lines).toContain(`info: compose build app (v1, BuildKit, project ${project})`)
    expect(built).toMatchObject({ service: 'app', ref: `${project}_app`, revision: `rev-${suffix}` })
    expect(built!.id).toBe(inspect(`${project}_app`, '{{.Id}}'))
    expect(JSON.parse(inspect(built!.ref, '{{json .Config.Labels}}'))).toMatchObject(labels)
    // BuildKit commits no build container; the classic builder names the one it committed.
    expect(inspect(built!.ref, '{{.Container}}')).toBe('')
    expect(docker('run', '--rm', built!.ref)).toBe(`hello ${suffix}`)

    // Cached: the same image ID (the container layer compares running and built images by ID).
    const [again] = await compose.build(['app'], labels)
    expect(again!.id).toBe(built!.id)
  }, 180_000)

  it('the user’s own DOCKER_BUILDKIT=0 gets the classic builder, with the same labels', async () => {
    const { lines, logger } = recording()
    const compose = await openCompose(new LocalRunner(), {
      dir,
      project,
      files: ['compose.yml'],
      env: { ...withShim, DOCKER_BUILDKIT: '0' },
      logger
    })
    const [built] = await compose.build(['app'], labels)
    builtIds.add(built!.id)
    expect(lines).toContain(`info: compose build app (v1, project ${project})`)
    expect(built!.id).toBe(inspect(`${project}_app`, '{{.Id}}'))
    expect(built!.revision).toBe(`rev-${suffix}`)
    expect(JSON.parse(inspect(built!.ref, '{{json .Config.Labels}}'))).toMatchObject(labels)
    expect(inspect(built!.ref, '{{.Container}}')).not.toBe('')
  }, 180_000)
})
