import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCompose, type ComposeCli } from '../../src/adapters/compose.js'
import { LocalRunner } from '../../src/adapters/exec.js'

// The example stack (examples/stack) built and run with the real engine and docker-compose v1, on random ports and a
// random project, so it runs next to the demo and other tests.
const stackDir = join(process.cwd(), 'examples/stack')
const suffix = Math.random().toString(36).slice(2, 8)
const token = `token-${suffix}-${Math.random().toString(36).slice(2)}`
const runner = new LocalRunner()
const WORKFLOW = '/api/v1/workflows/steps/definitions'
/** Every image built here: rebuilt ones lose their tag, and `down --rmi` only removes what is still tagged. */
const builtIds: string[] = []

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Waits until the URL answers at all (the container needs a moment to listen). */
async function settled(url: string, deadlineMs = 20_000): Promise<void> {
  const until = Date.now() + deadlineMs
  for (;;) {
    try {
      await fetch(url)
      return
    } catch (error) {
      if (Date.now() > until) throw new Error(`${url} did not answer within ${deadlineMs} ms: ${String(error)}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }
}

async function startStack(dir: string, name: string): Promise<{ compose: ComposeCli; api: string; dashboard: string }> {
  const [apiPort, dashboardPort] = [await freePort(), await freePort()]
  const env = { API_PORT: String(apiPort), DASHBOARD_PORT: String(dashboardPort), API_TOKEN: token }
  const compose = await openCompose(runner, { dir, project: name, env })
  const built = await compose.build(['api', 'dashboard'], { 'org.opencontainers.image.revision': name })
  builtIds.push(...built.map((b) => b.id))
  await compose.up(['api', 'dashboard'], { noBuild: true })
  const api = `http://127.0.0.1:${apiPort}`
  const dashboard = `http://127.0.0.1:${dashboardPort}`
  await settled(`${api}/api/v1/health`)
  await settled(`${dashboard}/`)
  return { compose, api, dashboard }
}

const stacks: ComposeCli[] = []
const tempDirs: string[] = []

beforeAll(() => {
  // Fails loudly (no skip) when the engine or the base images cannot be built.
  execFileSync('bash', [join(process.cwd(), 'scripts/base-image.sh')], { stdio: 'pipe' })
}, 60_000)

afterAll(async () => {
  // `--rmi local` removes the images compose named after the project (no `image:` in the example stack).
  for (const compose of stacks) await compose.down({ volumes: true, removeImages: 'local' }).catch(() => undefined)
  // Some are gone already (`down --rmi`): spawnSync does not throw on that.
  if (builtIds.length) spawnSync('docker', ['rmi', '-f', ...builtIds], { stdio: 'ignore' })
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
}, 120_000)

describe('examples/stack', () => {
  const project = `driftcheck-stack-${suffix}`
  let api: string
  let dashboard: string

  beforeAll(async () => {
    const stack = await startStack(stackDir, project)
    stacks.push(stack.compose)
    ;({ api, dashboard } = stack)
  }, 180_000)

  it('answers 404 "Route not found" for an unknown route', async () => {
    const response = await fetch(`${api}/api/v1/nope`, { headers: { Authorization: `Bearer ${token}` } })
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({ error: 'Route not found' })
  })

  it('answers 401 on the workflow route without a token, or with a wrong one', async () => {
    expect((await fetch(`${api}${WORKFLOW}`)).status).toBe(401)
    expect((await fetch(`${api}${WORKFLOW}`, { headers: { Authorization: 'Bearer wrong' } })).status).toBe(401)
    expect((await fetch(`${api}${WORKFLOW}`, { headers: { Authorization: `Bearer ${token}x` } })).status).toBe(401)
  })

  it('answers 200 with the step definitions (close-books) with the token', async () => {
    const response = await fetch(`${api}${WORKFLOW}`, { headers: { Authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    const body = await response.text()
    expect(body).toContain('close-books')
    expect(JSON.parse(body).steps.map((s: { id: string }) => s.id)).toContain('close-books')
  })

  it('answers the health route without auth', async () => {
    const response = await fetch(`${api}/api/v1/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('has the artifact paths of driftcheck.yml inside the running containers', () => {
    const container = (service: string) =>
      execFileSync(
        'docker',
        [
          'ps',
          '-q',
          '--filter',
          `label=com.docker.compose.project=${project}`,
          '--filter',
          `label=com.docker.compose.service=${service}`
        ],
        { encoding: 'utf8' }
      ).trim()
    const ls = (service: string, path: string) =>
      execFileSync('docker', ['exec', container(service), 'ls', '-ld', path], { encoding: 'utf8' })
    expect(ls('api', '/app/dist/modules/workflow')).toMatch(/^d.* \/app\/dist\/modules\/workflow\n$/)
    expect(ls('api', '/app/dist/modules/health')).toMatch(/^d/)
    expect(ls('dashboard', '/www/pages/Workflow.html')).toMatch(/^-.* \/www\/pages\/Workflow.html\n$/)
  })

  it('serves the dashboard page, and 404 for a page that is not there', async () => {
    const page = await fetch(`${dashboard}/pages/Workflow.html`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Month-end workflow')
    expect((await fetch(`${dashboard}/pages/Nope.html`)).status).toBe(404)
  })
})

describe('examples/stack old-version.sh / new-version.sh (the incident, then the fix)', () => {
  it('the old version has no workflow module (404); the new one in the same folder has it (401)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-stack-'))
    tempDirs.push(dir)
    execFileSync('bash', [join(stackDir, 'old-version.sh'), dir], { stdio: 'pipe' })
    expect(existsSync(join(dir, 'api/src/modules/workflow'))).toBe(false)
    expect(existsSync(join(dir, 'dashboard/pages/Workflow.html'))).toBe(false)
    expect(existsSync(join(dir, 'api/src/modules/health/index.js'))).toBe(true)

    const old = await startStack(dir, `driftcheck-old-${suffix}`)
    stacks.push(old.compose)
    const before = await fetch(`${old.api}${WORKFLOW}`)
    expect(before.status).toBe(404)
    expect(await before.json()).toEqual({ error: 'Route not found' })
    expect((await fetch(`${old.dashboard}/pages/Workflow.html`)).status).toBe(404)

    execFileSync('bash', [join(stackDir, 'new-version.sh'), dir], { stdio: 'pipe' })
    expect(existsSync(join(dir, 'api/src/modules/workflow/index.js'))).toBe(true)
    // The fix of the incident: build, then recreate on the new image.
    const rebuilt = await old.compose.build(['api', 'dashboard'], {})
    builtIds.push(...rebuilt.map((b) => b.id))
    await old.compose.up(['api', 'dashboard'], { noBuild: true })
    await settled(`${old.api}/api/v1/health`)
    expect((await fetch(`${old.api}${WORKFLOW}`)).status).toBe(401)
    expect((await fetch(`${old.dashboard}/pages/Workflow.html`)).status).toBe(200)
  }, 240_000)

  it('refuses to overwrite the example folder itself', () => {
    expect(() => execFileSync('bash', [join(stackDir, 'old-version.sh'), stackDir], { stdio: 'pipe' })).toThrow(
      /DIR must be a copy/
    )
    expect(existsSync(join(stackDir, 'api/src/modules/workflow/index.js'))).toBe(true)
  })
})
