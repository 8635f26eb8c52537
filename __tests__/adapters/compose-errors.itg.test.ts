// The real docker-compose v1 (Python) failing for real, and what driftcheck makes of it: one line naming the cause, never
// a traceback — through the adapter and through the CLI, with DOCKER_HOST at a unix socket nothing listens on.
// The tool's raw output stays on the error (cause) and in the JSON evidence.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ComposeCli } from '../../src/adapters/compose.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import { CommandError, InfraError } from '../../src/core/errors.js'
import { withEnv } from '../helpers/images.js'

const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-errors-deploy-manifest-${suffix}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-compose-errors-'))
const deadHost = `unix://${join(work, 'dead.sock')}`
const TRACE = /Traceback|File "|\^\^\^|line \d+, in /
const tsxLoader = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href

/** A compose project folder with these files. */
function project_(name: string, files: Record<string, string>): string {
  const dir = join(work, name)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  mkdirSync(dir, { recursive: true })
  return dir
}

const app = project_('app', {
  'docker-compose.yml': "version: '3.8'\nservices:\n  api:\n    build: ./api\n",
  'api/Dockerfile': 'FROM scratch\nCOPY x /x\n',
  'api/x': 'x\n',
  'driftcheck.yml': `version: 1\ntarget: { compose: { project: ${project} } }\nservices:\n  api: { url: 'http://127.0.0.1:1' }\nfeatures:\n  f: { artifact: { api: [/x] } }\n`
})

afterAll(() => {
  // `up` of an unknown service creates the project's network before it fails.
  spawnSync('docker', ['network', 'rm', `${project}_default`], { stdio: 'ignore' })
  rmSync(work, { recursive: true, force: true })
})

const composeAt = (dir: string, env: Record<string, string> = {}, files?: string[]) =>
  new ComposeCli(withEnv(new LocalRunner(), env), { dir, project, files })
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (e: unknown) => e as Error
  )

