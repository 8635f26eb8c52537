import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import type { FeatureResult } from '../../src/core/model.js'
import { explainFeature, explainService, faultItems, VERDICT_HINT } from '../../src/report/explain.js'
import { copyOf, loadFixture } from './fixtures.js'

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

describe('explainFeature', () => {
  it('says the seed incident in one sentence: fault line, the stale image, and the 404 the route answered', () => {
    const workflow = loadFixture('seed-incident').features[0]!
    expect(explainFeature(workflow)).toBe(
      'workflow: runtime-drift at container — api runs an old image (3a7b9d1f2c4e, built 3 days ago from 0f3e2d1), ' +
        'not the one built from 4e1f0c2: /app/dist/modules/workflow is missing; ' +
        'the route answered 404 (Route not found), expected 401 or 403; with credentials the route answered 404, expected 200'
    )
  })

  it('names the layer that could not be checked, and says so when nothing was checked at all', () => {
    const [, reports, nothing] = loadFixture('mixed-hostile').features
    expect(explainFeature(reports!)).toMatch(/^reports: error at container — could not reach the Docker engine on ssh:/)
    expect(explainFeature(nothing!)).toBe('nothing-configured: error — nothing was checked: every layer was skipped')
  })

  it('says which layers proved a passing feature', () => {
    const health = loadFixture('all-pass').features[1]!
    expect(explainFeature(health)).toBe('health: pass — source, route pass; artifact, container, auth skipped')
  })

  it('falls back to the status when a layer gave no summary, and keeps acronyms upper-case', () => {
    const feature = copyOf(loadFixture('seed-incident')).features[0]!
    feature.layers[2]!.evidence.summary = '  '
    feature.layers[3]!.evidence.summary = 'HTTP 404 from the proxy.'
    expect(explainFeature(feature)).toMatch(/— container failed; HTTP 404 from the proxy; with credentials/)
  })

  it('caps a runaway summary so one feature cannot swallow a report', () => {
    const feature = copyOf(loadFixture('seed-incident')).features[0]!
    feature.layers[2]!.evidence.summary = 'x'.repeat(10_000)
    expect(explainFeature(feature).length).toBeLessThan(1000)
  })

  it('is always one line without control characters, whatever the name and evidence hold', () => {
    const base = loadFixture('seed-incident').features[0]!
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, summary) => {
        const feature: FeatureResult = { ...structuredClone(base), name }
        feature.layers[2]!.evidence.summary = summary
        const sentence = explainFeature(feature)
        expect(sentence).not.toMatch(CONTROL)
        expect(sentence).toContain(': runtime-drift at container — ')
      })
    )
  })

  it('gives the DESIGN table cause as an actionable hint', () => {
    expect(VERDICT_HINT['runtime-drift']).toBe('an old image is still running: rebuild and recreate the service')
  })
})

describe('explainService', () => {
  const result = loadFixture('seed-incident')

  it('says a stale image plainly, its age measured from the run start (not from now)', () => {
    expect(explainService(result.services[0]!, result.revision, result.startedAt)).toBe(
      'api runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1), not the one built from 4e1f0c2 (9c1e5b7d2a4f)'
    )
  })

  it('calls a stale image of unknown age "an old image"', () => {
    const api = { ...result.services[0]!, runningCreated: null }
    expect(explainService(api, null, result.startedAt)).toBe(
      'api runs an old image (3a7b9d1f2c4e, revision 0f3e2d1), not the one built from this checkout (9c1e5b7d2a4f)'
    )
  })

  it('does not call a service fresh when its running container was never inspected', () => {
    const [edge, worker] = loadFixture('mixed-hostile').services
    expect(explainService(edge!, null, result.startedAt)).toBe(
      'api|edge: image built from this checkout (9c1e5b7d2a4f); no running container inspected'
    )
    expect(explainService(worker!, null, result.startedAt)).toBe('worker: not inspected')
  })
})

