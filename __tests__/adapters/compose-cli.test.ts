import { describe, it, expect } from '@jest/globals'
import { parse } from 'yaml'
import { ComposeCli, detectCompose, openCompose, type ComposeCommand } from '../../src/adapters/compose.js'
import { CommandError, InfraError, UsageError } from '../../src/core/errors.js'
import type { CommandResult, CommandRunner, RunOptions, StreamedResult } from '../../src/core/ports.js'
import { V1_CONFIG, V2_CONFIG } from './compose-fixtures.js'

interface Call {
  line: string
  options: RunOptions
}
type Reply = Partial<Omit<CommandResult, 'command'>> | Error
/** A reply that depends on how the command was run (its env: which builder it got). */
type Answer = Reply | ((options: RunOptions) => Reply)

/** A runner that answers by command line (`docker compose version --short`) and records every call. */
class ScriptedRunner implements CommandRunner {
  readonly where = 'fake'
  readonly calls: Call[] = []
  constructor(private readonly replies: Record<string, Answer>) {}

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const line = [file, ...args].join(' ')
    this.calls.push({ line, options })
    const answer = this.replies[line] ?? { exitCode: 127, stderr: `${file}: command not found` }
    const reply = typeof answer === 'function' ? answer(options) : answer
    if (reply instanceof Error) throw reply
    return { command: line, exitCode: 0, stdout: '', stderr: '', ...reply }
  }

  async stream(): Promise<StreamedResult<never>> {
    throw new Error('not used')
  }

  async runWithStdinFile(): Promise<CommandResult> {
    throw new Error('not used')
  }
}

const inspect = (id: string, revision: string) =>
  JSON.stringify([
    { Id: id, Created: '2026-05-07T10:00:00Z', Config: { Labels: { 'org.opencontainers.image.revision': revision } } }
  ])

const notInstalled = (file: string) => new InfraError(`\`${file}\` is not installed or not on PATH`)

describe('detectCompose', () => {
  it('prefers the v2 plugin', async () => {
    const runner = new ScriptedRunner({ 'docker compose version --short': { stdout: '2.27.0\n' } })
    expect(await detectCompose(runner)).toEqual({
      file: 'docker',
      prefix: ['compose'],
      flavour: 'v2',
      version: '2.27.0'
    })
  })

  it('falls back to docker-compose v1 when the plugin is missing', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': { exitCode: 1, stderr: "docker: 'compose' is not a docker command." },
      'docker-compose version --short': { stdout: '1.29.2\n' }
    })
    expect(await detectCompose(runner)).toEqual({
      file: 'docker-compose',
      prefix: [],
      flavour: 'v1',
      version: '1.29.2'
    })
  })

  it('treats a standalone docker-compose that prints 2.x as v2', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': notInstalled('docker'),
      'docker-compose version --short': { stdout: 'v2.20.3\n' }
    })
    expect((await detectCompose(runner)).flavour).toBe('v2')
  })

  it('fails with an InfraError naming both attempts and a hint', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': { exitCode: 1, stderr: 'docker: unknown command: docker compose\n' },
      'docker-compose version --short': notInstalled('docker-compose')
    })
    const error = await detectCompose(runner).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as InfraError).message).toBe(
      'Docker Compose is not available on fake (`docker compose`: docker: unknown command: docker compose; ' +
        '`docker-compose`: `docker-compose` is not installed or not on PATH)'
    )
    expect((error as InfraError).hint).toMatch(/install/)
  })

  it('lets errors that are not infrastructure errors through', async () => {
    const runner = new ScriptedRunner({ 'docker compose version --short': new TypeError('bug') })
    await expect(detectCompose(runner)).rejects.toThrow(TypeError)
  })
})

