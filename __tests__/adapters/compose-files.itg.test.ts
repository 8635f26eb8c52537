import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ComposeCli } from '../../src/adapters/compose.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import { CommandError } from '../../src/core/errors.js'
import type { Logger } from '../../src/core/ports.js'

// The real engine and docker-compose v1: a local project's files read directly (no `compose config` before the build), the
// labels stamped through an override file; and the files this reader leaves to compose, through `compose config`.
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-speed-${suffix}`
const tagged = `driftcheck-speed-${suffix}/named`
const root = mkdtempSync(join(tmpdir(), 'driftcheck-speed-files-'))
const builtIds = new Set<string>()

const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim()
const labelsOf = (ref: string) => JSON.parse(docker('image', 'inspect', '--format', '{{json .Config.Labels}}', ref))

const recording = () => {
  const lines: string[] = []
  const log = (level: string) => (m: string) => lines.push(`${level}: ${m}`)
  const logger: Logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
  const commands = () => lines.filter((l) => l.startsWith('debug: $ ')).map((l) => l.slice('debug: $ '.length))
  return { lines, logger, commands }
}

/** A project folder: the Dockerfile of `app`, plus the given files. */
function projectDir(name: string, files: Record<string, string>): string {
  const dir = join(root, name)
  const all = {
    'app/Dockerfile': 'FROM driftcheck/busybox:local\nCOPY message.txt /message.txt\nCMD ["cat", "/message.txt"]\n',
    'app/message.txt': `hello ${suffix}\n`,
    ...files
  }
  for (const [path, content] of Object.entries(all)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const labels = {
  'org.opencontainers.image.revision': `rev-${suffix}`,
  'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
  'org.example.price': 'a$b'
}

beforeAll(() => {
  execFileSync('bash', [join(process.cwd(), 'scripts/base-image.sh')], { stdio: 'pipe' })
}, 60_000)

afterAll(() => {
  spawnSync('docker', ['rmi', '-f', `${project}_app`, `${tagged}:dev`, `${tagged}:override`, ...builtIds], {
    stdio: 'ignore'
  })
  rmSync(root, { recursive: true, force: true })
}, 60_000)

describe('a local compose project read from its files', () => {
  it('builds with no `compose config` round: the discovered file and its override, then the labels override', async () => {
    const dir = projectDir('direct', {
      'compose.yml':
        "version: '3.8'\nservices:\n  app:\n    build:\n      context: ./app\n      labels: { team: core }\n" +
        '  named:\n    build: ./app\n    image: ${SPEED_REPO:-nope}:dev\n  plain:\n    image: driftcheck/busybox:local\n',
      'compose.override.yml': "version: '3.8'\nservices:\n  named:\n    image: ${SPEED_REPO}:override\n"
    })
    const { logger, commands, lines } = recording()
    const compose = new ComposeCli(new LocalRunner(logger), {
      dir,
      project,
      env: { SPEED_REPO: tagged },
      logger,
      readsFiles: true
    })
    const built = await compose.build(['app', 'named', 'plain'], labels, { started: () => lines.push('started') })
    for (const b of built) builtIds.add(b.id)
    // Said once, as soon as the build's process runs (its command is logged as it starts): the engine starts the rest then.
    const buildLine = lines.findIndex((l) => / build app named$/.test(l))
    expect(lines.filter((l) => l === 'started')).toHaveLength(1)
    expect(lines.indexOf('started')).toBe(buildLine + 1)

    expect(commands().filter((c) => / config\b/.test(c))).toEqual([])
    // Nor a version check: the name of what compose built (`<project>_app`) says v1. Both names in one inspect.
    expect(commands()).not.toContain('docker-compose version --short')
    expect(commands().filter((c) => c.startsWith('docker image inspect'))).toEqual([
      `docker image inspect -- ${project}_app ${project}-app`,
      `docker image inspect -- ${tagged}:override`
    ])
    const build = commands().find((c) => c.includes(' build '))!
    expect(build).toMatch(
      new RegExp(
        `^docker-compose -p ${project} -f compose.yml -f compose.override.yml -f (/\\S+/labels.yml) build app named$`
      )
    )
    // The override file is gone after the build.
    expect(existsSync(/-f (\/\S+\/labels.yml) build/.exec(build)![1]!)).toBe(false)
    expect(lines).toContain(`info: compose build app named (docker-compose, project ${project})`)

    expect(built.map((b) => [b.service, b.ref])).toEqual([
      ['app', `${project}_app`],
      ['named', `${tagged}:override`]
    ])
    for (const b of built) {
      expect(b.id).toBe(docker('image', 'inspect', '--format', '{{.Id}}', b.ref))
      expect(b.revision).toBe(`rev-${suffix}`)
      expect(labelsOf(b.ref)).toMatchObject(labels) // `$` arrived as written
    }
    expect(labelsOf(`${project}_app`)).toMatchObject({ team: 'core' }) // the project's own build labels are kept

    // What compose itself says of the project: the same services and images.
    const viaConfig = new ComposeCli(new LocalRunner(), { dir, project, env: { SPEED_REPO: tagged } })
    expect(await compose.services()).toEqual(await viaConfig.services())
  }, 180_000)

  it('an image under the other version’s name too (`<project>-app`): the version check decides', async () => {
    const dir = projectDir('both-names', {
      'docker-compose.yml': "version: '3.8'\nservices:\n  app:\n    build: ./app\n"
    })
    docker('tag', 'driftcheck/busybox:local', `${project}-app`)
    try {
      const { logger, commands } = recording()
      const compose = new ComposeCli(new LocalRunner(logger), { dir, project, logger, readsFiles: true })
      const [built] = await compose.build(['app'], labels)
      builtIds.add(built!.id)
      expect(commands()).toContain('docker-compose version --short')
      expect(built).toMatchObject({ ref: `${project}_app`, revision: `rev-${suffix}` })
    } finally {
      docker('rmi', `${project}-app`)
    }
  }, 180_000)

  it('leaves what it does not read to `compose config` (extends), and still stamps the build', async () => {
    const dir = projectDir('extends', {
      'base.yml': "version: '3.8'\nservices:\n  base:\n    build: ./app\n",
      'docker-compose.yml': "version: '3.8'\nservices:\n  app:\n    extends: { file: base.yml, service: base }\n"
    })
    const { logger, commands, lines } = recording()
    const compose = new ComposeCli(new LocalRunner(logger), { dir, project, logger, readsFiles: true })
    const [built] = await compose.build(['app'], labels, { started: () => lines.push('started') })
    builtIds.add(built!.id)
    expect(lines).toContain(
      'debug: compose: docker-compose.yml: service app uses extends:: reading the project through `compose config`'
    )
    // Here the build waits on compose from the start (its config, then its build): said once, before either runs.
    expect(lines.filter((l) => l === 'started')).toHaveLength(1)
    expect(lines.indexOf('started')).toBeLessThan(lines.indexOf(`debug: $ docker-compose -p ${project} config`))
    expect(commands()).toContain(`docker-compose -p ${project} config`)
    expect(commands()).toContain(`docker-compose -p ${project} -f - build app`)
    expect(labelsOf(built!.ref)).toMatchObject(labels)
  }, 180_000)

  it('a failing build is a CommandError with the end of its output, and leaves no override file behind', async () => {
    const dir = projectDir('broken', {
      'docker-compose.yml': "version: '3.8'\nservices:\n  broken:\n    build: ./broken\n",
      'broken/Dockerfile': 'FROM driftcheck/busybox:local\nCOPY missing-file-speed /x\n'
    })
    const { logger, commands } = recording()
    const compose = new ComposeCli(new LocalRunner(logger), { dir, project, logger, readsFiles: true })
    const error = (await compose.build(['broken'], labels).catch((e: unknown) => e)) as CommandError
    expect(error).toBeInstanceOf(CommandError)
    expect(error.message).toMatch(/^compose build failed on local \(exit 1\): `docker-compose -p dc-speed-\w+ -f /)
    expect(error.message).toContain('missing-file-speed')
    const build = commands().find((c) => c.includes(' build '))!
    expect(existsSync(/-f (\/\S+\/labels.yml) build/.exec(build)![1]!)).toBe(false)
  }, 180_000)

  it('an unknown service is the usage error, before any build', async () => {
    const dir = projectDir('unknown', { 'docker-compose.yml': "version: '3.8'\nservices:\n  app:\n    build: ./app\n" })
    const { logger, commands } = recording()
    const compose = new ComposeCli(new LocalRunner(logger), { dir, project, logger, readsFiles: true })
    await expect(compose.build(['nope'], labels)).rejects.toThrow(/nope/)
    expect(commands().some((c) => c.includes(' build '))).toBe(false)
    expect(await compose.version()).toBe('v1') // the version check that ran beside it ends before the test does
  }, 60_000)

  it('no compose on PATH: detection’s error (what was tried), not the build’s', async () => {
    const dir = projectDir('nocompose', {
      'docker-compose.yml': "version: '3.8'\nservices:\n  app:\n    build: ./app\n"
    })
    const empty = join(root, 'empty-bin')
    mkdirSync(empty, { recursive: true })
    const compose = new ComposeCli(new LocalRunner(), { dir, project, readsFiles: true })
    // Detection runs with this process's environment.
    const path = process.env.PATH
    process.env.PATH = empty
    try {
      await expect(compose.build(['app'], labels)).rejects.toThrow(/^Docker Compose is not available on local/)
    } finally {
      process.env.PATH = path
    }
  }, 60_000)
})
