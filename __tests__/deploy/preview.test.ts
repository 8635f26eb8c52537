import { describe, expect, it } from '@jest/globals'
import type { DriftConfig, FeatureConfig } from '../../src/core/config.js'
import { UsageError } from '../../src/core/errors.js'
import type { PreviewServiceState } from '../../src/core/ports.js'
import { startedServices } from '../../src/deploy/preview.js'
import { judgeReadiness, waitUntilReady } from '../../src/deploy/preview/readiness.js'
import { chooseLocalPort, leftOutFeatures, localUrl, previewConfig } from '../../src/deploy/preview/urls.js'

const port = (target: number, requested: number | null, published: number | null, accepts: boolean | null = true) => ({
  target,
  protocol: 'tcp' as const,
  requested,
  published: published === null ? null : { host: '127.0.0.1', port: published },
  accepts
})
const running = (service: string, ports = [port(8080, 18080, 49213)]): PreviewServiceState => ({
  service,
  containers: [{ service, name: `p_${service}_1`, state: 'running', exitCode: null }],
  ports
})
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

describe('localUrl: the URL the preview probes instead keeps the path', () => {
  it.each([
    ['http://api.example.com', 'http://127.0.0.1:49213'],
    ['https://api.example.com/', 'http://127.0.0.1:49213/'],
    ['https://api.example.com:8443/base/v1', 'http://127.0.0.1:49213/base/v1'],
    ['http://127.0.0.1:18080/app?x=1', 'http://127.0.0.1:49213/app?x=1']
  ])('%s → %s', (url, expected) => {
    expect(localUrl(url, { host: '127.0.0.1', port: 49213 })).toBe(expected)
  })

  it('reaches a port published on every address through loopback', () => {
    expect(localUrl('http://api', { host: '0.0.0.0', port: 5 })).toBe('http://127.0.0.1:5')
  })
})

describe('chooseLocalPort', () => {
  it('takes the only published port', () => {
    expect(chooseLocalPort('api', 'https://api.example.com', running('api'))).toEqual({
      host: '127.0.0.1',
      port: 49213
    })
  })

  it('takes, of several, the one the compose file published on the URL’s port', () => {
    const state = running('api', [port(8080, 18080, 1), port(9090, 19090, 2)])
    expect(chooseLocalPort('api', 'http://127.0.0.1:19090', state).port).toBe(2)
  })

  it.each([
    [
      'several ports, none on the URL’s port',
      running('api', [port(8080, 18080, 1), port(9090, 19090, 2)]),
      /cannot tell which/
    ],
    ['no published port', running('api', []), /publishes no tcp port/]
  ])('%s: a usage error, never a guess', (_, state, message) => {
    expect(() => chooseLocalPort('api', 'https://api.example.com', state)).toThrow(UsageError)
    expect(() => chooseLocalPort('api', 'https://api.example.com', state)).toThrow(message)
  })
})

describe('leftOutFeatures and previewConfig', () => {
  const config = {
    services: {
      api: { name: 'api', url: 'https://api.example.com/v1', nodeUrl: 'http://{host}:8080', container: 'prod-api' },
      dashboard: { name: 'dashboard', url: 'https://app.example.com' }
    },
    features: [
      feature('workflow', { artifact: { api: ['/app'] }, routes: [probe('api')] }),
      feature('page', { routes: [probe('dashboard')] }),
      feature('docs', { source: ['docs/'] })
    ]
  } as unknown as DriftConfig

  it('leaves out the features that check a service the preview does not start', () => {
    expect(leftOutFeatures(config.features, new Set(['api']))).toEqual([{ feature: 'page', services: ['dashboard'] }])
  })

  it('rewrites the started services’ URLs, drops nodeUrl and container:, and the left-out features', () => {
    const leftOut = [{ feature: 'page', services: ['dashboard'] }]
    const out = previewConfig(config, [running('api')], leftOut)
    expect(out.urls).toEqual([{ service: 'api', from: 'https://api.example.com/v1', to: 'http://127.0.0.1:49213/v1' }])
    expect(out.config.services.api).toEqual({ name: 'api', url: 'http://127.0.0.1:49213/v1' })
    expect(out.config.services.dashboard).toEqual(config.services.dashboard)
    expect(out.config.features.map((f) => f.name)).toEqual(['workflow', 'docs'])
  })
})

