/**
 * The action's steps run as the runner runs them: one process per phase, inputs as INPUT_* variables, the event payload
 * in GITHUB_EVENT_PATH, outputs and the job summary in GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, state under RUNNER_TEMP,
 * GitHub's REST API behind GITHUB_API_URL (the validating stand-in). The checked system is a local HTTP server and a git
 * checkout: source, route and auth layers, no docker.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import { execa } from 'execa'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { SECTION_END, SECTION_START } from '../../src/adapters/github.js'
import { GitHubStandin } from '../helpers/github-standin.js'
import { GITHUB_STACK, loadedModules, MODULE_LOG } from '../helpers/module-log.js'

const TIMEOUT = 180_000
const root = join(import.meta.dirname, '..', '..')
const ENTRY = join(root, 'src', 'action', 'main.ts')
// The phases run in the checkout (cwd = GITHUB_WORKSPACE), where `--import tsx` would not resolve: name the loader's file.
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
// DRIFTCHECK_TEST_DIST=1 runs the committed bundle instead (what action.yml runs), e.g. after `npm run bundle` in CI.
const USE_DIST = process.env.DRIFTCHECK_TEST_DIST === '1'
const LOADER = USE_DIST ? [] : ['--import', TSX]
const COMMAND = USE_DIST ? join(root, 'dist', 'action', 'index.js') : ENTRY
const API_TOKEN = 'sk-live-API-TOKEN-7f3a9c'
const GITHUB_TOKEN = 'ghp_GITHUBtoken0123456789abcdef'
const SSH_KEY =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAsecretkeymaterial\n-----END OPENSSH PRIVATE KEY-----\n'
const HEAD = '1'.repeat(40)
const MERGE = '2'.repeat(40)
const PHASES = ['check-node', 'build', 'artifact', 'deploy', 'container', 'probe', 'report', 'cleanup']
const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  outputs: object
  runs: { steps: Array<{ id: string; env?: Record<string, string> }> }
}
const declaredOutputs = Object.keys(actionYml.outputs)

let standin: GitHubStandin
let app: Server
let appUrl: string
/** Whether /api/billing is registered (the drift the tests look for). */
let billingRoute = false

