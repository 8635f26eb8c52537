// `driftcheck deploy` end to end against a real sshd and the real Docker engine, with the example stack (api + dashboard):
// old version running → verify says runtime-drift (404) → deploy → verify passes (401); both strategies; a broken build;
// rollback; the lock; hostile names and paths. The target dir (behind ssh) is separate from the checkout.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { execa } from 'execa'
import { createDeps, type Deps } from '../../src/wiring/deps.js'
import { loadConfig } from '../../src/config/load.js'
import type { DriftConfig } from '../../src/core/config.js'
import { InfraError, UsageError } from '../../src/core/errors.js'
import type { RunResult } from '../../src/core/model.js'
import { main } from '../../src/cli/main.js'
import { deploy, deployOnly, PREVIOUS_TAG } from '../../src/deploy/index.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'

const STACK = resolve('examples/stack')
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-deploy-${suffix}`

let sshd: TestSshd
let root: string
let checkout: string
let targetDir: string
let configFile: string
let apiPort: number
let dashboardPort: number

const git = (...args: string[]) => execa('git', ['-C', checkout, ...args])
const commit = async (message: string) => {
  await git('add', '-A')
  await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', message)
  return (await git('rev-parse', 'HEAD')).stdout.trim()
}
const route = async () =>
  (await fetch(`http://127.0.0.1:${apiPort}/api/v1/workflows/steps/definitions`).catch(() => null))?.status ?? null
const runningApi = async () => {
  const { stdout } = await execa('docker', [
    'ps',
    '-q',
    '--no-trunc',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    'label=com.docker.compose.service=api'
  ])
  const id = stdout.trim()
  if (!id) return null
  const image = (await execa('docker', ['inspect', '--format', '{{.Image}}', id])).stdout.trim()
  return { id, image }
}

async function withDeps<T>(work: (config: DriftConfig, deps: Deps) => Promise<T>): Promise<T> {
  const config = await loadConfig(configFile)
  const deps = await createDeps(config)
  try {
    return await work(config, deps)
  } finally {
    await deps.close()
  }
}

async function cli(...args: string[]): Promise<{ code: number; result: RunResult | null }> {
  const output = join(root, `result-${Math.random().toString(36).slice(2)}.json`)
  const code = await main([...args, '--config', configFile, '--format', 'json', '--output', output, '--no-color'])
  const result = existsSync(output) ? (JSON.parse(await readFile(output, 'utf8')) as RunResult) : null
  return { code, result }
}

const feature = (result: RunResult | null, name: string) => result?.features.find((f) => f.name === name)
const observed = (result: RunResult | null, layer: string) =>
  JSON.stringify(feature(result, 'workflow')?.layers.find((l) => l.layer === layer)?.evidence)

beforeAll(async () => {
  await execa('bash', ['scripts/base-image.sh'])
  sshd = await startSshd()
  root = await mkdtemp(join(tmpdir(), 'driftcheck-deploy-'))
  checkout = join(root, 'checkout')
  // A target path that would break any unquoted shell word, and would run `touch` if it were ever parsed as code.
  targetDir = join(root, `srv/it's a "target"; touch CANARY`)
  await mkdir(targetDir, { recursive: true })
  ;[apiPort, dashboardPort] = [await freePort(), await freePort()]

  await execa('bash', [join(STACK, 'old-version.sh'), checkout])
  // git ships tracked files only: the old dashboard's pages/ folder is empty, so keep it tracked (its Dockerfile COPYs it).
  await writeFile(join(checkout, 'dashboard/pages/.keep'), '')
  await pinPorts()
  await writeConfig()
  await git('init', '-q')
  await commit('old version')
  process.env.API_TOKEN = 'demo-token'
}, 300_000)

afterAll(async () => {
  await execa('docker-compose', ['-p', project, 'down', '--rmi', 'all', '-t', '1'], { cwd: targetDir, reject: false })
  await execa('sh', ['-c', `docker images -q --filter reference='${project}*' | xargs -r docker rmi -f`], {
    reject: false
  })
  await sshd?.stop()
  if (root) await rm(root, { recursive: true, force: true })
}, 120_000)

