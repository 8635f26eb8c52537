/**
 * The composite action end to end on the real Docker engine and a real sshd, its steps run from action.yml as the runner
 * runs them (composite-runner.ts), GitHub's REST API behind GITHUB_API_URL (the validating stand-in).
 *
 * The incident: the old version of the example stack (no workflow module) is built, stamped and running from the target
 * directory; the checkout moves on to the new version and nobody rebuilds.
 * 1. `command: verify` on the local engine, all five layers: verdict fail, runtime-drift at the container layer, a
 *    `failure` status on the PR's head sha, the layer matrix in the job summary.
 * 2. `command: deploy` over ssh, key and known_hosts given as inputs: the deploy step ships and recreates, the later steps
 *    pass with the route answering 401; the key file lives 0600 under RUNNER_TEMP only until the report step; neither the
 *    key nor API_TOKEN is in any file, summary, output or request.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { GitHubStandin } from '../helpers/github-standin.js'
import { freePort } from '../helpers/http-server.js'
import { requireDocker } from '../helpers/images.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'
import { actionYml, filesUnder, runComposite, type CompositeRun, type Job, type StepRun } from './composite-runner.js'

const root = join(import.meta.dirname, '..', '..')
const STACK = join(root, 'examples', 'stack')
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-pipeline-${suffix}`
const API_TOKEN = `sk-pipeline-${suffix}-${Math.random().toString(36).slice(2)}`
const GITHUB_TOKEN = `ghp_pipeline${suffix}0123456789`
const MERGE = '2'.repeat(40)
const STEP_IDS = actionYml.runs.steps.map((s) => s.id)

let standin: GitHubStandin
let sshd: TestSshd
let work: string
/** The checkout (GITHUB_WORKSPACE). */
let checkout: string
/** The compose project's directory on the "infra node": where the old version was deployed and runs. */
let targetDir: string
let apiUrl: string
let dashboardUrl: string
let oldHead: string

const git = (...args: string[]) =>
  execa('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: checkout })
async function commit(message: string): Promise<string> {
  await git('add', '-A')
  await git('commit', '-qm', message)
  return (await git('rev-parse', 'HEAD')).stdout.trim()
}
/** The example config with this test's project name (its URLs come from API_URL / DASHBOARD_URL in the job's env). */
function writeConfig(target?: string): void {
  const example = readFileSync(join(STACK, 'driftcheck.yml'), 'utf8')
  const config = example.replace(
    /^target:\n(?: {2}.*\n)+/m,
    target ?? `target:\n  compose: { project: ${project}, files: [docker-compose.yml] }\n`
  )
  if (config === example) throw new Error('examples/stack/driftcheck.yml has no target: block to replace')
  writeFileSync(join(checkout, 'driftcheck.yml'), config)
}
const compose = (...args: string[]) =>
  execa('docker-compose', ['-p', project, ...args], { cwd: targetDir, reject: false, timeout: 180_000 })
const status = async (url: string) => (await fetch(url).catch(() => null))?.status ?? null
async function waitFor(url: string, want: number, timeoutMs = 30_000): Promise<number | null> {
  const deadline = Date.now() + timeoutMs
  let last = await status(url)
  while (last !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    last = await status(url)
  }
  return last
}
async function runningApiLabels(): Promise<Record<string, string>> {
  const ps = await execa('docker', [
    'ps',
    '-q',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    'label=com.docker.compose.service=api'
  ])
  const ids = ps.stdout.trim().split('\n').filter(Boolean)
  expect(ids).toHaveLength(1)
  const image = (await execa('docker', ['inspect', '--format', '{{.Image}}', ids[0]!])).stdout.trim()
  return JSON.parse((await execa('docker', ['inspect', '--format', '{{json .Config.Labels}}', image])).stdout)
}

beforeAll(async () => {
  await requireDocker()
  await execa('bash', [join(root, 'scripts', 'base-image.sh')])
  standin = await new GitHubStandin().start()
  sshd = await startSshd()
  work = mkdtempSync(join(tmpdir(), 'driftcheck-pipeline-'))
  checkout = join(work, 'checkout')
  targetDir = join(work, 'srv', 'stack')
  const [apiPort, dashboardPort] = [await freePort(), await freePort()]
  apiUrl = `http://127.0.0.1:${apiPort}`
  dashboardUrl = `http://127.0.0.1:${dashboardPort}`

  // The old version, committed and built with its revision label (`driftcheck build`)…
  await execa('bash', [join(STACK, 'old-version.sh'), checkout])
  writeConfig()
  await git('init', '-q')
  oldHead = await commit('old version')
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, API_TOKEN, NO_COLOR: '1' }
  const build = await execa(process.execPath, ['--import', TSX, join(root, 'src', 'cli', 'index.ts'), 'build'], {
    cwd: checkout,
    env,
    extendEnv: false,
    reject: false,
    timeout: 300_000
  })
  if (build.exitCode !== 0) throw new Error(`driftcheck build failed: ${build.stderr}`)
  // …deployed to the target directory, whose .env holds what only the server knows (the token, the ports), and running.
  await execa('bash', [join(STACK, 'old-version.sh'), targetDir])
  writeFileSync(
    join(targetDir, '.env'),
    `API_TOKEN=${API_TOKEN}\nAPI_PORT=${apiPort}\nDASHBOARD_PORT=${dashboardPort}\n`,
    { mode: 0o600 }
  )
  const up = await compose('up', '-d', '--no-build')
  if (up.exitCode !== 0) throw new Error(`compose up failed: ${up.stderr}`)
  expect(await waitFor(`${apiUrl}/api/v1/health`, 200)).toBe(200)
  // The feature lands in the checkout; nobody rebuilds.
  await execa('bash', [join(STACK, 'new-version.sh'), checkout])
  writeConfig()
}, 420_000)