beforeAll(async () => {
  standin = await new GitHubStandin().start()
  app = createServer((req, res) => {
    const auth = req.headers.authorization
    if (req.url === '/api/workflows') {
      if (auth === `Bearer ${API_TOKEN}`) return res.writeHead(200).end('steps: close-books, reconcile')
      // A careless API that echoes the credential back: the reports must still never show it.
      return res.writeHead(401).end(`bad credentials: ${auth ?? 'none'}`)
    }
    if (req.url === '/api/billing' && billingRoute) return res.writeHead(401).end('login first')
    res.writeHead(404).end(`Route not found (you sent ${auth ?? 'nothing'})`)
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`
})
afterAll(async () => {
  await standin.stop()
  app.closeAllConnections()
  await new Promise((resolve) => app.close(resolve))
})
afterEach(() => {
  expect(standin.problems).toEqual([])
  standin.resetLog()
  standin.options = {}
})

// ---------------------------------------------------------------------------------------------------------------------

interface Job {
  workspace: string
  temp: string
  output: string
  summary: string
  env: Record<string, string>
}

async function checkout(): Promise<string> {
  const workspace = mkdtempSync(join(tmpdir(), 'driftcheck-ws-'))
  mkdirSync(join(workspace, 'backend'))
  writeFileSync(join(workspace, 'backend', 'workflow.ts'), 'export const workflow = 1\n')
  writeFileSync(join(workspace, 'backend', 'billing.ts'), 'export const billing = 1\n')
  writeFileSync(
    join(workspace, 'driftcheck.yml'),
    [
      'version: 1',
      'services:',
      `  api: { url: "${appUrl}" }`,
      'features:',
      '  workflow:',
      '    source: [backend/workflow.ts]',
      '    routes:',
      '      - { service: api, path: /api/workflows, expect: protected, timeout: 300ms }',
      '    auth:',
      '      - service: api',
      '        path: /api/workflows',
      '        headers: { Authorization: "Bearer ${API_TOKEN}" }',
      '        timeout: 300ms',
      '        expect: { status: 200, bodyContains: close-books }',
      '  billing:',
      '    source: [backend/billing.ts]',
      '    routes:',
      '      - { service: api, path: /api/billing, expect: protected, timeout: 300ms }',
      ''
    ].join('\n')
  )
  const git = (...args: string[]) => execa('git', args, { cwd: workspace })
  await git('init', '-q')
  await git('add', '.')
  await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init')
  return workspace
}

async function job(event: string, payload: object, inputs: Record<string, string> = {}): Promise<Job> {
  const workspace = await checkout()
  const temp = mkdtempSync(join(tmpdir(), 'driftcheck-runner-'))
  const eventPath = join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  const output = join(temp, 'github_output')
  const summary = join(temp, 'step_summary')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: MERGE,
    GITHUB_RUN_ID: '99',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: standin.url,
    // Set by the workflow on the `uses:` step; composite steps inherit it.
    API_TOKEN,
    INPUT_CONFIG: 'driftcheck.yml',
    INPUT_LAYERS: 'source,route,auth',
    INPUT_GITHUB_TOKEN: GITHUB_TOKEN,
    INPUT_SSH_PRIVATE_KEY: SSH_KEY,
    INPUT_SSH_KNOWN_HOSTS: '[127.0.0.1]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHostKey',
    ...inputs
  }
  return { workspace, temp, output, summary, env }
}

interface StepRun {
  phase: string
  exitCode: number
  stdout: string
  stderr: string
}

/** The job's environment as action.yml's step for `phase` sees it: of the job's INPUT_* only those the step is handed. */
function stepEnv(j: Job, phase: string): Record<string, string> {
  const given = new Set(Object.keys(actionYml.runs.steps.find((s) => s.id === phase)?.env ?? {}))
  return Object.fromEntries(Object.entries(j.env).filter(([name]) => !name.startsWith('INPUT_') || given.has(name)))
}

async function step(j: Job, phase: string, nodeFlags: string[] = []): Promise<StepRun> {
  const out = await execa(process.execPath, [...LOADER, ...nodeFlags, COMMAND, phase], {
    cwd: j.workspace,
    env: stepEnv(j, phase),
    extendEnv: false,
    reject: false,
    timeout: 60_000
  })
  return { phase, exitCode: out.exitCode ?? -1, stdout: out.stdout, stderr: out.stderr }
}

/** The steps in order, as the runner would: after a failed step only the `if: always()` ones run. */
async function runAction(j: Job, phases = PHASES): Promise<StepRun[]> {
  const runs: StepRun[] = []
  let failed = false
  for (const phase of phases) {
    if (failed && phase !== 'report' && phase !== 'cleanup') continue
    const run = await step(j, phase)
    runs.push(run)
    if (run.exitCode !== 0) failed = true
  }
  return runs
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
function outputs(j: Job): Record<string, string> {
  const text = readFileSync(j.output, 'utf8')
  const out: Record<string, string> = {}
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!
  return out
}

/** Every file the action left or wrote, and every request it sent: where a secret must never be. */
function everythingWritten(j: Job): string {
  const files = readdirSync(j.temp).map((f) => join(j.temp, f))
  return [...files.map((f) => readFileSync(f, 'utf8')), standin.everythingSent()].join('\n')
}

function expectNoSecrets(j: Job): void {
  const written = everythingWritten(j)
  for (const secret of [API_TOKEN, GITHUB_TOKEN, 'secretkeymaterial']) expect(written).not.toContain(secret)
}

// ---------------------------------------------------------------------------------------------------------------------

describe('the action on a pull request with drift', () => {
  it(
    'reports everywhere, twice: one comment updated, status on the head sha, annotations, outputs, secrets nowhere',
    async () => {
      billingRoute = false
      const payload = { pull_request: { number: 21, head: { sha: HEAD } } }
      const j = await job('pull_request', payload)

      const first = await runAction(j)
      expect(first.map((r) => r.phase)).toEqual(PHASES)
      const codes = Object.fromEntries(first.map((r) => [r.phase, r.exitCode]))
      // Only the report step fails the job (fail-on: error, verdict fail); every phase before it went through.
      expect(codes).toEqual({
        'check-node': 0,
        build: 0,
        artifact: 0,
        deploy: 0,
        container: 0,
        probe: 0,
        report: 1,
        cleanup: 0
      })
      expect(first.find((r) => r.phase === 'report')!.stdout).toContain(
        '::error::driftcheck found drift in 1 feature (fail-on: error)'
      )

      const out = outputs(j)
      expect(Object.keys(out).sort()).toEqual([...declaredOutputs].sort())
      expect(out.verdict).toBe('fail')
      expect(out.drifted).toBe('true')
      const faultLines = JSON.parse(out['fault-lines']!) as Array<{
        feature: string
        verdict: string
        faultLine: string
      }>
      expect(faultLines.map((f) => [f.feature, f.verdict, f.faultLine])).toEqual([
        ['billing', 'route-missing', 'route']
      ])
      expect(out['comment-url']).toMatch(/#issuecomment-\d+$/)
      const result = JSON.parse(readFileSync(out['report-path']!, 'utf8')) as {
        verdict: string
        features: Array<{ name: string; verdict: string }>
      }
      expect(result.features.map((f) => [f.name, f.verdict])).toEqual([
        ['workflow', 'pass'],
        ['billing', 'route-missing']
      ])

      const summary = readFileSync(j.summary, 'utf8')
      expect(summary).toContain('billing')
      expect(summary).toContain('route-missing')

      expect(standin.statuses.map((s) => [s.sha, s.state, s.context])).toEqual([[HEAD, 'failure', 'driftcheck']])
      const run = standin.checkRuns.at(-1)!
      expect(run).toMatchObject({ head_sha: HEAD, conclusion: 'failure', name: 'driftcheck' })
      expect(run.annotations.map((a) => a.path)).toEqual(['backend/billing.ts'])
      expect(standin.comments.get(21)).toHaveLength(1)

      // The ssh files written by the first step were there for the phases, and are gone after the report step.
      expect(
        readdirSync(j.temp).filter((f) => f.startsWith('driftcheck-ssh') || f.startsWith('driftcheck-known'))
      ).toEqual([])
      expect(readdirSync(j.temp).filter((f) => f.startsWith('driftcheck-state'))).toEqual([])
      // The key and the config's secret were masked for the job log.
      const logs = first.map((r) => r.stdout).join('\n')
      expect(logs).toContain(`::add-mask::${API_TOKEN}`)
      expect(logs).toContain('::add-mask::b3BlbnNzaC1rZXktdjEAAAAAsecretkeymaterial')
      expect(logs).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/) // no stack trace
      expectNoSecrets(j)

      // The second run: the same single comment, updated; a second status on the same head.
      writeFileSync(j.output, '')
      const commentId = standin.comments.get(21)![0]!.id
      billingRoute = true
      await runAction(j)
      expect(standin.comments.get(21)).toHaveLength(1)
      expect(standin.comments.get(21)![0]!.id).toBe(commentId)
      expect(standin.comments.get(21)![0]!.body).not.toContain('route-missing')
      expect(outputs(j).verdict).toBe('pass')
      expect(standin.statuses.map((s) => [s.sha, s.state])).toEqual([
        [HEAD, 'failure'],
        [HEAD, 'success']
      ])
      expectNoSecrets(j)
    },
    TIMEOUT
  )

  it(
    'the ssh key file exists 0600 between the first step and the report',
    async () => {
      const j = await job(
        'pull_request',
        { pull_request: { number: 22, head: { sha: HEAD } } },
        { INPUT_COMMENT: 'false', INPUT_CHECK_RUN: 'false', INPUT_COMMIT_STATUS: 'false' }
      )
      expect((await step(j, 'check-node')).exitCode).toBe(0)
      const keys = readdirSync(j.temp).filter((f) => f.startsWith('driftcheck-ssh-key-'))
      expect(keys).toHaveLength(1)
      expect(statSync(join(j.temp, keys[0]!)).mode & 0o777).toBe(0o600)
      expect(readFileSync(join(j.temp, keys[0]!), 'utf8')).toBe(SSH_KEY)
      const report = await step(j, 'report')
      expect(report.stdout).toContain('::error::') // nothing was checked: verdict error, fail-on error
      expect(existsSync(join(j.temp, keys[0]!))).toBe(false)
      expect(outputs(j).verdict).toBe('error')
    },
    TIMEOUT
  )
})

describe('the action on push and release', () => {
  it(
    'push: the status goes on the pushed commit, no PR comment, the job passes',
    async () => {
      billingRoute = true
      const j = await job('push', { ref: 'refs/heads/main' }, { INPUT_CHECK_RUN: 'false' })
      const runs = await runAction(j)
      expect(runs.every((r) => r.exitCode === 0)).toBe(true)
      expect(outputs(j)).toMatchObject({ verdict: 'pass', drifted: 'false', 'fault-lines': '[]', 'comment-url': '' })
      expect(standin.statuses.at(-1)).toMatchObject({ sha: MERGE, state: 'success' })
      expect(standin.requests.some((r) => r.template?.includes('comments'))).toBe(false)
      expectNoSecrets(j)
    },
    TIMEOUT
  )

  it(
    'release: the section in the release notes is replaced, not appended',
    async () => {
      billingRoute = false
      standin.addRelease(501, `## v2\n- billing\n\n${SECTION_START}\nstale report\n${SECTION_END}\n\nthanks`)
      const j = await job(
        'release',
        { release: { id: 501 } },
        { INPUT_FAIL_ON: 'never', INPUT_CHECK_RUN: 'false', INPUT_COMMIT_STATUS: 'false' }
      )
      const runs = await runAction(j)
      expect(runs.every((r) => r.exitCode === 0)).toBe(true) // fail-on: never
      const body = standin.releases.get(501)!.body
      expect(body.split(SECTION_START)).toHaveLength(2)
      expect(body).not.toContain('stale report')
      expect(body).toMatch(
        /^## v2\n- billing\n\n<!-- driftcheck:start -->\n[\s\S]*route-missing[\s\S]*<!-- driftcheck:end -->\n\nthanks$/
      )
      expectNoSecrets(j)
    },
    TIMEOUT
  )
})

