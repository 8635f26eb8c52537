// The deploy orchestration against fakes: the order of the steps, the lock always released, a failed build never recreates,
// the rollback path, and the service-name checks. The real thing (sshd + Docker) is in deploy.itg.test.ts.
import { describe, it, expect } from '@jest/globals'
import type { DriftConfig } from '../../src/core/config.js'
import type { EngineDeps } from '../../src/engine/engine.js'
import { InfraError, UsageError } from '../../src/core/errors.js'
import type {
  BuiltImage,
  ComposeProject,
  DockerEngine,
  ImagePublisher,
  RunningContainer
} from '../../src/core/ports.js'
import { silentLogger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { orchestrateDeploy, orchestrateDeployOnly, selectServices } from '../../src/deploy/deploy.js'
import type { DeployTarget, LockInfo, ShippedTree } from '../../src/core/ports.js'
import { previousRef, registryRef } from '../../src/deploy/refs.js'
import { pushImages } from '../../src/deploy/registry.js'

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
  /** What `docker push` / `docker pull` fail with; the revision label the pulled image carries (default: its tag). */
  /** The checkout has uncommitted changes. */
  dirty?: boolean
  failPush?: string
  failPull?: string
  pulledRevision?: string
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
        revision: labels['org.opencontainers.image.revision'] ?? null,
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
    tag: async (a, b) => void record(`tag ${a} ${b}`),
    pull: async (ref) => {
      record(`pull ${ref}`)
      if (world.failPull) throw new InfraError(`docker pull ${ref} failed (ssh://fake): ${world.failPull}`)
      return { id: `sha256:pulled-${ref}`, revision: world.pulledRevision ?? ref.split(':').pop()! }
    }
  }
  const publisher: ImagePublisher = {
    where: 'local',
    push: async (source, ref) => {
      record(`push ${source} ${ref}`)
      if (world.failPush) throw new InfraError(`docker push ${ref} failed (local): ${world.failPush}`)
      return { digest: `sha256:${'d'.repeat(64)}` }
    }
  }
  const engine = {
    build: { docker, compose },
    target: { docker, compose },
    http: { request: async () => ({ ok: false, cause: 'x', latencyMs: 0 }), close: async () => {} },
    tree: {
      revision: async () => REV,
      revisionDate: async () => '2026-11-25T08:00:00Z',
      dirty: async () => !!world.dirty,
      match: async (p: string) => (p === 'present/' ? ['present/a.ts'] : [])
    },
    logger: silentLogger,
    redactor: new Redactor()
  } as unknown as EngineDeps
  // verify() is the real engine: `present/` is in the tree; a test adds a feature whose source is missing to fail it.
  return { engine, ship, publisher }
}

describe('orchestrateDeployOnly', () => {
  it('preflight → lock → ship → build → up → unlock, with the revision label', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship, publisher } = fakes(world)
    const out = await orchestrateDeployOnly(config(), { engine, ship, publisher }, { who: 'me@here' })
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
    const { engine, ship, publisher } = fakes(world)
    const error = await orchestrateDeployOnly(config(), { engine, ship, publisher }).catch((e: unknown) => e)
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
    const { engine, ship, publisher } = fakes(world)
    await expect(orchestrateDeployOnly(config(), { engine, ship, publisher })).rejects.toThrow(
      /deploy lock held by other/
    )
    expect(world.calls).toEqual(['preflight'])
  })

  it('image strategy: builds locally, ships the images, up --no-build', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship, publisher } = fakes(world)
    await orchestrateDeployOnly(config(), { engine, ship, publisher }, { strategy: 'image' })
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
    const { engine, ship, publisher } = fakes(world)
    await expect(orchestrateDeployOnly(config(), { engine, ship, publisher }, { services: ['nope'] })).rejects.toThrow(
      /service 'nope' is not defined by the compose project in \/srv\/app \(services: api, db\)/
    )
    expect(world.lockHeld).toBe(false)
    world.calls = []
    await orchestrateDeployOnly(config(), { engine, ship, publisher }, { services: ['api', 'ext'] })
    expect(world.calls).toContain('up api')
  })
})

