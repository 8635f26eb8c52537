import { describe, expect, it } from '@jest/globals'
import type { DriftConfig, FeatureConfig } from '../../src/core/config.js'
import { ConfigError } from '../../src/core/errors.js'
import {
  buildLabels,
  finish,
  newState,
  phaseUses,
  runPhase,
  verify,
  type EngineDeps,
  type EngineSide
} from '../../src/engine/engine.js'
import type {
  BuiltImage,
  ComposeProject,
  DockerEngine,
  HttpClient,
  ImageInfo,
  PathListing,
  ProbeRequest,
  ProbeResponse,
  RunningContainer,
  SourceTree
} from '../../src/core/ports.js'
import { silentLogger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { EngineRuntime } from '../../src/adapters/runtime/engine.js'
import { exitCodeForError, InfraError } from '../../src/core/errors.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const TOKEN = 'tok-very-secret-123'

const workflow: FeatureConfig = {
  name: 'workflow',
  source: ['backend/src/modules/workflow/'],
  location: { file: '/repo/deploy/driftcheck.yml', line: 7, column: 3 },
  artifact: { api: ['/app/dist/modules/workflow'] },
  routes: [
    {
      service: 'api',
      path: '/api/v1/workflows/steps/definitions',
      method: 'GET',
      headers: {},
      expect: { status: { kind: 'protected' }, bodyContains: [], json: {}, headers: {} },
      timeoutMs: 50
    }
  ],
  auth: [
    {
      service: 'api',
      path: '/api/v1/workflows/steps/definitions',
      method: 'GET',
      headers: { Authorization: `Bearer ${TOKEN}` },
      expect: { status: { kind: 'codes', codes: [200] }, bodyContains: ['close-books'], json: {}, headers: {} },
      timeoutMs: 50
    }
  ]
}

const config: DriftConfig = {
  version: 1,
  file: '/repo/driftcheck.yml',
  baseDir: '/repo',
  target: { host: null, ssh: {}, dir: '/repo', compose: { project: 'aibp' } },
  services: { api: { name: 'api', url: 'http://api.test' } },
  features: [workflow],
  secrets: [TOKEN]
}

/** A world: which paths each image/container has, and what the API answers. */
interface World {
  freshImage: string[]
  runningImage: string[]
  running: boolean
  routeStatus: number
  targetDown?: string
  /** The local engine does not answer (its ping fails with this). */
  engineDown?: string
  /** A guard before the router: every path answers 401 without the token. */
  guardFirst?: boolean
}

function fakes(world: World): EngineDeps {
  const built: BuiltImage = {
    service: 'api',
    ref: 'aibp_api',
    id: 'sha256:new',
    revision: HEAD,
    created: null,
    layers: ['l-new']
  }
  const listing = (have: string[], paths: readonly string[]): PathListing => ({
    method: 'ls',
    commands: ['ls'],
    entries: paths.map((path) => ({
      path,
      exists: have.includes(path),
      detail: have.includes(path) ? `d ${path}` : 'missing'
    }))
  })
  const docker: DockerEngine = {
    where: 'local',
    ping: async () => {
      if (world.engineDown) throw new InfraError(world.engineDown, 'start the Docker daemon')
      return '20.10.24'
    },
    listImagePaths: async (_image, paths) => listing(world.freshImage, paths),
    listContainerPaths: async (_c, paths) => listing(world.runningImage, paths),
    inspectImage: async (ref): Promise<ImageInfo | null> =>
      ref === 'sha256:old'
        ? { id: 'sha256:old', created: '2026-11-22T08:00:00Z', revision: OLD, labels: {}, tags: [], layers: ['l-old'] }
        : {
            id: 'sha256:new',
            created: new Date().toISOString(),
            revision: HEAD,
            labels: {},
            tags: [],
            layers: ['l-new']
          },
    inspectImages: async () => {
      throw new Error('the engine asks for one image at a time')
    },
    findServiceContainers: async (): Promise<RunningContainer[]> =>
      world.running
        ? [
            {
              id: 'c1',
              name: 'aibp_api_1',
              imageId: world.runningImage.length ? 'sha256:new' : 'sha256:old',
              imageRef: 'aibp_api',
              state: 'running',
              startedAt: null
            }
          ]
        : [],
    findContainer: async () => null
  }
  const compose: ComposeProject = {
    project: 'aibp',
    dir: '/repo',
    version: async () => 'v1',
    services: async () => ({ api: { image: 'aibp_api', builds: true } }),
    build: async () => [built],
    up: async () => {}
  }
  const http: HttpClient = {
    request: async (req: ProbeRequest): Promise<ProbeResponse> => {
      const authed = req.headers.Authorization === `Bearer ${TOKEN}`
      if (world.guardFirst && !authed) return { ok: true, status: 401, headers: {}, body: 'unauthorized', latencyMs: 1 }
      // A well-behaved server: only the feature's route is known, any other path is 404 (control probes ask for one).
      if (world.routeStatus === 404 || new URL(req.url).pathname !== workflow.routes[0]!.path)
        return { ok: true, status: 404, headers: {}, body: '{"error":"Route not found"}', latencyMs: 1 }
      // The server echoes the token back: the engine must not let it reach the result.
      return authed
        ? { ok: true, status: 200, headers: {}, body: `["close-books"] for ${req.headers.Authorization}`, latencyMs: 1 }
        : { ok: true, status: 401, headers: {}, body: 'unauthorized', latencyMs: 1 }
    },
    close: async () => {}
  }
  const tree: SourceTree = {
    revision: async () => HEAD,
    revisionDate: async () => '2026-11-25T08:00:00Z',
    dirty: async () => false,
    match: async (pattern) =>
      pattern.startsWith('backend/src/modules/workflow') ? ['backend/src/modules/workflow/index.ts'] : []
  }
  const side: EngineSide = { docker, compose }
  const target: EngineSide = world.targetDown
    ? { docker, compose: null, unavailable: new InfraError(world.targetDown, 'fix the connection') }
    : side
  const runtime = new EngineRuntime({
    docker,
    project: target.compose ? 'aibp' : null,
    services: config.services,
    unavailable: target.unavailable
  })
  return { build: side, target, runtime, http, tree, logger: silentLogger, redactor: new Redactor([TOKEN]) }
}

const statuses = (result: Awaited<ReturnType<typeof verify>>) =>
  Object.fromEntries(result.features[0]!.layers.map((l) => [l.layer, l.status]))

describe('verify (engine over fake adapters)', () => {
  it('the seed incident: fresh image has the module, the running one does not, route 404 → runtime-drift at container', async () => {
    const world = { freshImage: ['/app/dist/modules/workflow'], runningImage: [], running: true, routeStatus: 404 }
    const result = await verify(config, fakes(world))
    expect(statuses(result)).toEqual({
      source: 'pass',
      artifact: 'pass',
      container: 'fail',
      route: 'fail',
      auth: 'fail'
    })
    expect(result.features[0]).toMatchObject({ verdict: 'runtime-drift', faultLine: 'container' })
    expect(result.verdict).toBe('fail')
    expect(result.revision).toBe(HEAD)
    expect(result.services[0]).toMatchObject({ name: 'api', stale: true, runningRevision: OLD })
  })

  it('after rebuild + recreate: 401 without credentials, 200 with → pass, and the token appears nowhere', async () => {
    const world = {
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: ['/app/dist/modules/workflow'],
      running: true,
      routeStatus: 401
    }
    const result = await verify(config, fakes(world))
    expect(statuses(result)).toEqual({
      source: 'pass',
      artifact: 'pass',
      container: 'pass',
      route: 'pass',
      auth: 'pass'
    })
    expect(result.verdict).toBe('pass')
    expect(JSON.stringify(result)).not.toContain(TOKEN)
    // SARIF and annotations need checkout-relative locations, not the absolute path the loader keeps.
    expect(result.features[0]!.location).toEqual({ file: 'deploy/driftcheck.yml', line: 7, column: 3 })
  })

  // Fail fast, say it once: what the asked layers need of the outside world is found before any layer runs (no build, no
  // probes, no per-feature copies of one error). This replaced "the container layer errors while the other layers still run".
  it('an unreachable target stops the run before any layer, with its error once (exit 3), when the container layer is asked', async () => {
    const world = {
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: [],
      running: true,
      routeStatus: 401,
      targetDown: 'ssh: connection refused'
    }
    const deps = fakes(world)
    const probes: string[] = []
    const request = deps.http.request.bind(deps.http)
    deps.http.request = (r) => (probes.push(r.url), request(r))
    const error = await verify(config, deps).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as InfraError).message).toBe('ssh: connection refused')
    expect(exitCodeForError(error)).toBe(3)
    expect(probes).toEqual([])
  })

  it('an unreachable target does not stop a run that does not look at it (source, artifact, routes)', async () => {
    const world = {
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: [],
      running: true,
      routeStatus: 401,
      targetDown: 'ssh: refused'
    }
    const result = await verify(config, fakes(world), { layers: ['source', 'artifact', 'route'] })
    expect(statuses(result)).toMatchObject({ source: 'pass', artifact: 'pass', container: 'skip', route: 'pass' })
  })

  it('a local engine that does not answer stops the run before the build and the probes, once', async () => {
    const world = {
      freshImage: [],
      runningImage: [],
      running: true,
      routeStatus: 401,
      engineDown: 'Docker engine unreachable (local)'
    }
    const deps = fakes(world)
    let probed = 0
    deps.http.request = async () => (probed++, { ok: false, cause: 'x', latencyMs: 0 })
    await expect(verify(config, deps)).rejects.toThrow('Docker engine unreachable (local)')
    expect(probed).toBe(0)
    // The source and route layers alone need no engine.
    const result = await verify(config, fakes(world), { layers: ['source'] })
    expect(result.verdict).toBe('pass')
  })

  it('--layers limits the work; unasked layers are skip and say why', async () => {
    const world = { freshImage: [], runningImage: [], running: false, routeStatus: 401 }
    const result = await verify(config, fakes(world), { layers: ['source', 'route'] })
    expect(statuses(result)).toEqual({
      source: 'pass',
      artifact: 'skip',
      container: 'skip',
      route: 'pass',
      auth: 'skip'
    })
    expect(result.features[0]!.layers[1]!.evidence.summary).toMatch(/--layers/)
    expect(result.verdict).toBe('pass')
  })

  it('phases run one at a time with the state passed through JSON (as the action steps do) give the same verdict', async () => {
    const deps = fakes({
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: [],
      running: true,
      routeStatus: 404
    })
    let state = newState(HEAD)
    for (const phase of ['build', 'artifact', 'container', 'probe'] as const) {
      state = JSON.parse(JSON.stringify(await runPhase(phase, state, config, deps)))
    }
    const result = finish(state, config)
    expect(result.features[0]).toMatchObject({ verdict: 'runtime-drift', faultLine: 'container' })
  })

  it('prints one progress line per layer with its outcome', async () => {
    const lines: string[] = []
    const deps = fakes({
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: [],
      running: true,
      routeStatus: 404
    })
    await verify(config, { ...deps, logger: { ...silentLogger, info: (m: string) => lines.push(m) } })
    for (const expected of [
      /^source: 1 pass/,
      /^artifact: 1 pass/,
      /^container: 1 fail/,
      /^route: 1 fail/,
      /^auth: 1 fail/
    ]) {
      expect(lines.some((line) => expected.test(line))).toBe(true)
    }
  })

  it('a feature with nothing to check in the asked layers is left out, not judged (a source,artifact gate)', async () => {
    const routesOnly: FeatureConfig = { ...workflow, name: 'docs', source: [], artifact: {}, auth: [] }
    const both = { ...config, features: [workflow, routesOnly] }
    const world = { freshImage: ['/app/dist/modules/workflow'], runningImage: [], running: true, routeStatus: 401 }
    const gate = await verify(both, fakes(world), { layers: ['source', 'artifact'] })
    expect(gate.features.map((f) => f.name)).toEqual(['workflow'])
    expect(gate.verdict).toBe('pass')
    const all = await verify(both, fakes(world))
    expect(all.features.map((f) => f.name)).toEqual(['workflow', 'docs'])
  })

  it('asking only for layers no feature configures is a usage error (exit 2), not a pass', async () => {
    const sourceOnly = { ...config, features: [{ ...workflow, artifact: {}, routes: [], auth: [] }] }
    const world = { freshImage: [], runningImage: [], running: false, routeStatus: 401 }
    await expect(verify(sourceOnly, fakes(world), { layers: ['route', 'auth'] })).rejects.toThrow(
      /^nothing to check: no feature configures any of the layers asked \(route, auth\)$/
    )
  })

  it('a guard before routing: the route probe proves nothing alone, the auth probe decides (in one run and phase by phase)', async () => {
    const lines: string[] = []
    const world = { freshImage: [], runningImage: [], running: false, routeStatus: 401, guardFirst: true }
    const deps = { ...fakes(world), logger: { ...silentLogger, info: (m: string) => lines.push(m) } }
    const decided = await verify(config, deps, { layers: ['route', 'auth'] })
    expect(decided.features[0]).toMatchObject({ verdict: 'pass' })
    expect(decided.features[0]!.layers.find((l) => l.layer === 'route')!.evidence.checks![0]!.decidedBy).toBe('auth')
    // The progress line tells the route layer's outcome after the decision, not before.
    expect(lines.filter((line) => line.startsWith('route:'))).toEqual([expect.stringMatching(/^route: 1 pass /)])
    // As the action runs it: the probe phase is one step, its state handed on as JSON.
    let state = newState(HEAD, ['route', 'auth'])
    state = JSON.parse(JSON.stringify(await runPhase('probe', state, config, deps)))
    expect(finish(state, config).features[0]).toMatchObject({ verdict: 'pass' })
    // Without the auth layer nothing discriminates: error, never pass.
    const alone = await verify(config, deps, { layers: ['route'] })
    expect(alone.features[0]).toMatchObject({ verdict: 'error', faultLine: 'route' })
    expect(alone.verdict).toBe('error')
  })

  it('finish redacts config secrets even when a layer let one through', () => {
    const state = newState(HEAD, ['route'])
    state.results.workflow = {
      route: { layer: 'route', status: 'fail', evidence: { summary: `leaked ${TOKEN}` }, durationMs: 1 }
    }
    expect(JSON.stringify(finish(state, config))).not.toContain(TOKEN)
  })
})

