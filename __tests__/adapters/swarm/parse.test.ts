// The Swarm readers against output captured from the test Swarm (helpers/fleet.ts): a service mid-update (update-delay
// holds slot 1 on the old image) and a service whose image no node has (every task rejected).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  serviceInspectArgs,
  serviceRollbackArgs,
  serviceTaskIdsArgs,
  stackDeployArgs,
  taskInspectArgs
} from '../../../src/adapters/swarm/args.js'
import {
  currentTasks,
  isNoSuchService,
  parseNodeInspect,
  parseServiceInspect,
  parseSwarmInfo,
  parseTaskInspect
} from '../../../src/adapters/swarm/parse.js'
import { nodeTarget } from '../../../src/adapters/swarm/nodes.js'
import { composeVersion, discoveredComposeFiles, imageOverride } from '../../../src/adapters/swarm/stack-files.js'
import type { TargetConfig } from '../../../src/core/config.js'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8')
const API = 'ivinsob0dru840d9ye16w4m92'
const BAD = 'e1yfbmcg'

describe('parseServiceInspect', () => {
  it('reads the spec image, the previous one, replicas and the update state', () => {
    const [api, bad] = parseServiceInspect(fixture('service-inspect.json'))
    expect(api).toEqual({
      id: API,
      name: 'swarmcap_api',
      image: 'driftcheck/busybox:v2',
      previousImage: 'driftcheck/busybox:local',
      replicas: 2,
      updateState: 'updating',
      updateMessage: 'update in progress'
    })
    expect(bad).toMatchObject({ name: 'swarmcap_bad', image: 'nosuch/image:1', previousImage: null, updateState: null })
  })

  it.each([
    [
      'a global service',
      '[{"ID":"x","Spec":{"Name":"s_g","Mode":{"Global":{}},"TaskTemplate":{"ContainerSpec":{"Image":"i"}}}}]',
      null
    ],
    [
      'replicated without a count',
      '[{"ID":"x","Spec":{"Name":"s_r","Mode":{"Replicated":{}},"TaskTemplate":{"ContainerSpec":{"Image":"i"}}}}]',
      1
    ]
  ])('%s', (_, json, replicas) => {
    expect(parseServiceInspect(json)[0]!.replicas).toBe(replicas)
  })
})

describe('parseTaskInspect and currentTasks', () => {
  const tasks = parseTaskInspect(fixture('task-inspect.json'))

  it('reads each task: slot, node, states, error, container, its own image', () => {
    expect(tasks).toHaveLength(11)
    expect(tasks[0]).toMatchObject({
      serviceId: API,
      slot: 1,
      nodeId: 'zol5icxfdbpikwav7hypia2ly',
      desiredState: 'running',
      state: 'running',
      error: null,
      containerId: 'cf63a7769092' + tasks[0]!.containerId.slice(12),
      image: 'driftcheck/busybox:local'
    })
    expect(tasks.find((t) => t.state === 'rejected')).toMatchObject({
      error: 'No such image: nosuch/image:1',
      containerId: ''
    })
  })

  it('picks the task that stands for each slot now, leaving the retired ones out', () => {
    const api = currentTasks(
      'swarmcap_api',
      tasks.filter((t) => t.serviceId === API)
    )
    expect(api.map((t) => [t.name, t.state, t.image])).toEqual([
      ['swarmcap_api.1', 'running', 'driftcheck/busybox:local'],
      ['swarmcap_api.2', 'running', 'driftcheck/busybox:v2']
    ])
  })

  it('names a slot that keeps failing with its latest error (a task waiting to restart is still the slot’s)', () => {
    const bad = currentTasks(
      'swarmcap_bad',
      tasks.filter((t) => t.serviceId.startsWith(BAD))
    )
    expect(bad.map((t) => [t.name, t.desiredState, t.state, t.lastError])).toEqual([
      ['swarmcap_bad.1', 'ready', 'rejected', 'No such image: nosuch/image:1'],
      ['swarmcap_bad.2', 'ready', 'rejected', 'No such image: nosuch/image:1']
    ])
  })

  it('names a global service’s tasks by node, and a pending task takes the error of its slot’s last failure', () => {
    const base = { serviceId: 's', containerId: '', image: 'i' }
    const current = currentTasks('s_g', [
      { ...base, id: 'a', slot: 0, nodeId: 'n1', desiredState: 'running', state: 'running', error: null, createdAt: 2 },
      {
        ...base,
        id: 'b',
        slot: 0,
        nodeId: 'n2',
        desiredState: 'shutdown',
        state: 'failed',
        error: 'exit 1',
        createdAt: 1
      },
      { ...base, id: 'c', slot: 0, nodeId: 'n2', desiredState: 'running', state: 'pending', error: null, createdAt: 3 }
    ])
    expect(current.map((t) => [t.name, t.state, t.lastError])).toEqual([
      ['s_g.n1', 'running', null],
      ['s_g.n2', 'pending', 'exit 1']
    ])
  })
})