async function pinPorts() {
  // Compose on the target sees no variables from here: the ports are written into the checkout's compose file.
  const file = join(checkout, 'docker-compose.yml')
  const text = (await readFile(file, 'utf8'))
    .replace('${API_PORT:-18080}', String(apiPort))
    .replace('${DASHBOARD_PORT:-18081}', String(dashboardPort))
  await writeFile(file, text)
}

async function writeConfig() {
  const text = (await readFile(join(STACK, 'driftcheck.yml'), 'utf8'))
    .replace(/^target:\n(?: {2}.*\n)+/m, '')
    .replace('${API_URL:-http://127.0.0.1:18080}', `http://127.0.0.1:${apiPort}`)
    .replace('${DASHBOARD_URL:-http://127.0.0.1:18081}', `http://127.0.0.1:${dashboardPort}`)
  configFile = join(checkout, 'driftcheck.yml')
  const target = sshd.target(targetDir)
  await writeFile(
    configFile,
    [
      'target:',
      `  host: ssh://root@127.0.0.1:${sshd.port}`,
      `  ssh: { identityFile: ${JSON.stringify(target.ssh.identityFile)}, knownHostsFile: ${JSON.stringify(target.ssh.knownHostsFile)} }`,
      `  dir: ${JSON.stringify(targetDir)}`,
      `  compose: { project: ${project}, files: [docker-compose.yml] }`,
      text.replace(/^version: 1\n/m, '')
    ].join('\n') + '\nversion: 1\n'
  )
}

