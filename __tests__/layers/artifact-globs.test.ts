/** Artifact globs in the artifact and container layers (the judging in layers/paths.ts), against a plain fake engine. */
import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig } from '../../src/core/config.js'
import type { PathListing, RunningContainer } from '../../src/core/ports.js'
import { runArtifactLayer } from '../../src/layers/artifact.js'
import { runContainerLayer } from '../../src/layers/container.js'
import { pathChecks } from '../../src/layers/paths.js'
import { FakeDocker } from '../adapters/docker.fake.js'

const BUNDLE = '/app/frontend/dist/assets/index-*.js'
const ASSETS = '/app/frontend/dist/assets'
const feature = (name: string, artifact: Record<string, string[]>): FeatureConfig => ({
  name,
  source: [],
  artifact,
  routes: [],
  auth: []
})
const images = new Map<string, { ref: string } | { error: string }>([['web', { ref: 'aibp-web:HEAD' }]])
const artifact = (filesystem: string[], features: FeatureConfig[]) =>
  runArtifactLayer({ features, images, docker: new FakeDocker({ filesystems: { 'aibp-web:HEAD': filesystem } }) })

describe('artifact layer: globs', () => {
  it('a hashed bundle: pass, the check keeps the pattern and names the file it matched', async () => {
    const results = await artifact(
      [`${ASSETS}/index-3f9a1c.js`, `${ASSETS}/index-3f9a1c.css`, `${ASSETS}/vendor-77aa01.js`],
      [feature('frontend', { web: [BUNDLE] })]
    )
    const result = results.get('frontend')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(`${BUNDLE} is in the web image; index-*.js matched index-3f9a1c.js`)
    expect(result.evidence.checks).toEqual([
      {
        service: 'web',
        target: BUNDLE,
        status: 'pass',
        expected: 'exists',
        observed: `-rw-r--r-- 1 0 0 3 Nov 25 08:23 ${ASSETS}/index-3f9a1c.js`,
        matched: [`${ASSETS}/index-3f9a1c.js`]
      }
    ])
  })

  it('a glob that matches nothing: fail, naming the pattern', async () => {
    const results = await artifact([`${ASSETS}/main.js`], [feature('frontend', { web: [BUNDLE] })])
    const result = results.get('frontend')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(`the web image lacks ${BUNDLE} (no match)`)
    expect(result.evidence.checks![0]).toMatchObject({
      target: BUNDLE,
      status: 'fail',
      observed: `nothing in ${ASSETS} matches index-*.js`,
      matched: []
    })
  })

  it('a glob that matches several: pass, naming every match', async () => {
    const results = await artifact(
      [`${ASSETS}/index-77aa01.js`, `${ASSETS}/index-3f9a1c.js`],
      [feature('frontend', { web: [BUNDLE] })]
    )
    const result = results.get('frontend')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe(
      `${BUNDLE} is in the web image; index-*.js matched 2: index-3f9a1c.js and index-77aa01.js`
    )
    expect(result.evidence.checks![0]!.matched).toEqual([`${ASSETS}/index-3f9a1c.js`, `${ASSETS}/index-77aa01.js`])
    expect(result.evidence.checks![0]!.observed).toBe(
      `2 matches: -rw-r--r-- 1 0 0 3 Nov 25 08:23 ${ASSETS}/index-3f9a1c.js; -rw-r--r-- 1 0 0 3 Nov 25 08:23 ${ASSETS}/index-77aa01.js`
    )
  })

  it('the glob directory is missing: fail, saying so', async () => {
    const results = await artifact(['/app/other'], [feature('frontend', { web: [BUNDLE] })])
    expect(results.get('frontend')!.evidence.checks![0]!.observed).toBe(`${ASSETS}: No such file or directory`)
  })

  it('ONE listing per image for the literal paths and globs of every feature; the listing is a shared step', async () => {
    const docker = new FakeDocker({ filesystems: { 'aibp-web:HEAD': [`${ASSETS}/index-3f9a1c.js`, '/app/x'] } })
    const features = [feature('frontend', { web: [BUNDLE, '/app/x'] }), feature('other', { web: ['/app/x'] })]
    const results = await runArtifactLayer({ features, images, docker })
    expect(docker.calls).toEqual([{ op: 'image', target: 'aibp-web:HEAD', paths: [BUNDLE, '/app/x'] }])
    const [a, b] = [results.get('frontend')!, results.get('other')!]
    expect(a.status).toBe('pass')
    expect(b.status).toBe('pass')
    expect(a.shared).toEqual([
      {
        layer: 'artifact',
        service: 'web',
        target: 'aibp-web:HEAD',
        status: 'pass',
        observed: 'listed 2 path(s) via ls',
        durationMs: expect.any(Number)
      }
    ])
    // The same step, not another one: reports count its time once.
    expect(b.shared).toEqual(a.shared)
  })
})

