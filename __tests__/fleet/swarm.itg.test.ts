// driftcheck on a real Swarm (helpers/fleet.ts: node-1 the manager, node-2 a worker, each its own dockerd and sshd):
// verify names the one task an update has not reached; deploy builds here, loads the images into both nodes, `docker
// stack deploy`s them pinned, waits for the tasks and verifies every one; a failed verification is rolled back with
// `docker service rollback` and verified again.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { stringify } from 'yaml'
import { loadConfig } from '../../src/config/load.js'
import type { RunResult } from '../../src/core/model.js'
import { deploy } from '../../src/deploy/index.js'
import { verify } from '../../src/engine/engine.js'
import { createDeps } from '../../src/wiring/deps.js'
import { startFleet, type Fleet } from '../helpers/fleet.js'
import { shareRegistry, type SharedRegistry } from '../helpers/fleet-registry.js'
import { removeImages } from '../helpers/images.js'

const suffix = Math.random().toString(36).slice(2, 7)
const name = (what: string) => `swarm-${what}-${suffix}`
const FEATURE = '/app/www/features/ledger'

let fleet: Fleet
let registry: SharedRegistry
let root: string
const repositories: string[] = []

beforeAll(async () => {
  fleet = await startFleet({ nodes: 2, swarm: true, registry: true })
  registry = await shareRegistry(fleet)
  root = await mkdtemp(join(tmpdir(), 'driftcheck-swarm-'))
}, 120_000)

afterAll(async () => {
  await registry?.close()
  await fleet?.stop()
  // Every tag of the test's repositories (a deploy pins each version it builds under its own tag).
  const tags = await Promise.all(
    repositories.map(async (repository) =>
      (await execa('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', repository])).stdout.split('\n')
    )
  )
  await removeImages(...tags.flat().filter(Boolean))
  if (root) await rm(root, { recursive: true, force: true })
}, 60_000)

/** A checkout: a busybox httpd image serving /app/www (with the feature or without), a stack file, a driftcheck.yml. */
async function checkout(
  stack: string,
  withFeature: boolean,
  options: { registry?: string } = {}
): Promise<{ dir: string; config: string; image: string }> {
  const dir = join(root, stack)
  const image = `${stack}-api`
  repositories.push(image)
  await mkdir(join(dir, 'www'), { recursive: true })
  await writeFile(
    join(dir, 'Dockerfile'),
    [
      'FROM driftcheck/busybox:local',
      'COPY www/ /app/www/',
      // Each replica says which node served it.
      'CMD ["sh", "-c", "hostname > /app/www/node.html && exec httpd -f -p 8080 -h /app/www"]',
      ''
    ].join('\n')
  )
  await writeFile(join(dir, 'www', 'index.html'), 'home\n')
  await writeContent(dir, withFeature)
  const compose = {
    version: '3.8',
    services: {
      api: {
        build: '.',
        image,
        hostname: '{{.Node.Hostname}}',
        stop_grace_period: '1s',
        ports: [{ target: 8080, published: 8080, mode: 'host' }],
        deploy: {
          replicas: 2,
          placement: { max_replicas_per_node: 1 },
          update_config: { parallelism: 1, order: 'stop-first' },
          rollback_config: { parallelism: 2, order: 'stop-first' }
        }
      }
    }
  }
  await writeFile(join(dir, 'docker-compose.yml'), stringify(compose))
  const manager = fleet.swarm!.manager
  const config = {
    version: 1,
    target: {
      host: manager.sshUrl,
      ssh: { identityFile: fleet.identityFile, knownHostsFile: fleet.knownHostsFile },
      dir: `/srv/${stack}`,
      swarm: { stack },
      ...(options.registry ? { registry: options.registry } : {})
    },
    services: { api: { url: `http://${manager.address}:8080` } },
    features: {
      ledger: {
        artifact: { api: [FEATURE] },
        routes: [{ service: 'api', path: '/features/ledger/index.html', expect: 200, timeout: '5s' }]
      }
    }
  }
  await writeFile(join(dir, 'driftcheck.yml'), stringify(config))
  await manager.ssh(`mkdir -p /srv/${stack}`)
  await execa('git', ['init', '-q', dir])
  await commit(dir, 'first')
  return { dir, config: join(dir, 'driftcheck.yml'), image }
}

