import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { localEngineSocket } from '../../src/adapters/docker/endpoint.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { FeatureConfig } from '../../src/core/config.js'
import { runArtifactLayer } from '../../src/layers/artifact.js'
import {
  buildBusyboxImage,
  buildShelllessImage,
  DEAD_DOCKER_HOST,
  removeImages,
  requireDocker,
  uniqueName,
  withEnv,
  type BuiltTestImage
} from '../helpers/images.js'

const WORKFLOW = '/app/dist/modules/workflow'
const feature = (name: string, artifact: Record<string, string[]>): FeatureConfig => ({
  name,
  source: [],
  artifact,
  routes: [],
  auth: []
})
const features = [
  feature('workflow', { api: [WORKFLOW], dashboard: ['/www/pages/Workflow.html'] }),
  feature('billing', { api: ['/app/dist/modules/billing'] }),
  feature('docs', {})
]

let api: BuiltTestImage
let dashboard: BuiltTestImage
const images = () =>
  new Map<string, { ref: string } | { error: string }>([
    ['api', { ref: api.tag }],
    ['dashboard', { ref: dashboard.tag }]
  ])

beforeAll(async () => {
  await requireDocker()
  ;[api, dashboard] = await Promise.all([
    // The incident's build drift: the api image has workflow but billing was left out of the build.
    buildBusyboxImage({ tag: uniqueName('api'), files: { [`${WORKFLOW}/index.js`]: 'ok' } }),
    // A distroless-like dashboard: no ls, read through the archive API.
    buildShelllessImage({ tag: uniqueName('dash'), files: { '/www/pages/Workflow.html': '<h1>Workflow</h1>' } })
  ])
}, 120_000)

afterAll(async () => {
  await removeImages(api?.tag, dashboard?.tag)
}, 60_000)

describe('runArtifactLayer against the real engine', () => {
  it('pass, fail and skip from one listing per image (ls and archive alike)', async () => {
    const results = await runArtifactLayer({ features, images: images(), docker: new DockerCli(new LocalRunner()) })
    const workflow = results.get('workflow')!
    expect(workflow.status).toBe('pass')
    expect(workflow.evidence.summary).toBe('all 2 paths are in the api and dashboard images')
    expect(workflow.evidence.checks!.map((c) => [c.service, c.status])).toEqual([
      ['api', 'pass'],
      ['dashboard', 'pass']
    ])
    expect(workflow.evidence.checks![1]!.observed).toMatch(/Workflow\.html \(read through the archive API\)$/)
    // ONE docker run for the api image, covering both features' paths: each feature's evidence names its own.
    const apiRuns = workflow.evidence.commands!.filter((c) => c.startsWith('docker run') && c.includes(api.tag))
    expect(apiRuns).toHaveLength(1)
    expect(apiRuns[0]).toMatch(
      / -- \/app\/dist\/modules\/workflow # and 1 path of other features, in the same listing$/
    )
    const billingRuns = results.get('billing')!.evidence.commands!.filter((c) => c.startsWith('docker run'))
    expect(billingRuns).toEqual([
      apiRuns[0]!.replace(
        / -- .*$/,
        ' -- /app/dist/modules/billing # and 1 path of other features, in the same listing'
      )
    ])

    const billing = results.get('billing')!
    expect(billing.status).toBe('fail')
    expect(billing.evidence.summary).toBe('the api image lacks /app/dist/modules/billing')
    expect(results.get('docs')!.status).toBe('skip')
  }, 60_000)

  it('over the engine socket (as wired for the local engine): the shell-less image passes and fails alike', async () => {
    const engineSocket = await localEngineSocket()
    expect(engineSocket).not.toBeNull()
    const docker = new DockerCli(new LocalRunner(), undefined, { engineSocket })
    const pages = feature('pages', { dashboard: ['/www/pages/Workflow.html', '/www/pages/Billing.html'] })
    const results = await runArtifactLayer({ features: [features[0]!, pages], images: images(), docker })
    expect(results.get('workflow')!.status).toBe('pass')
    expect(results.get('workflow')!.evidence.commands!.some((c) => c.startsWith('HEAD /containers/'))).toBe(true)
    expect(results.get('pages')!.status).toBe('fail')
    expect(results.get('pages')!.evidence.summary).toBe('the dashboard image lacks /www/pages/Billing.html')
    expect(results.get('pages')!.evidence.checks![1]!.observed).toBe(
      'No such file or directory (read through the archive API)'
    )
  }, 60_000)

  it('an unreachable engine makes every checked feature `error`, never pass', async () => {
    const docker = new DockerCli(withEnv(new LocalRunner(), { DOCKER_HOST: DEAD_DOCKER_HOST }))
    const results = await runArtifactLayer({ features, images: images(), docker })
    for (const name of ['workflow', 'billing']) {
      expect(results.get(name)!.status).toBe('error')
      expect(results.get(name)!.evidence.summary).toMatch(/could not list the api image .*Docker engine unreachable/)
    }
  }, 30_000)
})
