import { describe, expect, it } from '@jest/globals'
import type { DriftConfig, FeatureConfig } from '../../src/core/config.js'
import {
  LAYERS,
  type FeatureResult,
  type LayerName,
  type LayerResult,
  type PreviewNotReadyReport,
  type RunResult
} from '../../src/core/model.js'
import {
  beforeRunning,
  blockedFeatures,
  combineResults,
  earlyLayers,
  notReadyLayers,
  notReadyObserved
} from '../../src/deploy/preview/not-ready.js'

const feature = (name: string, spec: Partial<FeatureConfig>): FeatureConfig => ({
  name,
  source: [],
  artifact: {},
  routes: [],
  auth: [],
  ...spec
})
const probe = (service: string) => ({
  service,
  path: '/x',
  method: 'GET',
  headers: {},
  expect: { status: { kind: 'protected' as const }, bodyContains: [], json: {}, headers: {} },
  timeoutMs: 1000
})
const exited: PreviewNotReadyReport = {
  service: 'api',
  reason: 'exited',
  container: 'p_api_1',
  state: 'exited',
  exitCode: 1,
  logs: 'Error: ENOENT /nonexistent\nat start'
}
const closed: PreviewNotReadyReport = {
  service: 'api',
  reason: 'port-closed',
  container: 'p_api_1',
  port: 49213,
  target: 8080,
  logs: ''
}

describe('notReadyObserved: what was seen of a not-ready service, with the wait it was given', () => {
  it.each([
    ['exited with a code', exited, 'exited with code 1'],
    ['dead, no code', { ...exited, state: 'dead', exitCode: null }, 'dead'],
    ['still restarting', { ...exited, reason: 'starting', state: 'restarting' }, 'still restarting after 30.0 s'],
    ['a port that accepts nothing', closed, 'running, but not accepting on port 8080 (127.0.0.1:49213) within 30.0 s'],
    ['no container', { service: 'api', reason: 'no-container', logs: '' }, 'no container was created within 30.0 s']
  ] as [string, PreviewNotReadyReport, string][])('%s', (_, n, expected) => {
    expect(notReadyObserved(n, 30_000)).toBe(expected)
  })
})

describe('blockedFeatures', () => {
  const features = [
    feature('workflow', { artifact: { api: ['/app'] }, routes: [probe('dashboard')] }),
    feature('page', { routes: [probe('dashboard')] }),
    feature('docs', { source: ['docs/'] }),
    feature('billing', { artifact: { billing: ['/b'] } })
  ]

  it('names each feature (not left out) that checks a not-ready service, with those services', () => {
    const leftOut = [{ feature: 'billing', services: ['billing'] }]
    expect(blockedFeatures(features, leftOut, [exited])).toEqual([{ feature: 'workflow', services: ['api'] }])
  })

  it('none when every service is ready', () => {
    expect(blockedFeatures(features, [], [])).toEqual([])
  })
})

describe('notReadyLayers: error at the first layer that needs the service running, the later ones not reached', () => {
  const options = (layers: readonly LayerName[] = LAYERS) => ({ layers, readyTimeoutMs: 30_000, waitedMs: 1234 })
  const full = feature('workflow', {
    source: ['api/'],
    artifact: { api: ['/app/dist/modules/workflow'] },
    routes: [probe('api')],
    auth: [probe('api')]
  })

  it('container: error naming the service, its state and its logs as the check output; route and auth skipped', () => {
    const layers = notReadyLayers(full, [exited], options())
    expect(Object.keys(layers)).toEqual(['container', 'route', 'auth'])
    expect(layers.container).toEqual({
      layer: 'container',
      status: 'error',
      evidence: {
        summary: 'api did not become ready in the preview: container p_api_1 exited with code 1',
        checks: [
          {
            target: 'p_api_1',
            service: 'api',
            status: 'error',
            expected: 'running, accepting on its published ports',
            observed: 'exited with code 1',
            output: 'Error: ENOENT /nonexistent\nat start'
          }
        ]
      },
      durationMs: 1234
    })
    for (const later of [layers.route!, layers.auth!]) {
      expect(later.status).toBe('skip')
      expect(later.evidence.summary).toBe('not reached: api did not become ready in the preview')
    }
  })

  it('a feature without artifact paths: the route layer is the one in error, its check with its own sentence', () => {
    const layers = notReadyLayers(feature('health', { routes: [probe('api')] }), [closed], options())
    expect(Object.keys(layers)).toEqual(['route'])
    expect(layers.route!.status).toBe('error')
    const [check] = layers.route!.evidence.checks!
    expect(check!.summary).toBe(
      'api did not become ready in the preview: container p_api_1 running, but not accepting on port 8080 (127.0.0.1:49213) within 30.0 s'
    )
    // It logged nothing: no output at all, never an empty one.
    expect(check).not.toHaveProperty('output')
  })

  it('only the layers asked for: --layers route,auth puts the error at route', () => {
    const layers = notReadyLayers(full, [exited], options(['route', 'auth']))
    expect(layers.route!.status).toBe('error')
    expect(layers.auth!.status).toBe('skip')
    expect(layers).not.toHaveProperty('container')
  })

  it.each([
    ['no asked layer needs it running', full, options(['source', 'artifact'])],
    ['the not-ready service is not one it checks', feature('page', { routes: [probe('dashboard')] }), options()]
  ])('nothing when %s', (_, f, o) => {
    expect(notReadyLayers(f, [exited], o)).toEqual({})
  })

  it('beforeRunning: the layers still checked for a blocked feature', () => {
    expect(beforeRunning(LAYERS)).toEqual(['source', 'artifact'])
    expect(beforeRunning(['route'])).toEqual([])
  })
})

