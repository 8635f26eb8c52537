import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig } from '../../src/core/config.js'
import type { BuiltImage, ImageInfo, RunningContainer } from '../../src/core/ports.js'
import { sameCommit } from '../../src/core/revision.js'
import { runContainerLayer } from '../../src/layers/container.js'
import { describeStaleness, judgeFreshness } from '../../src/layers/staleness.js'
import { humanAge, shortImageId as shortId, shortRevision as shortSha } from '../../src/core/units.js'
import { FakeDocker } from '../adapters/docker.fake.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const NOW = new Date('2026-11-25T12:00:00Z')
const THREE_DAYS_AGO = '2026-11-22T11:00:00.000Z'
const WORKFLOW = '/app/dist/modules/workflow'

function feature(name: string, artifact: Record<string, string[]>): FeatureConfig {
  return { name, source: [], artifact, routes: [], auth: [] }
}

function container(name: string, imageId: string): RunningContainer {
  return { id: `${name}-id`, name, imageId, imageRef: 'aibp-api', state: 'running', startedAt: THREE_DAYS_AGO }
}

/** Each image ID has its own content unless `layers` says otherwise (labels live in the config, not the layers). */
function image(id: string, revision: string | null, created = THREE_DAYS_AGO, layers = layersOf(id)): ImageInfo {
  const labels: Record<string, string> = revision ? { 'org.opencontainers.image.revision': revision } : {}
  return { id, created, revision, labels, tags: [], layers }
}

function built(service: string, id: string, revision: string | null = HEAD, layers = layersOf(id)): BuiltImage {
  return { service, ref: `aibp-${service}`, id, revision, created: NOW.toISOString(), layers }
}

function layersOf(id: string): string[] {
  return ['sha256:base', `sha256:content-of-${id}`]
}

const workflow = feature('workflow', { api: [WORKFLOW] })

function run(setup: {
  features?: FeatureConfig[]
  /** null: none runs; one container, or every replica. */
  containers: [string, RunningContainer | RunningContainer[] | null | { error: string }][]
  filesystems?: Record<string, string[] | Error>
  images?: Record<string, ImageInfo>
  built?: BuiltImage[]
  revision?: string | null
  project?: string
}) {
  const docker = new FakeDocker({ filesystems: setup.filesystems, images: setup.images })
  const promise = runContainerLayer({
    features: setup.features ?? [workflow],
    containers: new Map(
      setup.containers.map(([service, found]) => {
        const list = found === null ? [] : Array.isArray(found) ? found : 'error' in found ? found : [found]
        const replicas = Array.isArray(list) ? list.map((container) => ({ host: null, container, docker })) : list
        return [service, replicas]
      })
    ),
    built: new Map((setup.built ?? []).map((b) => [b.service, b])),
    revision: setup.revision === undefined ? HEAD : setup.revision,
    project: setup.project ?? 'aibp',
    now: NOW
  })
  return { docker, promise }
}