describe('orchestrateDeploy with --rollback-on-fail', () => {
  it('keeps the running image, and on a failed verification recreates on it and verifies again', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' } }
    const { engine, ship, publisher } = fakes(world)
    // A feature whose source is missing: the verification fails whatever runs.
    const failing = config({
      features: [{ name: 'f', source: ['nope/'], artifact: {}, routes: [], auth: [] }]
    })
    const out = await orchestrateDeploy(
      failing,
      { engine, ship, publisher },
      { rollbackOnFail: true, layers: ['source'] }
    )
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
    const { engine, ship, publisher } = fakes(world)
    const out = await orchestrateDeploy(config(), { engine, ship, publisher }, { rollbackOnFail: true })
    expect(out.rolledBack).toBe(false)
    expect(out.result.verdict).toBe('pass')
    expect(world.calls.filter((c) => c.startsWith('up'))).toEqual(['up api'])
  })

  it('a failed up rolls back and says so', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' }, failUp: true }
    const { engine, ship, publisher } = fakes(world)
    await expect(orchestrateDeploy(config(), { engine, ship, publisher }, { rollbackOnFail: true })).rejects.toThrow(
      /compose up failed\nrolled back api to the previous images/
    )
    expect(world.calls.slice(-3)).toEqual([
      'tag app_api:driftcheck-previous app_api',
      'up api --no-build --force',
      'unlock'
    ])
  })
})

describe('--strategy registry', () => {
  const REGISTRY = '10.0.0.5:5000/acme'
  const withRegistry = (over: Partial<DriftConfig> = {}) =>
    config({
      target: { host: null, ssh: {}, dir: '/srv/app', compose: { project: 'app' }, registry: REGISTRY },
      ...over
    })

  it('builds here, pushes <registry>/<service>:<revision>, pulls it there, tags it as compose names it, up --no-build', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship, publisher } = fakes(world)
    const out = await orchestrateDeployOnly(withRegistry(), { engine, ship, publisher }, { strategy: 'registry' })
    const ref = `${REGISTRY}/api:${REV}`
    expect(world.calls).toEqual([
      'preflight',
      'lock driftcheck',
      'ship',
      `build api rev=${REV}`,
      `push app_api ${ref}`,
      `pull ${ref}`,
      `tag ${ref} app_api`,
      'up api --no-build',
      'unlock'
    ])
    const detail = (name: string) => out.steps.find((s) => s.name === name)?.detail
    expect(detail('build')).toBe('built api new-api locally')
    expect(detail('push')).toBe(`pushed ${ref} (sha256:dddddddddddd)`)
    expect(detail('pull')).toBe(`pulled api pulled-10.0. (built here as new-api) on ssh://fake`)
  })

  it('a dirty checkout is pushed as <revision>-dirty, never as the commit', async () => {
    const world: World = { calls: [], lockHeld: false, running: {}, dirty: true }
    const { engine, ship, publisher } = fakes(world)
    await orchestrateDeployOnly(withRegistry(), { engine, ship, publisher }, { strategy: 'registry' })
    expect(world.calls).toContain(`push app_api ${REGISTRY}/api:${REV}-dirty`)
  })

  it('without target.registry: a usage error before anything runs', async () => {
    const world: World = { calls: [], lockHeld: false, running: {} }
    const { engine, ship, publisher } = fakes(world)
    const deploying = orchestrateDeployOnly(config(), { engine, ship, publisher }, { strategy: 'registry' })
    await expect(deploying).rejects.toThrow(UsageError)
    await expect(deploying).rejects.toThrow(/--strategy registry needs `target.registry`/)
    expect(world.calls).toEqual([])
  })

  it('a refused push stops before the pull and the recreate, says the services were not changed, unlocks', async () => {
    const world: World = { calls: [], lockHeld: false, running: {}, failPush: 'unauthorized: authentication required' }
    const { engine, ship, publisher } = fakes(world)
    const deploying = orchestrateDeployOnly(withRegistry(), { engine, ship, publisher }, { strategy: 'registry' })
    await expect(deploying).rejects.toThrow(InfraError)
    await expect(deploying).rejects.toThrow(/unauthorized.*\nthe running services were NOT changed/)
    expect(world.calls.filter((c) => /^(pull|up|tag)/.test(c))).toEqual([])
    expect(world.calls.at(-1)).toBe('unlock')
  })

  it('a pulled image stamped with another revision (the tag pushed over) is an error, nothing recreated', async () => {
    const world: World = { calls: [], lockHeld: false, running: {}, pulledRevision: 'b'.repeat(40) }
    const { engine, ship, publisher } = fakes(world)
    const deploying = orchestrateDeployOnly(withRegistry(), { engine, ship, publisher }, { strategy: 'registry' })
    await expect(deploying).rejects.toThrow(/stamped bbbbbbbb.*, not aaaa.*: the tag was pushed over/)
    expect(world.calls.filter((c) => c.startsWith('up'))).toEqual([])
  })

  it('--rollback-on-fail: a failed verification goes back to the previous image on the target', async () => {
    const world: World = { calls: [], lockHeld: false, running: { api: 'sha256:old' } }
    const { engine, ship, publisher } = fakes(world)
    const failing = withRegistry({ features: [{ name: 'f', source: ['nope/'], artifact: {}, routes: [], auth: [] }] })
    const out = await orchestrateDeploy(
      failing,
      { engine, ship, publisher },
      { strategy: 'registry', rollbackOnFail: true, layers: ['source'] }
    )
    expect(out.rolledBack).toBe(true)
    expect(world.calls.slice(3)).toEqual([
      'tag sha256:old app_api:driftcheck-previous',
      `build api rev=${REV}`,
      `push app_api ${REGISTRY}/api:${REV}`,
      `pull ${REGISTRY}/api:${REV}`,
      `tag ${REGISTRY}/api:${REV} app_api`,
      'up api --no-build',
      'tag app_api:driftcheck-previous app_api',
      'up api --no-build --force',
      'unlock'
    ])
  })
})