async function writeContent(dir: string, withFeature: boolean): Promise<void> {
  const feature = join(dir, 'www', 'features', 'ledger')
  if (withFeature) {
    await mkdir(feature, { recursive: true })
    await writeFile(join(feature, 'index.html'), 'ledger\n')
  } else {
    await rm(join(dir, 'www', 'features'), { recursive: true, force: true })
  }
}

async function commit(dir: string, message: string): Promise<string> {
  await execa('git', ['-C', dir, 'add', '-A'])
  await execa('git', [
    '-C',
    dir,
    '-c',
    'user.name=t',
    '-c',
    'user.email=t@t',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    message
  ])
  return (await execa('git', ['-C', dir, 'rev-parse', 'HEAD'])).stdout.trim()
}

async function tasksOf(service: string): Promise<{ name: string; node: string; image: string; state: string }[]> {
  const ps = await fleet.swarm!.manager.docker([
    'service',
    'ps',
    '--filter',
    'desired-state=running',
    '--format',
    '{{.Name}} {{.Node}} {{.Image}} {{.CurrentState}}',
    service
  ])
  return ps.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [taskName, node, image, state] = line.split(' ')
      return { name: taskName!, node: node!, image: image!, state: state!.toLowerCase() }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== null) return value
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
}

/** `1 minute ago` from `… runs an image built 1 minute ago …` (the age moves with the clock). */
const age = (summary: string) => /runs an image built (.+? ago|just now)/.exec(summary)?.[1] ?? '(no age)'

const layer = (result: RunResult, name: string) => result.features[0]!.layers.find((l) => l.layer === name)!