afterAll(async () => {
  if (targetDir && existsSync(targetDir)) await compose('down', '-v', '--rmi', 'all', '-t', '1')
  await execa('sh', ['-c', `docker images -q --filter reference='${project}_*' | sort -u | xargs -r docker rmi -f`], {
    reject: false
  })
  await standin?.stop()
  await sshd?.stop()
  if (work) rmSync(work, { recursive: true, force: true })
}, 180_000)

afterEach(() => {
  expect(standin.problems).toEqual([])
})

// ---------------------------------------------------------------------------------------------------------------------

function job(event: string, payload: object, inputs: Record<string, string>, sha = MERGE): Job {
  const temp = mkdtempSync(join(work, 'runner-temp-'))
  const eventPath = join(work, `event-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(eventPath, JSON.stringify(payload))
  return {
    workspace: checkout,
    temp,
    githubToken: GITHUB_TOKEN,
    inputs,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: checkout,
      RUNNER_TEMP: temp,
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: sha,
      GITHUB_RUN_ID: '4242',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: standin.url,
      // The workflow's `env:` on the `uses:` step.
      API_TOKEN,
      API_URL: apiUrl,
      DASHBOARD_URL: dashboardUrl
    }
  }
}

interface FaultLineOut {
  feature: string
  verdict: string
  faultLine: string | null
}
interface ResultJson {
  verdict: string
  revision: string
  services: Array<{ name: string; stale: boolean; runningRevision: string | null }>
  features: Array<{
    name: string
    verdict: string
    faultLine: string | null
    layers: Array<{ layer: string; status: string; evidence: unknown }>
  }>
}

function outcomes(run: CompositeRun): Record<string, string> {
  return Object.fromEntries(run.steps.map((s) => [s.id, s.outcome]))
}
function layerStatuses(result: ResultJson, feature: string): Record<string, string> {
  const f = result.features.find((x) => x.name === feature)!
  return Object.fromEntries(f.layers.map((l) => [l.layer, l.status]))
}
function routeObserved(result: ResultJson): string | undefined {
  const route = result.features.find((f) => f.name === 'workflow')!.layers.find((l) => l.layer === 'route')!
  const checks = (route.evidence as { checks: Array<{ service: string; observed: string }> }).checks
  return checks.find((c) => c.service === 'api')?.observed
}

/** Where a secret must never be: every file left under RUNNER_TEMP, the outputs, the summary, every request sent. */
function expectNowhere(run: CompositeRun, j: Job, secrets: string[]): void {
  const written = [
    ...filesUnder(j.temp).map((f) => `${f.path}\n${f.text}`),
    JSON.stringify(run.outputs),
    ...run.steps.map((s) => JSON.stringify(s.outputs)),
    run.summary,
    standin.everythingSent()
  ].join('\n')
  // The job log too, but for the `::add-mask::` commands that tell the runner what to hide.
  const log = run.log
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  for (const secret of secrets) {
    expect(written.includes(secret) ? `found ${secret.slice(0, 12)}… in a file, output or request` : 'absent').toBe(
      'absent'
    )
    expect(log.includes(secret) ? `found ${secret.slice(0, 12)}… in the job log` : 'absent').toBe('absent')
  }
}

// ---------------------------------------------------------------------------------------------------------------------

describe('the action on the real engine', () => {
  it('command: verify, all five layers: runtime-drift at the container, a failure status on the head sha, the matrix in the summary', async () => {
    const head = await commit('add the workflow feature')
    const j = job('pull_request', { pull_request: { number: 7, head: { sha: head } } }, { command: 'verify' })
    const run = await runComposite(j, { stepTimeoutMs: 300_000 })

    // Only the report step fails the job (fail-on: error, verdict fail); deploy and preview are skipped by their `if:`.
    expect(outcomes(run)).toEqual({
      'check-node': 'success',
      build: 'success',
      artifact: 'success',
      deploy: 'skipped',
      preview: 'skipped',
      container: 'success',
      probe: 'success',
      report: 'failure',
      cleanup: 'success'
    })
    expect(run.steps.find((s) => s.id === 'report')!.stdout).toContain(
      '::error::driftcheck found drift in 1 feature (fail-on: error)'
    )

    expect(Object.keys(run.outputs).sort()).toEqual(Object.keys(actionYml.outputs).sort())
    expect(run.outputs.verdict).toBe('fail')
    expect(run.outputs.drifted).toBe('true')
    const faultLines = JSON.parse(run.outputs['fault-lines']!) as FaultLineOut[]
    expect(faultLines.map((f) => [f.feature, f.verdict, f.faultLine])).toEqual([
      ['workflow', 'runtime-drift', 'container']
    ])
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/)

    const result = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ResultJson
    expect(result.revision).toBe(head)
    expect(layerStatuses(result, 'workflow')).toEqual({
      source: 'pass',
      artifact: 'pass',
      container: 'fail',
      route: 'fail',
      auth: 'fail'
    })
    expect(routeObserved(result)).toMatch(/^404\b/)
    expect(result.features.find((f) => f.name === 'health')!.verdict).toBe('pass')
    expect(result.services.find((s) => s.name === 'api')).toMatchObject({ stale: true, runningRevision: oldHead })

    // The job summary: the layer matrix, the workflow row failing from the container layer on.
    expect(run.summary).toContain('| feature | verdict | source | artifact | container | route | auth |')
    expect(run.summary).toMatch(/^\| workflow \| ❌ runtime-drift \| ✅ \| ✅ \| ❌ \| ❌ \| ❌ \|$/m)
    expect(run.summary).toMatch(/^\| health \| ✅ pass \| ✅ \| ✅ \| ✅ \| ✅ \| ⏭ \|$/m)

    // The status a required check reads: on the PR's head commit, never on the merge commit.
    expect(standin.statuses.map((s) => [s.sha, s.state, s.context])).toEqual([[head, 'failure', 'driftcheck']])
    expect(standin.checkRuns.at(-1)).toMatchObject({ head_sha: head, conclusion: 'failure', name: 'driftcheck' })
    expect(standin.comments.get(7)).toHaveLength(1)

    expect(filesUnder(j.temp).filter((f) => /driftcheck-(ssh|known|state)/.test(f.path))).toEqual([])
    expect(run.log).toContain(`::add-mask::${API_TOKEN}`)
    expectNowhere(run, j, [API_TOKEN, GITHUB_TOKEN])
  }, 600_000)

  it('command: deploy over a real sshd with the key and known_hosts as inputs: shipped, recreated, then a pass with 401', async () => {
    standin.resetLog()
    writeConfig(
      [
        'target:',
        `  host: ssh://root@127.0.0.1:${sshd.port}`,
        `  dir: ${JSON.stringify(targetDir)}`,
        `  compose: { project: ${project}, files: [docker-compose.yml] }`,
        ''
      ].join('\n')
    )
    const head = await commit('deploy to the infra node over ssh')
    expect(await status(`${apiUrl}/api/v1/workflows/steps/definitions`)).toBe(404) // still the old version

    const privateKey = readFileSync(sshd.clientKey, 'utf8')
    const knownHosts = readFileSync(sshd.knownHosts, 'utf8')
    const keyLines = privateKey.split('\n').filter((l) => l.length >= 20 && !l.startsWith('-----'))
    expect(keyLines.length).toBeGreaterThan(0)
    const j = job(
      'push',
      { ref: 'refs/heads/main', after: head },
      {
        command: 'deploy',
        environment: 'production',
        'environment-url': apiUrl,
        'ssh-private-key': privateKey,
        'ssh-known-hosts': knownHosts,
        comment: 'false',
        'check-run': 'false'
      },
      head
    )

    // The key on disk, step by step: 0600 from the first step through the probe, gone once the report step ran.
    const keyFiles: Record<string, Array<{ name: string; mode: number; same: boolean }>> = {}
    const lookAtKeys = (s: StepRun) => {
      keyFiles[s.id] = readdirSync(j.temp)
        .filter((f) => f.startsWith('driftcheck-ssh-key-'))
        .map((name) => {
          const path = join(j.temp, name)
          return { name, mode: statSync(path).mode & 0o777, same: readFileSync(path, 'utf8') === privateKey }
        })
    }
    let routeAfterDeploy: number | null = null
    // The GitHub deployment as each step left it: none before the deploy step, in_progress until the report step.
    const deploymentStates: Record<string, string[][]> = {}
    const run = await runComposite(j, {
      stepTimeoutMs: 300_000,
      afterStep: async (s) => {
        lookAtKeys(s)
        deploymentStates[s.id] = standin.deployments.map((d) => d.statuses.map((x) => String(x.state)))
        if (s.id === 'deploy') routeAfterDeploy = await waitFor(`${apiUrl}/api/v1/workflows/steps/definitions`, 401)
      }
    })

    const log = run.steps.map((s) => `--- ${s.id}: ${s.outcome}\n${s.stdout}\n${s.stderr}`).join('\n')
    expect({ outcomes: outcomes(run), log }).toEqual({
      // Every step runs but preview (its `if:` asks for command: preview).
      outcomes: Object.fromEntries(STEP_IDS.map((id) => [id, id === 'preview' ? 'skipped' : 'success'])),
      log
    })
    expect(run.steps.find((s) => s.id === 'deploy')!.stdout).toMatch(/deployed api, dashboard at [0-9a-f]{40}/)
    expect(routeAfterDeploy).toBe(401)

    const [keyName] = keyFiles['check-node']!.map((k) => k.name)
    expect(keyName).toBeDefined()
    for (const id of ['check-node', 'build', 'artifact', 'deploy', 'container', 'probe']) {
      expect({ id, files: keyFiles[id] }).toEqual({ id, files: [{ name: keyName, mode: 0o600, same: true }] })
    }
    expect(keyFiles.report).toEqual([])
    expect(keyFiles.cleanup).toEqual([])
    expect(filesUnder(j.temp).filter((f) => /driftcheck-(ssh|known|state)/.test(f.path))).toEqual([])

    expect(run.outputs).toMatchObject({ verdict: 'pass', drifted: 'false', 'fault-lines': '[]', 'comment-url': '' })
    const result = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8')) as ResultJson
    expect(result.revision).toBe(head)
    expect(result.features.map((f) => [f.name, f.verdict])).toEqual([
      ['workflow', 'pass'],
      ['health', 'pass']
    ])
    expect(layerStatuses(result, 'workflow')).toEqual({
      source: 'pass',
      artifact: 'pass',
      container: 'pass',
      route: 'pass',
      auth: 'pass'
    })
    expect(routeObserved(result)).toMatch(/^401\b/)
    expect(result.services.every((s) => !s.stale && s.runningRevision === head)).toBe(true)
    expect(run.summary).toMatch(/^\| workflow \| ✅ pass \| ✅ \| ✅ \| ✅ \| ✅ \| ✅ \|$/m)

    // What runs now is what was shipped over ssh: the new tree in the target dir (its .env kept), an image of HEAD.
    expect(existsSync(join(targetDir, 'dashboard', 'pages', 'Workflow.html'))).toBe(true)
    expect(readFileSync(join(targetDir, '.env'), 'utf8')).toContain(`API_TOKEN=${API_TOKEN}`)
    expect(existsSync(join(targetDir, '.driftcheck.lock'))).toBe(false)
    expect((await runningApiLabels())['org.opencontainers.image.revision']).toBe(head)
    expect(await status(`${apiUrl}/api/v1/workflows/steps/definitions`)).toBe(401)

    expect(standin.statuses.at(-1)).toMatchObject({ sha: head, state: 'success', context: 'driftcheck' })

    // The environment's page: a deployment of HEAD, in_progress from the deploy step on, success only after the report.
    expect(deploymentStates).toEqual({
      'check-node': [],
      build: [],
      artifact: [],
      deploy: [['in_progress']],
      preview: [],
      container: [['in_progress']],
      probe: [['in_progress']],
      report: [['in_progress', 'success']],
      cleanup: [['in_progress', 'success']]
    })
    const [deployment] = standin.deployments
    expect(deployment).toMatchObject({ ref: head, environment: 'production' })
    expect(deployment!.statuses.at(-1)).toMatchObject({
      log_url: 'https://github.com/acme/shop/actions/runs/4242',
      environment_url: apiUrl
    })
    expect(run.log).toContain(`::add-mask::${keyLines[0]}`)
    expectNowhere(run, j, [privateKey, ...keyLines, API_TOKEN, GITHUB_TOKEN])
  }, 900_000)
})
