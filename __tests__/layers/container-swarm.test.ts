// The container layer on a Swarm: tasks are named, a task the update has not reached is stale by its spec, and a task
// that does not run fails the layer (the service does not run as deployed there).
import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig } from '../../src/core/config.js'
import type { ImageInfo, ReplicaEntry, ReplicaTask, RunningContainer } from '../../src/core/ports.js'
import { runContainerLayer } from '../../src/layers/container.js'
import { FakeDocker } from '../adapters/docker.fake.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const NOW = new Date('2026-11-25T12:00:00Z')
const WORKFLOW = '/app/dist/modules/workflow'
const workflow: FeatureConfig = { name: 'workflow', source: [], artifact: { api: [WORKFLOW] }, routes: [], auth: [] }

const container = (name: string, imageId: string): RunningContainer => ({
  id: `${name}-id`,
  name,
  imageId,
  imageRef: 'aibp_api',
  state: 'running',
  startedAt: NOW.toISOString()
})
const image = (id: string, revision: string): ImageInfo => ({
  id,
  created: '2026-11-25T11:55:00Z',
  revision,
  labels: { 'org.opencontainers.image.revision': revision },
  tags: [],
  layers: ['sha256:base', `sha256:${id}`]
})
const task = (
  name: string,
  image: string,
  specImage = 'aibp_api:9f8e7d6c5b4a-new',
  state = 'running'
): ReplicaTask => ({
  name,
  state,
  image,
  specImage,
  error: null
})

function run(entries: (docker: FakeDocker) => ReplicaEntry[], docker: FakeDocker) {
  return runContainerLayer({
    features: [workflow],
    containers: new Map([['api', entries(docker)]]),
    built: new Map(),
    revision: HEAD,
    project: '',
    now: NOW
  })
}

describe('the container layer on a Swarm', () => {
  it('names a task the update has not reached: stale by its spec, and it lacks the path', async () => {
    const docker = new FakeDocker({
      filesystems: { 'aibp_api.1.aaa': [WORKFLOW], 'aibp_api.2.bbb': ['/app/dist'] },
      images: { 'sha256:new': image('sha256:new', HEAD), 'sha256:old': image('sha256:old', HEAD) }
    })
    const { features, services } = await run(
      (d) => [
        {
          host: 'node-1',
          container: container('aibp_api.1.aaa', 'sha256:new'),
          docker: d,
          task: task('aibp_api.1', 'aibp_api:9f8e7d6c5b4a-new')
        },
        {
          host: 'node-2',
          container: container('aibp_api.2.bbb', 'sha256:old'),
          docker: d,
          task: task('aibp_api.2', 'aibp_api:a1b2c3d4e5f6-old')
        }
      ],
      docker
    )
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      '1 of 2 api replicas (aibp_api.2 on node-2) runs an image built 5 minutes ago from 9f8e7d6; its task runs ' +
        "aibp_api:a1b2c3d4e5f6-old, not aibp_api:9f8e7d6c5b4a-new as the service's spec says (the update has not reached it) — stale; " +
        'the running api container (aibp_api.2 on node-2) lacks /app/dist/modules/workflow'
    )
    const replicas = services[0]!.replicas!
    expect(replicas.map((r) => [r.task?.name, r.host, r.stale, r.judgedBy])).toEqual([
      ['aibp_api.1', 'node-1', false, 'revision-label'],
      ['aibp_api.2', 'node-2', true, 'service-spec']
    ])
    expect(services[0]!.stale).toBe(true)
  })

  it('fails on a task that does not run, naming it with what Swarm said', async () => {
    const docker = new FakeDocker({
      filesystems: { 'aibp_api.1.aaa': [WORKFLOW] },
      images: { 'sha256:new': image('sha256:new', HEAD) }
    })
    const down = {
      ...task('aibp_api.2', 'aibp_api:9f8e7d6c5b4a-new', undefined, 'rejected'),
      error: 'No such image: aibp_api:9f8e7d6c5b4a-new'
    }
    const { features } = await run(
      (d) => [
        {
          host: 'node-1',
          container: container('aibp_api.1.aaa', 'sha256:new'),
          docker: d,
          task: task('aibp_api.1', 'aibp_api:9f8e7d6c5b4a-new')
        },
        { host: 'node-2', task: down }
      ],
      docker
    )
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      'aibp_api.2 on node-2 is rejected (No such image: aibp_api:9f8e7d6c5b4a-new), not running'
    )
    expect(result.evidence.checks?.map((c) => c.status)).toEqual(['fail', 'pass'])
  })

  it('passes when every task runs its spec and has the path, naming the tasks', async () => {
    const docker = new FakeDocker({
      filesystems: { 'aibp_api.1.aaa': [WORKFLOW], 'aibp_api.2.bbb': [WORKFLOW] },
      images: { 'sha256:new': image('sha256:new', HEAD) }
    })
    const spec = 'aibp_api:9f8e7d6c5b4a-new'
    const { features } = await run(
      (d) => [
        {
          host: 'node-1',
          container: container('aibp_api.1.aaa', 'sha256:new'),
          docker: d,
          task: task('aibp_api.1', spec)
        },
        {
          host: 'node-2',
          container: container('aibp_api.2.bbb', 'sha256:new'),
          docker: d,
          task: task('aibp_api.2', spec)
        }
      ],
      docker
    )
    const result = features.get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toContain(
      'in all 2 running api containers (aibp_api.1 on node-1, aibp_api.2 on node-2)'
    )
  })
})
