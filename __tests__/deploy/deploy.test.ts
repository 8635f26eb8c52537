// The deploy orchestration against fakes: the order of the steps, the lock always released, a failed build never recreates,
// the rollback path, and the service-name checks. The real thing (sshd + Docker) is in deploy.itg.test.ts.
import { describe, it, expect } from '@jest/globals'
import type { DriftConfig } from '../../src/core/config.js'
import type { EngineDeps } from '../../src/engine/engine.js'
import { InfraError, UsageError } from '../../src/core/errors.js'
import type { BuiltImage, ComposeProject, DockerEngine, RunningContainer } from '../../src/core/ports.js'
import { silentLogger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { orchestrateDeploy, orchestrateDeployOnly, selectServices } from '../../src/deploy/deploy.js'
import type { DeployTarget, LockInfo, ShippedTree } from '../../src/core/ports.js'
import { previousRef } from '../../src/deploy/refs.js'

const REV = 'a'.repeat(40)

function config(over: Partial<DriftConfig> = {}): DriftConfig {
  return {
    version: 1,
    file: '/c/driftcheck.yml',
    baseDir: '/c',
    target: { host: null, ssh: {}, dir: '/srv/app', compose: { project: 'app' } },
    services: { api: { name: 'api', url: 'http://127.0.0.1:1' }, ext: { name: 'ext', image: 'ext:1' } },
    // One feature whose source is there: the verification passes unless a test makes it fail.
    features: [{ name: 'present', source: ['present/'], artifact: {}, routes: [], auth: [] }],
    secrets: [],
    ...over
  }
}

interface World {
  calls: string[]
  /** The labels the last build was stamped with. */
  labels?: Record<string, string>
  lockHeld: boolean
  running: Record<string, string>
  failBuild?: boolean
  failUp?: boolean
  /** What the ship removed / kept (default: a ship with a manifest that removed nothing). */
  shipped?: Partial<ShippedTree>
}

function fakes(world: World) {
  const record = (s: string) => world.calls.push(s)
  const compose: ComposeProject = {
    project: 'app',
    dir: '/srv/app',
    version: async () => 'v1',
    services: async () => ({ api: { image: 'app_api', builds: true }, db: { image: 'db:1', builds: false } }),
    build: async (services, labels): Promise<BuiltImage[]> => {
      record(`build ${services.join(',')} rev=${labels['org.opencontainers.image.revision']}`)
      world.labels = labels
      if (world.failBuild) throw new Error('compose build failed on x (exit 1)\nstep 3: RUN false')
      return services.map((s) => ({
        service: s,
        ref: `app_${s}`,
        id: `sha256:new-${s}`,
        revision: REV,
        created: null,
        layers: []
      }))
    },
    up: async (services, options) => {
      record(
        `up ${services.join(',')}${options?.noBuild ? ' --no-build' : ''}${options?.forceRecreate ? ' --force' : ''}`
      )
      if (world.failUp) {
        world.failUp = false
        throw new Error('compose up failed')
      }
    }
  }
  const docker = {
    where: 'fake',
    findServiceContainers: async (_p: string, service: string): Promise<RunningContainer[]> =>
      world.running[service]
        ? [
            {
              id: 'c1',
              name: service,
              imageId: world.running[service],
              imageRef: '',
              state: 'running',
              startedAt: null
            }
          ]
        : []
  } as unknown as DockerEngine
  const ship: DeployTarget = {
    where: 'ssh://fake',
    dir: '/srv/app',
    preflight: async () => (record('preflight'), { docker: '20.10' }),
    lock: async (info: LockInfo) => {
      if (world.lockHeld) throw new InfraError(`deploy lock held by other since then`)
      world.lockHeld = true
      record(`lock ${info.who}`)
      return async () => {
        world.lockHeld = false
        record('unlock')
      }
    },
    shipTree: async () => (
      record('ship'),
      { revision: REV, bytes: 2048, dirty: false, firstManifest: false, removed: [], kept: [], ...world.shipped }
    ),
    shipImages: async (refs) => (record(`ship-images ${refs.join(',')}`), { bytes: 10 }),
    tag: async (a, b) => void record(`tag ${a} ${b}`)
  }
  const engine = {
    build: { docker, compose },
    target: { docker, compose },
    http: { request: async () => ({ ok: false, cause: 'x', latencyMs: 0 }), close: async () => {} },
    tree: {
      revision: async () => REV,
      revisionDate: async () => '2026-11-25T08:00:00Z',
      dirty: async () => false,
      match: async (p: string) => (p === 'present/' ? ['present/a.ts'] : [])
    },
    logger: silentLogger,
    redactor: new Redactor()
  } as unknown as EngineDeps
  // verify() is the real engine: `present/` is in the tree; a test adds a feature whose source is missing to fail it.
  return { engine, ship }
}

describe('orchestrateDeployOnly', () => {
  it('preflight → lock → ship → build → up → unlock, with the revision label', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship } = fakes(world)
    const out = await orchestrateDeployOnly(config(), { engine, ship }, { who: 'me@here' })
    expect(world.calls).toEqual(['preflight', 'lock me@here', 'ship', `build api rev=${REV}`, 'up api', 'unlock'])
    // Stamped like `driftcheck build`: the commit's date, so the same commit builds the same image wherever it is built.
    expect(world.labels).toEqual({
      'org.opencontainers.image.revision': REV,
      'org.opencontainers.image.created': '2026-11-25T08:00:00Z'
    })
    expect(out.services).toEqual(['api'])
    expect(out.revision).toBe(REV)
  })

  it('a failed build never recreates, says the services were not changed, and releases the lock', async () => {
    const world: World = { calls: [], lockHeld: false, running: {}, failBuild: true }
    const { engine, ship } = fakes(world)
    const error = await orchestrateDeployOnly(config(), { engine, ship }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toMatch(
      /RUN false\nthe running services were NOT changed; \/srv\/app holds the files of a{12}$/
    )
    expect(world.calls.some((c) => c.startsWith('up'))).toBe(false)
    expect(world.calls.at(-1)).toBe('unlock')
    expect(world.lockHeld).toBe(false)
  })

  it('a held lock stops before shipping', async () => {
    const world: World = { calls: [], lockHeld: true, running: {} }
    const { engine, ship } = fakes(world)
    await expect(orchestrateDeployOnly(config(), { engine, ship })).rejects.toThrow(/deploy lock held by other/)
    expect(world.calls).toEqual(['preflight'])
  })

  it('image strategy: builds locally, ships the images, up --no-build', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship } = fakes(world)
    await orchestrateDeployOnly(config(), { engine, ship }, { strategy: 'image' })
    expect(world.calls).toEqual([
      'preflight',
      'lock driftcheck',
      'ship',
      `build api rev=${REV}`,
      'ship-images app_api',
      'up api --no-build',
      'unlock'
    ])
  })

  it('--services: unknown compose services are refused after shipping, image: services are left out', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship } = fakes(world)
    await expect(orchestrateDeployOnly(config(), { engine, ship }, { services: ['nope'] })).rejects.toThrow(
      /service 'nope' is not defined by the compose project in \/srv\/app \(services: api, db\)/
    )
    expect(world.lockHeld).toBe(false)
    world.calls = []
    await orchestrateDeployOnly(config(), { engine, ship }, { services: ['api', 'ext'] })
    expect(world.calls).toContain('up api')
  })
})