const layer = (name: LayerName, status: LayerResult['status']): LayerResult => ({
  layer: name,
  status,
  evidence: { summary: status },
  durationMs: 1
})
const featureResult = (name: string, verdict: FeatureResult['verdict'], layers: LayerResult[]): FeatureResult => ({
  name,
  verdict,
  faultLine: null,
  layers
})
const run = (features: FeatureResult[], extra: Partial<RunResult> = {}): RunResult => ({
  version: 1,
  verdict: 'pass',
  revision: 'a'.repeat(40),
  startedAt: '2026-01-01T00:00:10.000Z',
  durationMs: 1,
  services: [],
  features,
  ...extra
})

describe('earlyLayers and combineResults', () => {
  it('earlyLayers keeps only the layers before the running ones', () => {
    const before = run([
      featureResult('workflow', 'pass', [
        layer('source', 'pass'),
        layer('artifact', 'pass'),
        layer('container', 'skip')
      ])
    ])
    expect(Object.keys(earlyLayers(before).get('workflow')!)).toEqual(['source', 'artifact'])
    expect(earlyLayers(null).size).toBe(0)
  })

  const config = { features: [feature('workflow', {}), feature('page', {}), feature('health', {})] } as DriftConfig
  const built = { name: 'api', builtImage: 'sha256:1', runningImage: null, runningRevision: null, stale: false }
  const nothing = { ...built, builtImage: null }

  it('joins both parts in the config’s order; a not-ready service makes the run error, never a pass', () => {
    const ready = run([featureResult('page', 'pass', [layer('route', 'pass')])], {
      startedAt: '2026-01-01T00:00:20.000Z',
      services: [nothing, { ...nothing, name: 'dashboard', runningImage: 'sha256:2' }]
    })
    const blocked = run([
      featureResult('health', 'error', [layer('route', 'error')]),
      featureResult('workflow', 'error', [layer('container', 'error')])
    ])
    const out = combineResults(
      config,
      { ready, blocked, blockedServices: [built] },
      { incomplete: true, now: new Date('2026-01-01T00:00:30.000Z') }
    )
    expect(out.features.map((f) => f.name)).toEqual(['workflow', 'page', 'health'])
    expect(out.verdict).toBe('error')
    // The earlier part's start; the service facts of the part that built or inspected each.
    expect(out.startedAt).toBe('2026-01-01T00:00:10.000Z')
    expect(out.durationMs).toBe(20_000)
    expect(out.services.map((s) => [s.name, s.builtImage, s.runningImage])).toEqual([
      ['api', 'sha256:1', null],
      ['dashboard', null, 'sha256:2']
    ])
  })

  it('proven drift of a ready feature still outranks the not-ready error (fail, by the one rule)', () => {
    const ready = run([featureResult('page', 'route-missing', [layer('route', 'fail')])])
    const blocked = run([featureResult('workflow', 'error', [layer('container', 'error')])])
    expect(combineResults(config, { ready, blocked }, { incomplete: true }).verdict).toBe('fail')
  })

  it('every feature blocked: the blocked part alone, error', () => {
    const blocked = run([featureResult('workflow', 'pass', [layer('source', 'pass')])])
    expect(combineResults(config, { ready: null, blocked }, { incomplete: true }).verdict).toBe('error')
  })
})