describe('driftcheck on a Swarm of two nodes', () => {
  it('verify names the one task an update has not reached (stale by its spec, lacking the feature)', async () => {
    const stack = name('verify')
    const { dir, config: file, image } = await checkout(stack, false)
    // The old version (no feature) runs on both nodes; the new one (HEAD, with the feature) reaches one task only:
    // the update waits 5 minutes before the next task.
    await execa('docker', ['build', '-q', '-t', `${image}:old`, dir])
    await writeContent(dir, true)
    const head = await commit(dir, 'the feature')
    await execa('docker', [
      'build',
      '-q',
      '--label',
      `org.opencontainers.image.revision=${head}`,
      '-t',
      `${image}:new`,
      dir
    ])
    await fleet.loadImages([`${image}:old`, `${image}:new`])
    const manager = fleet.swarm!.manager
    const service = `${stack}_api`
    const common = ['--detach', '--quiet', '--no-resolve-image', '--stop-grace-period', '1s']
    await manager.docker([
      'service',
      'create',
      ...common,
      '--name',
      service,
      '--replicas',
      '2',
      '--replicas-max-per-node',
      '1',
      '--update-parallelism',
      '1',
      '--update-delay',
      '300s',
      `${image}:old`,
      'sleep',
      '3000'
    ])
    await until('2 tasks running', async () =>
      (await tasksOf(service)).filter((t) => t.state === 'running').length === 2 ? true : null
    )
    await manager.docker(['service', 'update', ...common, '--image', `${image}:new`, service])
    const tasks = await until('1 task on the new image', async () => {
      const now = await tasksOf(service)
      return now.filter((t) => t.state === 'running' && t.image === `${image}:new`).length === 1 &&
        now.filter((t) => t.state === 'running').length === 2
        ? now
        : null
    })
    const stale = tasks.find((t) => t.image === `${image}:old`)!
    const fresh = tasks.find((t) => t.image === `${image}:new`)!

    const config = await loadConfig(file)
    const deps = await createDeps(config)
    try {
      const result = await verify(config, deps, { layers: ['container'] })
      const container = layer(result, 'container')
      expect(result.verdict).toBe('fail')
      expect(result.features[0]!.verdict).toBe('runtime-drift')
      expect(container.status).toBe('fail')
      // The old image carries no revision label; the new one does (HEAD): the spec, not the label, names the stale task.
      expect(container.evidence.summary).toBe(
        `1 of 2 api replicas (${stale.name} on ${stale.node}) runs an image built ${age(container.evidence.summary)} without a revision label; ` +
          `its task runs ${image}:old, not ${image}:new as the service's spec says (the update has not reached it) — stale; ` +
          `the running api container (${stale.name} on ${stale.node}) lacks ${FEATURE}`
      )
      const replicas = result.services[0]!.replicas!
      expect(replicas.map((r) => [r.task?.name, r.host, r.stale, r.judgedBy]).sort()).toEqual(
        [
          [fresh.name, fresh.node, false, 'revision-label'],
          [stale.name, stale.node, true, 'service-spec']
        ].sort()
      )
      // Each task was looked at through its own node's engine: the listing of each ran there.
      expect(container.evidence.commands!.some((c) => c.startsWith(`${fleet.nodes[1]!.sshUrl} $ docker exec`))).toBe(
        true
      )
      expect(container.evidence.commands!.some((c) => c.startsWith(`${fleet.nodes[0]!.sshUrl} $ docker exec`))).toBe(
        true
      )
    } finally {
      await deps.close()
      await manager.docker(['service', 'rm', service], { reject: false })
    }
  }, 180_000)

  describe('deploy', () => {
    const stack = name('deploy')
    const service = `${stack}_api`
    const lines: string[] = []
    const logger = {
      debug() {},
      info: (m: string) => lines.push(m),
      warn: (m: string) => lines.push(m),
      error: (m: string) => lines.push(m)
    }
    let repo: { dir: string; config: string; image: string }
    let first = ''
    let pinned = ''
    const run = async (rollbackOnFail: boolean) => {
      const config = await loadConfig(repo.config)
      const deps = await createDeps(config, { logger })
      try {
        return await deploy(config, deps, { rollbackOnFail, convergeTimeoutMs: 90_000, pollMs: 500 })
      } finally {
        await deps.close()
      }
    }
    afterAll(async () => {
      await fleet?.swarm?.manager.docker(['stack', 'rm', stack], { reject: false })
    }, 60_000)

    it('builds here, loads into every node, stack deploys the images pinned, waits for the tasks, verifies every one', async () => {
      repo = await checkout(stack, true)
      const { image } = repo
      first = (await execa('git', ['-C', repo.dir, 'rev-parse', 'HEAD'])).stdout.trim()
      const outcome = await run(false)
      expect(outcome.steps.map((s) => `${s.name} ${s.status}`)).toEqual([
        'preflight ok',
        'lock ok',
        'ship ok',
        'build ok',
        'distribute ok',
        'stack-deploy ok',
        'converge ok',
        'verify ok',
        'unlock ok'
      ])
      expect(outcome.result.verdict).toBe('pass')
      pinned = outcome.steps.find((s) => s.name === 'build')!.detail.match(/as (\S+)$/)![1]!
      expect(pinned).toMatch(new RegExp(`^${image}:${first.slice(0, 12)}-[0-9a-f]{12}$`))
      expect(outcome.steps.find((s) => s.name === 'distribute')!.detail).toMatch(/into node-1, node-2$/)
      expect(outcome.steps.find((s) => s.name === 'converge')!.detail).toBe(`${service} 2/2 task(s) running its spec`)
      // Every task runs the pinned image, one on each node, and each was verified where it runs.
      const tasks = await tasksOf(service)
      expect(tasks.map((t) => [t.node, t.image, t.state])).toEqual(
        expect.arrayContaining([
          ['node-1', pinned, 'running'],
          ['node-2', pinned, 'running']
        ])
      )
      const replicas = outcome.result.services[0]!.replicas!
      expect(replicas.map((r) => r.host).sort()).toEqual(['node-1', 'node-2'])
      expect(replicas.every((r) => !r.stale && r.task?.image === pinned && r.judgedBy === 'image-id')).toBe(true)
      expect(layer(outcome.result, 'container').evidence.summary).toContain('in all 2 running api containers')
      expect(lines.some((l) => l.startsWith('deploy converge: '))).toBe(true)
      const answers = await Promise.all(
        fleet.nodes.map(async (node) => (await fetch(`http://${node.address}:8080/node.html`)).text())
      )
      expect(answers.map((a) => a.trim())).toEqual(['node-1', 'node-2'])
    }, 180_000)

    it('rolls a version that fails its verification back with docker service rollback, and verifies again', async () => {
      expect(pinned).not.toBe('')
      await writeContent(repo.dir, false)
      await commit(repo.dir, 'the feature is lost')
      const failed = await run(true)
      expect(failed.rolledBack).toBe(true)
      expect(failed.before!.verdict).toBe('fail')
      expect(layer(failed.before!, 'container').evidence.summary).toContain(`lacks ${FEATURE}`)
      expect(failed.steps.map((s) => `${s.name} ${s.status}`).slice(-5)).toEqual([
        'verify ok',
        'rollback ok',
        'converge-rollback ok',
        'verify-rollback ok',
        'unlock ok'
      ])
      expect(failed.steps.find((s) => s.name === 'rollback')!.detail).toBe('api back on the previous spec')
      // The previous version runs again, on both nodes, with the feature; HEAD (without it) is what the artifact layer says.
      expect(layer(failed.result, 'container').status).toBe('pass')
      expect(layer(failed.result, 'container').evidence.summary).toMatch(
        new RegExp(
          `in all 2 running api containers .*; all 2 api replicas run an image built .* from ${first.slice(0, 7)}; HEAD is \\w+ — stale$`
        )
      )
      expect(layer(failed.result, 'artifact').status).toBe('fail')
      expect(failed.result.verdict).toBe('fail')
      const back = await tasksOf(service)
      expect(back.map((t) => t.image)).toEqual([pinned, pinned])
      const spec = await fleet.swarm!.manager.docker([
        'service',
        'inspect',
        '--format',
        '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
        service
      ])
      expect(spec.stdout.trim()).toBe(pinned)
    }, 180_000)
  })

  describe('deploy --strategy registry', () => {
    const stack = name('registry')
    const service = `${stack}_api`
    afterAll(async () => {
      await fleet?.swarm?.manager.docker(['stack', 'rm', stack], { reject: false })
    }, 60_000)

    it('pushes the stamped images, the nodes pull them by digest, every task is verified', async () => {
      const repo = await checkout(stack, true, { registry: `${registry.address}/acme` })
      repositories.push(`${registry.address}/acme/api`) // the local tag the push made
      const head = (await execa('git', ['-C', repo.dir, 'rev-parse', 'HEAD'])).stdout.trim()
      const config = await loadConfig(repo.config)
      const deps = await createDeps(config)
      const outcome = await deploy(config, deps, {
        strategy: 'registry',
        convergeTimeoutMs: 90_000,
        pollMs: 500
      }).finally(() => deps.close())
      expect(outcome.steps.map((s) => `${s.name} ${s.status}`)).toEqual([
        'preflight ok',
        'lock ok',
        'ship ok',
        'build ok',
        'push ok',
        'stack-deploy ok',
        'converge ok',
        'verify ok',
        'unlock ok'
      ])
      expect(outcome.result.verdict).toBe('pass')
      const pushed = `${registry.address}/acme/api:${head}`
      expect(outcome.steps.find((s) => s.name === 'push')!.detail).toBe(`api as ${pushed}`)
      // The manager resolved the tag to its digest (the service's spec pins it); both nodes pulled it from the registry
      // (nothing was loaded into them).
      const tasks = await tasksOf(service)
      expect(tasks.map((t) => [t.node, t.image])).toEqual(
        expect.arrayContaining([
          ['node-1', pushed],
          ['node-2', pushed]
        ])
      )
      const spec = await fleet.swarm!.manager.docker([
        'service',
        'inspect',
        '--format',
        '{{.Spec.TaskTemplate.ContainerSpec.Image}}',
        service
      ])
      expect(spec.stdout.trim()).toMatch(new RegExp(`^${pushed.replace(/[.]/g, '\\.')}@sha256:[0-9a-f]{64}$`))
      for (const node of fleet.nodes) {
        // Pulled by digest, so listed by digest (a task's image has no tag of its own on the node).
        const pulled = await node.docker(['image', 'ls', '--digests', '--format', '{{.Repository}}@{{.Digest}}'])
        expect(pulled.stdout).toContain(`${registry.address}/acme/api@sha256:`)
      }
      expect(outcome.result.services[0]!.replicas!.every((r) => !r.stale)).toBe(true)
    }, 180_000)

    it('without target.registry, --strategy registry is a usage error before anything runs', async () => {
      const repo = await checkout(`${stack}-none`, true)
      const config = await loadConfig(repo.config)
      const deps = await createDeps(config)
      await expect(deploy(config, deps, { strategy: 'registry' }).finally(() => deps.close())).rejects.toThrow(
        '--strategy registry needs target.registry'
      )
    }, 60_000)
  })
})