describe('orchestrateDeploy with --rollback-on-fail', () => {
  it('keeps the running image, and on a failed verification recreates on it and verifies again', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' } }
    const { engine, ship } = fakes(world)
    // A feature whose source is missing: the verification fails whatever runs.
    const failing = config({
      features: [{ name: 'f', source: ['nope/'], artifact: {}, routes: [], auth: [] }]
    })
    const out = await orchestrateDeploy(failing, { engine, ship }, { rollbackOnFail: true, layers: ['source'] })
    expect(out.rolledBack).toBe(true)
    expect(out.before?.verdict).toBe('fail')
    expect(world.calls).toEqual([
      'preflight',
      'lock driftcheck',
      'ship',
      'tag sha256:old app_api:driftcheck-previous',
      `build api rev=${REV}`,
      'up api',
      'tag app_api:driftcheck-previous app_api',
      'up api --no-build --force',
      'unlock'
    ])
    expect(out.steps.map((s) => `${s.name}:${s.status}`)).toEqual([
      'preflight:ok',
      'lock:ok',
      'ship:ok',
      'snapshot:ok',
      'build:ok',
      'recreate:ok',
      'verify:ok',
      'rollback:ok',
      'verify-rollback:ok',
      'unlock:ok'
    ])
  })

  it('a passing verification keeps the new version', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' } }
    const { engine, ship } = fakes(world)
    const out = await orchestrateDeploy(config(), { engine, ship }, { rollbackOnFail: true })
    expect(out.rolledBack).toBe(false)
    expect(out.result.verdict).toBe('pass')
    expect(world.calls.filter((c) => c.startsWith('up'))).toEqual(['up api'])
  })

  it('a failed up rolls back and says so', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' }, failUp: true }
    const { engine, ship } = fakes(world)
    await expect(orchestrateDeploy(config(), { engine, ship }, { rollbackOnFail: true })).rejects.toThrow(
      /compose up failed\nrolled back api to the previous images/
    )
    expect(world.calls.slice(-3)).toEqual([
      'tag app_api:driftcheck-previous app_api',
      'up api --no-build --force',
      'unlock'
    ])
  })
})

