import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig } from '../../src/core/config.js'
import { InfraError } from '../../src/core/errors.js'
import { runArtifactLayer } from '../../src/layers/artifact.js'
import { FakeDocker } from '../adapters/docker.fake.js'

function feature(name: string, artifact: Record<string, string[]>): FeatureConfig {
  return { name, source: [], artifact, routes: [], auth: [] }
}

const workflow = feature('workflow', { api: ['/app/dist/modules/workflow'], dashboard: ['/www/pages/Workflow.html'] })
const billing = feature('billing', { api: ['/app/dist/modules/billing', '/app/dist/modules/workflow'] })
const images = new Map<string, { ref: string } | { error: string }>([
  ['api', { ref: 'aibp-api:HEAD' }],
  ['dashboard', { ref: 'aibp-dashboard:HEAD' }]
])

describe('runArtifactLayer', () => {
  it('lists each image ONCE with every path of every feature (deduplicated), all images concurrently', async () => {
    const docker = new FakeDocker({
      filesystems: {
        'aibp-api:HEAD': ['/app/dist/modules/workflow', '/app/dist/modules/billing'],
        'aibp-dashboard:HEAD': ['/www/pages/Workflow.html']
      }
    })
    const results = await runArtifactLayer({ features: [workflow, billing], images, docker })
    expect(docker.calls).toEqual([
      { op: 'image', target: 'aibp-api:HEAD', paths: ['/app/dist/modules/workflow', '/app/dist/modules/billing'] },
      { op: 'image', target: 'aibp-dashboard:HEAD', paths: ['/www/pages/Workflow.html'] }
    ])
    expect(docker.maxInFlight).toBe(2)
    expect(results.get('workflow')).toMatchObject({
      layer: 'artifact',
      status: 'pass',
      evidence: { summary: 'all 2 paths are in the api and dashboard images' }
    })
    expect(results.get('billing')!.evidence.summary).toBe('all 2 paths are in the api image')
    expect(results.get('billing')!.durationMs).toBeGreaterThanOrEqual(0)
  })

  it('fails with one sentence naming the image and the missing path; one check per path', async () => {
    const docker = new FakeDocker({
      filesystems: {
        'aibp-api:HEAD': ['/app/dist/modules/billing'],
        'aibp-dashboard:HEAD': ['/www/pages/Workflow.html']
      }
    })
    const result = (await runArtifactLayer({ features: [workflow], images, docker })).get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe('the api image lacks /app/dist/modules/workflow')
    expect(result.evidence.commands).toEqual([
      'docker run --rm --entrypoint ls aibp-api:HEAD -ld -- /app/dist/modules/workflow',
      'docker run --rm --entrypoint ls aibp-dashboard:HEAD -ld -- /www/pages/Workflow.html'
    ])
    expect(result.evidence.checks).toEqual([
      {
        service: 'api',
        target: '/app/dist/modules/workflow',
        status: 'fail',
        expected: 'exists',
        observed: 'No such file or directory'
      },
      {
        service: 'dashboard',
        target: '/www/pages/Workflow.html',
        status: 'pass',
        expected: 'exists',
        observed: 'drwxr-xr-x 2 0 0 4096 Nov 25 08:23 /www/pages/Workflow.html'
      }
    ])
  })

  it('names several missing paths in one sentence', async () => {
    const docker = new FakeDocker({ filesystems: { 'aibp-api:HEAD': [] } })
    const f = feature('f', { api: ['/a', '/b', '/c'] })
    const result = (await runArtifactLayer({ features: [f], images, docker })).get('f')!
    expect(result.evidence.summary).toBe('the api image lacks /a, /b and /c')
  })

  it('is an error, never a pass, when the image was not built or could not be listed', async () => {
    const docker = new FakeDocker({
      filesystems: {
        'aibp-dashboard:HEAD': new InfraError('Docker engine unreachable (local): Cannot connect to the Docker daemon')
      }
    })
    const broken = new Map<string, { ref: string } | { error: string }>([
      ['api', { error: 'build failed: COPY failed: file not found' }],
      ['dashboard', { ref: 'aibp-dashboard:HEAD' }]
    ])
    const result = (await runArtifactLayer({ features: [workflow], images: broken, docker })).get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toBe(
      'no api image to check: build failed: COPY failed: file not found; could not list the dashboard image (aibp-dashboard:HEAD): Docker engine unreachable (local): Cannot connect to the Docker daemon'
    )
    expect(result.evidence.checks!.map((c) => c.status)).toEqual(['error', 'error'])
    expect(docker.calls.map((c) => c.target)).toEqual(['aibp-dashboard:HEAD'])
  })

  it('an image missing from the map is an error', async () => {
    const result = (await runArtifactLayer({ features: [workflow], images: new Map(), docker: new FakeDocker() })).get(
      'workflow'
    )!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toMatch(/^no image for service api/)
  })

  it('proven drift outranks what could not be checked', async () => {
    const docker = new FakeDocker({ filesystems: { 'aibp-api:HEAD': [], 'aibp-dashboard:HEAD': new Error('boom') } })
    const result = (await runArtifactLayer({ features: [workflow], images, docker })).get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toMatch(
      /^the api image lacks \/app\/dist\/modules\/workflow; could not list the dashboard image/
    )
  })

  it('a listing that leaves a path out is an error, not a pass', async () => {
    const docker = new FakeDocker({ filesystems: { 'aibp-api:HEAD': ['/a'] } })
    docker.listImagePaths = async () => ({ method: 'ls', commands: ['x'], entries: [] })
    const result = (await runArtifactLayer({ features: [feature('f', { api: ['/a'] })], images, docker })).get('f')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toBe('the api image listing does not mention /a')
  })

  it('skips a feature without artifact paths, and lists nothing for it', async () => {
    const docker = new FakeDocker()
    const results = await runArtifactLayer({
      features: [feature('docs', {}), feature('empty', { api: [] })],
      images,
      docker
    })
    expect(results.get('docs')).toEqual({
      layer: 'artifact',
      status: 'skip',
      evidence: { summary: 'no artifact paths configured' },
      durationMs: 0
    })
    expect(results.get('empty')!.status).toBe('skip')
    expect(docker.calls).toEqual([])
  })

  it('says when the archive API was used', async () => {
    const docker = new FakeDocker({ filesystems: { 'aibp-api:HEAD': ['/a'] }, method: 'archive' })
    const result = (await runArtifactLayer({ features: [feature('f', { api: ['/a'] })], images, docker })).get('f')!
    expect(result.evidence.checks![0]!.observed).toMatch(/\(read through the archive API\)$/)
  })
})
