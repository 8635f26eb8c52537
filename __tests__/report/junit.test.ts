import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { LAYERS, type RunResult, type SharedStep } from '../../src/core/model.js'
import { explainFeature } from '../../src/report/explain.js'
import { render } from '../../src/report/index.js'
import { notProbedSentence } from '../../src/report/not-probed.js'
import { oneLine } from '../../src/report/sanitize.js'
import { copyOf, FIXTURES, loadFixture } from './fixtures.js'

interface Case {
  classname: string
  name: string
  time: string
  failure?: { message: string; type: string; '#text'?: string }
  error?: { message: string; type: string; '#text'?: string }
  skipped?: { message: string }
}
interface Suite {
  name: string
  tests: string
  failures: string
  errors: string
  skipped: string
  time: string
  testcase: Case[]
}
interface Suites {
  tests: string
  failures: string
  errors: string
  skipped: string
  time: string
  testsuite?: Suite[]
}

// Characters XML 1.0 cannot hold, even escaped: a strict parser (Surefire, GitLab, Jenkins) rejects the whole file.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- the forbidden characters are what this looks for
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

function parse(xml: string): Suites {
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(xml).not.toMatch(XML_FORBIDDEN)
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase'
  })
  return parser.parse(xml).testsuites as Suites
}

function statusCount(result: RunResult, status: string): number {
  return result.features.reduce(
    (n, f) => n + LAYERS.filter((l) => (f.layers.find((x) => x.layer === l)?.status ?? 'skip') === status).length,
    0
  )
}

/** The shared steps of a result, each once (by layer, service, target). */
function sharedSteps(result: RunResult): SharedStep[] {
  const all = result.features.flatMap((f) => f.layers.flatMap((l) => l.shared ?? []))
  return all.filter(
    (s, i) => all.findIndex((t) => t.layer === s.layer && t.service === s.service && t.target === s.target) === i
  )
}

const SHARED_SUITE = '(shared listings)'