describe('ComposeCli', () => {
  const v2Replies = {
    'docker compose version --short': { stdout: '2.27.0\n' },
    'docker compose -p shop config --format json': { stdout: V2_CONFIG }
  }

  it('detects once, runs in dir with the given env, and names the project explicitly', async () => {
    const runner = new ScriptedRunner(v2Replies)
    const compose = new ComposeCli(runner, { dir: '/srv/shop', env: { API_PORT: '1234' } })
    expect(compose.project).toBe('shop')
    expect(await compose.version()).toBe('v2')
    await compose.services()
    await compose.services()
    expect(runner.calls.map((c) => c.line)).toEqual([
      'docker compose version --short',
      'docker compose -p shop config --format json',
      'docker compose -p shop config --format json'
    ])
    expect(runner.calls[1]!.options).toMatchObject({ cwd: '/srv/shop', env: { API_PORT: '1234' } })
  })

  it('openCompose applies the detected version’s project rules', async () => {
    const runner = new ScriptedRunner({ 'docker-compose version --short': { stdout: '1.29.2' } })
    expect((await openCompose(runner, { dir: '/tmp/_stack' })).project).toBe('_stack')
    expect((await openCompose(runner, { dir: '/tmp/_stack', project: 'My.App' })).project).toBe('myapp')
  })

  it('does not remember a failed detection', async () => {
    const replies: Record<string, Reply> = {
      'docker compose version --short': new InfraError('ssh: connection refused')
    }
    const runner = new ScriptedRunner(replies)
    const compose = new ComposeCli(runner, { dir: '/srv/shop' })
    await expect(compose.version()).rejects.toThrow(/connection refused/)
    replies['docker compose version --short'] = { stdout: '2.27.0' }
    expect(await compose.version()).toBe('v2')
  })

  it('v2: services() maps compose services to image refs', async () => {
    const compose = new ComposeCli(new ScriptedRunner(v2Replies), { dir: '/srv/shop' })
    expect(await compose.services()).toEqual({
      api: { image: 'shop-api', builds: true },
      db: { image: 'postgres:16', builds: false }
    })
  })

  it('v2: build feeds the labelled config on stdin (`-f -`), skips image-only services, inspects what was built', async () => {
    const runner = new ScriptedRunner({
      ...v2Replies,
      'docker compose -p shop -f - build api': { stdout: 'built\n' },
      'docker image inspect -- shop-api': { stdout: inspect('sha256:new', 'abc123') }
    })
    const compose = new ComposeCli(runner, { dir: '/srv/shop' })
    const built = await compose.build(['api', 'db'], { 'org.opencontainers.image.revision': 'abc123' })
    expect(built).toEqual([
      {
        service: 'api',
        ref: 'shop-api',
        id: 'sha256:new',
        revision: 'abc123',
        created: '2026-05-07T10:00:00.000Z',
        layers: []
      }
    ])
    const call = runner.calls.find((c) => c.line.endsWith('build api'))!
    expect(call.options.cwd).toBe('/srv/shop')
    expect(parse(String(call.options.input)).services.api.build.labels).toEqual({
      team: 'core',
      'org.opencontainers.image.revision': 'abc123'
    })
  })

  it('v1: build and up use docker-compose with the given files', async () => {
    const runner = new ScriptedRunner({
      'docker-compose version --short': { stdout: '1.29.2' },
      'docker-compose -p shop -f base.yml -f prod.yml config': { stdout: V1_CONFIG },
      'docker-compose -p shop -f - build api worker': {},
      'docker image inspect -- shop_api': { stdout: inspect('sha256:a', 'r1') },
      'docker image inspect -- registry.local/shop/worker:2': { stdout: inspect('sha256:w', 'r1') },
      'docker-compose -p shop -f base.yml -f prod.yml up -d --no-build api worker': {}
    })
    const compose = new ComposeCli(runner, { dir: '/srv/shop', files: ['base.yml', 'prod.yml'] })
    const built = await compose.build(['api', 'worker'], { 'org.opencontainers.image.revision': 'r1' })
    expect(built.map((b) => [b.service, b.ref, b.id])).toEqual([
      ['api', 'shop_api', 'sha256:a'],
      ['worker', 'registry.local/shop/worker:2', 'sha256:w']
    ])
    await compose.up(['api', 'worker'], { noBuild: true })
    expect(runner.calls.at(-1)!.line).toBe('docker-compose -p shop -f base.yml -f prod.yml up -d --no-build api worker')
  })

  it('docker-compose: the config is asked for beside the version check, not after it (once per build)', async () => {
    const runner = new ScriptedRunner({
      'docker-compose version --short': { stdout: '1.29.2' },
      'docker-compose -p shop config': { stdout: V1_CONFIG },
      'docker-compose -p shop -f - build api': {},
      'docker image inspect -- shop_api': { stdout: inspect('sha256:a', 'r1') }
    })
    await new ComposeCli(runner, { dir: '/srv/shop' }).build(['api'], {})
    expect(runner.calls.map((c) => c.line)).toEqual([
      'docker compose version --short',
      'docker-compose -p shop config', // started before the version check below answers
      'docker version --format {{.Client.Version}}', // the builder probe too (here: no docker → classic)
      'docker-compose version --short',
      'docker buildx version',
      'docker-compose -p shop -f - build api',
      'docker image inspect -- shop_api'
    ])
  })

  it('docker-compose: a failed early config is reported by the build that needed it', async () => {
    const runner = new ScriptedRunner({
      'docker-compose version --short': { stdout: '1.29.2' },
      'docker-compose -p shop config': { exitCode: 1, stderr: 'ERROR: no such file\n' }
    })
    await expect(new ComposeCli(runner, { dir: '/srv/shop' }).build(['api'], {})).rejects.toThrow(/no such file/)
  })

  it('docker-compose: version() alone (a deploy preflight, before the ship) fetches no config to serve later', async () => {
    let shipped = false
    const runner = new ScriptedRunner({
      'docker-compose version --short': { stdout: '1.29.2' },
      get 'docker-compose -p shop config'() {
        // Before the ship the directory has no compose file yet.
        return shipped ? { stdout: V1_CONFIG } : { exitCode: 1, stderr: "Can't find a suitable configuration file?\n" }
      }
    })
    const compose = new ComposeCli(runner, { dir: '/srv/shop' })
    expect(await compose.version()).toBe('v1')
    shipped = true
    expect(Object.keys(await compose.services())).toEqual(expect.arrayContaining(['api']))
    expect(runner.calls.filter((c) => c.line.endsWith(' config'))).toHaveLength(1)
  })

  it('nothing to build → no build command', async () => {
    const runner = new ScriptedRunner(v2Replies)
    expect(await new ComposeCli(runner, { dir: '/srv/shop' }).build(['db'], {})).toEqual([])
    expect(runner.calls.some((c) => c.line.includes('build'))).toBe(false)
  })

  it('an unknown service is one usage error (exit 2) that lists the known ones, as deploy says it too', async () => {
    const compose = new ComposeCli(new ScriptedRunner(v2Replies), { dir: '/srv/shop' })
    await expect(compose.build(['apj'], {})).rejects.toThrow(
      new UsageError("service 'apj' is not defined by the compose project in /srv/shop (services: api, db)")
    )
  })

  it('a failed build is a CommandError whose message ends with the last 20 lines of output', async () => {
    const stdout = Array.from({ length: 40 }, (_, i) => `step ${i}`).join('\n')
    const runner = new ScriptedRunner({
      ...v2Replies,
      'docker compose -p shop -f - build api': { exitCode: 1, stdout, stderr: "Service 'api' failed to build\n" }
    })
    const error = (await new ComposeCli(runner, { dir: '/srv/shop' })
      .build(['api'], {})
      .catch((e: unknown) => e)) as CommandError
    expect(error).toBeInstanceOf(CommandError)
    expect(error.exitCode).toBe(1)
    const lines = error.message.split('\n')
    expect(lines[0]).toBe('compose build failed on fake (exit 1): `docker compose -p shop -f - build api`')
    expect(lines.slice(1)).toEqual([
      ...Array.from({ length: 19 }, (_, i) => `step ${i + 21}`),
      "Service 'api' failed to build"
    ])
  })

  it('a failed config does not echo its stdout (it holds interpolated secrets)', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': { stdout: '2.27.0\n' },
      'docker compose -p shop config --format json': {
        exitCode: 15,
        stdout: 'API_TOKEN: s3cret',
        stderr: 'invalid port\n'
      }
    })
    const error = (await new ComposeCli(runner, { dir: '/srv/shop' }).services().catch((e: unknown) => e)) as Error
    expect(error.message).toContain('invalid port')
    expect(error.message).not.toContain('s3cret')
  })

  it('unparseable config output is an InfraError naming the directory', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': { stdout: '2.27.0\n' },
      'docker compose -p shop config --format json': { stdout: '{"nope": 1}' }
    })
    await expect(new ComposeCli(runner, { dir: '/srv/shop' }).services()).rejects.toThrow(
      new InfraError('compose config printed no `services:` section (in /srv/shop)')
    )
  })
})

