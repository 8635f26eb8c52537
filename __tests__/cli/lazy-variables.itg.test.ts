import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireDocker } from '../helpers/images.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'

// "Ask only for what is needed", as users run the CLI: a config whose ssh target takes its user and key from the environment
// and whose auth probe takes a token, on the real engine and a real sshd. A PR gate on a fork has none of these secrets.
const root = process.cwd()
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-real-apps-lazy-${suffix}`
const token = `tok-real-apps-${suffix}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-real-apps-lazy-'))
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
let sshd: TestSshd
let baseEnv: NodeJS.ProcessEnv

/** The CLI with none of the config's variables set, plus `vars`. */
function cli(args: string[], vars: NodeJS.ProcessEnv = {}) {
  const out = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env: { ...baseEnv, ...vars, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000
  })
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' })
const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-p', project, ...args], { cwd: work, env: baseEnv, stdio: 'pipe' })

// Line by line, so the positions below are those of the file.
const CONFIG = (port: number, knownHosts: string) => [
  'version: 1', //                                                                 1
  'target:', //                                                                    2
  `  host: "ssh://\${DEPLOY_USER}@127.0.0.1:${port}"`, //                          3
  `  ssh: { identityFile: "\${DEPLOY_KEY}", knownHostsFile: "${knownHosts}" }`, // 4
  `  dir: ${work}`, //                                                             5
  `  compose: { project: ${project} }`, //                                         6
  'services:', //                                                                  7
  '  api: { url: "http://127.0.0.1:1" }', //                                       8
  'features:', //                                                                  9
  '  app:', //                                                                     10
  '    source: [app/feature.txt]', //                                              11
  '    artifact: { api: [/app/feature.txt] }', //                                  12
  '    auth:', //                                                                  13
  '      - service: api', //                                                       14
  '        path: /me', //                                                          15
  '        headers: { Authorization: "Bearer ${API_TOKEN}" }', // 16
  '        timeout: 1s' //                                                          17
]
let lines: string[] = []
const at = (line: number, name: string) => `driftcheck.yml:${line}:${lines[line - 1]!.indexOf(`\${${name}}`) + 1}`
const unset = (line: number, name: string) =>
  `driftcheck: ${at(line, name)}: environment variable \`${name}\` is not set, expected it in the environment (or write \${${name}:-default})`

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  sshd = await startSshd()
  const { DEPLOY_USER: _u, DEPLOY_KEY: _k, API_TOKEN: _t, FORCE_COLOR: _c, ...rest } = process.env
  baseEnv = rest
  mkdirSync(join(work, 'app'))
  writeFileSync(join(work, 'app', 'feature.txt'), 'the feature\n')
  writeFileSync(join(work, 'Dockerfile'), 'FROM driftcheck/busybox:local\nCOPY app/ /app/\nCMD ["sleep", "3600"]\n')
  writeFileSync(join(work, 'docker-compose.yml'), "version: '3.8'\nservices:\n  api:\n    build: .\n")
  lines = CONFIG(sshd.port, sshd.knownHosts)
  writeFileSync(join(work, 'driftcheck.yml'), lines.join('\n') + '\n')
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'app')
}, 180_000)

afterAll(async () => {
  try {
    compose('down', '-v', '--rmi', 'local')
  } finally {
    await sshd?.stop()
    rmSync(work, { recursive: true, force: true })
  }
}, 120_000)

describe('a variable is needed only by the layers that use it', () => {
  it('`driftcheck build` needs neither the ssh user and key nor the probe token', () => {
    const run = cli(['build'])
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) })
    expect(run.stdout).toMatch(/^api\t/)
  }, 120_000)

  it('`verify --layers source,artifact` (a fork PR gate) passes without any of them, and never contacts the target', () => {
    const run = cli(['verify', '--layers', 'source,artifact', '--format', 'json'])
    expect(run.stderr).not.toMatch(/environment variable|ssh|not connected/)
    expect(run.code).toBe(0)
    const [feature] = JSON.parse(run.stdout).features
    expect(feature.layers.map((l: { status: string }) => l.status)).toEqual(['pass', 'pass', 'skip', 'skip', 'skip'])
  }, 120_000)

  it('a layer that needs a missing variable is exit 2, one line, at its position: the container layer and the ssh user', () => {
    const run = cli(['verify', '--layers', 'container'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(unset(3, 'DEPLOY_USER'))
  }, 60_000)

  it('the auth layer and its token: exit 2 before anything runs, even with the target set', () => {
    const run = cli(['verify'], { DEPLOY_USER: 'root', DEPLOY_KEY: sshd.clientKey })
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(unset(16, 'API_TOKEN'))
    expect(run.stdout).toBe('')
  }, 60_000)

  it('with the target set, the container layer checks the running container over the real sshd without the token', () => {
    compose('up', '-d')
    const run = cli(['verify', '--layers', 'container', '--format', 'json'], {
      DEPLOY_USER: 'root',
      DEPLOY_KEY: sshd.clientKey
    })
    expect(run.code).toBe(0)
    const result = JSON.parse(run.stdout)
    const container = result.features[0].layers.find((l: { layer: string }) => l.layer === 'container')
    expect(container.status).toBe('pass')
    expect(result.services[0]).toMatchObject({ name: 'api', stale: false })
    // The ssh user and key path came from the environment: secrets, never printed.
    expect(run.stdout + run.stderr).not.toContain(sshd.clientKey)
  }, 120_000)

  it('with every variable set, the whole run goes ahead (the auth probe gets no answer: exit 3, not a config error)', () => {
    const run = cli(['verify', '--layers', 'auth', '--format', 'json'], { API_TOKEN: token })
    expect(run.code).toBe(3)
    expect(run.stdout + run.stderr).not.toContain(token)
  }, 120_000)

  // Fail fast, say it once: an unreachable target is found before any layer runs (no build, no probes), one line with the fix.
  it('an unknown host key stops the run before the build: exit 3, one line with the ssh-keyscan fix', () => {
    const unknown = lines.map((l) => l.replace(sshd.knownHosts, sshd.emptyKnownHosts))
    writeFileSync(join(work, 'unknown-host.yml'), unknown.join('\n') + '\n')
    const run = cli(['verify', '--config', 'unknown-host.yml', '--layers', 'source,artifact,container'], {
      DEPLOY_USER: 'root',
      DEPLOY_KEY: sshd.clientKey
    })
    expect(run.code).toBe(3)
    expect(run.stdout).toBe('')
    const said = run.stderr.trim().split('\n')
    expect(said.filter((l) => /host key/i.test(l))).toHaveLength(1)
    expect(run.stderr).toContain(`ssh-keyscan -p ${sshd.port} 127.0.0.1 >> ${sshd.emptyKnownHosts}`)
    expect(run.stderr).not.toMatch(/building|compose build|source: \d/)
  }, 120_000)
})
