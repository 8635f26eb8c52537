import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { XMLParser } from 'fast-xml-parser'
import { freePort } from '../helpers/http-server.js'
import { requireDocker } from '../helpers/images.js'

// The CLI as users run it (`node --import tsx src/cli/index.ts`, the same code dist/ bundles), against the example stack on the
// real engine: the seed incident end to end, every exit code, every output format, and the token nowhere.
const root = process.cwd()
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-cli-${suffix}`
const token = `tok-${suffix}-${Math.random().toString(36).slice(2)}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-cli-'))
let env: NodeJS.ProcessEnv
// By URL: the CLI runs in a temp checkout, where a bare `tsx` would not resolve.
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href

function cli(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  const out = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env: { ...withoutForceColor(env), ...extraEnv, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}
// jest sets FORCE_COLOR for its workers; the CLI's plain output is what is asserted here.
function withoutForceColor(vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _ignored, ...rest } = vars
  return rest
}
const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-p', project, ...args], { cwd: work, env, stdio: 'pipe' })
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' })

async function answers(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        () => true,
        () => false
      )
    )
      return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${url} never answered`)
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  const [apiPort, dashboardPort] = [await freePort(), await freePort()]
  env = {
    ...process.env,
    API_PORT: String(apiPort),
    DASHBOARD_PORT: String(dashboardPort),
    API_URL: `http://127.0.0.1:${apiPort}`,
    DASHBOARD_URL: `http://127.0.0.1:${dashboardPort}`,
    API_TOKEN: token
  }
  // The old version (no workflow module) is committed, built, stamped and running…
  execFileSync('bash', [join(root, 'examples/stack/old-version.sh'), work], { stdio: 'pipe' })
  const config = readFileSync(join(work, 'driftcheck.yml'), 'utf8').replace(
    'project: driftcheck-demo',
    `project: ${project}`
  )
  writeFileSync(join(work, 'driftcheck.yml'), config)
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'old')
  expect(cli(['build']).code).toBe(0)
  compose('up', '-d')
  await answers(`${env.API_URL}/api/v1/health`)
  // …then the feature lands in the source, and nobody rebuilds.
  execFileSync('bash', [join(root, 'examples/stack/new-version.sh'), work], { stdio: 'pipe' })
  writeFileSync(join(work, 'driftcheck.yml'), config)
  git('add', '-A')
  git('commit', '-qm', 'add workflow')
}, 180_000)

