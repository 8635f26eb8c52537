import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireDocker } from '../helpers/images.js'

// `driftcheck preview` as a PR gate runs it (the CLI, the real engine, compose v1): the example stack in a temp checkout whose
// router registers its modules by name. One checkout for the file: each run rebuilds from the builder's cache.
const root = process.cwd()
const suffix = Math.random().toString(36).slice(2, 8)
const token = `tok-preview-${suffix}-${Math.random().toString(36).slice(2)}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-preview-'))
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const env: NodeJS.ProcessEnv = { ...withoutForceColor(process.env), API_TOKEN: token, NO_COLOR: '1' }
/** Every throwaway project a run named: afterAll removes what a failed assertion left. */
const projects = new Set<string>()

function withoutForceColor(vars: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _ignored, ...rest } = vars
  return rest
}

const cliArgs = (args: string[]) => ['--import', tsxLoader, join(root, 'src/cli/index.ts'), 'preview', ...args]

function preview(args: string[] = []) {
  const out = spawnSync(process.execPath, cliArgs(args), { cwd: work, env, encoding: 'utf8', timeout: 240_000 })
  const project = projectOf(out.stdout + out.stderr)
  if (project) projects.add(project)
  return { code: out.status, stdout: out.stdout, stderr: out.stderr, project }
}

function projectOf(output: string): string | null {
  return /preview: project (driftcheck-preview-[0-9a-f]+)/.exec(output)?.[1] ?? null
}

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' })

function commit(message: string): void {
  git('add', '-A')
  git('commit', '-qm', message)
}

/** What the engine still holds of a project: containers, networks, volumes (by compose's label), images (by its name). */
function leftovers(project: string): string[] {
  const list = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean)
  const label = `label=com.docker.compose.project=${project}`
  return [
    ...list('ps', '-a', '--filter', label, '--format', 'container {{.Names}}'),
    ...list('network', 'ls', '--filter', label, '--format', 'network {{.Name}}'),
    ...list('volume', 'ls', '--filter', label, '--format', 'volume {{.Name}}'),
    ...list('images', '--format', 'image {{.Repository}}').filter((i) => i.includes(project))
  ]
}

/** The router of the PR: it registers the modules it names, not every folder in the image. */
function registerModules(names: string[]): void {
  const server = join(work, 'api/src/server.js')
  const text = readFileSync(server, 'utf8').replace(
    /const modules = (readdirSync\([\s\S]*?\.sort\(\)|\[.*\] \/\/ .*)\n/,
    `const modules = ${JSON.stringify(names)} // the router's list: a module must be added here too\n`
  )
  writeFileSync(server, text)
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  // `/.` after join: join would drop it, and cp would copy the folder itself.
  execFileSync('cp', ['-a', `${join(root, 'examples/stack')}/.`, work])
  // The compose file's own ports (18080, 18081) stay as written: the preview must never use them.
  const config = readFileSync(join(work, 'driftcheck.yml'), 'utf8')
  expect(config).toContain('http://127.0.0.1:18080')
  registerModules(['health'])
  git('init', '-q')
  commit('workflow module, but the router misses it')
}, 120_000)

afterAll(() => {
  for (const project of projects) {
    spawnSync('docker-compose', ['-p', project, 'down', '-v', '--remove-orphans', '--rmi', 'local'], {
      cwd: work,
      stdio: 'ignore'
    })
  }
  rmSync(work, { recursive: true, force: true })
}, 120_000)