describe('junit report', () => {
  it.each(FIXTURES)('%s parses, and the counts match the result and the elements', (name) => {
    const result = loadFixture(name)
    const suites = parse(render(result, 'junit'))
    const shared = sharedSteps(result)
    const everySuite = suites.testsuite ?? []
    const sharedSuite = shared.length ? everySuite[0] : undefined
    const all = shared.length ? everySuite.slice(1) : everySuite
    expect(all.map((s) => s.name)).toEqual(result.features.map((f) => oneLine(f.name)))
    expect(sharedSuite?.testcase.length ?? 0).toBe(shared.length)
    const sharedErrors = shared.filter((s) => s.status === 'error').length
    expect(Number(suites.tests)).toBe(result.features.length * LAYERS.length + shared.length)
    expect(Number(suites.failures)).toBe(statusCount(result, 'fail'))
    expect(Number(suites.errors)).toBe(statusCount(result, 'error') + sharedErrors)
    expect(Number(suites.skipped)).toBe(statusCount(result, 'skip'))
    expect(suites.time).toBe((result.durationMs / 1000).toFixed(3))
    for (const suite of all) {
      expect(suite.testcase.map((c) => c.name)).toEqual([...LAYERS])
      expect(Number(suite.tests)).toBe(suite.testcase.length)
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length)
      expect(Number(suite.errors)).toBe(suite.testcase.filter((c) => c.error).length)
      expect(Number(suite.skipped)).toBe(suite.testcase.filter((c) => c.skipped !== undefined).length)
      for (const c of suite.testcase) expect(c.classname).toBe(`driftcheck.${suite.name}`)
    }
  })

  it('the seed incident: the fault line carries the sentence, evidence in the body, times in seconds', () => {
    const result = loadFixture('seed-incident')
    const [, workflow] = parse(render(result, 'junit')).testsuite!
    const container = workflow!.testcase[2]!
    // The container listings are shared with `invoices`: their time is in the shared suite, not here.
    expect(container.time).toBe('0.000')
    expect(container.failure!.type).toBe('runtime-drift')
    expect(container.failure!.message).toBe(explainFeature(result.features[0]!))
    expect(container.failure!['#text']).toContain('$ docker exec aibp-api-1 ls -ld /app/dist/modules/workflow')
    expect(container.failure!['#text']).toContain('✗ /app/dist/modules/workflow (api): expected exists; observed ls:')
    expect(workflow!.testcase[3]!.failure!.message).toBe(
      'The route answered 404 (Route not found), expected 401 or 403.'
    )
  })

  it('a listing shared by several features is counted once, in its own suite (issue #8)', () => {
    const result = copyOf(loadFixture('seed-incident'))
    // Both features waited for the same 1.8 s listing of the api image (and for nothing else shared).
    const step: SharedStep = {
      layer: 'artifact',
      service: 'api',
      target: 'aibp-api:HEAD',
      status: 'pass',
      observed: 'listed 2 path(s) via ls',
      durationMs: 1800
    }
    for (const feature of result.features) {
      for (const layer of feature.layers) delete layer.shared
      feature.layers[1]!.durationMs = 1800
      feature.layers[1]!.shared = [step]
    }
    const suites = parse(render(result, 'junit'))
    const [shared, ...features] = suites.testsuite!
    expect(shared!.name).toBe(SHARED_SUITE)
    expect(shared!.testcase).toEqual([
      { classname: `driftcheck.${SHARED_SUITE}`, name: 'artifact listing: api (aibp-api:HEAD)', time: '1.800' }
    ])
    expect(shared!.time).toBe('1.800')
    for (const suite of features) expect(suite.testcase[1]!.time).toBe('0.000')
    // Added up, the suites hold the listing once (before, once per feature: 2 × 1.8 s).
    const sum = suites.testsuite!.reduce((ms, s) => ms + Math.round(Number(s.time) * 1000), 0)
    const others = result.features.flatMap((f) => f.layers.filter((l) => l.layer !== 'artifact'))
    expect(sum).toBe(others.reduce((ms, l) => ms + l.durationMs, 0) + 1800)
  })

  it('a shared listing that failed is an error case, with the reason', () => {
    const result = copyOf(loadFixture('all-pass'))
    const layer = result.features[0]!.layers[1]!
    layer.shared = [
      {
        layer: 'artifact',
        service: 'api|<edge>',
        target: 'api:HEAD',
        status: 'error',
        observed: 'could not list the api image (api:HEAD): Docker engine unreachable',
        durationMs: 12
      }
    ]
    const suites = parse(render(result, 'junit'))
    const [shared] = suites.testsuite!
    expect(shared!.errors).toBe('1')
    expect(shared!.testcase[0]!.name).toBe('artifact listing: api|<edge> (api:HEAD)')
    expect(shared!.testcase[0]!.error!.message).toBe(
      'could not list the api image (api:HEAD): Docker engine unreachable'
    )
    expect(Number(suites.errors)).toBe(statusCount(result, 'error') + 1)
  })

  it('hostile names round-trip through attributes: <&"\' survive, control characters become visible', () => {
    const result = loadFixture('mixed-hostile')
    const [hostile, reports, , billing] = parse(render(result, 'junit')).testsuite!.filter(
      (s) => s.name !== SHARED_SUITE
    )
    expect(hostile!.name).toBe('<script>alert("x")</script> & \'q\' | `tick` @octocat \\x1b[31mred\\x1b[0m')
    expect(hostile!.testcase[1]!.failure!['#text']).toContain('\\x00 ]]> <!-- -->')
    expect(reports!.testcase[2]!.error!.type).toBe('error')
    expect(reports!.testcase[3]!.error!.message).toBe(
      'GET https://api.example.com/api/v1/reports: timed out after 30 s'
    )
    // Layers a feature does not configure are still cases, skipped.
    expect(billing!.testcase[1]!.skipped!.message).toBe('not configured')
  })

  it('stays valid XML whatever characters names and evidence hold', () => {
    const base = loadFixture('seed-incident')
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, observed) => {
        const result = structuredClone(base)
        result.features[0]!.name = name
        result.features[0]!.layers[2]!.evidence.checks![0]!.observed = observed
        const [, suite] = parse(render(result, 'junit')).testsuite!
        expect(suite!.name).toBe(oneLine(name))
        expect(suite!.testcase[2]!.failure).toBeDefined()
      }),
      { numRuns: 200 }
    )
  })

  it('writes an empty but valid document for a result without features', () => {
    const result = { ...loadFixture('all-pass'), features: [] }
    const suites = parse(render(result, 'junit'))
    expect(suites.tests).toBe('0')
    expect(suites.testsuite).toBeUndefined()
  })

  it('an OpenAPI operation not probed is one more skipped case with the reason, and the counts add up', () => {
    const result = copyOf(loadFixture('all-pass'))
    const operation = { service: 'api', method: 'POST', path: '/api/v1/orders', reason: 'unsafe-method' as const }
    result.features[0]!.notProbed = [operation, { ...operation, method: 'GET', path: '/pdf', reason: 'opted-out' }]
    const suites = parse(render(result, 'junit'))
    const suite = suites.testsuite![0]!
    const extra = suite.testcase.slice(LAYERS.length)
    expect(extra.map((c) => [c.classname, c.name])).toEqual([
      [`driftcheck.${suite.name}`, 'not probed: POST /api/v1/orders'],
      [`driftcheck.${suite.name}`, 'not probed: GET /pdf']
    ])
    expect(extra[0]!.skipped!.message).toBe(notProbedSentence(operation))
    expect(extra[1]!.skipped!.message).toBe('GET /pdf: `x-driftcheck-probe: false` on the operation')
    expect(Number(suite.tests)).toBe(LAYERS.length + 2)
    expect(Number(suite.skipped)).toBe(suite.testcase.filter((c) => c.skipped !== undefined).length)
    expect(Number(suites.tests)).toBe(result.features.length * LAYERS.length + 2)
    expect(Number(suites.skipped)).toBe(statusCount(result, 'skip') + 2)
  })
})