async function freePort(): Promise<number> {
  return new Promise((ok) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => ok(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

describe('driftcheck deploy over ssh', () => {
  it('the old version is deployed and running', async () => {
    const outcome = await withDeps((config, deps) => deployOnly(config, deps))
    expect(outcome.services.sort()).toEqual(['api', 'dashboard'])
    expect(outcome.steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'preflight:ok',
      'lock:ok',
      'ship:ok',
      'snapshot:skipped',
      'build:ok',
      'recreate:ok',
      'unlock:ok'
    ])
    // The tree arrived in the hostile path, and nothing in it was ever run as shell code.
    expect(existsSync(join(targetDir, 'docker-compose.yml'))).toBe(true)
    expect(existsSync(join(targetDir, 'CANARY'))).toBe(false)
    expect(existsSync(join(targetDir, '.driftcheck.lock'))).toBe(false)
    await expect(waitFor(route, 404)).resolves.toBe(404)
  }, 300_000)

  it('the new commit: verify says runtime-drift with 404; deploy; verify passes with 401', async () => {
    await execa('bash', [join(STACK, 'new-version.sh'), checkout])
    await pinPorts()
    await writeConfig()
    const head = await commit('new version: workflow')

    const before = await cli('verify')
    expect(before.code).toBe(1)
    expect(feature(before.result, 'workflow')?.verdict).toBe('runtime-drift')
    expect(observed(before.result, 'route')).toMatch(/404/)

    const deployed = await cli('deploy')
    expect(deployed.code).toBe(0)
    expect(deployed.result?.verdict).toBe('pass')
    expect(deployed.result?.revision).toBe(head)

    const after = await cli('verify')
    expect(after.code).toBe(0)
    expect(feature(after.result, 'workflow')?.verdict).toBe('pass')
    expect(observed(after.result, 'route')).toMatch(/401/)
    expect(after.result?.services.find((s) => s.name === 'api')?.runningRevision).toBe(head)
  }, 600_000)

  it('the image strategy: built here, docker save | ssh docker load, up -d --no-build', async () => {
    await writeFile(join(checkout, 'api/src/modules/workflow/marker.txt'), `image strategy ${suffix}\n`)
    const head = await commit('a change shipped as an image')
    const outcome = await withDeps((config, deps) => deploy(config, deps, { strategy: 'image' }))
    expect(outcome.result.verdict).toBe('pass')
    expect(outcome.steps.find((s) => s.name === 'build')?.detail).toMatch(
      /built .* locally, shipped .* of images to ssh:/
    )
    const running = await runningApi()
    const labels = (await execa('docker', ['inspect', '--format', '{{json .Config.Labels}}', running!.image])).stdout
    expect(JSON.parse(labels)['org.opencontainers.image.revision']).toBe(head)
    expect(await route()).toBe(401)
  }, 600_000)

  it('a broken build on the target leaves the running services untouched, and says so', async () => {
    const runningBefore = await runningApi()
    const dockerfile = join(checkout, 'api/Dockerfile')
    const good = await readFile(dockerfile, 'utf8')
    await writeFile(dockerfile, `${good}RUN echo "the build broke here" && exit 3\n`)
    await commit('broken build')
    try {
      const error = await withDeps((config, deps) => deployOnly(config, deps)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InfraError)
      expect((error as Error).message).toMatch(/compose build failed on ssh:/)
      expect((error as Error).message).toMatch(/the build broke here/)
      expect((error as Error).message).toMatch(/the running services were NOT changed/)
      expect(await runningApi()).toEqual(runningBefore)
      expect(await route()).toBe(401)
      expect(existsSync(join(targetDir, '.driftcheck.lock'))).toBe(false)
    } finally {
      await writeFile(dockerfile, good)
      await commit('fix the build')
      // The classic builder keeps the failed step's container (compose v1 removes it only with --force-rm): this test's
      // own, found by its command, is removed so no run leaves it behind.
      const exited = await execa('docker', [
        'ps',
        '-a',
        '--filter',
        'status=exited',
        '--no-trunc',
        '--format',
        '{{.ID}}\t{{.Command}}'
      ])
      const broken = exited.stdout.split('\n').filter((line) => line.includes('the build broke here'))
      if (broken.length) await execa('docker', ['rm', ...broken.map((line) => line.split('\t')[0]!)])
    }
  }, 600_000)

  it('--rollback-on-fail: a version that fails verification is replaced by the previous images, verified again', async () => {
    const previous = await runningApi()
    // A build that leaves the workflow module out of the image: the route goes back to 404.
    const dockerfile = join(checkout, 'api/Dockerfile')
    const good = await readFile(dockerfile, 'utf8')
    await writeFile(
      dockerfile,
      good.replace('COPY src/modules/ /app/dist/modules/', 'COPY src/modules/health/ /app/dist/modules/health/')
    )
    await commit('drops the workflow module from the image')
    try {
      const code = await main(['deploy', '--config', configFile, '--rollback-on-fail', '--no-color'])
      expect(code).toBe(1)
      // The same failing version again, through the library, to look at what it reports.
      const outcome = await withDeps((config, deps) =>
        deploy(config, deps, { rollbackOnFail: true, services: ['api'] })
      )
      expect(outcome.rolledBack).toBe(true)
      expect(feature(outcome.before!, 'workflow')?.verdict).toBe('build-drift')
      expect(outcome.steps.map((s) => s.name)).toEqual(
        expect.arrayContaining(['snapshot', 'recreate', 'verify', 'rollback', 'verify-rollback'])
      )
      const now = await runningApi()
      expect(now?.image).toBe(previous?.image)
      expect(now?.id).not.toBe(previous?.id)
      expect(await waitFor(route, 401)).toBe(401)
      const kept = (
        await execa('docker', ['images', '-q', '--no-trunc', `${project}_api:${PREVIOUS_TAG}`])
      ).stdout.trim()
      expect(kept).toBe(previous?.image)
    } finally {
      await writeFile(dockerfile, good)
      await commit('restore the Dockerfile')
    }
  }, 900_000)

  it('a held lock is a clear error naming who and since when; nothing is shipped', async () => {
    const lock = join(targetDir, '.driftcheck.lock')
    await mkdir(lock)
    await writeFile(
      join(lock, 'info'),
      JSON.stringify({ who: 'ci@runner-7', since: '2025-01-01T10:00:00.000Z', pid: 1 })
    )
    try {
      const error = await withDeps((config, deps) => deployOnly(config, deps)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InfraError)
      expect((error as Error).message).toMatch(/^deploy lock held by ci@runner-7 since 2025-01-01T10:00:00.000Z/)
      expect((error as InfraError).hint).toMatch(/rm -r .*\.driftcheck\.lock/)
      expect(existsSync(lock)).toBe(true) // someone else's lock is never removed
      expect(await main(['deploy', '--config', configFile, '--no-color'])).toBe(3)
    } finally {
      await rm(lock, { recursive: true })
    }
  }, 120_000)

  it('hostile and unknown service names are refused before anything runs; the lock is released', async () => {
    const canary = join(root, 'SERVICE-CANARY')
    const error = await withDeps((config, deps) =>
      deployOnly(config, deps, { services: [`api;touch ${canary}`] })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as Error).message).toMatch(/invalid service name/)
    await expect(withDeps((config, deps) => deployOnly(config, deps, { services: ['-d'] }))).rejects.toThrow(
      /invalid service name/
    )
    await expect(withDeps((config, deps) => deployOnly(config, deps, { services: ['nope'] }))).rejects.toThrow(
      /service 'nope' is not defined by the compose project/
    )
    expect(existsSync(canary)).toBe(false)
    expect(existsSync(join(targetDir, '.driftcheck.lock'))).toBe(false)
  }, 300_000)

  it('target.dir missing: exit 3 with the directory named', async () => {
    const original = await readFile(configFile, 'utf8')
    await writeFile(
      configFile,
      original.replace(`dir: ${JSON.stringify(targetDir)}`, `dir: ${JSON.stringify(join(root, 'nope'))}`)
    )
    try {
      await expect(withDeps((config, deps) => deployOnly(config, deps))).rejects.toThrow(
        /target\.dir .*nope does not exist on ssh:/
      )
    } finally {
      await writeFile(configFile, original)
    }
  }, 120_000)

  it('an unreachable target or a refused key: exit 3, nothing deployed', async () => {
    const original = await readFile(configFile, 'utf8')
    await writeFile(configFile, original.replace(sshd.clientKey, sshd.wrongKey))
    try {
      await expect(withDeps((config, deps) => deployOnly(config, deps))).rejects.toThrow(
        /authentication to ssh:.* refused/
      )
    } finally {
      await writeFile(configFile, original)
    }
    await sshd.pause()
    try {
      expect(await main(['deploy', '--config', configFile, '--no-color'])).toBe(3)
    } finally {
      await sshd.restart()
    }
  }, 120_000)

  it('redeploying an older commit removes the newer module from the target, the image and the container; operator files stay', async () => {
    // Files the operator put in target.dir: driftcheck never shipped them, so it never removes them.
    const operatorFiles = ['node_modules/left-pad/index.js', 'data/app.db', 'api/operator.env']
    for (const path of operatorFiles) {
      await mkdir(join(targetDir, path, '..'), { recursive: true })
      await writeFile(join(targetDir, path), `operator ${suffix}\n`)
    }
    expect(existsSync(join(targetDir, 'api/src/modules/workflow/index.js'))).toBe(true)
    const [oldVersion] = (await git('rev-list', '--max-parents=0', 'HEAD')).stdout.trim().split('\n')
    const branch = (await git('rev-parse', '--abbrev-ref', 'HEAD')).stdout.trim()
    await git('checkout', '-q', oldVersion!)
    try {
      const outcome = await withDeps((config, deps) => deployOnly(config, deps))
      const ship = outcome.steps.find((s) => s.name === 'ship')!
      expect(ship.detail).toMatch(/; removed \d+ path\(s\) the commit no longer has: .*api\/src\/modules\/workflow/)
      expect(existsSync(join(targetDir, 'api/src/modules/workflow'))).toBe(false)
      expect(existsSync(join(targetDir, 'dashboard/pages/Workflow.html'))).toBe(false)
      for (const path of operatorFiles)
        expect(await readFile(join(targetDir, path), 'utf8')).toBe(`operator ${suffix}\n`)
      // Built on the target from what is there now: the module is in neither the image nor the running container.
      const running = await runningApi()
      const inImage = await execa('docker', ['run', '--rm', '--entrypoint', 'ls', running!.image, '/app/dist/modules'])
      expect(inImage.stdout.split('\n')).toEqual(['health'])
      const inContainer = await execa('docker', ['exec', running!.id, 'ls', '/app/dist/modules'])
      expect(inContainer.stdout.split('\n')).toEqual(['health'])
      expect(await waitFor(route, 404)).toBe(404)
    } finally {
      await git('checkout', '-q', branch)
    }
  }, 600_000)
})

async function waitFor<T>(probe: () => Promise<T>, want: T, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last = await probe()
  while (last !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250))
    last = await probe()
  }
  return last
}