describe('runContainerLayer', () => {
  it('the incident: paths missing in a stale container → fail, and the summary leads with the stale image', async () => {
    const { promise } = run({
      containers: [['api', container('aibp-api-1', 'sha256:old0000000000000')]],
      filesystems: { 'aibp-api-1': ['/app/dist/modules/billing'] },
      images: { 'sha256:old0000000000000': image('sha256:old0000000000000', OLD) },
      built: [built('api', 'sha256:new1111111111111')]
    })
    const { features, services } = await promise
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      'api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale; the running api container (aibp-api-1) lacks /app/dist/modules/workflow'
    )
    expect(result.evidence.checks).toEqual([
      { service: 'api', target: WORKFLOW, status: 'fail', expected: 'exists', observed: 'No such file or directory' }
    ])
    expect(result.evidence.commands).toEqual([`docker exec aibp-api-1 ls -ld -- ${WORKFLOW}`])
    expect(services).toEqual([
      {
        name: 'api',
        builtImage: 'sha256:new1111111111111',
        runningImage: 'sha256:old0000000000000',
        runningRevision: OLD,
        stale: true,
        runningCreated: THREE_DAYS_AGO,
        container: 'aibp-api-1',
        replicas: [
          {
            container: 'aibp-api-1',
            image: 'sha256:old0000000000000',
            revision: OLD,
            created: THREE_DAYS_AGO,
            stale: true,
            judgedBy: 'layers'
          }
        ]
      }
    ])
  })

  it('paths present in a stale container: the layer passes, the summary and the ServiceResult still say stale', async () => {
    const { promise } = run({
      containers: [['api', container('aibp-api-1', 'sha256:old0000000000000')]],
      filesystems: { 'aibp-api-1': [WORKFLOW] },
      images: { 'sha256:old0000000000000': image('sha256:old0000000000000', OLD) },
      built: [built('api', 'sha256:new1111111111111')]
    })
    const { features, services } = await promise
    expect(features.get('workflow')!.status).toBe('pass')
    expect(features.get('workflow')!.evidence.summary).toBe(
      `${WORKFLOW} is in the running api container (aibp-api-1); api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale`
    )
    expect(services[0]!.stale).toBe(true)
  })

  it('paths present in the image just built: pass, up to date', async () => {
    const { promise } = run({
      containers: [['api', container('aibp-api-1', 'sha256:new1111111111111')]],
      filesystems: { 'aibp-api-1': [WORKFLOW] },
      images: { 'sha256:new1111111111111': image('sha256:new1111111111111', HEAD, '2026-11-25T11:55:00Z') },
      built: [built('api', 'sha256:new1111111111111')]
    })
    const { features, services } = await promise
    expect(features.get('workflow')!.evidence.summary).toBe(
      `${WORKFLOW} is in the running api container (aibp-api-1); api runs an image built 5 minutes ago from 9f8e7d6, the image just built (new111111111) — up to date`
    )
    expect(services[0]).toMatchObject({ stale: false, runningRevision: HEAD })
  })

  it('missing paths in an up-to-date container: fail without blaming staleness', async () => {
    const { promise } = run({
      containers: [['api', container('aibp-api-1', 'sha256:new1111111111111')]],
      filesystems: { 'aibp-api-1': [] },
      images: { 'sha256:new1111111111111': image('sha256:new1111111111111', HEAD) },
      built: [built('api', 'sha256:new1111111111111')]
    })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(`the running api container (aibp-api-1) lacks ${WORKFLOW}`)
  })

  it('no running container → fail naming the service and the compose project', async () => {
    const { promise, docker } = run({ containers: [['api', null]] })
    const { features, services } = await promise
    expect(features.get('workflow')).toMatchObject({
      status: 'fail',
      evidence: { summary: 'no running container for service api (compose project aibp)' }
    })
    expect(docker.calls).toEqual([])
    expect(services).toEqual([
      {
        name: 'api',
        builtImage: null,
        runningImage: null,
        runningRevision: null,
        stale: false,
        runningCreated: null,
        container: null,
        replicas: []
      }
    ])
  })

  it('without a compose project, the sentence does not name one', async () => {
    const { promise } = run({ containers: [['api', null]], project: '' })
    expect((await promise).features.get('workflow')!.evidence.summary).toBe('no running container for service api')
  })

  it.each([
    [
      'the lookup failed',
      { error: 'Docker engine unreachable (ssh://deploy@infra:22): Cannot connect' },
      undefined,
      /^could not find the api container: Docker engine unreachable/
    ],
    [
      'the listing failed',
      container('aibp-api-1', 'sha256:x'),
      new Error('container aibp-api-1 is not running'),
      /^could not list the running api container \(aibp-api-1\): container aibp-api-1 is not running$/
    ]
  ])('error, never pass, when %s', async (_name, found, listingError, summary) => {
    const { promise } = run({
      containers: [['api', found as RunningContainer | { error: string }]],
      filesystems: listingError ? { 'aibp-api-1': listingError } : {}
    })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toMatch(summary)
    expect(result.evidence.checks!.every((c) => c.status === 'error')).toBe(true)
  })

  it('lists each running container ONCE with every path of every feature, and inspects its image', async () => {
    const { promise, docker } = run({
      features: [
        workflow,
        feature('billing', { api: ['/app/dist/modules/billing', WORKFLOW], web: ['/www'] }),
        feature('docs', {})
      ],
      containers: [
        ['api', container('aibp-api-1', 'sha256:a')],
        ['web', container('aibp-web-1', 'sha256:w')],
        ['db', container('aibp-db-1', 'sha256:d')]
      ],
      filesystems: { 'aibp-api-1': [WORKFLOW, '/app/dist/modules/billing'], 'aibp-web-1': ['/www'] }
    })
    const { features, services } = await promise
    const listings = docker.calls.filter((c) => c.op === 'container')
    expect(listings).toEqual([
      { op: 'container', target: 'aibp-api-1', paths: [WORKFLOW, '/app/dist/modules/billing'] },
      { op: 'container', target: 'aibp-web-1', paths: ['/www'] }
    ])
    expect(
      docker.calls
        .filter((c) => c.op === 'inspectImage')
        .map((c) => c.target)
        .sort()
    ).toEqual(['sha256:a', 'sha256:d', 'sha256:w'])
    expect(features.get('billing')!.status).toBe('pass')
    expect(features.get('docs')).toMatchObject({
      status: 'skip',
      evidence: { summary: 'no artifact paths configured' }
    })
    expect(services.map((s) => s.name)).toEqual(['api', 'web', 'db'])
  })

  it('a service nobody looked up is an error', async () => {
    const { promise } = run({ containers: [] })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toBe('the api container was not looked up')
  })
})