afterAll(() => {
  try {
    compose('down', '-v', '--rmi', 'local')
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}, 120_000)

describe('driftcheck CLI on the real engine', () => {
  it('names runtime-drift at the container layer while the old image runs (exit 1), and the route answers 404', () => {
    const run = cli(['verify', '--format', 'json', '-v'])
    expect(run.code).toBe(1)
    const result = JSON.parse(run.stdout)
    const workflow = result.features.find((f: { name: string }) => f.name === 'workflow')
    expect(workflow).toMatchObject({ verdict: 'runtime-drift', faultLine: 'container' })
    const status = Object.fromEntries(
      workflow.layers.map((l: { layer: string; status: string }) => [l.layer, l.status])
    )
    expect(status).toEqual({ source: 'pass', artifact: 'pass', container: 'fail', route: 'fail', auth: 'fail' })
    expect(JSON.stringify(workflow.layers[3].evidence)).toContain('404')
    expect(result.services.find((s: { name: string }) => s.name === 'api')).toMatchObject({ stale: true })
    // -v logs every command; the token must not be in any of it.
    expect(run.stderr).toContain('docker')
    expect(run.stdout + run.stderr).not.toContain(token)
  }, 120_000)

  it('after driftcheck build + compose up -d: passes (exit 0) with 401 unauthenticated and 200 with the token', async () => {
    expect(cli(['build']).code).toBe(0)
    compose('up', '-d')
    await answers(`${env.API_URL}/api/v1/health`)
    const out = join(work, 'result.json')
    const run = cli(['verify', '--format', 'json', '--output', out])
    expect(run.code).toBe(0)
    // stdout holds only a report: with --output the report is in the file, and the text report a person reads is on stderr.
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/PASS/)
    const result = JSON.parse(readFileSync(out, 'utf8'))
    expect(result.verdict).toBe('pass')
    const workflow = result.features.find((f: { name: string }) => f.name === 'workflow')
    const route = workflow.layers.find((l: { layer: string }) => l.layer === 'route')
    const apiProbe = route.evidence.checks.find((c: { service: string }) => c.service === 'api')
    expect(apiProbe).toMatchObject({ status: 'pass', expected: expect.stringMatching(/401 or 403/) })
    expect(apiProbe.observed).toMatch(/^401\b/)
    // API_URL is listed under publicEnv in the example config: shown as it is, while API_TOKEN stays redacted.
    expect(apiProbe.target).toBe(`GET ${env.API_URL}/api/v1/workflows/steps/definitions`)
    expect(result.services.every((s: { stale: boolean }) => !s.stale)).toBe(true)
    expect(readFileSync(out, 'utf8')).not.toContain(token)
  }, 180_000)

  it('re-renders the saved result in every format; the exit code follows its verdict', () => {
    const saved = join(work, 'result.json')
    for (const format of ['text', 'markdown', 'junit', 'sarif', 'json']) {
      const run = cli(['report', saved, '--format', format])
      expect({ format, code: run.code }).toEqual({ format, code: 0 })
      expect(run.stdout).not.toContain(token)
    }
    const junit = new XMLParser({ ignoreAttributes: false }).parse(cli(['report', saved, '--format', 'junit']).stdout)
    expect(junit.testsuites).toBeDefined()
    expect(JSON.parse(cli(['report', saved, '--format', 'sarif']).stdout).version).toBe('2.1.0')
  }, 60_000)

  // Fail fast, say it once (#8): found before any layer runs, one line with the fix, no report that could read as a result.
  it('a Docker engine that cannot be reached is exit 3, one line with the fix, never a pass', () => {
    const run = cli(['verify', '--layers', 'artifact,container', '--format', 'json'], {
      DOCKER_HOST: 'unix:///nonexistent/driftcheck.sock'
    })
    expect(run.code).toBe(3)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trim().split('\n')
    expect(lines.filter((l) => /unreachable/i.test(l))).toEqual([
      expect.stringMatching(
        /^driftcheck: Docker engine unreachable \(local\): .*nonexistent\/driftcheck\.sock.*\(start the Docker daemon/
      )
    ])
    expect(run.stderr).not.toMatch(/compose build|PASS/)
  }, 60_000)

  it.each([
    [['verify', '--config', 'missing.yml'], /missing\.yml: no such file/],
    [['verify', '--layers', 'source,nope'], /unknown layer 'nope'/],
    [['verify', '--format', 'pdf'], /'pdf' is invalid/],
    [['report', 'missing.json'], /cannot read missing\.json/]
  ])(
    'usage and config mistakes are one line and exit 2: %j',
    (args, message) => {
      const run = cli(args)
      expect(run.code).toBe(2)
      expect(run.stderr).toMatch(message)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stderr).not.toMatch(/\n\s+at /) // no stack trace
    },
    30_000
  )

  it('a config error points at file:line:col', () => {
    writeFileSync(
      join(work, 'bad.yml'),
      'version: 1\nservices:\n  api: { url: http://x }\nfeatures:\n  f:\n    rotues: []\n'
    )
    const run = cli(['verify', '--config', 'bad.yml'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bad\.yml:6:5: .*did you mean `routes`/)
  }, 30_000)

  it('a failing build that echoes a secret is exit 3, one line, and the secret is redacted', () => {
    const dir = join(work, 'leaky')
    mkdirSync(dir)
    writeFileSync(join(dir, 'Dockerfile'), 'FROM driftcheck/busybox:local\nARG T\nCOPY nothing-$T /x\n')
    writeFileSync(
      join(dir, 'docker-compose.yml'),
      "version: '3.8'\nservices:\n  api:\n    build: { context: ., args: { T: '${API_TOKEN}' } }\n"
    )
    writeFileSync(
      join(dir, 'driftcheck.yml'),
      `version: 1\ntarget: { compose: { project: ${project}-leaky } }\nservices:\n  api: { url: 'http://127.0.0.1:1/\${API_TOKEN}' }\nfeatures:\n  f: { artifact: { api: [/bin] } }\n`
    )
    const run = cli(['build', '--config', join(dir, 'driftcheck.yml')])
    expect(run.code).toBe(3)
    expect(run.stderr).toMatch(/compose build|failed/)
    expect(run.stderr).toContain('***')
    expect(run.stdout + run.stderr).not.toContain(token)
  }, 120_000)
})