describe('the task graph: the build is the only serial chain', () => {
  it('the container lookups and listings run while the build runs; only freshness waits for it', async () => {
    const world = {
      freshImage: ['/app/dist/modules/workflow'],
      runningImage: ['/app/dist/modules/workflow'],
      running: true,
      routeStatus: 401
    }
    const deps = fakes(world)
    const events: string[] = []
    let finishBuild: () => void = () => {}
    const compose = deps.build.compose!
    const build = compose.build.bind(compose)
    compose.build = async (services, labels, options) => {
      events.push('build started')
      options?.started?.() // as the adapter does once compose's process runs
      await new Promise<void>((resolve) => (finishBuild = resolve))
      events.push('build done')
      return build(services, labels)
    }
    const docker = deps.target.docker
    const find = docker.findServiceContainers.bind(docker)
    docker.findServiceContainers = async (project, service) => (
      events.push('containers looked up'),
      find(project, service)
    )
    const list = docker.listContainerPaths.bind(docker)
    docker.listContainerPaths = async (container, paths) => {
      events.push('container listed')
      return list(container, paths)
    }
    const running = verify(config, deps)
    // Let everything that does not need the build get as far as it can, then let the build finish.
    await new Promise((resolve) => setTimeout(resolve, 50))
    finishBuild()
    const result = await running
    expect(events.indexOf('containers looked up')).toBeLessThan(events.indexOf('build done'))
    expect(events.indexOf('container listed')).toBeLessThan(events.indexOf('build done'))
    // …and freshness still came from the build: the running image is the one just built.
    expect(statuses(result)).toMatchObject({ container: 'pass' })
    expect(result.services[0]).toMatchObject({ stale: false, builtImage: 'sha256:new' })
  })

  it('the probes and the container lookups start once the build waits on its processes, not before', async () => {
    const world = { freshImage: [], runningImage: [], running: true, routeStatus: 401 }
    const deps = fakes(world)
    const events: string[] = []
    const compose = deps.build.compose!
    const build = compose.build.bind(compose)
    compose.build = async (services, labels, options) => {
      events.push('build preparing') // reading compose files, writing the labels' override: the main thread's work
      await new Promise((resolve) => setTimeout(resolve, 20))
      events.push('build started')
      options?.started?.()
      return build(services, labels)
    }
    const request = deps.http.request.bind(deps.http)
    deps.http.request = (req) => (events.push('probe'), request(req))
    const docker = deps.target.docker
    const find = docker.findServiceContainers.bind(docker)
    docker.findServiceContainers = (project, service) => (events.push('containers looked up'), find(project, service))
    await verify(config, deps)
    expect(events.indexOf('build started')).toBeGreaterThan(events.indexOf('build preparing'))
    expect(events.indexOf('probe')).toBeGreaterThan(events.indexOf('build started'))
    expect(events.indexOf('containers looked up')).toBeGreaterThan(events.indexOf('build started'))
  })

  it('a build that fails before it starts, or a run with nothing to build, does not hold the probes back', async () => {
    const world = { freshImage: [], runningImage: [], running: true, routeStatus: 401 }
    const deps = fakes(world)
    deps.build.compose!.build = async () => {
      throw new Error('compose is not installed')
    }
    const failed = await verify(config, deps)
    expect(statuses(failed)).toMatchObject({ artifact: 'error', route: 'pass' })
    const routesOnly = await verify(config, fakes(world), { layers: ['route'] })
    expect(statuses(routesOnly)).toMatchObject({ route: 'pass' })
  })

  it('what the build waits for (finding compose, its builder) is started before anything else, and only when it builds', async () => {
    const world = { freshImage: [], runningImage: [], running: true, routeStatus: 401 }
    const events: string[] = []
    const deps = fakes(world)
    deps.build.compose!.prepareBuild = () => events.push('prepare')
    const revision = deps.tree.revision.bind(deps.tree)
    deps.tree.revision = () => (events.push('revision'), revision())
    const ping = deps.build.docker.ping.bind(deps.build.docker)
    deps.build.docker.ping = async () => {
      events.push('ping')
      await new Promise((resolve) => setTimeout(resolve, 20))
      events.push('ping answered')
      return ping()
    }
    const date = deps.tree.revisionDate.bind(deps.tree)
    deps.tree.revisionDate = () => (events.push('commit date'), date())
    await verify(config, deps)
    expect(events[0]).toBe('prepare')
    expect(events).toEqual(expect.arrayContaining(['revision', 'ping']))
    // The build's labels are asked beside the preflight, not after it; and once.
    expect(events.indexOf('commit date')).toBeLessThan(events.indexOf('ping answered'))
    expect(events.filter((e) => e === 'commit date')).toHaveLength(1)

    events.length = 0
    await verify(config, deps, { layers: ['source', 'route'] })
    expect(events).not.toContain('prepare')
  })
})

