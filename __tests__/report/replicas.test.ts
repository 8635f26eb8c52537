/** Per-replica facts in every format: one line (or row) per stale replica, the JSON contract, and honest words. */
import { describe, expect, it } from '@jest/globals'
import { XMLParser } from 'fast-xml-parser'
import { exitCodeForError, UsageError } from '../../src/core/errors.js'
import type { RunResult, ServiceResult } from '../../src/core/model.js'
import { explainService, serviceFreshness, staleReplicaLines } from '../../src/report/explain.js'
import { parseResult, render } from '../../src/report/index.js'
import { copyOf, loadFixture } from './fixtures.js'

const result = loadFixture('replicas')
const service = (name: string): ServiceResult => result.services.find((s) => s.name === name)!

function errorOf(mutate: (r: RunResult) => void): Error {
  const copy = copyOf(result)
  mutate(copy)
  try {
    parseResult(JSON.stringify(copy), 'result.json')
  } catch (error) {
    return error as Error
  }
  throw new Error('parseResult accepted it')
}

describe('the JSON contract: services[].replicas', () => {
  it('keeps every replica, keys in contract order, and nothing else', () => {
    const copy = copyOf(result)
    ;(copy.services[0]!.replicas![0] as unknown as Record<string, unknown>).internal = 'x'
    const json = JSON.parse(render(copy, 'json'))
    expect(json.services[0].replicas).toHaveLength(3)
    expect(Object.keys(json.services[0].replicas[2])).toEqual([
      'container',
      'image',
      'revision',
      'created',
      'stale',
      'judgedBy'
    ])
    expect(json.services[0].replicas[0].internal).toBeUndefined()
    // The existing fields stay: `stale` is true when any replica is stale, and they describe that replica.
    expect(json.services[0]).toMatchObject({
      stale: true,
      container: 'aibp_api_1',
      runningRevision: expect.any(String)
    })
  })

  it('keeps a fleet host when there is one', () => {
    const copy = copyOf(result)
    copy.services[0]!.replicas![2]!.host = 'ssh://deploy@node-2'
    expect(parseResult(render(copy, 'json'), 'r.json').services[0]!.replicas![2]!.host).toBe('ssh://deploy@node-2')
  })

  it.each([
    [
      'not an array',
      (r: RunResult) => (r.services[0]!.replicas = {} as never),
      /services\[0\]\.replicas is \{\}; expected an array$/
    ],
    [
      'a replica without a container',
      (r: RunResult) => delete (r.services[0]!.replicas![1] as { container?: string }).container,
      /services\[0\]\.replicas\[1\]\.container is missing \(a string\)$/
    ],
    [
      'a replica whose stale is not a boolean',
      (r: RunResult) => (r.services[0]!.replicas![2]!.stale = 'yes' as never),
      /services\[0\]\.replicas\[2\]\.stale is "yes"; expected true or false$/
    ],
    [
      'an unknown freshness basis',
      (r: RunResult) => (r.services[0]!.replicas![0]!.judgedBy = 'label' as never),
      /services\[0\]\.replicas\[0\]\.judgedBy is "label"; expected one of image-id, layers, revision-label, service-spec$/
    ]
  ])('rejects %s, in one line naming the field', (_what, mutate, message) => {
    const error = errorOf(mutate)
    expect(error).toBeInstanceOf(UsageError)
    expect(exitCodeForError(error)).toBe(2)
    expect(error.message).toMatch(message)
  })
})

