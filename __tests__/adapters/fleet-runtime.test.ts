// FleetRuntime over plain fake runtimes: every host asked at once, each replica named by its host, an unreachable host a
// HostFailure for what it hosts (never left out), and only a fleet of which no host answers stops the run. Then the
// container layer over it: the fault line names the host.
import { describe, expect, it } from '@jest/globals'
import { FleetRuntime } from '../../src/adapters/runtime/fleet.js'
import { InfraError } from '../../src/core/errors.js'
import type { HostFailure, ImageInfo, RunningReplica, ServiceRuntime } from '../../src/core/ports.js'
import { runContainerLayer } from '../../src/layers/container.js'
import { FakeDocker } from './docker.fake.js'

const HEAD = '9f8e7d6c5b4a39281706f5e4d3c2b1a098765432'
const OLD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const NOW = new Date('2026-11-25T12:00:00Z')
const WORKFLOW = '/app/dist/modules/workflow'

const image = (id: string, revision: string, created: string): ImageInfo => ({
  id,
  created,
  revision,
  labels: { 'org.opencontainers.image.revision': revision },
  tags: [],
  layers: [`sha256:content-of-${id}`]
})

/** One host's engine, running one api container of `imageId`. */
function host(name: string, imageId: string, images: ImageInfo[], paths: string[], state = { pings: 0, asked: 0 }) {
  const docker = new FakeDocker({
    filesystems: { [`aibp-api-1`]: paths },
    images: Object.fromEntries(images.map((i) => [i.id, i]))
  })
  const runtime: ServiceRuntime = {
    where: `ssh://root@${name}`,
    async ping() {
      state.pings++
    },
    async replicas(): Promise<RunningReplica[]> {
      state.asked++
      inFlight.now++
      inFlight.max = Math.max(inFlight.max, inFlight.now)
      await new Promise((resolve) => setTimeout(resolve, 20))
      inFlight.now--
      const container = {
        id: `${name}-c`,
        name: 'aibp-api-1',
        imageId,
        imageRef: 'aibp-api',
        state: 'running',
        startedAt: null
      }
      return [{ host: null, container, docker }]
    }
  }
  return { host: name, runtime, state }
}

const inFlight = { now: 0, max: 0 }
const fresh = image('sha256:fresh', HEAD, '2026-11-25T11:00:00Z')
const stale = image('sha256:stale', OLD, '2026-11-19T11:00:00Z')

describe('FleetRuntime', () => {
  it('asks every host at once and names each replica by its host', async () => {
    const fleet = new FleetRuntime([
      host('node-1', fresh.id, [fresh], [WORKFLOW]),
      host('node-2', fresh.id, [fresh], [WORKFLOW])
    ])
    inFlight.max = 0
    const replicas = (await fleet.replicas('api')) as RunningReplica[]
    expect(inFlight.max).toBe(2)
    expect(replicas.map((r) => r.host)).toEqual(['node-1', 'node-2'])
    expect(fleet.where).toBe('a fleet of 2 hosts')
  })

  it('an unreachable host is a HostFailure for what it hosts; its name kept', async () => {
    const refused = new InfraError('ssh://root@node-2:22 refused the connection: nothing listens on port 22')
    const fleet = new FleetRuntime([host('node-1', fresh.id, [fresh], [WORKFLOW]), { host: 'node-2', error: refused }])
    await expect(fleet.ping()).resolves.toBeUndefined()
    const entries = await fleet.replicas('api')
    expect(entries[1]).toEqual({ host: 'node-2', error: refused })
  })

  it('a host whose engine does not answer the ping is not asked again: a HostFailure', async () => {
    const dead = host('node-2', fresh.id, [fresh], [WORKFLOW])
    dead.runtime.ping = async () => {
      throw new InfraError('the Docker engine on ssh://root@node-2 does not answer')
    }
    const fleet = new FleetRuntime([host('node-1', fresh.id, [fresh], [WORKFLOW]), dead])
    await fleet.ping()
    const entries = await fleet.replicas('api')
    expect((entries[1] as HostFailure).error.message).toMatch(/does not answer/)
    expect(dead.state.asked).toBe(0)
  })

  it('stops the run only when no host answers, naming each', async () => {
    const fleet = new FleetRuntime([
      { host: 'node-1', error: new InfraError('node-1 timed out', 'check the network') },
      { host: 'node-2', error: new InfraError('node-2 refused') }
    ])
    await expect(fleet.ping()).rejects.toThrow(
      'no host of a fleet of 2 hosts could be asked (node-1: node-1 timed out; node-2: node-2 refused)'
    )
  })

  it('only(): a batch of the fleet', async () => {
    const fleet = new FleetRuntime([
      host('node-1', fresh.id, [fresh], []),
      host('node-2', fresh.id, [fresh], []),
      host('node-3', fresh.id, [fresh], [])
    ])
    const batch = fleet.only(['node-2'])
    expect(batch.hosts).toEqual(['node-2'])
    expect(((await batch.replicas('api')) as RunningReplica[]).map((r) => r.host)).toEqual(['node-2'])
  })
})

describe('the container layer over a fleet', () => {
  const layer = async (fleet: FleetRuntime) =>
    runContainerLayer({
      features: [{ name: 'workflow', source: [], artifact: { api: [WORKFLOW] }, routes: [], auth: [] }],
      containers: new Map([['api', await fleet.replicas('api')]]),
      built: new Map(),
      buildEngine: new FakeDocker(),
      revision: HEAD,
      project: 'aibp',
      now: NOW
    })

  it('one stale node: the fault line names it; each replica carries its host', async () => {
    const fleet = new FleetRuntime([
      host('node-1', fresh.id, [fresh], [WORKFLOW]),
      host('node-2', stale.id, [stale], [])
    ])
    const { features, services } = await layer(fleet)
    const result = features.get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe(
      'api on node-2 runs an image built 6 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale; the running api container (aibp-api-1 on node-2) lacks /app/dist/modules/workflow'
    )
    expect(services[0]!.replicas?.map((r) => [r.host, r.stale, r.revision])).toEqual([
      ['node-1', false, HEAD],
      ['node-2', true, OLD]
    ])
  })

  it('an unreachable node is error for what it hosts, its host named, never a pass', async () => {
    const fleet = new FleetRuntime([
      host('node-1', fresh.id, [fresh], [WORKFLOW]),
      { host: 'node-2', error: new InfraError('ssh://root@node-2:22 refused the connection') }
    ])
    const result = (await layer(fleet)).features.get('workflow')!
    expect(result.status).toBe('error')
    expect(result.evidence.summary).toBe(
      'could not look up the api containers on node-2: ssh://root@node-2:22 refused the connection'
    )
  })
})