describe('parseNodeInspect and nodeTarget', () => {
  const nodes = parseNodeInspect(fixture('node-inspect.json'))

  it('reads hostname, address, role, state, availability', () => {
    expect(nodes.map((n) => [n.hostname, n.address, n.role, n.state, n.availability])).toEqual([
      ['node-1', '10.231.0.11', 'manager', 'ready', 'active'],
      ['node-2', '10.231.0.12', 'worker', 'ready', 'active']
    ])
  })

  it('takes a manager’s manager address when its own says 0.0.0.0', () => {
    const json =
      '[{"ID":"m","Description":{"Hostname":"m1"},"Status":{"State":"ready","Addr":"0.0.0.0"},"ManagerStatus":{"Addr":"10.0.0.5:2377"}}]'
    expect(parseNodeInspect(json)[0]!.address).toBe('10.0.0.5')
  })

  const target = (host: TargetConfig['host'], nodes = {}): TargetConfig => ({
    host,
    ssh: {},
    dir: '/srv/aibp',
    compose: {},
    swarm: { stack: 'aibp', nodes }
  })
  const manager = { raw: 'ssh://deploy@m1', user: 'deploy', hostname: 'm1' }
  it.each<[string, TargetConfig, string | null]>([
    ['the manager’s user at the node’s address', target(manager), 'ssh://deploy@10.231.0.12'],
    ['no user for a local manager', target(null), 'ssh://10.231.0.12'],
    [
      'target.swarm.nodes first',
      target(manager, { 'node-2': { raw: 'ssh://ops@w2:2222', user: 'ops', hostname: 'w2', port: 2222 } }),
      'ssh://ops@w2:2222'
    ]
  ])('reaches a node: %s', (_, config, url) => {
    expect(nodeTarget(nodes[1]!, config)?.raw).toBe(url)
  })

  it('has no way to a node without an address', () => {
    expect(nodeTarget({ hostname: 'x', address: null }, target(manager))).toBeNull()
  })
})

describe('parseSwarmInfo', () => {
  const { manager, worker } = JSON.parse(fixture('info-swarm.json')) as Record<string, unknown>
  it.each([
    ['a manager', manager, { nodeId: 'zmj8u994fufxo58as4oemjx4b', state: 'active', manager: true }],
    ['a worker', worker, { nodeId: 'zol5icxfdbpikwav7hypia2ly', state: 'active', manager: false }],
    [
      'an engine outside any Swarm',
      { NodeID: '', LocalNodeState: 'inactive', ControlAvailable: false },
      { state: 'inactive', manager: false }
    ]
  ])('%s', (_, info, expected) => {
    expect(parseSwarmInfo(JSON.stringify(info))).toMatchObject(expected)
  })

  it('knows the missing-service error of every CLI version', () => {
    expect(isNoSuchService('no such service: aibp_api')).toBe(true)
    expect(isNoSuchService('Error: No such service: aibp_api')).toBe(true)
    expect(isNoSuchService('Error response from daemon: This node is not a swarm manager.')).toBe(false)
  })
})

describe('argv builders', () => {
  it.each<[string, string[], string[]]>([
    [
      'service inspect',
      serviceInspectArgs(['aibp_api', 'aibp_web']),
      ['service', 'inspect', '--', 'aibp_api', 'aibp_web']
    ],
    ['task ids', serviceTaskIdsArgs('aibp_api'), ['service', 'ps', '--quiet', '--no-trunc', '--', 'aibp_api']],
    ['task inspect', taskInspectArgs(['t1', 't2']), ['inspect', '--type', 'task', '--', 't1', 't2']],
    [
      'rollback, detached',
      serviceRollbackArgs('aibp_api'),
      ['service', 'rollback', '--detach', '--quiet', '--', 'aibp_api']
    ],
    [
      'stack deploy, loaded images',
      stackDeployArgs({ files: ['docker-compose.yml', '-'], stack: 'aibp', resolveImage: 'never' }),
      [
        'stack',
        'deploy',
        '--resolve-image',
        'never',
        '--compose-file',
        'docker-compose.yml',
        '--compose-file',
        '-',
        '--',
        'aibp'
      ]
    ],
    [
      'stack deploy, pushed images',
      stackDeployArgs({ files: ['a.yml'], stack: 'aibp', resolveImage: 'always', withRegistryAuth: true }),
      ['stack', 'deploy', '--resolve-image', 'always', '--with-registry-auth', '--compose-file', 'a.yml', '--', 'aibp']
    ]
  ])('%s', (_, args, expected) => {
    expect(args).toEqual(expected)
  })
})

describe('stack files', () => {
  it.each<[string[], string[] | null]>([
    [['docker-compose.yml'], ['docker-compose.yml']],
    [
      ['docker-compose.yml', 'docker-compose.override.yml'],
      ['docker-compose.yml', 'docker-compose.override.yml']
    ],
    [
      ['compose.yaml', 'docker-compose.yml', 'compose.override.yaml'],
      ['compose.yaml', 'compose.override.yaml']
    ],
    [['compose.yml', 'docker-compose.override.yml'], ['compose.yml']],
    [['docker-compose.override.yml'], null],
    [[], null]
  ])('discovers %j as %j', (existing, files) => {
    expect(discoveredComposeFiles(existing)).toEqual(files)
  })

  it('pins images in an override carrying the first file’s version', () => {
    expect(imageOverride({ api: 'aibp_api:1a2b-3c4d' }, '3.8')).toBe(
      'version: "3.8"\nservices:\n  api:\n    image: aibp_api:1a2b-3c4d\n'
    )
    expect(imageOverride({ api: 'a:1' }, null)).toBe('services:\n  api:\n    image: a:1\n')
  })

  it.each([
    ['version: "3.8"\nservices: {}\n', '3.8'],
    ['version: 3\nservices: {}\n', '3'],
    ['services: {}\n', null],
    ['- not a mapping\n', null],
    [': : broken', null]
  ])('reads the version of %j', (text, version) => {
    expect(composeVersion(text)).toBe(version)
  })
})
