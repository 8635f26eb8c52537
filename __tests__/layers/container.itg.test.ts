import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { FeatureConfig } from '../../src/core/config.js'
import { EngineRuntime } from '../../src/adapters/runtime/engine.js'
import type { BuiltImage, RunningReplica } from '../../src/core/ports.js'
import { runContainerLayer } from '../../src/layers/container.js'
import {
  buildBusyboxImage,
  buildShelllessImage,
  DEAD_DOCKER_HOST,
  relabelImage,
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

/** The replicas of each service as the single target's runtime finds them (compose labels on the real engine). */
async function found(
  inProject = project,
  services = ['api', 'worker', 'cron']
): Promise<Map<string, RunningReplica[] | { error: string }>> {
  const runtime = new EngineRuntime({ docker, project: inProject, services: {} })
  return new Map(
    await Promise.all(services.map(async (s) => [s, await runtime.replicas(s)] as [string, RunningReplica[]]))
  )
}

/** The image as a build hands it on, its layers read from the engine. */
async function builtImage(service: string, image: BuiltTestImage): Promise<BuiltImage> {
  const info = await docker.inspectImage(image.tag)
  return { service, ref: image.tag, id: image.id, revision: HEAD, created: null, layers: info!.layers }
}

async function builtMap(): Promise<Map<string, BuiltImage>> {
  return new Map([
    ['api', await builtImage('api', newApi)],
    ['worker', await builtImage('worker', worker)]
  ])
}

describe('runContainerLayer against the real engine', () => {
  it('a stale running image without the module: fail, the stale image named first; the shell-less worker passes', async () => {
    const { features, services } = await runContainerLayer({
      features: [workflow],
      containers: await found(),
      built: await builtMap(),
      revision: HEAD,
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
      built: await builtMap(),
      revision: HEAD,
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
      // The replicas found on the live engine, looked inside through a dead one.
      containers: new Map(
        [...containersNow].map(([s, list]) => [
          s,
          Array.isArray(list) ? list.map((r) => ({ ...r, docker: dead })) : list
        ])
      ),
      built: await builtMap(),
      revision: HEAD,
      project
    })
    expect(features.get('workflow')!.status).toBe('error')
    expect(features.get('workflow')!.evidence.summary).toMatch(
      /^could not list the running worker container .*Docker engine unreachable/
    )
    expect(services.find((s) => s.name === 'worker')!.runningImage).toBe(worker.id)
  }, 30_000)

  describe('freshness by content (the layers), not by the revision label', () => {
    const contentProject = uniqueName('replicas-content')
    const extra: string[] = []
    const extraImages: string[] = []
    let relabelled: BuiltTestImage
    let headLabelOtherContent: BuiltTestImage

    beforeAll(async () => {
      ;[relabelled, headLabelOtherContent] = await Promise.all([
        // The image built from HEAD, relabelled as another commit (what a plain rebuild of the same content looks like).
        relabelImage(newApi.tag, { tag: uniqueName('replicas-relabelled'), labels: { [REVISION_LABEL]: OLD } }),
        // Other content claiming to be HEAD.
        buildBusyboxImage({
          tag: uniqueName('replicas-head-label'),
          files: { [`${WORKFLOW}/index.js`]: 'something else' },
          labels: { [REVISION_LABEL]: HEAD }
        })
      ])
      extraImages.push(relabelled.tag, headLabelOtherContent.tag)
    }, 120_000)

    afterAll(async () => {
      await removeContainers(...extra)
      await removeImages(...extraImages)
    }, 60_000)

    it("the same layers under another label and image ID: fresh; other layers under HEAD's label: stale", async () => {
      expect(relabelled.id).not.toBe(newApi.id)
      extra.push(
        await runLabelledContainer({ image: relabelled.tag, project: contentProject, service: 'api' }),
        await runLabelledContainer({ image: headLabelOtherContent.tag, project: contentProject, service: 'web' })
      )
      const built = new Map([
        ['api', await builtImage('api', newApi)],
        ['web', await builtImage('web', newApi)]
      ])
      const { features, services } = await runContainerLayer({
        features: [{ ...workflow, artifact: { api: [WORKFLOW], web: [WORKFLOW] } }],
        containers: await found(contentProject, ['api', 'web']),
        built,
        revision: HEAD,
        project: contentProject
      })
      const byName = Object.fromEntries(services.map((s) => [s.name, s]))
      expect(byName.api).toMatchObject({ stale: false, runningRevision: OLD, runningImage: relabelled.id })
      expect(byName.api!.replicas).toEqual([expect.objectContaining({ stale: false, judgedBy: 'layers' })])
      expect(byName.web).toMatchObject({ stale: true, runningRevision: HEAD, runningImage: headLabelOtherContent.id })
      expect(byName.web!.replicas).toEqual([expect.objectContaining({ stale: true, judgedBy: 'layers' })])
      // The paths are there in both: the layer passes (staleness is a fact it reports), and says which is which.
      const result = features.get('workflow')!
      expect(result.status).toBe('pass')
      expect(result.evidence.summary).toMatch(
        /api runs an image built .* from a1b2c3d, the same content as the image just built \([0-9a-f]{12}\) — up to date/
      )
      expect(result.evidence.summary).toMatch(
        /web runs an image built .* from 9f8e7d6, but its layers differ from the image just built \([0-9a-f]{12}, not [0-9a-f]{12}\) — stale/
      )
    }, 60_000)
  })
})
