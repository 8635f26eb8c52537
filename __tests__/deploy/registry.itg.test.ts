// `deploy --strategy registry` for real: built and stamped on this machine's engine, pushed to Debian's docker-registry, pulled
// by a fleet node (its own dockerd, reached over its own sshd), recreated there; the node runs the very image built here (same
// ID, the registry's digest on it), and the verification passes. Then a failing version is rolled back, and a registry that
// cannot be reached stops the deploy before anything changes on the node.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../src/config/load.js'
import type { DriftConfig } from '../../src/core/config.js'
import { InfraError } from '../../src/core/errors.js'
import { deploy, deployOnly } from '../../src/deploy/index.js'
import { createDeps, type Deps } from '../../src/wiring/deps.js'
import { startFleet, type Fleet, type FleetNode } from '../helpers/fleet.js'
import { shareRegistry, type SharedRegistry } from '../helpers/fleet-registry.js'
import { uniqueName } from '../helpers/images.js'

const project = uniqueName('registry-k8s')
const repository = `driftcheck-${project}`
const TARGET_DIR = '/srv/app'

let fleet: Fleet
let node: FleetNode
let registry: SharedRegistry
let checkout: string
let configFile: string

const git = (...args: string[]) => execa('git', ['-C', checkout, ...args])
const commit = async (message: string) => {
  await git('add', '-A')
  await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message)
  return (await git('rev-parse', 'HEAD')).stdout.trim()
}

async function withDeps<T>(work: (config: DriftConfig, deps: Deps) => Promise<T>, edit = (c: DriftConfig) => c) {
  const config = edit(await loadConfig(configFile))
  const deps = await createDeps(config)
  try {
    return await work(config, deps)
  } finally {
    await deps.close()
  }
}

/** The image the node's `web` container runs, as that node's engine sees it. */
async function runningOnNode(): Promise<{ id: string; digests: string[] } | null> {
  const filter = [
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    'label=com.docker.compose.service=web'
  ]
  const container = (await node.docker(['ps', '-q', ...filter])).stdout.trim()
  if (!container) return null
  const id = (await node.docker(['inspect', '--format', '{{.Image}}', container])).stdout.trim()
  const digests = (await node.docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', id])).stdout
  return { id, digests: JSON.parse(digests) as string[] }
}

/** The image this machine's compose built for `web` (the config names the project, so its ref is known). */
async function builtHere(): Promise<string> {
  const { stdout } = await execa('docker', ['images', '--no-trunc', '--format', '{{.Repository}} {{.ID}}'])
  const line = stdout.split('\n').find((l) => l.startsWith(`${project}-web `) || l.startsWith(`${project}_web `))
  if (!line) throw new Error(`no local image of ${project} web`)
  return line.split(' ')[1]!
}

beforeAll(async () => {
  fleet = await startFleet({ nodes: 1, registry: true })
  node = fleet.nodes[0]!
  registry = await shareRegistry(fleet)
  await node.ssh(`mkdir -p ${TARGET_DIR}`)
  checkout = await mkdtemp(join(tmpdir(), 'driftcheck-registry-k8s-'))
  await mkdir(join(checkout, 'www/feature'), { recursive: true })
  await writeFile(join(checkout, 'www/feature/index.html'), `the feature of ${project}\n`)
  await writeFile(
    join(checkout, 'Dockerfile'),
    ['FROM driftcheck/busybox:local', 'COPY www /www', 'CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]', ''].join('\n')
  )
  await writeFile(
    join(checkout, 'docker-compose.yml'),
    ['services:', '  web:', '    build: .', '    stop_grace_period: 1s', '    ports: ["8080:8080"]', ''].join('\n')
  )
  const target = node.target(TARGET_DIR)
  configFile = join(checkout, 'driftcheck.yml')
  await writeFile(
    configFile,
    [
      'version: 1',
      'target:',
      `  host: ${node.sshUrl}`,
      `  ssh: { identityFile: ${target.ssh.identityFile}, knownHostsFile: ${target.ssh.knownHostsFile} }`,
      `  dir: ${TARGET_DIR}`,
      `  compose: { project: ${project} }`,
      `  registry: ${registry.address}/${repository}`,
      'services:',
      `  web: { url: "http://${node.address}:8080" }`,
      'features:',
      '  feature:',
      '    source: [www/feature/]',
      '    artifact: { web: [/www/feature/index.html] }',
      '    routes: [{ service: web, path: /feature/index.html, expect: 200, timeout: 10s }]',
      ''
    ].join('\n')
  )
  await git('init', '-q')
  await commit('the feature')
}, 180_000)

afterAll(async () => {
  await registry?.close()
  await fleet?.stop()
  const { stdout } = await execa('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}'], { reject: false })
  const ours = stdout.split('\n').filter((ref) => ref.includes(project))
  if (ours.length) await execa('docker', ['rmi', '-f', ...ours], { reject: false })
  if (checkout) await rm(checkout, { recursive: true, force: true })
}, 120_000)