describe('runContainerLayer with replicas (compose up --scale, or one left behind by a partial recreate)', () => {
  const FRESH = 'sha256:new1111111111111'
  const STALE = 'sha256:old0000000000000'
  const images = {
    [FRESH]: image(FRESH, HEAD, '2026-11-25T11:55:00Z'),
    [STALE]: image(STALE, OLD)
  }
  const replicas = (...ids: string[]) => ids.map((id, i) => container(`aibp_api_${ids.length - i}`, id))

  it('one stale replica of three lacks the path: fail, that replica named; the check says how many lack it', async () => {
    const { promise, docker } = run({
      containers: [['api', replicas(FRESH, FRESH, STALE)]],
      filesystems: { aibp_api_3: [WORKFLOW], aibp_api_2: [WORKFLOW], aibp_api_1: [] },
      images,
      built: [built('api', FRESH)]
    })
    const { features, services } = await promise
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      `1 of 3 api replicas (aibp_api_1) runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale; the running api container (aibp_api_1) lacks ${WORKFLOW}`
    )
    expect(result.evidence.checks).toEqual([
      {
        service: 'api',
        target: WORKFLOW,
        status: 'fail',
        expected: 'exists',
        observed: 'No such file or directory — in 1 of 3 replicas (aibp_api_1)'
      }
    ])
    // One exec per replica, in parallel; one inspect per distinct image.
    expect(docker.calls.filter((c) => c.op === 'container').map((c) => c.target)).toEqual([
      'aibp_api_3',
      'aibp_api_2',
      'aibp_api_1'
    ])
    expect(docker.maxInFlight).toBe(3)
    expect(docker.calls.filter((c) => c.op === 'inspectImage').map((c) => c.target)).toEqual([FRESH, STALE])
    expect(result.evidence.commands).toHaveLength(3)
    expect(services[0]).toMatchObject({
      stale: true,
      runningImage: STALE,
      runningRevision: OLD,
      container: 'aibp_api_1'
    })
    expect(services[0]!.replicas).toEqual([
      {
        container: 'aibp_api_3',
        image: FRESH,
        revision: HEAD,
        created: '2026-11-25T11:55:00Z',
        stale: false,
        judgedBy: 'image-id'
      },
      {
        container: 'aibp_api_2',
        image: FRESH,
        revision: HEAD,
        created: '2026-11-25T11:55:00Z',
        stale: false,
        judgedBy: 'image-id'
      },
      { container: 'aibp_api_1', image: STALE, revision: OLD, created: THREE_DAYS_AGO, stale: true, judgedBy: 'layers' }
    ])
  })

  it('every replica fresh and with the path: pass, all of them named, one sentence for the image they share', async () => {
    const { promise } = run({
      containers: [['api', replicas(FRESH, FRESH, FRESH)]],
      filesystems: { aibp_api_3: [WORKFLOW], aibp_api_2: [WORKFLOW], aibp_api_1: [WORKFLOW] },
      images,
      built: [built('api', FRESH)]
    })
    const { features, services } = await promise
    const result = features.get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(
      `${WORKFLOW} is in all 3 running api containers (aibp_api_3, aibp_api_2, aibp_api_1); all 3 api replicas run an image built 5 minutes ago from 9f8e7d6, the image just built (new111111111) — up to date`
    )
    expect(result.evidence.checks![0]).toMatchObject({
      status: 'pass',
      observed: expect.stringMatching(/— in all 3 replicas$/)
    })
    expect(services[0]).toMatchObject({ stale: false, container: 'aibp_api_3' })
    expect(services[0]!.replicas!.every((r) => !r.stale)).toBe(true)
  })

  it("a stale replica that still has every path: the paths pass (today's rule), the stale replica is said and the service is stale", async () => {
    const { promise } = run({
      containers: [['api', replicas(FRESH, FRESH, STALE)]],
      filesystems: { aibp_api_3: [WORKFLOW], aibp_api_2: [WORKFLOW], aibp_api_1: [WORKFLOW] },
      images,
      built: [built('api', FRESH)]
    })
    const { features, services } = await promise
    expect(features.get('workflow')!.status).toBe('pass')
    expect(features.get('workflow')!.evidence.summary).toBe(
      `${WORKFLOW} is in all 3 running api containers (aibp_api_3, aibp_api_2, aibp_api_1); ` +
        '2 of 3 api replicas (aibp_api_3, aibp_api_2) run an image built 5 minutes ago from 9f8e7d6, the image just built (new111111111) — up to date; ' +
        '1 of 3 api replicas (aibp_api_1) runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale'
    )
    expect(services[0]).toMatchObject({ stale: true, container: 'aibp_api_1', runningImage: STALE })
  })

  it('a fresh replica lacking the path fails the feature too (not only stale ones)', async () => {
    const { promise } = run({
      containers: [['api', replicas(FRESH, FRESH)]],
      filesystems: { aibp_api_2: [WORKFLOW], aibp_api_1: [] },
      images,
      built: [built('api', FRESH)]
    })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(`the running api container (aibp_api_1) lacks ${WORKFLOW}`)
  })

  it('one replica that cannot be listed: error naming it, never pass on the others alone', async () => {
    const { promise } = run({
      containers: [['api', replicas(FRESH, FRESH)]],
      filesystems: { aibp_api_2: [WORKFLOW], aibp_api_1: new Error('container aibp_api_1 is not running') },
      images,
      built: [built('api', FRESH)]
    })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toBe(
      'could not list the running api container (aibp_api_1): container aibp_api_1 is not running'
    )
    expect(result.evidence.checks).toEqual([
      {
        service: 'api',
        target: WORKFLOW,
        status: 'error',
        expected: 'exists',
        observed:
          'could not list the running api container (aibp_api_1): container aibp_api_1 is not running — in 1 of 2 replicas (aibp_api_1)'
      }
    ])
  })

  it('a replica lacking the path outranks another that could not be listed: fail', async () => {
    const { promise } = run({
      containers: [['api', replicas(FRESH, STALE)]],
      filesystems: { aibp_api_2: new Error('gone'), aibp_api_1: [] },
      images,
      built: [built('api', FRESH)]
    })
    const result = (await promise).features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toMatch(
      /^1 of 2 api replicas \(aibp_api_1\) runs .* — stale; the running api container \(aibp_api_1\) lacks/
    )
  })
})