describe('ComposeCli.prepareBuild', () => {
  const replies = {
    'docker-compose version --short': { stdout: '1.29.2' },
    'docker version --format {{.Client.Version}}': { stdout: '20.10.24\n' }
  }

  it('files read here: asks for the plugin and starts the builder probe, once, not the standalone’s slow version', async () => {
    const runner = new ScriptedRunner(replies)
    const compose = new ComposeCli(runner, { dir: '/srv/shop', readsFiles: true })
    compose.prepareBuild()
    compose.prepareBuild()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(runner.calls.map((c) => c.line)).toEqual([
      'docker version --format {{.Client.Version}}',
      'docker compose version --short'
    ])
    // The plugin's answer is not asked again when the version is.
    expect(await compose.version()).toBe('v1')
    expect(runner.calls.map((c) => c.line).slice(2)).toEqual(['docker-compose version --short'])
  })

  it('files only compose reads (a remote project): nothing, the config path starts its own work', () => {
    const runner = new ScriptedRunner(replies)
    new ComposeCli(runner, { dir: '/srv/shop' }).prepareBuild()
    expect(runner.calls).toEqual([])
  })
})

describe('ComposeCli: the builder v1 gets', () => {
  const BUILD = 'docker-compose -p shop -f - build api'
  const v1Replies = (docker: string, buildx = false): Record<string, Answer> => ({
    'docker-compose version --short': { stdout: '1.29.2' },
    'docker-compose -p shop config': { stdout: V1_CONFIG },
    'docker version --format {{.Client.Version}}': { stdout: `${docker}\n` },
    'docker buildx version': buildx ? { stdout: 'github.com/docker/buildx v0.14.1' } : { exitCode: 1 },
    [BUILD]: {},
    'docker image inspect -- shop_api': { stdout: inspect('sha256:a', 'r1') }
  })
  const buildCalls = (runner: ScriptedRunner) => runner.calls.filter((c) => c.line === BUILD)
  const recording = () => {
    const lines: string[] = []
    const log = (level: string) => (m: string) => lines.push(`${level}: ${m}`)
    return { lines, logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') } }
  }

  it('a docker CLI with BuildKit built in (20.10): the build runs with DOCKER_BUILDKIT=1 COMPOSE_DOCKER_CLI_BUILD=1', async () => {
    const runner = new ScriptedRunner(v1Replies('20.10.24+dfsg1'))
    const { lines, logger } = recording()
    await new ComposeCli(runner, { dir: '/srv/shop', env: { API_PORT: '1' }, logger }).build(['api'], {})
    expect(buildCalls(runner).map((c) => c.options.env)).toEqual([
      { API_PORT: '1', COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' }
    ])
    expect(lines).toContain('info: compose build api (v1, BuildKit, project shop)')
  })

  it('a CLI ≥ 23 with buildx: BuildKit; without it: the classic builder (DOCKER_BUILDKIT=1 would fail there)', async () => {
    const withBuildx = new ScriptedRunner(v1Replies('28.2.2', true))
    await new ComposeCli(withBuildx, { dir: '/srv/shop' }).build(['api'], {})
    expect(buildCalls(withBuildx)[0]!.options.env).toEqual(BUILDKIT)

    const without = new ScriptedRunner(v1Replies('28.2.2'))
    const { lines, logger } = recording()
    await new ComposeCli(without, { dir: '/srv/shop', logger }).build(['api'], {})
    expect(buildCalls(without)[0]!.options.env).toEqual({})
    expect(lines).toContain('info: compose build api (v1, project shop)')
  })

  it('v2 is left to its own BuildKit: no probe, no builder variables', async () => {
    const runner = new ScriptedRunner({
      'docker compose version --short': { stdout: '2.27.0\n' },
      'docker compose -p shop config --format json': { stdout: V2_CONFIG },
      'docker compose -p shop -f - build api': {},
      'docker image inspect -- shop-api': { stdout: inspect('sha256:new', 'abc123') }
    })
    await new ComposeCli(runner, { dir: '/srv/shop' }).build(['api'], {})
    expect(runner.calls.some((c) => c.line.startsWith('docker version') || c.line.includes('buildx'))).toBe(false)
    expect(runner.calls.find((c) => c.line.endsWith('build api'))!.options.env).toEqual({})
  })

  it('the user’s own DOCKER_BUILDKIT wins', async () => {
    const runner = new ScriptedRunner(v1Replies('20.10.24'))
    await new ComposeCli(runner, { dir: '/srv/shop', env: { DOCKER_BUILDKIT: '0' } }).build(['api'], {})
    expect(buildCalls(runner)[0]!.options.env).toEqual({ DOCKER_BUILDKIT: '0' })
  })

  it('a given compose command (no detection) still probes, once, when the build needs it', async () => {
    const runner = new ScriptedRunner(v1Replies('20.10.24'))
    const command: ComposeCommand = { file: 'docker-compose', prefix: [], flavour: 'v1', version: '1.29.2' }
    const compose = new ComposeCli(runner, { dir: '/srv/shop', command })
    await compose.build(['api'], {})
    await compose.build(['api'], {})
    expect(runner.calls.filter((c) => c.line.startsWith('docker version'))).toHaveLength(1)
    expect(buildCalls(runner).map((c) => c.options.env)).toEqual([BUILDKIT, BUILDKIT])
  })

  it('BuildKit missing after all: one warning line, the build again with the classic builder, and classic from then on', async () => {
    const replies = v1Replies('20.10.24')
    replies[BUILD] = (options) =>
      options.env?.DOCKER_BUILDKIT
        ? { exitCode: 1, stderr: 'buildkit not supported by daemon\nService api failed to build : Build failed\n' }
        : {}
    const runner = new ScriptedRunner(replies)
    const { lines, logger } = recording()
    const compose = new ComposeCli(runner, { dir: '/srv/shop', logger })
    const [built] = await compose.build(['api'], { 'org.opencontainers.image.revision': 'r1' })
    expect(built!.id).toBe('sha256:a')
    expect(buildCalls(runner).map((c) => c.options.env)).toEqual([BUILDKIT, {}])
    // Both builds got the labelled config.
    for (const call of buildCalls(runner))
      expect(parse(String(call.options.input)).services.api.build.labels).toMatchObject({
        'org.opencontainers.image.revision': 'r1'
      })
    expect(lines.filter((l) => l.startsWith('warn'))).toEqual([
      'warn: BuildKit is not usable on fake (buildkit not supported by daemon): building with the classic builder'
    ])
    await compose.build(['api'], {})
    // A new ComposeCli on the same runner knows it too.
    await new ComposeCli(runner, { dir: '/srv/shop' }).build(['api'], {})
    expect(buildCalls(runner).map((c) => c.options.env)).toEqual([BUILDKIT, {}, {}, {}])
  })

  it('a BuildKit build that fails for its own reasons is not retried', async () => {
    const replies = v1Replies('20.10.24')
    replies[BUILD] = { exitCode: 1, stdout: '#5 ERROR: "/missing-file" not found\n', stderr: 'Build failed\n' }
    const runner = new ScriptedRunner(replies)
    await expect(new ComposeCli(runner, { dir: '/srv/shop' }).build(['api'], {})).rejects.toThrow(CommandError)
    expect(buildCalls(runner)).toHaveLength(1)
  })

  it('up builds like build does; up --no-build needs no builder', async () => {
    const runner = new ScriptedRunner({
      ...v1Replies('20.10.24'),
      'docker-compose -p shop up -d api': {},
      'docker-compose -p shop up -d --no-build api': {}
    })
    const compose = new ComposeCli(runner, { dir: '/srv/shop' })
    await compose.up(['api'])
    await compose.up(['api'], { noBuild: true })
    expect(runner.calls.filter((c) => c.line.includes(' up ')).map((c) => c.options.env)).toEqual([BUILDKIT, {}])
  })
})

const BUILDKIT = { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' }
