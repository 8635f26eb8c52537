import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import type { FeatureResult } from '../../src/core/model.js'
import { explainFeature, explainService, VERDICT_HINT } from '../../src/report/explain.js'
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