describe('startedServices', () => {
  const defined = { api: {}, dashboard: {}, db: {} }
  const config = (preview?: { services?: string[] }) =>
    ({
      services: { api: { name: 'api' }, dashboard: { name: 'dashboard' }, ext: { name: 'ext' } },
      preview
    }) as unknown as DriftConfig

  it.each([
    ['every configured service compose defines', undefined, ['api', 'dashboard']],
    ['preview.services as asked (a database too)', { services: ['api', 'db'] }, ['api', 'db']]
  ])('%s', (_, preview, expected) => {
    expect(startedServices(config(preview), defined, '/src')).toEqual(expected)
  })

  it('refuses a preview.services entry compose does not define', () => {
    expect(() => startedServices(config({ services: ['nope'] }), defined, '/src')).toThrow(/'nope' is not defined/)
  })
})

describe('judgeReadiness', () => {
  const exited: PreviewServiceState = {
    service: 'api',
    containers: [{ service: 'api', name: 'p_api_1', state: 'exited', exitCode: 1 }],
    ports: [port(8080, 18080, null, null)]
  }
  it.each([
    ['running and accepting', [running('api')], []],
    [
      'exited: final',
      [exited],
      [
        {
          service: { service: 'api', reason: 'exited', container: 'p_api_1', state: 'exited', exitCode: 1 },
          final: true
        }
      ]
    ],
    [
      'no container yet',
      [{ service: 'api', containers: [], ports: [] }],
      [{ service: { service: 'api', reason: 'no-container' }, final: false }]
    ],
    [
      'running, port not accepting',
      [running('api', [port(8080, 18080, 49213, false)])],
      [
        {
          service: { service: 'api', reason: 'port-closed', container: 'p_api_1', port: 49213, target: 8080 },
          final: false
        }
      ]
    ],
    [
      'restarting',
      [
        {
          service: 'api',
          containers: [{ service: 'api', name: 'p_api_1', state: 'restarting', exitCode: null }],
          ports: []
        }
      ],
      [{ service: { service: 'api', reason: 'starting', container: 'p_api_1', state: 'restarting' }, final: false }]
    ]
  ])('%s', (_, states, expected) => {
    expect(judgeReadiness(states as PreviewServiceState[])).toEqual(expected)
  })
})

describe('waitUntilReady', () => {
  it('looks again until ready', async () => {
    const looks = [[{ service: 'api', containers: [], ports: [] }], [running('api')]]
    let i = 0
    const out = await waitUntilReady(async () => looks[Math.min(i++, 1)]!, { timeoutMs: 10_000, sleep: async () => {} })
    expect(out.notReady).toEqual([])
    expect(i).toBe(2)
  })

  it('stops at the deadline with what is not ready (bounded)', async () => {
    let clock = 0
    let looks = 0
    const out = await waitUntilReady(
      async () => {
        looks++
        return [running('api', [port(8080, 18080, 1, false)])]
      },
      { timeoutMs: 2_000, intervalMs: 500, now: () => clock, sleep: async (ms) => void (clock += ms) }
    )
    expect(out.notReady.map((n) => n.reason)).toEqual(['port-closed'])
    expect(looks).toBe(5)
  })

  it('stops at once when every one not ready has exited', async () => {
    const exited: PreviewServiceState = {
      service: 'api',
      containers: [{ service: 'api', name: 'p_api_1', state: 'exited', exitCode: 1 }],
      ports: []
    }
    let looks = 0
    const out = await waitUntilReady(async () => (looks++, [exited, running('dashboard')]), {
      timeoutMs: 10_000,
      sleep: async () => {}
    })
    expect(out.notReady.map((n) => [n.service, n.reason])).toEqual([['api', 'exited']])
    expect(looks).toBe(1)
  })

  it('one that exited does not cut the wait short for one still starting: it is ready, then verified', async () => {
    const exited: PreviewServiceState = {
      service: 'api',
      containers: [{ service: 'api', name: 'p_api_1', state: 'exited', exitCode: 1 }],
      ports: []
    }
    const starting = running('dashboard', [port(8080, 18081, 49300, false)])
    const looks = [
      [exited, starting],
      [exited, starting],
      [exited, running('dashboard')]
    ]
    let i = 0
    const out = await waitUntilReady(async () => looks[Math.min(i++, 2)]!, { timeoutMs: 10_000, sleep: async () => {} })
    expect(out.notReady.map((n) => n.service)).toEqual(['api'])
    expect(i).toBe(3)
  })
})