describe('buildLabels', () => {
  const tree = (dirty: boolean): SourceTree => ({
    revision: async () => HEAD,
    revisionDate: async () => '2026-11-25T08:00:00Z',
    dirty: async () => dirty,
    match: async () => []
  })
  const REVISION = 'org.opencontainers.image.revision'
  const CREATED = 'org.opencontainers.image.created'

  it('a clean checkout: HEAD and the commit date (reproducible)', async () => {
    expect(await buildLabels(tree(false), undefined, { fromWorkingTree: true })).toEqual({
      [REVISION]: HEAD,
      [CREATED]: '2026-11-25T08:00:00Z'
    })
  })

  it('a dirty working tree that is built: stamped <commit>-dirty and now, never as HEAD, with a warning', async () => {
    const warnings: string[] = []
    const logger = { ...silentLogger, warn: (m: string) => warnings.push(m) }
    const labels = await buildLabels(tree(true), undefined, { fromWorkingTree: true, logger })
    expect(labels[REVISION]).toBe(`${HEAD}-dirty`)
    expect(labels[CREATED]).not.toBe('2026-11-25T08:00:00Z')
    expect(warnings).toEqual([expect.stringContaining(`stamped ${HEAD.slice(0, 7)}-dirty`)])
  })

  it('a dirty checkout whose HEAD is shipped (deploy --strategy source builds the shipped tree): HEAD', async () => {
    expect((await buildLabels(tree(true), { revision: HEAD }))[REVISION]).toBe(HEAD)
  })
})