describe('pushImages', () => {
  const image = (over: Partial<BuiltImage> = {}): BuiltImage => ({
    service: 'api',
    ref: 'app_api',
    id: 'sha256:1',
    revision: REV,
    created: null,
    layers: [],
    ...over
  })
  const publisher = (pushed: string[]): ImagePublisher => ({
    where: 'local',
    push: async (_source, ref) => (pushed.push(ref), { digest: null })
  })

  it.each<[string, Partial<BuiltImage>, RegExp]>([
    [
      'a service name docker refuses',
      { service: 'Api' },
      /cannot push Api as r\.example\.com\/Api:a+: docker repository names/
    ],
    ['an image without a revision', { revision: null }, /cannot push api: its image has no revision label/]
  ])('refuses %s before pushing anything', async (_, over, message) => {
    const pushed: string[] = []
    const pushing = pushImages(publisher(pushed), 'r.example.com', [image({ service: 'web' }), image(over)])
    await expect(pushing).rejects.toThrow(UsageError)
    await expect(pushing).rejects.toThrow(message)
    expect(pushed).toEqual([])
  })
})

describe('registryRef', () => {
  it.each([
    ['reg.example.com/acme', 'api', REV, `reg.example.com/acme/api:${REV}`],
    ['reg.example.com/acme/', 'my_svc', `${REV}-dirty`, `reg.example.com/acme/my_svc:${REV}-dirty`],
    ['10.0.0.5:5000', 'api.v2', 'x', '10.0.0.5:5000/api.v2:x'],
    ['r', 'Api', REV, null],
    ['r', 'api', 'a:b', null],
    ['r', 'api', 'x'.repeat(129), null]
  ])('%s + %s + %s = %s', (registry, service, tag, ref) => {
    expect(registryRef(registry, service, tag)).toBe(ref)
  })
})

describe('the ship step says what the commit no longer has', () => {
  const shipLine = async (shipped: Partial<ShippedTree>) => {
    const world: World = { calls: [], lockHeld: false, running: {}, shipped }
    const { engine, ship, publisher } = fakes(world)
    const out = await orchestrateDeployOnly(config(), { engine, ship, publisher })
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