describe('faultItems', () => {
  const result = loadFixture('seed-incident')
  const context = { services: result.services, revision: result.revision, now: result.startedAt }

  it('gives each failing service and probe its own short line, fault line first, the stale image named', () => {
    const { items, leftOut } = faultItems(result.features[0]!, context)
    expect(items).toEqual([
      {
        layer: 'container',
        text:
          'api lacks /app/dist/modules/workflow — api runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1), ' +
          'not the one built from 4e1f0c2 (9c1e5b7d2a4f)'
      },
      {
        layer: 'route',
        text: 'GET https://api.example.com/api/v1/workflows/steps/definitions answered 404 Route not found, expected 401 or 403 (protected)'
      },
      {
        layer: 'auth',
        text:
          'GET https://api.example.com/api/v1/workflows/steps/definitions answered 404 {"error":"Route not found"}, ' +
          'expected status 200, body contains "close-books"'
      }
    ])
    expect(leftOut).toBe(0)
    // The passing dashboard probe and path are not items; a passing feature has none.
    expect(items.map((i) => i.text).join('\n')).not.toContain('dashboard')
    expect(faultItems(result.features[1]!, context)).toEqual({ items: [], leftOut: 0 })
  })

  it('one line per service in a path layer (missing and unchecked paths together), the summary when there is no check', () => {
    const feature = copyOf(result).features[0]!
    feature.layers[2]!.evidence.checks = [
      { target: '/a', service: 'api', status: 'fail', observed: 'ls: /a: No such file or directory' },
      { target: '/b', service: 'api', status: 'error', observed: 'Permission denied' },
      { target: '/c', service: 'worker', status: 'fail', observed: 'ls: /c: No such file or directory' },
      { target: '/d', service: 'worker', status: 'fail', observed: 'ls: /d: No such file or directory' },
      { target: '/e', service: 'dashboard', status: 'pass', observed: 'drwxr-xr-x /e' }
    ]
    feature.layers[3]!.evidence.checks = []
    const { items } = faultItems(feature)
    expect(items.map((i) => `${i.layer}: ${i.text}`)).toEqual([
      'container: api lacks /a; could not check /b: Permission denied',
      'container: worker lacks /c and /d',
      'route: the route answered 404 (Route not found), expected 401 or 403',
      'auth: GET https://api.example.com/api/v1/workflows/steps/definitions answered 404 {"error":"Route not found"}, expected status 200, body contains "close-books"'
    ])
  })

  it('cuts whole items, never words, and counts what it left out', () => {
    const feature = copyOf(result).features[0]!
    feature.layers[4]!.evidence.checks = Array.from({ length: 20 }, (_, i) => ({
      target: `GET https://api.example.com/x/${i}`,
      service: 'api',
      status: 'error' as const,
      observed: `the control probe answered the same ${'c2cffd8df9c2 '.repeat(40)}`
    }))
    const { items, leftOut } = faultItems(feature, {}, 4)
    expect(items).toHaveLength(4)
    expect(leftOut).toBe(1 + 1 + 20 - 4)
    // The probe layer's own sentence for a probe, when it wrote one, is the item.
    feature.layers[4]!.evidence.checks[0]!.summary = 'GET /x/0 answered 401, and so does a path that cannot exist'
    expect(faultItems(feature, {}, 3).items[2]!.text).toBe(
      'GET /x/0 answered 401, and so does a path that cannot exist'
    )
    const long = items.at(-1)!.text
    expect(long).toMatch(/ c2cffd8df9c2 …$/)
    expect([...long].length).toBeLessThanOrEqual(320)
  })

  it('never cuts inside a word, whatever the evidence holds', () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,30}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 120 }), (words) => {
        const feature = copyOf(result).features[0]!
        const observed = words.join(' ')
        feature.layers[2]!.evidence.checks = [{ target: '/x', service: 'api', status: 'error', observed }]
        const text = faultItems(feature).items[0]!.text
        const shown = text.replace(/ …$/, '').replace(/^api could not check \/x: /, '')
        if (text.endsWith(' …')) expect(observed.startsWith(shown + ' ')).toBe(true)
        else expect(shown).toBe(observed)
      })
    )
  })
})

describe('explainFeature, shortened', () => {
  it('cuts a runaway clause at a word, not mid-word ("not c2cffd8df9c2 just buil…")', () => {
    const feature = copyOf(loadFixture('seed-incident')).features[0]!
    const stale = 'api runs an image built 3 days ago from 0f3e2d1 (32efee6247a1, not c2cffd8df9c2 just built) — stale'
    feature.layers[2]!.evidence.summary = Array.from({ length: 5 }, () => stale).join('; ')
    const sentence = explainFeature(feature)
    const head = 'workflow: runtime-drift at container — '
    expect(sentence.startsWith(head)).toBe(true)
    const [clause] = sentence.slice(head.length).split(' …; the route answered 404')
    expect(sentence).toContain(' …; the route answered 404')
    expect(feature.layers[2]!.evidence.summary.startsWith(clause + ' ')).toBe(true)
  })

  it('says how many failing layers it left out', () => {
    const feature = copyOf(loadFixture('seed-incident')).features[0]!
    feature.faultLine = 'artifact'
    feature.verdict = 'build-drift'
    feature.layers[1]!.status = 'fail'
    expect(explainFeature(feature)).toMatch(/; and 1 more failing layer$/)
  })
})