function cli(args: string[], env: Record<string, string>) {
  const { FORCE_COLOR: _ignored, ...rest } = process.env
  const out = spawnSync(process.execPath, ['--import', tsxLoader, join(process.cwd(), 'src/cli/index.ts'), ...args], {
    cwd: app,
    env: { ...rest, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}

describe('compose v1 with DOCKER_HOST at a socket nothing listens on', () => {
  it.each(['build', 'up'] as const)(
    '%s: one line naming the engine; the traceback only in the cause',
    async (what) => {
      const compose = composeAt(app, { DOCKER_HOST: deadHost })
      const error = await failure(what === 'build' ? compose.build(['api'], {}) : compose.up(['api']))
      expect(error).toBeInstanceOf(InfraError)
      expect(error.message).toBe(
        `Docker engine unreachable (local): Cannot connect to the Docker daemon at ${deadHost} (No such file or directory)`
      )
      expect((error as InfraError).hint).toMatch(/DOCKER_HOST/)
      // The raw output is kept for -v and the evidence.
      expect(error.cause).toBeInstanceOf(CommandError)
      expect((error.cause as CommandError).stderr).toMatch(/Traceback[\s\S]*DockerException/)
    },
    60_000
  )

  it('a socket file that nobody listens on any more: connection refused', async () => {
    const stale = join(work, 'stale.sock')
    // Bound, never listening: what a crashed daemon leaves behind.
    execFileSync('python3', ['-c', `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(stale)})`])
    const error = await failure(composeAt(app, { DOCKER_HOST: `unix://${stale}` }).build(['api'], {}))
    expect(error.message).toBe(
      `Docker engine unreachable (local): Cannot connect to the Docker daemon at unix://${stale} (Connection refused)`
    )
  }, 60_000)

  it('through the CLI: the error line names the engine, the text report has no traceback, the JSON keeps the output', () => {
    const env = { DOCKER_HOST: deadHost }
    const build = cli(['build'], env)
    expect(build.code).toBe(3)
    const line = build.stderr.trim().split('\n').at(-1)!
    expect(line).toMatch(
      new RegExp(
        `^driftcheck: Docker engine unreachable \\(local\\): Cannot connect to the Docker daemon at ${deadHost.replace(/[.]/g, '\\.')} \\(No such file or directory\\)`
      )
    )
    expect(build.stderr).not.toMatch(TRACE)

    // verify finds the dead engine before any layer runs (#8 fail fast): one line on stderr, no report, no build attempted.
    const text = cli(['verify', '--layers', 'artifact'], env)
    expect(text.code).toBe(3)
    expect(text.stdout).toBe('')
    const said = text.stderr.trim().split('\n')
    expect(said.filter((l) => l.includes('Docker engine unreachable'))).toEqual([
      expect.stringMatching(
        new RegExp(
          `^driftcheck: Docker engine unreachable \\(local\\): Cannot connect to the Docker daemon at ${deadHost.replace(/[.]/g, '\\.')}`
        )
      )
    ])
    expect(text.stdout + text.stderr).not.toMatch(TRACE)
    expect(text.stderr).not.toMatch(/compose build/)
  }, 120_000)

  it('a build that fails on a live engine: the check says why in one line, the JSON keeps the builder output', () => {
    const broken = project_('broken', {
      'docker-compose.yml': "version: '3.8'\nservices:\n  api:\n    build: ./api\n",
      'api/Dockerfile': 'FROM scratch\nCOPY missing-file /x\n',
      'driftcheck.yml': `version: 1\ntarget: { compose: { project: ${project}-broken } }\nservices:\n  api: { url: 'http://127.0.0.1:1' }\nfeatures:\n  f: { artifact: { api: [/x] } }\n`
    })
    const json = cli(
      ['verify', '--config', join(broken, 'driftcheck.yml'), '--layers', 'artifact', '--format', 'json'],
      {}
    )
    expect(json.code).toBe(3)
    const check = JSON.parse(json.stdout).features[0].layers.find((l: { layer: string }) => l.layer === 'artifact')
      .evidence.checks[0]
    expect(check).toMatchObject({ status: 'error', observed: expect.stringContaining('build failed') })
    expect(check.observed).not.toMatch(TRACE)
    expect(check.output).toMatch(/missing-file/)
  }, 120_000)
})

describe("compose's own failures, for real, in one line", () => {
  const oneLine = (error: Error, pattern: RegExp) => {
    expect(error.message.split('\n')).toHaveLength(1)
    expect(error.message).toMatch(pattern)
    expect(error.message).not.toMatch(TRACE)
  }

  it('no compose file', async () => {
    const dir = project_('empty', { '.keep': '' })
    oneLine(
      await failure(composeAt(dir).services()),
      /^compose config failed on local \(exit 1\): no compose file in .*empty: Can't find a suitable configuration file in this directory or any parent\. Are you in the right directory\? \(supported filenames: docker-compose\.yml/
    )
  }, 60_000)

  it('a compose file that does not exist', async () => {
    oneLine(
      await failure(composeAt(app, {}, ['nope.yml']).services()),
      /^compose config failed on local \(exit 1\): compose file \.\/nope\.yml does not exist \(in .*app\)$/
    )
  }, 60_000)

  it('invalid YAML', async () => {
    const dir = project_('bad-yaml', { 'docker-compose.yml': 'services:\n  a:\n    image: x\n   bad: [\n' })
    oneLine(
      await failure(composeAt(dir).services()),
      /^compose config failed on local \(exit 1\): invalid YAML in compose file \.\/docker-compose\.yml:4:4: expected <block end>, but found '<block mapping start>'$/
    )
  }, 60_000)

  it('an invalid compose file', async () => {
    const dir = project_('bad-schema', { 'docker-compose.yml': "version: '3.8'\nservices:\n  a:\n    imag: x\n" })
    oneLine(
      await failure(composeAt(dir).services()),
      /^compose config failed on local \(exit 1\): The Compose file '\.\/docker-compose\.yml' is invalid because: Unsupported config option for services\.a: 'imag'$/
    )
  }, 60_000)

  it('an unknown service', async () => {
    oneLine(
      await failure(composeAt(app).up(['nope'])),
      /^compose up failed on local \(exit 1\): No such service: nope$/
    )
  }, 60_000)
})