describe('describeStaleness', () => {
  const base = { service: 'api', runningImageId: 'sha256:old0000000000000', revision: HEAD, now: NOW }
  it.each([
    [
      'same image ID as the fresh build',
      {
        ...base,
        runningImageId: 'sha256:new1111111111111',
        running: image('sha256:new1111111111111', HEAD),
        built: built('api', 'sha256:new1111111111111')
      },
      false,
      'api runs an image built 3 days ago from 9f8e7d6, the image just built (new111111111) — up to date'
    ],
    [
      'other commit',
      { ...base, running: image('sha256:old0000000000000', OLD), built: built('api', 'sha256:new1111111111111') },
      true,
      'api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale'
    ],
    [
      'other commit, no fresh build',
      { ...base, running: image('sha256:old0000000000000', OLD) },
      true,
      'api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale'
    ],
    [
      "other content with HEAD's revision label (new ID, other layers): stale, the label does not decide",
      {
        ...base,
        running: image('sha256:old0000000000000', HEAD.slice(0, 7)),
        built: built('api', 'sha256:new1111111111111')
      },
      true,
      'api runs an image built 3 days ago from 9f8e7d6, but its layers differ from the image just built (old000000000, not new111111111) — stale'
    ],
    [
      'the same content with another revision label (a plain rebuild, another commit): fresh',
      {
        ...base,
        running: image('sha256:old0000000000000', OLD, THREE_DAYS_AGO, layersOf('sha256:new1111111111111')),
        built: built('api', 'sha256:new1111111111111')
      },
      false,
      'api runs an image built 3 days ago from a1b2c3d, the same content as the image just built (new111111111) — up to date'
    ],
    [
      'the same content without a revision label (plain `docker compose build`): fresh',
      {
        ...base,
        running: image('sha256:old0000000000000', null, THREE_DAYS_AGO, layersOf('sha256:new1111111111111')),
        built: built('api', 'sha256:new1111111111111')
      },
      false,
      'api runs an image built 3 days ago without a revision label, the same content as the image just built (new111111111) — up to date'
    ],
    [
      "HEAD's label and no layers to compare (nothing built): the label decides",
      { ...base, running: image('sha256:old0000000000000', HEAD) },
      false,
      'api runs an image built 3 days ago from 9f8e7d6 (HEAD) — up to date'
    ],
    [
      'no layers known for the build (an older state file): the revision label decides',
      {
        ...base,
        running: image('sha256:old0000000000000', HEAD),
        built: built('api', 'sha256:new1111111111111', HEAD, [])
      },
      false,
      'api runs an image built 3 days ago from 9f8e7d6 (HEAD) — up to date'
    ],
    [
      'an `image:` service running its configured image without a revision label: never "just built"',
      {
        ...base,
        runningImageId: 'sha256:new1111111111111',
        running: image('sha256:new1111111111111', null),
        built: { ...built('api', 'sha256:new1111111111111', null), configured: true }
      },
      false,
      'api runs an image built 3 days ago without a revision label, the configured image (new111111111) — up to date'
    ],
    [
      'an `image:` service running another image than the configured one',
      {
        ...base,
        running: image('sha256:old0000000000000', null),
        built: { ...built('api', 'sha256:new1111111111111'), configured: true }
      },
      true,
      'api runs an image built 3 days ago without a revision label (old000000000, not the configured new111111111) — stale'
    ],
    [
      'no revision label and nothing built: freshness unknown, never "built from HEAD"',
      { ...base, running: image('sha256:old0000000000000', null) },
      false,
      'api runs an image built 3 days ago without a revision label; nothing to compare it with — freshness unknown'
    ],
    [
      'no revision label, another image than the fresh build',
      { ...base, running: image('sha256:old0000000000000', null), built: built('api', 'sha256:new1111111111111') },
      true,
      'api runs an image built 3 days ago without a revision label (old000000000, not new111111111 just built) — stale'
    ],
    [
      'nothing to compare with',
      { ...base, revision: null, running: image('sha256:old0000000000000', OLD) },
      false,
      'api runs an image built 3 days ago from a1b2c3d; nothing to compare it with — freshness unknown'
    ],
    [
      'the running image could not be inspected',
      { ...base, running: null, built: built('api', 'sha256:new1111111111111') },
      true,
      'api runs an image that could not be inspected (old000000000, not new111111111 just built) — stale'
    ]
  ])('%s', (_name, input, stale, sentence) => {
    expect(describeStaleness(input)).toEqual({ stale, sentence })
    expect(judgeFreshness(input).stale).toBe(stale)
  })

  it.each([
    ['same image ID', 'sha256:new', image('sha256:new', OLD), built('api', 'sha256:new'), 'image-id', false],
    [
      'same layers',
      'sha256:old',
      image('sha256:old', null, THREE_DAYS_AGO, layersOf('sha256:new')),
      built('api', 'sha256:new'),
      'layers',
      false
    ],
    ['other layers, HEAD label', 'sha256:old', image('sha256:old', HEAD), built('api', 'sha256:new'), 'layers', true],
    ['nothing built, HEAD label', 'sha256:old', image('sha256:old', HEAD), undefined, 'revision-label', false],
    ['nothing built, old label', 'sha256:old', image('sha256:old', OLD), undefined, 'revision-label', true],
    ['not inspected, something built', 'sha256:old', null, built('api', 'sha256:new'), 'image-id', true],
    ['nothing built, no label', 'sha256:old', image('sha256:old', null), undefined, null, false]
  ])('judgeFreshness: %s → judged by %s', (_name, runningImageId, running, builtImage, judgedBy, stale) => {
    expect(judgeFreshness({ runningImageId, running, built: builtImage, revision: HEAD })).toEqual({
      stale,
      judgedBy
    })
  })

  // A build here for a remote target: another machine's build of one commit has other layers (file times), so across engines
  // only the same ID or the revision label can say anything.
  it.each([
    ['other engine, same ID (shipped from here)', 'sha256:new', image('sha256:new', OLD), 'image-id', false],
    ['other engine, other layers, HEAD label', 'sha256:old', image('sha256:old', HEAD), 'revision-label', false],
    ['other engine, other layers, old label', 'sha256:old', image('sha256:old', OLD), 'revision-label', true],
    ['other engine, no label', 'sha256:old', image('sha256:old', null), null, false]
  ])('judgeFreshness across engines: %s → judged by %s', (_name, runningImageId, running, judgedBy, stale) => {
    const input = { runningImageId, running, built: built('api', 'sha256:new'), revision: HEAD, sameEngine: false }
    expect(judgeFreshness(input)).toEqual({ stale, judgedBy })
  })

  it.each([
    [0, 'just now'],
    [-5_000, 'just now'],
    [42_000, '42 seconds ago'],
    [60_000, '1 minute ago'],
    [5 * 60_000, '5 minutes ago'],
    [3_600_000, '1 hour ago'],
    [36 * 3_600_000, '36 hours ago'],
    [3 * 86_400_000, '3 days ago'],
    [Number.NaN, 'at an unknown time']
  ])('humanAge(%d) = %s', (ms, expected) => {
    expect(humanAge(ms)).toBe(expected)
  })

  it.each([
    [HEAD, '9f8e7d6'],
    ['9f8e7d6', '9f8e7d6'],
    ['v1.2.3', 'v1.2.3']
  ])('shortSha(%s) = %s', (sha, expected) => {
    expect(shortSha(sha)).toBe(expected)
  })

  it.each([
    [HEAD, HEAD.slice(0, 7), true],
    [HEAD.toUpperCase(), HEAD, true],
    [HEAD, OLD, false],
    [HEAD, '9f8e7d', false],
    ['v1', 'v1', true]
  ])('sameCommit(%s, %s) = %s', (a, b, expected) => {
    expect(sameCommit(a, b)).toBe(expected)
  })

  it('shortId', () => expect(shortId('sha256:32efee6247a1661d20b8')).toBe('32efee6247a1'))
})