describe('driftcheck preview', () => {
  it('names a module in the image that the router does not register route-missing (exit 1), and leaves nothing behind', () => {
    const run = preview()
    expect(run.stderr).not.toContain('    at ')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^workflow\s+route-missing\s+✓\s+✓\s+✓\s+✗/m)
    // The URL it probed instead, as a fact in words: the compose file's port never.
    expect(run.stdout).toMatch(/api: http:\/\/127\.0\.0\.1:18080 → http:\/\/127\.0\.0\.1:(\d+) \(preview\)/)
    const port = /api: http:\/\/127\.0\.0\.1:18080 → http:\/\/127\.0\.0\.1:(\d+)/.exec(run.stdout)![1]
    expect(port).not.toBe('18080')
    expect(run.project).not.toBeNull()
    expect(leftovers(run.project!)).toEqual([])
    expect(run.stdout + run.stderr).not.toContain(token)
  }, 240_000)

  it('passes once the router registers it (exit 0), with the rewrite in the JSON, and leaves nothing behind', () => {
    registerModules(['health', 'workflow'])
    commit('the router registers workflow')
    const output = join(work, 'result.json')
    const run = preview(['--format', 'json', '--output', output])
    expect(run.code).toBe(0)
    const result = JSON.parse(readFileSync(output, 'utf8'))
    expect(result.verdict).toBe('pass')
    expect(result.features.map((f: { verdict: string }) => f.verdict)).toEqual(['pass', 'pass'])
    expect(result.preview.project).toBe(run.project)
    expect(result.preview.services).toEqual(['api', 'dashboard'])
    expect(result.preview.urls).toEqual([
      { service: 'api', from: 'http://127.0.0.1:18080', to: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) },
      { service: 'dashboard', from: 'http://127.0.0.1:18081', to: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) }
    ])
    // The containers checked were the preview's own, built from this commit.
    const revision = git('rev-parse', 'HEAD').toString().trim()
    for (const service of result.services) expect(service.runningRevision).toBe(revision)
    expect(leftovers(run.project!)).toEqual([])
    rmSync(output)
  }, 240_000)

  it('is error (exit 3) with the last log lines of a service that exits at start, in the JSON too; the ready service is verified; nothing left', () => {
    // The api cannot start (its modules folder is missing), then prints the token it was given (a secret of the config,
    // ${API_TOKEN}) and exits 1.
    const compose = join(work, 'docker-compose.yml')
    const config = join(work, 'driftcheck.yml')
    const original = { compose: readFileSync(compose, 'utf8'), config: readFileSync(config, 'utf8') }
    writeFileSync(
      compose,
      original.compose.replace(
        '      API_TOKEN: ${API_TOKEN:-demo-token}\n',
        '      API_TOKEN: ${API_TOKEN:-demo-token}\n      MODULES_DIR: /nonexistent-preview\n' +
          `    command: ['sh', '-c', 'node /app/dist/server.js; echo "exited; token $$API_TOKEN"; exit 1']\n`
      )
    )
    // A feature of the dashboard alone: its service is ready, so it is verified as ever.
    writeFileSync(
      config,
      `${original.config}  page:\n    routes:\n      - { service: dashboard, path: /pages/Workflow.html, expect: 200 }\n`
    )
    // Left uncommitted: a dirty checkout, stamped with the clock, still builds once.
    const output = join(work, 'not-ready.json')
    try {
      const run = preview(['--ready-timeout', '30', '--format', 'json', '--output', output, '-v'])
      expect(run.code).toBe(3)
      expect(run.stdout).toBe('')
      // The text report on stderr (--output): the service, its state, its last log lines.
      expect(run.stderr).toMatch(/api: container \S+ exited with exit code 1 before it was ready/)
      expect(run.stderr).toContain('its last log lines:')
      expect(run.stderr).toContain('nonexistent-preview')
      expect(run.stderr).toContain('exited; token ***')
      expect(run.stderr).not.toContain('    at async')
      // The service's own stack trace is its log; driftcheck's never shows.
      expect(run.stderr).not.toMatch(/at \S+ \(.*\/src\/(deploy|engine|cli)\//)
      expect(run.stderr.match(/\$ docker-compose .* build /g)).toHaveLength(1)

      const result = JSON.parse(readFileSync(output, 'utf8'))
      expect(result.verdict).toBe('error')
      const byName = Object.fromEntries(result.features.map((f: { name: string }) => [f.name, f]))
      const layers = (name: string) =>
        Object.fromEntries(byName[name].layers.map((l: { layer: string; status: string }) => [l.layer, l]))
      for (const name of ['workflow', 'health']) {
        expect(byName[name]).toMatchObject({ verdict: 'error', faultLine: 'container' })
        // Checked up to the image just built; the running layers not reached, never probed.
        expect(layers(name).source.status).toBe('pass')
        expect(layers(name).artifact.status).toBe('pass')
        expect(layers(name).route).toMatchObject({
          status: 'skip',
          evidence: { summary: 'not reached: api did not become ready in the preview' }
        })
      }
      const container = layers('workflow').container
      expect(container.status).toBe('error')
      expect(container.evidence.summary).toMatch(
        /^api did not become ready in the preview: container \S+ exited with code 1/
      )
      const [check] = container.evidence.checks
      expect(check).toMatchObject({ service: 'api', status: 'error', observed: 'exited with code 1' })
      expect(check.output).toContain('nonexistent-preview')
      expect(check.output).toContain('exited; token ***')
      // The dashboard was ready: its feature was verified there, and passes.
      expect(byName.page.verdict).toBe('pass')
      expect(layers('page').route.status).toBe('pass')
      expect(result.preview.readyTimeoutMs).toBe(30_000)
      expect(result.preview.notReady).toEqual([
        expect.objectContaining({ service: 'api', reason: 'exited', exitCode: 1, logs: check.output })
      ])
      expect(readFileSync(output, 'utf8')).not.toContain(token)
      expect(run.stdout + run.stderr).not.toContain(token)
      expect(leftovers(run.project!)).toEqual([])
    } finally {
      writeFileSync(compose, original.compose)
      writeFileSync(config, original.config)
      rmSync(output, { force: true })
    }
  }, 240_000)

  it('tears down when killed with SIGTERM during the verification (exit 143), leaving nothing behind', async () => {
    // A probe that retries for 60 s (a route that 404s, expected 200) keeps the verification busy.
    const config = join(work, 'driftcheck.yml')
    const original = readFileSync(config, 'utf8')
    writeFileSync(
      config,
      original.replace(
        '      - { service: api, path: /api/v1/health, expect: 200 }',
        '      - { service: api, path: /api/v1/health, expect: 200 }\n      - { service: api, path: /api/v1/slow-preview, expect: 200, timeout: 60s }'
      )
    )
    commit('a slow probe')
    try {
      const child = spawn(process.execPath, cliArgs([]), { cwd: work, env })
      let output = ''
      const verifying = new Promise<void>((resolve) => {
        const look = (chunk: Buffer) => {
          output += chunk.toString()
          if (/route: |building api, dashboard/.test(output) || /preview: api http/.test(output)) resolve()
        }
        child.stdout.on('data', look)
        child.stderr.on('data', look)
      })
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      await Promise.race([verifying, exited])
      const project = projectOf(output)
      expect(project).not.toBeNull()
      projects.add(project!)
      // The containers run: the kill lands during the verification, not before the project exists.
      expect(leftovers(project!).some((l) => l.startsWith('container '))).toBe(true)
      const sent = Date.now()
      child.kill('SIGTERM')
      const code = await exited
      expect(code).toBe(143)
      // Well within the 60 s the probe would have kept retrying.
      expect(Date.now() - sent).toBeLessThan(45_000)
      expect(output).toContain('the preview was cancelled (SIGTERM)')
      expect(leftovers(project!)).toEqual([])
    } finally {
      writeFileSync(config, original)
      commit('no slow probe')
    }
  }, 240_000)
})
