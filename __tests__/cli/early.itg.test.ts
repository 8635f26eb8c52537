// What `driftcheck verify` starts before it reads its config (wiring/early.ts) is what its adapters then ask for: each such
// command runs once (taken, not run again), and a dead engine is still the one preflight error.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireDocker } from '../helpers/images.js'

const root = process.cwd()
const project = `dc-speed2-early-${Math.random().toString(36).slice(2, 8)}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-speed2-early-'))
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const { FORCE_COLOR: _jestColour, ...env } = process.env
  const out = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env: { ...env, ...extraEnv, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}

/** The commands a `-v` log shows as run (`  0.12s $ git …`), the early ones included. */
function commandsRun(stderr: string): string[] {
  return stderr.split('\n').flatMap((line) => /^\s+\d+\.\d\ds \$ (.*)$/.exec(line)?.[1] ?? [])
}

/** The lines the early store writes: `$ …` as each starts, then what was never asked for. */
const EARLY_NOT_ASKED = /started early, not asked for, ended: (.*)$/m

function removeImages() {
  const ids = execFileSync('docker', ['images', '-q', '--filter', `reference=${project}*`], { encoding: 'utf8' })
  const list = ids.split('\n').filter(Boolean)
  if (list.length) execFileSync('docker', ['rmi', '-f', ...new Set(list)], { stdio: 'pipe' })
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  mkdirSync(join(work, 'api', 'modules', 'early'), { recursive: true })
  writeFileSync(join(work, 'api', 'modules', 'early', 'index.html'), 'early ok\n')
  writeFileSync(join(work, 'api', 'Dockerfile'), 'FROM driftcheck/busybox:local\nCOPY modules /app/modules\n')
  writeFileSync(join(work, 'docker-compose.yml'), "version: '3.8'\nservices:\n  api:\n    build: ./api\n")
  writeFileSync(
    join(work, 'driftcheck.yml'),
    [
      'version: 1',
      `target: { compose: { project: ${project} } }`,
      'services:',
      '  api: {}',
      'features:',
      '  early:',
      '    source: [api/modules/early/]',
      '    artifact: { api: [/app/modules/early/index.html] }',
      ''
    ].join('\n')
  )
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'early')
}, 120_000)

afterAll(() => {
  try {
    removeImages()
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
})

describe('driftcheck verify: the commands started before the config is read', () => {
  it('each is asked for by the run and runs once; the run passes', () => {
    const run = cli(['verify', '--layers', 'source,artifact', '-v'])
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 })
    const commands = commandsRun(run.stderr)
    const early = [
      "git rev-parse --verify --quiet 'HEAD^{commit}'",
      'git rev-parse --is-inside-work-tree',
      'git show -s --format=%cI HEAD',
      'git status --porcelain',
      "docker version --format '{{.Client.Version}}'",
      "docker version --format '{{.Server.Version}}'",
      'docker compose version --short'
    ]
    for (const command of early) expect([command, commands.filter((c) => c === command).length]).toEqual([command, 1])
    // Started first: before the config is parsed, the first line of the log is one of them.
    expect(early).toContain(commands[0])
    // Only `docker buildx version` may go unasked (a docker CLI before 23 never needs it): never a git or engine question.
    const unasked = EARLY_NOT_ASKED.exec(run.stderr)?.[1]
    if (unasked !== undefined) expect(unasked).toBe('docker buildx version')
    expect(run.stdout).toMatch(/early/)
  }, 120_000)

  it('a dead engine is still one error line, exit 3, its question asked once', () => {
    const run = cli(['verify', '--layers', 'artifact', '-v'], { DOCKER_HOST: 'unix:///nonexistent/speed2-early.sock' })
    expect(run.code).toBe(3)
    expect(run.stdout).toBe('')
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('driftcheck: '))
    expect(errors).toEqual([
      expect.stringMatching(/^driftcheck: Docker engine unreachable \(local\): .*speed2-early\.sock/)
    ])
    const asked = commandsRun(run.stderr).filter((c) => c === "docker version --format '{{.Server.Version}}'")
    expect(asked).toHaveLength(1)
  }, 120_000)

  it('a config that does not load is exit 2, one line; at -v, what had started is said and ended', () => {
    const file = join(work, 'broken.yml')
    writeFileSync(file, 'version: 1\nfeatures: [\n')
    const run = cli(['verify', '--config', file])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/broken\.yml:\d+:\d+: invalid YAML/)])
    // At -v the early commands show: they started before the config was read (no other command runs for a bad config).
    const verbose = cli(['verify', '--config', file, '-v'])
    expect(verbose.code).toBe(2)
    expect(commandsRun(verbose.stderr)).toContain("git rev-parse --verify --quiet 'HEAD^{commit}'")
    expect(EARLY_NOT_ASKED.exec(verbose.stderr)?.[1]).toMatch(/git rev-parse --verify/)
    expect(verbose.stderr.split('\n').filter((l) => l.startsWith('driftcheck: '))).toHaveLength(1)
  }, 120_000)
})
