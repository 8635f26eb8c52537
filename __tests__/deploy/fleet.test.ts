// The fleet rollout against fakes: batches in order, each locked, shipped, built, recreated and verified before the next;
// a failed batch stops the rollout and (with rollbackOnFail) is put back; each host's state and running revision; a fleet
// that cannot be reached whole, or fails its preflight, is never touched. The real thing: fleet/fleet-compose.itg.test.ts.
import { describe, expect, it } from '@jest/globals'
import type { DriftConfig } from '../../src/core/config.js'
import { InfraError, UsageError } from '../../src/core/errors.js'
import type { ComposeProject, DeployTarget, DockerEngine, RunningContainer } from '../../src/core/ports.js'
import { silentLogger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { deploy } from '../../src/deploy/index.js'
import { batchesOf, orchestrateFleetDeploy, type FleetHostDeps } from '../../src/deploy/fleet.js'
import type { EngineDeps } from '../../src/engine/engine.js'

const NEW = 'b'.repeat(40)
const OLD = 'a'.repeat(40)

const config: DriftConfig = {
  version: 1,
  file: '/c/driftcheck.yml',
  baseDir: '/c',
  target: { host: null, hosts: [], ssh: {}, dir: '/srv/app', compose: { project: 'app' } },
  services: { api: { name: 'api' } },
  features: [{ name: 'present', source: ['present/'], artifact: {}, routes: [], auth: [] }],
  secrets: []
}

interface Host {
  running: string
  lockHeld?: boolean
  failBuild?: boolean
  failPreflight?: boolean
}

/** Fake hosts that record every call in one list; `verifyFails`: the batches whose verification fails. */
function fleet(hosts: Record<string, Host>, verifyFails: string[] = []) {
  const calls: string[] = []
  const images: Record<string, string> = { 'sha256:new': NEW, 'sha256:old': OLD }
  const member = (name: string, state: Host): FleetHostDeps => {
    const record = (what: string) => calls.push(`${name} ${what}`)
    const compose: ComposeProject = {
      project: 'app',
      dir: '/srv/app',
      version: async () => 'v1',
      services: async () => ({ api: { image: 'app_api', builds: true } }),
      build: async (services) => {
        record('build')
        if (state.failBuild) throw new Error(`compose build failed on ${name}`)
        return services.map((service) => ({
          service,
          ref: 'app_api',
          id: 'sha256:new',
          revision: NEW,
          created: null,
          layers: []
        }))
      },
      up: async (_services, options) => {
        record(options?.forceRecreate ? 'up --force' : 'up')
        state.running = options?.forceRecreate ? 'sha256:old' : 'sha256:new'
      }
    }
    const docker = {
      where: `ssh://${name}`,
      findServiceContainers: async (): Promise<RunningContainer[]> => [
        { id: 'c', name: 'app_api_1', imageId: state.running, imageRef: 'app_api', state: 'running', startedAt: null }
      ],
      inspectImage: async (id: string) => ({
        id,
        created: null,
        revision: images[id] ?? null,
        labels: {},
        tags: [],
        layers: []
      })
    } as unknown as DockerEngine
    const ship: DeployTarget = {
      where: `ssh://${name}`,
      dir: '/srv/app',
      preflight: async () => {
        record('preflight')
        if (state.failPreflight) throw new InfraError(`target.dir /srv/app does not exist on ssh://${name}`)
        return { docker: '20.10' }
      },
      lock: async () => {
        if (state.lockHeld) throw new InfraError(`deploy lock held by ci@runner-7 since then`)
        record('lock')
        return async () => void record('unlock')
      },
      shipTree: async () => (
        record('ship'),
        { revision: NEW, bytes: 1, dirty: false, firstManifest: false, removed: [], kept: [] }
      ),
      shipImages: async () => ({ bytes: 0 }),
      pull: async () => ({ id: 'sha256:new', revision: NEW }),
      tag: async (source, target) => void record(`tag ${source} ${target}`)
    }
    return { host: name, ship, compose, docker }
  }
  const tree = (present: boolean) => ({
    revision: async () => NEW,
    revisionDate: async () => null,
    dirty: async () => false,
    match: async (p: string) => (present && p === 'present/' ? ['present/a'] : [])
  })
  const engine = (present = true) =>
    ({
      build: { docker: {}, compose: null },
      tree: tree(present),
      logger: silentLogger,
      redactor: new Redactor()
    }) as unknown as EngineDeps
  return {
    calls,
    deps: {
      engine: engine(),
      hosts: Object.entries(hosts).map(([name, state]) => member(name, state)),
      publisher: { where: 'local', push: async () => ({ digest: null }) },
      only: (names: readonly string[]) => {
        calls.push(`verify ${names.join(',')}`)
        return engine(!names.some((n) => verifyFails.includes(n)))
      }
    }
  }
}

const layers = ['source'] as const

describe('batchesOf', () => {
  it.each([
    [['a', 'b', 'c'], 1, [['a'], ['b'], ['c']]],
    [['a', 'b', 'c'], 2, [['a', 'b'], ['c']]],
    [['a', 'b'], 5, [['a', 'b']]]
  ])('%j by %i → %j', (hosts, size, batches) => {
    expect(batchesOf(hosts, size)).toEqual(batches)
  })

  it.each([0, -1, 1.5, NaN])('refuses a batch of %p', (size) => {
    expect(() => batchesOf(['a'], size)).toThrow(UsageError)
  })
})

describe('orchestrateFleetDeploy', () => {
  it('every host preflighted first; then batch by batch: lock, ship, build, up, verify, unlock, before the next', async () => {
    const { calls, deps } = fleet({ 'node-1': { running: 'sha256:old' }, 'node-2': { running: 'sha256:old' } })
    const out = await orchestrateFleetDeploy(config, deps, { layers })
    expect(calls.filter((c) => !c.endsWith('preflight'))).toEqual([
      'node-1 lock',
      'node-1 ship',
      'node-1 build',
      'node-1 up',
      'verify node-1',
      'node-1 unlock',
      'node-2 lock',
      'node-2 ship',
      'node-2 build',
      'node-2 up',
      'verify node-2',
      'node-2 unlock'
    ])
    expect(calls.slice(0, 2).sort()).toEqual(['node-1 preflight', 'node-2 preflight'])
    expect(out.result.verdict).toBe('pass')
    expect(out.rollout).toEqual({
      revision: NEW,
      batchSize: 1,
      stopped: null,
      hosts: [
        { host: 'node-1', batch: 1, state: 'deployed', revisions: { api: [NEW] } },
        { host: 'node-2', batch: 2, state: 'deployed', revisions: { api: [NEW] } }
      ]
    })
    expect(out.result.rollout).toEqual(out.rollout)
    expect(out.steps.find((s) => s.name === 'build')?.host).toBe('node-1')
  })

  it('a batch whose verification fails stops the rollout and is put back; later hosts are never touched', async () => {
    const hosts = {
      'node-1': { running: 'sha256:old' },
      'node-2': { running: 'sha256:old' },
      'node-3': { running: 'sha256:old' }
    }
    const { calls, deps } = fleet(hosts, ['node-2'])
    const out = await orchestrateFleetDeploy(config, deps, { layers, rollbackOnFail: true })
    expect(out.rollout.stopped).toEqual({
      batch: 2,
      hosts: ['node-2'],
      reason: 'the verification of node-2 says fail: present missing-in-source (present/ is not in the checkout)'
    })
    expect(out.rollout.hosts.map((h) => [h.host, h.state, h.revisions.api])).toEqual([
      ['node-1', 'deployed', [NEW]],
      ['node-2', 'rolled-back', [OLD]],
      ['node-3', 'not-reached', [OLD]]
    ])
    expect(calls).toContain('node-2 tag app_api:driftcheck-previous app_api')
    expect(calls).toContain('node-2 up --force')
    expect(calls.filter((c) => c.startsWith('node-3'))).toEqual(['node-3 preflight'])
    expect(calls.filter((c) => c.endsWith('unlock'))).toEqual(['node-1 unlock', 'node-2 unlock'])
    expect(out.before?.verdict).toBe('fail')
    expect(out.rolledBack).toBe(true)
  })

  it('a build that fails on one host of a batch: that batch is put back, the hosts that did recreate too', async () => {
    const hosts = { 'node-1': { running: 'sha256:old' }, 'node-2': { running: 'sha256:old', failBuild: true } }
    const { calls, deps } = fleet(hosts)
    const out = await orchestrateFleetDeploy(config, deps, { layers, rollbackOnFail: true, batch: 2 })
    expect(out.rollout.stopped?.reason).toMatch(/^the deploy failed on node-2: compose build failed on node-2/)
    expect(out.rollout.hosts.map((h) => [h.host, h.state, h.revisions.api])).toEqual([
      ['node-1', 'rolled-back', [OLD]],
      ['node-2', 'rolled-back', [OLD]]
    ])
    expect(calls).not.toContain('verify node-1,node-2')
    expect(calls.filter((c) => c.endsWith('unlock')).sort()).toEqual(['node-1 unlock', 'node-2 unlock'])
    expect(out.before).toBeUndefined()
  })

  it('a host whose lock is held fails the batch; it was not touched, so it is `failed`, the others are put back', async () => {
    const hosts = { 'node-1': { running: 'sha256:old' }, 'node-2': { running: 'sha256:old', lockHeld: true } }
    const { calls, deps } = fleet(hosts)
    const out = await orchestrateFleetDeploy(config, deps, { layers, rollbackOnFail: true, batch: 2 })
    expect(out.rollout.stopped?.reason).toBe('the deploy failed on node-2: deploy lock held by ci@runner-7 since then')
    expect(out.rollout.hosts.map((h) => [h.host, h.state, h.revisions.api])).toEqual([
      ['node-1', 'rolled-back', [OLD]],
      ['node-2', 'failed', [OLD]]
    ])
    expect(calls.filter((c) => c.startsWith('node-2'))).toEqual(['node-2 preflight'])
  })

  it('without rollbackOnFail the failed batch is left as it is, and says so', async () => {
    const { deps } = fleet({ 'node-1': { running: 'sha256:old' } }, ['node-1'])
    const out = await orchestrateFleetDeploy(config, deps, { layers })
    expect(out.rollout.hosts).toEqual([{ host: 'node-1', batch: 1, state: 'failed', revisions: { api: [NEW] } }])
    expect(out.steps.find((s) => s.name === 'rollback')).toMatchObject({ status: 'skipped' })
    expect(out.rolledBack).toBe(false)
  })

  it('--strategy image builds here for each host of a batch, one build at a time', async () => {
    const { deps } = fleet({ 'node-1': { running: 'sha256:old' }, 'node-2': { running: 'sha256:old' } })
    const seen = { now: 0, max: 0, builds: 0 }
    const local = {
      project: 'app',
      dir: '/c',
      build: async (services: readonly string[]) => {
        seen.builds++
        seen.max = Math.max(seen.max, ++seen.now)
        await new Promise((resolve) => setTimeout(resolve, 10))
        seen.now--
        return services.map((service) => ({
          service,
          ref: 'app_api',
          id: 'sha256:new',
          revision: NEW,
          created: null,
          layers: []
        }))
      }
    }
    ;(deps.engine as { build: object }).build = { docker: {}, compose: local }
    const out = await orchestrateFleetDeploy(config, deps, { layers, strategy: 'image', batch: 2 })
    expect(out.rollout.stopped).toBeNull()
    expect(seen).toEqual({ now: 0, max: 1, builds: 2 })
  })

  it('an unreachable host: nothing is deployed anywhere', async () => {
    const { calls, deps } = fleet({ 'node-1': { running: 'sha256:old' } })
    deps.hosts.push({ host: 'node-2', error: new InfraError('ssh://node-2 refused the connection') } as never)
    await expect(orchestrateFleetDeploy(config, deps, { layers })).rejects.toThrow(
      'cannot reach node-2: ssh://node-2 refused the connection; nothing was deployed'
    )
    expect(calls).toEqual([])
  })

  it('a host that fails its preflight: no host is locked', async () => {
    const { calls, deps } = fleet({
      'node-1': { running: 'sha256:old' },
      'node-2': { running: 'sha256:old', failPreflight: true }
    })
    await expect(orchestrateFleetDeploy(config, deps, { layers })).rejects.toThrow(
      /^node-2: target.dir \/srv\/app does not exist on ssh:\/\/node-2; nothing was deployed$/
    )
    expect(calls.filter((c) => c.endsWith('lock'))).toEqual([])
  })
})

describe('deploy()', () => {
  it('--batch on a single target is a usage error', () => {
    const single = { ship: {} } as never
    expect(() => deploy({ ...config, target: { ...config.target, hosts: undefined } }, single, { batch: 2 })).toThrow(
      '--batch is for a fleet (target.hosts); this target is one host'
    )
  })
})