describe('the preview in the reports', () => {
  const result = {
    version: 1 as const,
    verdict: 'pass' as const,
    revision: 'a'.repeat(40),
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1,
    services: [],
    features: [],
    preview: {
      project: 'driftcheck-preview-1a2b',
      services: ['api'],
      urls: [{ service: 'api', from: 'http://api.example.com', to: 'http://127.0.0.1:49213' }],
      leftOut: [{ feature: 'page', services: ['dashboard'] }]
    }
  }

  it.each([['text'], ['markdown']] as const)('%s states each rewrite and what was left out', async (format) => {
    const { render } = await import('../../src/report/index.js')
    const out = render(result, format)
    expect(out).toContain('api: http://api.example.com → http://127.0.0.1:49213 (preview)')
    expect(out).toContain('page: left out, it checks dashboard, which the preview does not start')
    expect(out).toContain('driftcheck-preview-1a2b')
  })

  it('json keeps the facts, and the report parser reads them back', async () => {
    const { render } = await import('../../src/report/index.js')
    const { parseResult } = await import('../../src/report/parse.js')
    const json = render(result, 'json')
    expect(JSON.parse(json).preview).toEqual(result.preview)
    expect(parseResult(json, 'r.json').preview).toEqual(result.preview)
  })

  describe('a service that did not become ready', () => {
    const secretFree = 'Error: ENOENT: no such file or directory, scandir /nonexistent-preview'
    const notReady = {
      ...result,
      verdict: 'error' as const,
      preview: {
        ...result.preview,
        readyTimeoutMs: 30_000,
        notReady: [
          {
            service: 'api',
            reason: 'exited' as const,
            container: 'p_api_1',
            state: 'exited',
            exitCode: 1,
            logs: `starting with token ***\n${secretFree}`
          },
          { service: 'db', reason: 'port-closed' as const, container: 'p_db_1', port: 49300, target: 5432, logs: '' }
        ]
      }
    }

    it('text: each with its state and its last log lines, under the preview', async () => {
      const { render } = await import('../../src/report/index.js')
      const out = render(notReady, 'text')
      expect(out).toContain('! api: container p_api_1 exited with exit code 1 before it was ready')
      expect(out).toMatch(/its last log lines:\n\s+starting with token \*\*\*\n\s+Error: ENOENT/)
      expect(out).toContain(
        '! db: container p_db_1 runs, but its port 5432 (127.0.0.1:49300) accepts no connection within 30.0 s'
      )
      expect(out).toContain('it logged nothing')
    })

    it('markdown: the line, and the logs in a code block inside its item', async () => {
      const { render } = await import('../../src/report/index.js')
      const out = render(notReady, 'markdown')
      expect(out).toContain(
        '- ⚠️ api: container p\\_api\\_1 exited with exit code 1 before it was ready; its last log lines:\n\n  ```\n  starting with token ***\n'
      )
      expect(out).toContain(`  ${secretFree}\n  \`\`\``)
      expect(out).toContain('accepts no connection within 30.0 s; it logged nothing')
    })

    it('json keeps every fact and the logs; the parser reads them back, and refuses an unknown reason', async () => {
      const { render } = await import('../../src/report/index.js')
      const { parseResult } = await import('../../src/report/parse.js')
      const json = render(notReady, 'json')
      expect(JSON.parse(json).preview).toEqual(notReady.preview)
      expect(parseResult(json, 'r.json').preview).toEqual(notReady.preview)
      const bad = JSON.parse(json)
      bad.preview.notReady[0].reason = 'sleepy'
      expect(() => parseResult(JSON.stringify(bad), 'r.json')).toThrow('preview.notReady[0].reason is "sleepy"')
      delete bad.preview.notReady[1].port
      bad.preview.notReady[0].reason = 'exited'
      expect(() => parseResult(JSON.stringify(bad), 'r.json')).toThrow('preview.notReady[1].port is missing')
    })

    it('an older result without the wait says "at the deadline"', async () => {
      const { notReadyLine } = await import('../../src/report/preview.js')
      expect(notReadyLine(notReady.preview.notReady[1]!)).toMatch(/accepts no connection at the deadline$/)
    })
  })
})
