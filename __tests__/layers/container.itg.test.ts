import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { FeatureConfig } from '../../src/core/config.js'
import type { BuiltImage, RunningContainer } from '../../src/core/ports.js'
import { runContainerLayer } from '../../src/layers/container.js'
import {
  buildBusyboxImage,
  buildShelllessImage,
  DEAD_DOCKER_HOST,
  removeContainers,
  removeImages,
  requireDocker,
  runLabelledContainer,
  uniqueName,
  withEnv,
  type BuiltTestImage
} from '../helpers/images.js'

const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const WORKFLOW = '/app/dist/modules/workflow'
const REVISION_LABEL = 'org.opencontainers.image.revision'
const workflow: FeatureConfig = {
  name: 'workflow',
  source: [],
  artifact: { api: [WORKFLOW], worker: ['/srv/worker/jobs'] },
  routes: [],
  auth: []
}

const docker = new DockerCli(new LocalRunner())
const project = uniqueName('aibp')
let oldApi: BuiltTestImage
let newApi: BuiltTestImage
let worker: BuiltTestImage
const containers: string[] = []

beforeAll(async () => {
  await requireDocker()
  ;[oldApi, newApi, worker] = await Promise.all([
    // The incident: the running api image is an old build without the workflow module…
    buildBusyboxImage({
      tag: uniqueName('api-old'),
      files: { '/app/dist/modules/other.js': '1' },
      labels: { [REVISION_LABEL]: OLD }
    }),
    // … while the image built from HEAD has it.
    buildBusyboxImage({
      tag: uniqueName('api-new'),
      files: { [`${WORKFLOW}/index.js`]: '1' },
      labels: { [REVISION_LABEL]: HEAD }
    }),
    // A distroless-like worker that is up to date (no ls inside: read through docker cp).
    buildShelllessImage({
      tag: uniqueName('worker'),
      files: { '/srv/worker/jobs/close.js': '1' },
      labels: { [REVISION_LABEL]: HEAD },
      keepAlive: true
    })
  ])
  containers.push(
    await runLabelledContainer({ image: oldApi.tag, project, service: 'api' }),
    await runLabelledContainer({ image: worker.tag, project, service: 'worker' })
  )
}, 120_000)

afterAll(async () => {
  await removeContainers(...containers)
  await removeImages(oldApi?.tag, newApi?.tag, worker?.tag)
}, 60_000)

async function found(): Promise<Map<string, RunningContainer | null | { error: string }>> {
  return new Map([
    ['api', await docker.findServiceContainer(project, 'api')],
    ['worker', await docker.findServiceContainer(project, 'worker')],
    ['cron', await docker.findServiceContainer(project, 'cron')]
  ])
}

function builtMap(): Map<string, BuiltImage> {
  const b = (service: string, image: BuiltTestImage): BuiltImage => ({
    service,
    ref: image.tag,
    id: image.id,
    revision: HEAD,
    created: null
  })
  return new Map([
    ['api', b('api', newApi)],
    ['worker', b('worker', worker)]
  ])
}

describe('runContainerLayer against the real engine', () => {
  it('a stale running image without the module: fail, the stale image named first; the shell-less worker passes', async () => {
    const { features, services } = await runContainerLayer({
      features: [workflow],
      containers: await found(),
      built: builtMap(),
      revision: HEAD,
      docker,
      project
    })
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toMatch(
      new RegExp(
        `^api runs an image built (just now|\\d+ seconds? ago) from a1b2c3d; HEAD is 9f8e7d6 — stale; the running api container \\(${containers[0]}\\) lacks /app/dist/modules/workflow$`
      )
    )
    expect(result.evidence.checks!.map((c) => [c.service, c.target, c.status])).toEqual([
      ['api', WORKFLOW, 'fail'],
      ['worker', '/srv/worker/jobs', 'pass']
    ])
    expect(result.evidence.checks![1]!.observed).toMatch(/read through the archive API/)

    const byName = Object.fromEntries(services.map((s) => [s.name, s]))
    expect(byName.api).toMatchObject({
      builtImage: newApi.id,
      runningImage: oldApi.id,
      runningRevision: OLD,
      stale: true,
      container: containers[0]
    })
    expect(byName.worker).toMatchObject({
      runningImage: worker.id,
      runningRevision: HEAD,
      stale: false,
      container: containers[1]
    })
    expect(byName.cron).toMatchObject({ runningImage: null, stale: false, container: null })
  }, 60_000)

  it('no running container for a service: fail naming the service and the compose project', async () => {
    const feature: FeatureConfig = { ...workflow, name: 'cron', artifact: { cron: ['/etc/crontab'] } }
    const { features } = await runContainerLayer({
      features: [feature],
      containers: await found(),
      built: builtMap(),
      revision: HEAD,
      docker,
      project
    })
    expect(features.get('cron')!.evidence.summary).toBe(
      `no running container for service cron (compose project ${project})`
    )
    expect(features.get('cron')!.status).toBe('fail')
  }, 30_000)

  it('an unreachable engine makes the layer `error`, never pass', async () => {
    const containersNow = await found()
    const dead = new DockerCli(withEnv(new LocalRunner(), { DOCKER_HOST: DEAD_DOCKER_HOST }))
    const { features, services } = await runContainerLayer({
      features: [{ ...workflow, artifact: { worker: ['/srv/worker/jobs'] } }],
      containers: containersNow,
      built: builtMap(),
      revision: HEAD,
      docker: dead,
      project
    })
    expect(features.get('workflow')!.status).toBe('error')
    expect(features.get('workflow')!.evidence.summary).toMatch(
      /^could not list the running worker container .*Docker engine unreachable/
    )
    expect(services.find((s) => s.name === 'worker')!.runningImage).toBe(worker.id)
  }, 30_000)
})