describe('words for replicas', () => {
  it('counts the stale replicas of a service and names each on its own line', () => {
    expect(explainService(service('api'), result.revision, result.startedAt)).toBe(
      'api: 1 of 3 replicas runs an old image, not the one built from 4e1f0c2 (9c1e5b7d2a4f)'
    )
    expect(staleReplicaLines(service('api'), result.startedAt)).toEqual([
      'aibp_api_1 runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1)'
    ])
  })

  it('says "on all N replicas" when every replica is fresh, and has no replica lines then', () => {
    const api = structuredClone(service('api'))
    api.replicas = api.replicas!.map((r) => ({ ...r, image: api.builtImage!, revision: result.revision, stale: false }))
    Object.assign(api, { stale: false, runningImage: api.builtImage, runningRevision: result.revision })
    expect(explainService(api, result.revision, result.startedAt)).toBe(
      'api runs the image built from 4e1f0c2 (9c1e5b7d2a4f, revision 4e1f0c2) on all 3 replicas'
    )
    expect(staleReplicaLines(api, result.startedAt)).toEqual([])
  })

  it('names the host of a stale replica on a fleet', () => {
    const api = structuredClone(service('api'))
    api.replicas![2]!.host = 'node-2'
    expect(staleReplicaLines(api, result.startedAt)).toEqual([
      'aibp_api_1 on node-2 runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1)'
    ])
  })

  it('text: one line per stale replica, under its service', () => {
    const text = render(result, 'text')
    expect(text).toContain(
      '  stale  api: 1 of 3 replicas runs an old image, not the one built from 4e1f0c2 (9c1e5b7d2a4f)\n' +
        '         ↳ aibp_api_1 runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1)\n' +
        '  stale  worker: 1 of 2 replicas runs an old image'
    )
    expect(text.match(/↳/g)).toHaveLength(2)
  })

  it('markdown: a row per stale replica under the service row', () => {
    const markdown = render(result, 'markdown')
    expect(markdown).toContain(
      '| api | 9c1e5b7d2a4f | 3a7b9d1f2c4e | 0f3e2d1 | ⚠️ 1 of 3 replicas stale |\n' +
        '| ↳ aibp\\_api\\_1 |  | 3a7b9d1f2c4e | 0f3e2d1 | ⚠️ stale (running image built 3 days ago) |\n'
    )
    expect(markdown).not.toContain('aibp\\_api\\_2 |')
  })

  it('JUnit: the container case carries the stale replicas, also when the feature passes', () => {
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(render(result, 'junit'))
    const suites = xml.testsuites.testsuite as { name: string; testcase: { name: string; 'system-out'?: string }[] }[]
    const output = (feature: string) =>
      suites.find((s) => s.name === feature)!.testcase.find((c) => c.name === 'container')!['system-out']
    expect(output('workflow')).toContain('↳ aibp_api_1 runs an image built 3 days ago')
    expect(output('jobs')).toBe(
      'worker: 1 of 2 replicas runs an old image, not the one built from 4e1f0c2 (7e3a1c5b9d2f)\n' +
        '  ↳ aibp_worker_1 runs an image built 2 days ago (6f5e4d3c2b1a, no revision label)'
    )
    expect(output('legacy-page')).toBeUndefined()
  })

  it('SARIF: every stale replica is on record in the run properties', () => {
    const sarif = JSON.parse(render(result, 'sarif'))
    expect(sarif.runs[0].properties.staleReplicas.map((r: { container: string }) => r.container)).toEqual([
      'aibp_api_1',
      'aibp_worker_1'
    ])
    expect(JSON.parse(render(loadFixture('all-pass'), 'sarif')).runs[0].properties.staleReplicas).toBeUndefined()
  })
})

describe('honest words: no sentence claims what the evidence does not show', () => {
  it('an `image:` service without a revision label is not "built from HEAD"', () => {
    const sentence = explainService(service('legacy'), result.revision, result.startedAt)
    expect(sentence).toBe('legacy runs 5d2c8e4a6b0f (no revision label), the image it was checked against')
    expect(sentence).not.toMatch(/built from/)
  })

  it('without a revision label or a built image, freshness is unknown, not fresh', () => {
    expect(serviceFreshness(service('cron'))).toBe('unknown')
    expect(explainService(service('cron'), result.revision, result.startedAt)).toBe(
      'cron runs 8a9b0c1d2e3f (no revision label); nothing to compare it with — freshness unknown'
    )
    expect(render(result, 'text')).toContain('    ?    cron runs')
    expect(render(result, 'markdown')).toContain('| cron | — | 8a9b0c1d2e3f | — | unknown |')
  })

  it('the same content under another label says so, and is not "built from HEAD"', () => {
    const worker = structuredClone(service('worker'))
    worker.replicas = [worker.replicas![0]!]
    Object.assign(worker, {
      stale: false,
      runningImage: worker.replicas[0]!.image,
      runningRevision: worker.replicas[0]!.revision
    })
    expect(explainService(worker, result.revision, result.startedAt)).toBe(
      'worker runs 1b2c3d4e5f60 (revision 0f3e2d1), the same content as the image it was checked against (7e3a1c5b9d2f)'
    )
  })

  it('a result saved before replicas were reported reads as it did', () => {
    const fresh = loadFixture('all-pass').services[0]!
    expect(serviceFreshness(fresh)).toBe('fresh')
    expect(explainService(fresh, loadFixture('all-pass').revision, fresh.runningCreated!)).toBe(
      'api runs the image built from 4e1f0c2 (9c1e5b7d2a4f, revision 4e1f0c2)'
    )
  })
})