describe('the action with discover', () => {
  it(
    'every step expands the same features from the checkout: the report step names the discovered one that drifted',
    async () => {
      billingRoute = true
      const j = await job(
        'push',
        { ref: 'refs/heads/main' },
        { INPUT_CHECK_RUN: 'false', INPUT_LAYERS: 'source,route' }
      )
      // One feature per file under backend/: billing (its route is there) and workflow (/api/workflow is not).
      writeFileSync(
        join(j.workspace, 'driftcheck.yml'),
        [
          'version: 1',
          'services:',
          `  api: { url: "${appUrl}" }`,
          'discover:',
          '  - source: "backend/*.ts"',
          '    routes: [{ service: api, path: "/api/{name}", expect: protected, timeout: 300ms }]',
          ''
        ].join('\n')
      )
      const runs = await runAction(j)
      expect(runs.map((r) => r.phase)).toEqual(PHASES)
      const out = outputs(j)
      expect(out.verdict).toBe('fail')
      const faultLines = JSON.parse(out['fault-lines']!) as Array<{ feature: string; verdict: string }>
      expect(faultLines.map((f) => [f.feature, f.verdict])).toEqual([['workflow', 'route-missing']])
      const summary = readFileSync(j.summary, 'utf8')
      expect(summary).toMatch(/\| billing \| ✅ pass \|/)
      expect(summary).toMatch(/\| workflow \| ❌ route-missing \|/)
    },
    TIMEOUT
  )
})