describe('variables that were not set: an error when what needs them runs, never before', () => {
  // As the loader leaves a config loaded for `--layers source,artifact` while API_TOKEN is not set.
  const waiting: DriftConfig = {
    ...config,
    features: [{ ...workflow, auth: [{ ...workflow.auth[0]!, headers: { Authorization: 'Bearer ${API_TOKEN}' } }] }],
    unresolved: [
      {
        needs: ['auth'],
        message:
          'environment variable `API_TOKEN` is not set, expected it in the environment (or write ${API_TOKEN:-default})',
        location: { file: 'driftcheck.yml', line: 21, column: 43 }
      }
    ]
  }
  const world = { freshImage: ['/app/dist/modules/workflow'], runningImage: [], running: false, routeStatus: 401 }

  it('phaseUses: each action step needs only its own part of the config', () => {
    expect(phaseUses('build', ['source', 'artifact', 'container', 'route', 'auth'])).toEqual(['source', 'build'])
    expect(phaseUses('build', ['source'])).toEqual(['source'])
    expect(phaseUses('artifact', ['artifact'])).toEqual(['artifact'])
    expect(phaseUses('container', ['container'])).toEqual(['target', 'container'])
    expect(phaseUses('probe', ['source', 'route'])).toEqual(['route'])
    expect(phaseUses('probe', ['source', 'artifact'])).toEqual([])
  })

  it('a run of the layers that do not need it goes ahead', async () => {
    const result = await verify(waiting, fakes(world), { layers: ['source', 'artifact', 'route'] })
    expect(statuses(result)).toMatchObject({ source: 'pass', artifact: 'pass', route: 'pass', auth: 'skip' })
  })

  it('a run that asks for the auth layer is the config error with its position, before any probe is sent', async () => {
    const deps = fakes(world)
    let sent = 0
    const http = {
      ...deps.http,
      request: async (...args: Parameters<typeof deps.http.request>) => (sent++, deps.http.request(...args))
    }
    const error = await verify(waiting, { ...deps, http }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(
      'driftcheck.yml:21:43: environment variable `API_TOKEN` is not set, expected it in the environment (or write ${API_TOKEN:-default})'
    )
    expect(sent).toBe(0)
  })

  it('phase by phase (the action): the build step runs, the probe step is the config error', async () => {
    const deps = fakes(world)
    const state = await runPhase('build', newState(HEAD), waiting, deps)
    expect(state.built.api).toMatchObject({ id: 'sha256:new' })
    await expect(runPhase('probe', state, waiting, deps)).rejects.toThrow(
      /^driftcheck\.yml:21:43: environment variable `API_TOKEN`/
    )
    // …unless the run does not ask for the auth layer.
    await expect(runPhase('probe', newState(HEAD, ['route']), waiting, deps)).resolves.toBeDefined()
  })
})