describe('deploy --strategy registry to a fleet node', () => {
  it('pushes <registry>/<service>:<revision>, the node pulls it and runs the very image built here; verification passes', async () => {
    const head = (await git('rev-parse', 'HEAD')).stdout.trim()
    const outcome = await withDeps((config, deps) => deploy(config, deps, { strategy: 'registry' }))
    const ref = `${registry.address}/${repository}/web:${head}`
    const step = (name: string) => outcome.steps.find((s) => s.name === name)
    expect(outcome.steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'preflight:ok',
      'lock:ok',
      'ship:ok',
      'snapshot:skipped',
      'build:ok',
      'push:ok',
      'pull:ok',
      'recreate:ok',
      'verify:ok',
      'unlock:ok'
    ])
    expect(step('push')?.detail).toMatch(new RegExp(`^pushed ${ref.replace(/[.]/g, '\\.')} \\(sha256:[0-9a-f]{12}\\)$`))
    expect(outcome.result.verdict).toBe('pass')

    // The registry holds the tag; the node's image came from it (its digest), and is the image built here (its ID).
    const tags = await (await fetch(`${fleet.registry!.url}/v2/${repository}/web/tags/list`)).json()
    expect(tags).toEqual({ name: `${repository}/web`, tags: [head] })
    const running = await runningOnNode()
    expect(running?.id).toBe(await builtHere())
    expect(running?.digests).toHaveLength(1)
    expect(running?.digests[0]).toMatch(new RegExp(`^${registry.address}/${repository}/web@sha256:[0-9a-f]{64}$`))
    expect(step('push')?.detail).toContain(running!.digests[0]!.split('@')[1]!.slice(0, 19))
    expect(step('pull')?.detail).toBe(`pulled web ${running!.id.slice(7, 19)} on ${node.sshUrl}`)

    // Fresh by ID on the other engine; the route answers from the node.
    const web = outcome.result.services.find((s) => s.name === 'web')
    expect(web?.stale).toBe(false)
    expect(web?.runningImage).toBe(running!.id)
    const feature = outcome.result.features.find((f) => f.name === 'feature')
    expect(feature?.layers.map((l) => `${l.layer}:${l.status}`)).toEqual([
      'source:pass',
      'artifact:pass',
      'container:pass',
      'route:pass',
      'auth:skip'
    ])
    expect(await (await fetch(`http://${node.address}:8080/feature/index.html`)).text()).toBe(
      `the feature of ${project}\n`
    )
  }, 300_000)

  it('--rollback-on-fail: a version without the feature is pulled, fails verification, and the previous image runs again', async () => {
    const before = await runningOnNode()
    await writeFile(join(checkout, '.dockerignore'), 'www/feature\n')
    const broken = await commit('the build leaves the feature out')
    try {
      const outcome = await withDeps((config, deps) =>
        deploy(config, deps, { strategy: 'registry', rollbackOnFail: true })
      )
      expect(outcome.rolledBack).toBe(true)
      expect(outcome.before?.verdict).toBe('fail')
      expect(outcome.before?.features[0]?.faultLine).toBe('artifact')
      // The previous image serves the feature again; the checkout (HEAD) still builds without it, so only the route says so.
      const status = (result: typeof outcome.result | undefined) =>
        result?.features[0]?.layers.map((l) => `${l.layer}:${l.status}`)
      expect(status(outcome.before)).toEqual([
        'source:pass',
        'artifact:fail',
        'container:fail',
        'route:fail',
        'auth:skip'
      ])
      expect(status(outcome.result)).toContain('route:pass')
      const tags = (await (await fetch(`${fleet.registry!.url}/v2/${repository}/web/tags/list`)).json()) as {
        tags: string[]
      }
      expect(tags.tags).toContain(broken)
      expect((await runningOnNode())?.id).toBe(before?.id)
    } finally {
      await rm(join(checkout, '.dockerignore'))
      await commit('the feature is back')
    }
  }, 300_000)

  it('a registry that cannot be reached: InfraError naming it, nothing pulled, the node keeps its image', async () => {
    const before = await runningOnNode()
    const closed = await closedPort()
    const deploying = withDeps(
      (config, deps) => deployOnly(config, deps, { strategy: 'registry' }),
      (config) => ({ ...config, target: { ...config.target, registry: `127.0.0.1:${closed}/${repository}` } })
    )
    const error = await deploying.then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InfraError)
    expect((error as InfraError).message).toMatch(
      new RegExp(
        `^docker push 127\\.0\\.0\\.1:${closed}/${repository}/web:[0-9a-f]{40} failed \\(local\\): .*connection refused`
      )
    )
    expect((error as InfraError).message).toMatch(/\nthe running services were NOT changed/)
    expect((error as InfraError).hint).toBe(`check that 127.0.0.1:${closed} is reachable on this machine`)
    expect((await runningOnNode())?.id).toBe(before?.id)
  }, 300_000)
})

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