describe('degrading and failing cleanly', () => {
  it(
    'a read-only token (fork PR): warnings, the summary and outputs still written, fail-on decides',
    async () => {
      billingRoute = false
      standin.options = { readOnly: true }
      const j = await job(
        'pull_request',
        { pull_request: { number: 23, head: { sha: HEAD } } },
        { INPUT_FAIL_ON: 'never' }
      )
      const runs = await runAction(j, ['check-node', 'build', 'probe', 'report', 'cleanup'])
      expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0, 0, 0])
      const report = runs.find((r) => r.phase === 'report')!.stdout
      expect(report.match(/::warning::driftcheck could not write the/g)).toHaveLength(3)
      expect(report).toContain('Resource not accessible by integration')
      expect(readFileSync(j.summary, 'utf8')).toContain('route-missing')
      expect(outputs(j)).toMatchObject({ verdict: 'fail', 'comment-url': '' })
      expectNoSecrets(j)
    },
    TIMEOUT
  )

  it(
    'a bad input stops the first step with one line quoting the value',
    async () => {
      const j = await job('push', {}, { INPUT_FAIL_ON: 'sometimes' })
      const run = await step(j, 'check-node')
      expect(run.exitCode).toBe(1)
      expect(
        run.stdout
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('::error::'))
      ).toEqual(["::error::Invalid fail-on 'sometimes'. Expected one of: drift, error, never."])
      expect(run.stderr).toBe('')
    },
    TIMEOUT
  )

  it(
    'a bad input: the report step still sets the outputs (verdict error) and fails with the same line, no GitHub writes',
    async () => {
      const j = await job('push', {}, { INPUT_FAIL_ON: 'sometimes' })
      const runs = await runAction(j)
      expect(runs.map((r) => [r.phase, r.exitCode])).toEqual([
        ['check-node', 1],
        ['report', 1],
        ['cleanup', 0]
      ])
      const report = runs[1]!
      expect(report.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
        "::error::driftcheck could not run: Invalid fail-on 'sometimes'. Expected one of: drift, error, never."
      ])
      expect(outputs(j)).toMatchObject({ verdict: 'error', drifted: 'false', 'report-path': '' })
      expect(readFileSync(j.summary, 'utf8')).toContain('Invalid fail-on')
      expect(standin.requests).toEqual([])
      expect(readdirSync(j.temp).filter((f) => f.startsWith('driftcheck-'))).toEqual([])
    },
    TIMEOUT
  )

  it(
    'an event payload that is not JSON: only the report step (the one that reads it) fails, with one line',
    async () => {
      billingRoute = true
      const j = await job('push', {}, { INPUT_FAIL_ON: 'never' })
      writeFileSync(j.env.GITHUB_EVENT_PATH!, '{ not json')
      const runs = await runAction(j)
      expect(runs.map((r) => [r.phase, r.exitCode])).toEqual(PHASES.map((p) => [p, p === 'report' ? 1 : 0]))
      const report = runs.find((r) => r.phase === 'report')!
      expect(report.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([
        '::error::Invalid event payload (GITHUB_EVENT_PATH). Expected the JSON file the runner writes.'
      ])
      expect(report.stdout + report.stderr).not.toMatch(/\n\s+at /) // no stack trace
      expect(readFileSync(j.summary, 'utf8')).toContain('billing') // the summary was written before
      expect(standin.requests).toEqual([])
    },
    TIMEOUT
  )

  it(
    'a broken config fails the first step with file:line, the later ones are skipped, the report still posts an error status',
    async () => {
      const j = await job('push', {}, { INPUT_FAIL_ON: 'never', INPUT_CHECK_RUN: 'false' })
      writeFileSync(join(j.workspace, 'driftcheck.yml'), 'version: 1\nfeatures:\n  x:\n    sorce: [a]\n')
      const runs = await runAction(j)
      expect(runs.map((r) => [r.phase, r.exitCode])).toEqual([
        ['check-node', 1],
        ['report', 1],
        ['cleanup', 0]
      ])
      expect(runs[0]!.stdout).toMatch(/::error::.*driftcheck\.yml:4:5: /)
      expect(outputs(j)).toMatchObject({ verdict: 'error', 'report-path': '' })
      expect(standin.statuses.at(-1)).toMatchObject({ sha: MERGE, state: 'error' })
    },
    TIMEOUT
  )

  it(
    'a fork PR without the probe token (layers source,route): every step runs, none asks for the auth secret',
    async () => {
      billingRoute = true
      const j = await job(
        'pull_request',
        { pull_request: { number: 24, head: { sha: HEAD } } },
        {
          INPUT_LAYERS: 'source,route',
          INPUT_CHECK_RUN: 'false'
        }
      )
      delete j.env.API_TOKEN
      const runs = await runAction(j)
      expect(runs.map((r) => [r.phase, r.exitCode])).toEqual(PHASES.map((phase) => [phase, 0]))
      expect(runs.map((r) => r.stdout).join('\n')).not.toMatch(/API_TOKEN|::error::/)
      expect(outputs(j)).toMatchObject({ verdict: 'pass' })
    },
    TIMEOUT
  )

  it(
    'the auth layer without its token: the first step names the variable at its position; the build step alone does not need it',
    async () => {
      const j = await job('push', {}, { INPUT_CHECK_RUN: 'false', INPUT_LAYERS: 'source,auth' })
      delete j.env.API_TOKEN
      const unset = /::error::.*driftcheck\.yml:12:43: environment variable `API_TOKEN` is not set/
      const check = await step(j, 'check-node')
      expect(check.exitCode).toBe(1)
      expect(check.stdout).toMatch(unset)
      // Each step loads the config for what it runs (separate processes): the build step goes ahead, the probe step
      // is the config error.
      const build = await step(j, 'build')
      expect(build.exitCode).toBe(0)
      expect(build.stdout).not.toMatch(/::error::/)
      expect((await step(j, 'probe')).stdout).toMatch(
        /::error::probe: \S*driftcheck\.yml:12:43: environment variable `API_TOKEN`/
      )
    },
    TIMEOUT
  )

  it(
    'layers that no feature configures: the first engine step says there is nothing to check, and the job fails',
    async () => {
      const j = await job('push', {}, { INPUT_FAIL_ON: 'never', INPUT_LAYERS: 'container', INPUT_CHECK_RUN: 'false' })
      const runs = await runAction(j, ['check-node', 'build', 'report', 'cleanup'])
      const build = runs.find((r) => r.phase === 'build')!
      expect(build.stdout).toMatch(
        /::error::.*nothing to check: no feature configures any of the layers asked \(container\)/
      )
      expect(runs.find((r) => r.phase === 'report')!.exitCode).toBe(1) // a usage mistake fails whatever fail-on says
      expect(outputs(j)).toMatchObject({ verdict: 'error' })
    },
    TIMEOUT
  )
})

