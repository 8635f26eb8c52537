import { describe, it, expect } from '@jest/globals'
import {
  builderEnv,
  builderFor,
  buildkitUnavailable,
  parseDockerVersion,
  probeBuilder,
  rememberClassic
} from '../../src/adapters/compose/builder.js'
import { InfraError } from '../../src/core/errors.js'
import type { CommandResult, CommandRunner, RunOptions, StreamedResult } from '../../src/core/ports.js'

const BUILDKIT_ENV = { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' }

describe('parseDockerVersion', () => {
  it.each([
    ['20.10.24+dfsg1\n', [20, 10]],
    ['28.2.2', [28, 2]],
    ['24.0.7-ce', [24, 0]],
    ['18.09.1', [18, 9]],
    ['', null],
    ['Cannot connect to the Docker daemon', null]
  ] as const)('%j → %j', (output, version) => {
    expect(parseDockerVersion(output)).toEqual(version)
  })
})

describe('builderFor', () => {
  it.each([
    // BuildKit built into the CLI: 18.09 up to 22.
    ['20.10.24+dfsg1', false, 'buildkit'],
    ['18.09.0', false, 'buildkit'],
    ['22.06.0-beta.0', false, 'buildkit'],
    ['18.06.3-ce', false, 'classic'],
    ['17.12.1', false, 'classic'],
    // From 23 on only through the buildx plugin.
    ['28.2.2', false, 'classic'],
    ['23.0.0', false, 'classic'],
    ['28.2.2', true, 'buildkit'],
    ['23.0.0', true, 'buildkit'],
    // A CLI that printed no version: classic, unless buildx answered.
    [null, false, 'classic'],
    [null, true, 'buildkit']
  ] as const)('docker %s, buildx %s → %s', (clientVersion, buildx, builder) => {
    expect(builderFor({ clientVersion, buildx })).toBe(builder)
  })
})

describe('builderEnv', () => {
  it.each([
    ['v1', 'buildkit', {}, BUILDKIT_ENV],
    ['v1', 'classic', {}, {}],
    // v2 builds with BuildKit by default: its environment is left alone.
    ['v2', 'buildkit', {}, {}],
    ['v2', 'classic', {}, {}],
    // The user's own choice stands, whichever way it goes.
    ['v1', 'buildkit', { DOCKER_BUILDKIT: '0' }, {}],
    ['v1', 'buildkit', { COMPOSE_DOCKER_CLI_BUILD: '0' }, {}],
    ['v1', 'buildkit', { DOCKER_BUILDKIT: '' }, {}],
    ['v1', 'buildkit', { PATH: '/usr/bin', DOCKER_HOST: 'unix:///run/docker.sock' }, BUILDKIT_ENV]
  ] as const)('%s with %s and %j → %j', (flavour, builder, userEnv, env) => {
    expect(builderEnv(flavour, builder, userEnv)).toEqual(env)
  })
})

describe('buildkitUnavailable', () => {
  it.each([
    [
      'ERROR: BuildKit is enabled but the buildx component is missing or broken.\n       Install the buildx component to build images with BuildKit:\n',
      'BuildKit is enabled but the buildx component is missing or broken.'
    ],
    ['Building api\nbuildkit not supported by daemon\n', 'buildkit not supported by daemon'],
    ['ERROR: BuildKit is not supported on this platform\n', 'BuildKit is not supported on this platform']
  ])('%j → %j', (output, line) => {
    expect(buildkitUnavailable(output)).toBe(line)
  })

  it.each([
    '#5 [2/2] COPY missing-file /x\n#5 ERROR: failed to compute cache key: "/missing-file" not found\n',
    "Service 'api' failed to build : Build failed\n",
    ''
  ])('a build that failed for its own reasons is not BuildKit missing: %j', (output) => {
    expect(buildkitUnavailable(output)).toBeNull()
  })
})

/** Answers `docker version` / `docker buildx version` like a given CLI, counting the calls. */
class DockerCliRunner implements CommandRunner {
  readonly where = 'fake'
  readonly calls: string[] = []
  constructor(private readonly answer: (line: string) => Partial<CommandResult> | Error) {}

  async run(file: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const line = [file, ...args].join(' ') + (options.env?.PATH ? ` (PATH=${options.env.PATH})` : '')
    this.calls.push(line)
    const reply = this.answer(line)
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

const cli =
  (version: string, buildx: boolean) =>
  (line: string): Partial<CommandResult> =>
    line.startsWith('docker version')
      ? { stdout: `${version}\n` }
      : buildx
        ? { stdout: 'github.com/docker/buildx v0.14.1\n' }
        : { exitCode: 1, stderr: "docker: 'buildx' is not a docker command.\n" }

describe('probeBuilder', () => {
  it('asks a CLI below 23 for its version only', async () => {
    const runner = new DockerCliRunner(cli('20.10.24+dfsg1', false))
    expect(await probeBuilder(runner)).toBe('buildkit')
    expect(runner.calls).toEqual(['docker version --format {{.Client.Version}}'])
  })

  it('asks a CLI from 23 on whether buildx is there', async () => {
    const without = new DockerCliRunner(cli('28.2.2', false))
    expect(await probeBuilder(without)).toBe('classic')
    expect(without.calls).toEqual(['docker version --format {{.Client.Version}}', 'docker buildx version'])
    expect(await probeBuilder(new DockerCliRunner(cli('28.2.2', true)))).toBe('buildkit')
  })

  it('asks once per runner and environment', async () => {
    const runner = new DockerCliRunner(cli('28.2.2', false))
    await Promise.all([probeBuilder(runner), probeBuilder(runner, {})])
    await probeBuilder(runner)
    expect(runner.calls).toHaveLength(2)
    // Another PATH may find another docker.
    await probeBuilder(runner, { PATH: '/opt/docker-20/bin' })
    expect(runner.calls.slice(2)).toEqual([
      'docker version --format {{.Client.Version}} (PATH=/opt/docker-20/bin)',
      'docker buildx version (PATH=/opt/docker-20/bin)'
    ])
  })

  it('an unreachable engine still tells the client version (stdout of a failed `docker version`)', async () => {
    const runner = new DockerCliRunner((line) =>
      line.startsWith('docker version')
        ? { exitCode: 1, stdout: '20.10.24\n', stderr: 'Cannot connect to the Docker daemon\n' }
        : { exitCode: 1 }
    )
    expect(await probeBuilder(runner)).toBe('buildkit')
  })

  it('no docker CLI → classic, and asked again next time (the failure is not remembered)', async () => {
    let installed = false
    const runner = new DockerCliRunner((line) =>
      installed ? cli('20.10.24', false)(line) : new InfraError('`docker` is not installed or not on PATH')
    )
    expect(await probeBuilder(runner)).toBe('classic')
    installed = true
    expect(await probeBuilder(runner)).toBe('buildkit')
  })

  it('a bug is not mistaken for a missing CLI', async () => {
    const runner = new DockerCliRunner(() => new TypeError('bug'))
    await expect(probeBuilder(runner)).rejects.toThrow(TypeError)
  })

  it('rememberClassic: after BuildKit failed, the runner builds classic without asking again', async () => {
    const runner = new DockerCliRunner(cli('20.10.24', false))
    expect(await probeBuilder(runner)).toBe('buildkit')
    rememberClassic(runner)
    expect(await probeBuilder(runner)).toBe('classic')
    expect(runner.calls).toHaveLength(1)
  })
})