describe('pathChecks: a listing that does not answer for a glob', () => {
  const listing = (extra: Partial<PathListing>): PathListing => ({ method: 'ls', commands: [], entries: [], ...extra })

  it('its directory not in the listing is an error, never a pass or a fail', () => {
    expect(pathChecks('web', [BUNDLE], listing({}))[0]).toMatchObject({
      status: 'error',
      observed: `${ASSETS} is not in the listing`
    })
  })

  it('says when the archive API was used', () => {
    const directories = [
      { path: ASSETS, exists: true, detail: '', entries: [{ name: 'index-1.js', detail: `- ${ASSETS}/index-1.js` }] }
    ]
    expect(pathChecks('web', [BUNDLE], listing({ method: 'archive', directories }))[0]!.observed).toBe(
      `- ${ASSETS}/index-1.js (read through the archive API)`
    )
  })
})

describe('container layer: globs', () => {
  const running: RunningContainer = {
    id: 'c1',
    name: 'aibp-web-1',
    imageId: 'sha256:web',
    imageRef: 'aibp-web',
    state: 'running',
    startedAt: null
  }
  const run = (filesystem: string[], more: Record<string, string[]> = {}) => {
    const docker = new FakeDocker({ filesystems: { 'aibp-web-1': filesystem, ...more } })
    const replicas = [running, ...Object.keys(more).map((name) => ({ ...running, id: name, name }))]
    return runContainerLayer({
      features: [feature('frontend', { web: [BUNDLE] })],
      containers: new Map([['web', replicas.map((container) => ({ host: null, container, docker }))]]),
      built: new Map(),
      revision: null,
      project: 'aibp'
    })
  }

  it('a hashed bundle in the running container: pass, naming the file', async () => {
    const result = (await run([`${ASSETS}/index-3f9a1c.js`])).features.get('frontend')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toMatch(
      new RegExp(
        `^${BUNDLE.replace(/[*.]/g, '\\$&')} is in the running web container \\(aibp-web-1\\); index-\\*\\.js matched index-3f9a1c\\.js; `
      )
    )
    expect(result.evidence.checks![0]!.matched).toEqual([`${ASSETS}/index-3f9a1c.js`])
    expect(result.shared).toEqual([
      {
        layer: 'container',
        service: 'web',
        target: 'aibp-web-1',
        status: 'pass',
        observed: 'listed via ls',
        durationMs: expect.any(Number)
      }
    ])
  })

  it('replicas that serve different bundles: each named, and all they matched in `matched`', async () => {
    const result = (
      await run([`${ASSETS}/index-3f9a1c.js`], { 'aibp-web-2': [`${ASSETS}/index-0ld000.js`] })
    ).features.get('frontend')!
    expect(result.status).toBe('pass')
    expect(result.evidence.checks![0]!.matched).toEqual([`${ASSETS}/index-0ld000.js`, `${ASSETS}/index-3f9a1c.js`])
    expect(result.evidence.checks![0]!.observed).toMatch(
      / — in all 2 replicas \(the replicas match differently: aibp-web-1: index-3f9a1c\.js; aibp-web-2: index-0ld000\.js\)$/
    )
    expect(result.evidence.summary).toContain('index-*.js matched 2: index-0ld000.js and index-3f9a1c.js')
    // Both replicas' listings are one shared step of the service.
    expect(result.shared).toMatchObject([{ layer: 'container', service: 'web', target: 'aibp-web-1, aibp-web-2' }])
  })

  it('an old bundle only (the running container was not rebuilt): fail, naming the pattern', async () => {
    const result = (await run([`${ASSETS}/main-0ld.js`])).features.get('frontend')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(`the running web container (aibp-web-1) lacks ${BUNDLE} (no match)`)
  })
})