// ---------------------------------------------------------------------------------------------------------------------

/** The event payload the runner would write for `name` (fixtures under ./events). */
function eventFixture(name: 'schedule' | 'workflow_dispatch' | 'pull_request'): object {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'events', `${name}.json`), 'utf8')) as object
}

const WATCH = { INPUT_ISSUE: 'true', INPUT_CHECK_RUN: 'false', INPUT_COMMIT_STATUS: 'false', INPUT_FAIL_ON: 'drift' }
/** The issues the watch of `driftcheck.yml` opened (its marker first in the body). */
const watchIssues = () => [...standin.issues.values()].filter((i) => i.body.startsWith('<!-- driftcheck:watch '))

describe('the scheduled drift watch (issue: true)', () => {
  it(
    'three failing runs (schedule, dispatch, schedule) keep one issue, updated in place; a pass closes it with a comment',
    async () => {
      billingRoute = false
      const runOn = async (event: 'schedule' | 'workflow_dispatch') => {
        const j = await job(event, eventFixture(event), WATCH)
        const runs = await runAction(j)
        expectNoSecrets(j)
        return runs.find((r) => r.phase === 'report')!
      }
      const logs: string[] = []
      for (const event of ['schedule', 'workflow_dispatch', 'schedule'] as const) logs.push((await runOn(event)).stdout)
      expect(logs[0]).toMatch(/driftcheck opened the watch issue https:\/\/github\.com\/o\/r\/issues\/\d+/)
      expect(logs[1]).toContain('(failing run 2)')
      expect(logs[2]).toContain('(failing run 3)')

      const [issue, ...more] = watchIssues()
      expect(more).toEqual([])
      expect(issue).toMatchObject({ state: 'open', title: 'driftcheck: production drifted (driftcheck.yml)' })
      expect(issue!.labels).toEqual([{ name: 'driftcheck' }])
      // Opened once, then updated in place by each further failing run: no new issue, no comment.
      expect(issue!.edits.map((e) => Object.keys(e).sort())).toEqual([
        ['body', 'title'],
        ['body', 'title']
      ])
      expect(standin.comments.get(issue!.number)).toBeUndefined()
      expect(issue!.body).toContain('route-missing')
      expect(issue!.body).toMatch(/since \d{4}-\d\d-\d\dT[\d:.]+Z, 3 failing runs, the last one \[here\]/)
      expect(issue!.body).toContain('**Since the last run:** nothing changed.')
      expect(
        standin.requests.filter((r) => r.method === 'POST' && r.template === '/repos/{owner}/{repo}/issues')
      ).toHaveLength(1)

      billingRoute = true
      expect((await runOn('schedule')).stdout).toContain(`driftcheck closed the watch issue ${issue!.html_url}`)
      expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' })
      const comments = standin.comments.get(issue!.number)!
      expect(comments.map((c) => c.body)).toEqual([
        expect.stringMatching(/^driftcheck passes again after .+ \(3 failing runs\): every feature lines up/)
      ])

      // Passing again: nothing open, nothing written.
      standin.resetLog()
      expect((await runOn('schedule')).stdout).toContain('driftcheck passes; no watch issue is open')
      expect(standin.requests.filter((r) => r.method !== 'GET')).toEqual([])
      expect(watchIssues()).toHaveLength(1)
    },
    TIMEOUT
  )

  it(
    'a run that could not check opens no issue unless fail-on: error asks; a pull_request run never keeps one',
    async () => {
      billingRoute = false
      const unreachable = async (j: Job) =>
        writeFileSync(
          join(j.workspace, 'driftcheck.yml'),
          readFileSync(join(j.workspace, 'driftcheck.yml'), 'utf8').replace(appUrl, 'http://127.0.0.1:9')
        )
      const before = watchIssues().length
      const quiet = await job('schedule', eventFixture('schedule'), { ...WATCH, INPUT_LAYERS: 'source,route' })
      await unreachable(quiet)
      const quietRuns = await runAction(quiet)
      expect(outputs(quiet).verdict).toBe('error')
      expect(quietRuns.find((r) => r.phase === 'report')!.stdout).toContain(
        'the watch issue is left as it is (fail-on: drift)'
      )
      expect(standin.requests.filter((r) => r.template?.includes('/issues'))).toEqual([])

      const pr = await job('pull_request', eventFixture('pull_request'), WATCH)
      const prRuns = await runAction(pr)
      expect(prRuns.find((r) => r.phase === 'report')!.stdout).toContain("this run is 'pull_request'")
      expect(standin.requests.filter((r) => r.template === '/repos/{owner}/{repo}/issues')).toEqual([])
      expect(watchIssues()).toHaveLength(before)

      const loud = await job('schedule', eventFixture('schedule'), {
        ...WATCH,
        INPUT_LAYERS: 'source,route',
        INPUT_FAIL_ON: 'error'
      })
      await unreachable(loud)
      await runAction(loud)
      const opened = watchIssues().filter((i) => i.state === 'open')
      expect(opened.map((i) => i.title)).toEqual(['driftcheck: production could not be checked (driftcheck.yml)'])
      // Clean slate for the other tests: the next pass closes it.
      billingRoute = true
      await runAction(await job('schedule', eventFixture('schedule'), WATCH))
      expect(watchIssues().filter((i) => i.state === 'open')).toEqual([])
    },
    TIMEOUT
  )

  it(
    'a read-only token: the issue becomes one warning naming issues: write; the summary and outputs still written',
    async () => {
      billingRoute = false
      standin.options = { readOnly: true }
      const j = await job('schedule', eventFixture('schedule'), WATCH)
      const runs = await runAction(j)
      expect(runs.map((r) => r.exitCode)).toEqual(PHASES.map((p) => (p === 'report' ? 1 : 0))) // fail-on: drift
      const report = runs.find((r) => r.phase === 'report')!.stdout
      expect(report).toMatch(
        /::warning::driftcheck could not write the watch issue: the token may not \(403 Resource not accessible by integration.*`permissions: issues: write`/
      )
      expect(readFileSync(j.summary, 'utf8')).toContain('route-missing')
      expect(outputs(j).verdict).toBe('fail')
      expect(watchIssues().filter((i) => i.state === 'open')).toEqual([])
    },
    TIMEOUT
  )
})

describe('what each step loads', () => {
  it(
    'only the report step loads the GitHub stack (@actions/github, Octokit): the others start without it',
    async () => {
      billingRoute = true
      const j = await job('push', { ref: 'refs/heads/main' }, { INPUT_CHECK_RUN: 'false' })
      const githubLoaded: Record<string, boolean> = {}
      for (const phase of PHASES) {
        const log = join(j.temp, `modules-${phase}.log`)
        const run = await step({ ...j, env: { ...j.env, DRIFTCHECK_MODULE_LOG: log } }, phase, ['--import', MODULE_LOG])
        expect([phase, run.exitCode]).toEqual([phase, 0])
        const modules = loadedModules(log)
        // The hook saw the process load the action's entry: an empty log cannot pass for "nothing loaded".
        expect(modules.some((m) => m.endsWith(USE_DIST ? '/dist/action/index.js' : '/src/action/main.ts'))).toBe(true)
        githubLoaded[phase] = modules.some((m) => GITHUB_STACK.test(m))
      }
      expect(githubLoaded).toEqual(Object.fromEntries(PHASES.map((p) => [p, p === 'report'])))
      expect(standin.statuses.at(-1)).toMatchObject({ sha: MERGE, state: 'success' })
    },
    TIMEOUT
  )
})