describe('the ship step says what the commit no longer has', () => {
  const shipLine = async (shipped: Partial<ShippedTree>) => {
    const world: World = { calls: [], lockHeld: false, running: {}, shipped }
    const { engine, ship } = fakes(world)
    const out = await orchestrateDeployOnly(config(), { engine, ship })
    return out.steps.find((s) => s.name === 'ship')!.detail
  }

  it('names the removed paths: the first five, then a count', async () => {
    const removed = ['a.js', 'b.js', 'c.js', 'd.js', 'e.js', 'f.js', 'mod/']
    expect(await shipLine({ removed })).toBe(
      `${REV.slice(0, 12)} (2 KiB) extracted into /srv/app; ` +
        'removed 7 path(s) the commit no longer has: a.js, b.js, c.js, d.js, e.js (+2 more)'
    )
    expect(await shipLine({ removed: ['old.js'], kept: ['data/ (not empty)'] })).toMatch(
      /; removed 1 path\(s\) the commit no longer has: old\.js; left 1 such path\(s\) in place: data\/ \(not empty\)$/
    )
  })

  it('nothing to remove says nothing; the first ship with a manifest says it removed nothing', async () => {
    expect(await shipLine({})).toBe(`${REV.slice(0, 12)} (2 KiB) extracted into /srv/app`)
    expect(await shipLine({ firstManifest: true })).toMatch(
      /; no manifest of an earlier ship there, so nothing removed/
    )
  })
})

describe('names', () => {
  it.each([['api;rm -rf /'], ['-d'], ['$(id)'], ['a b'], ['']])('refuses service name %j', (name) => {
    expect(() => selectServices(config(), [name])).toThrow(UsageError)
  })

  it.each([
    ['app_api', 'app_api:driftcheck-previous'],
    ['app-api:latest', 'app-api:driftcheck-previous'],
    ['reg:5000/team/app:1.2', 'reg:5000/team/app:driftcheck-previous'],
    ['reg:5000/app', 'reg:5000/app:driftcheck-previous'],
    ['app@sha256:abc', 'app:driftcheck-previous']
  ])('previousRef(%s) = %s', (ref, expected) => {
    expect(previousRef(ref)).toBe(expected)
  })
})
