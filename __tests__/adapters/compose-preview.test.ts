import { describe, expect, it } from '@jest/globals'
import {
  composeInvocation,
  downArgs,
  logsArgs,
  portArgs,
  projectContainersArgs
} from '../../src/adapters/compose/args.js'
import { parsePort, previewComposeConfig } from '../../src/adapters/compose/preview-config.js'
import type { ComposeCommand } from '../../src/adapters/compose/command.js'
import { parsePortOutput, parseProjectContainers } from '../../src/adapters/compose/ps.js'

const V1: ComposeCommand = { file: 'docker-compose', prefix: [], flavour: 'v1', version: '1.29.2' }
const V2: ComposeCommand = { file: 'docker', prefix: ['compose'], flavour: 'v2', version: '2.27.0' }

describe('parsePort: ports as compose config prints them (v1 short and long, v2 long)', () => {
  it.each([
    ['127.0.0.1:18080:8080/tcp', { target: 8080, protocol: 'tcp', published: 18080 }],
    ['18080:8080', { target: 8080, protocol: 'tcp', published: 18080 }],
    ['8080', { target: 8080, protocol: 'tcp', published: null }],
    ['127.0.0.1::8080', { target: 8080, protocol: 'tcp', published: null }],
    ['[::1]:18080:8080/udp', { target: 8080, protocol: 'udp', published: 18080 }],
    [
      { target: 9090, published: 19090 },
      { target: 9090, protocol: 'tcp', published: 19090 }
    ],
    [{ target: 5432 }, { target: 5432, protocol: 'tcp', published: null }],
    [
      { mode: 'ingress', host_ip: '127.0.0.1', target: 8080, published: '18080', protocol: 'tcp' },
      { target: 8080, protocol: 'tcp', published: 18080 }
    ]
  ])('%j → %j', (entry, expected) => {
    expect(parsePort(entry, 'api')).toEqual(expected)
  })

  it.each([['8000-8010:8000-8010'], ['x:y:z:w'], [{ published: 80 }], [{ target: 80, protocol: 'sctp' }]])(
    'refuses %j in one line naming the service',
    (entry) => {
      expect(() => parsePort(entry, 'api')).toThrow(/^service api: /)
    }
  )
})

describe('previewComposeConfig', () => {
  const resolved = {
    version: '3.8',
    services: {
      api: {
        build: { context: '/src/api' },
        image: 'registry.example.com/acme/api:latest',
        container_name: 'api',
        ports: ['127.0.0.1:18080:8080/tcp', { target: 9090, published: 19090 }]
      },
      db: { image: 'postgres:16', ports: [{ target: 5432 }], volumes: ['data:/var/lib/postgresql/data'] },
      worker: { build: '/src/worker' }
    },
    volumes: { data: {} }
  }

  it('moves every published port to a free loopback port, drops container_name, and the image: of what it builds', () => {
    const preview = previewComposeConfig(resolved)
    const config = JSON.parse(preview.text)
    expect(config.services.api).toEqual({
      build: { context: '/src/api' },
      ports: ['127.0.0.1::8080/tcp', '127.0.0.1::9090/tcp']
    })
    // A service that only runs an image (a database) keeps it, as the compose file says.
    expect(config.services.db).toEqual({
      image: 'postgres:16',
      ports: ['127.0.0.1::5432/tcp'],
      volumes: ['data:/var/lib/postgresql/data']
    })
    expect(config.services.worker).toEqual({ build: '/src/worker' })
    expect(config.volumes).toEqual({ data: {} })
    expect(preview.built).toEqual(['api', 'worker'])
    expect(preview.ports).toEqual({
      api: [
        { target: 8080, protocol: 'tcp', published: 18080 },
        { target: 9090, protocol: 'tcp', published: 19090 }
      ],
      db: [{ target: 5432, protocol: 'tcp', published: null }]
    })
  })

  it('leaves the resolved config it was given as it was', () => {
    const copy = structuredClone(resolved)
    previewComposeConfig(resolved)
    expect(resolved).toEqual(copy)
  })

  it('writes JSON, so v1 reads every string as written', () => {
    expect(() => JSON.parse(previewComposeConfig(resolved).text)).not.toThrow()
  })
})

describe('compose arguments of a preview, v1 and v2', () => {
  const target = { project: 'driftcheck-preview-1a2b', files: ['-'] }
  it.each([
    [
      V1,
      downArgs({ volumes: true, removeOrphans: true, removeImages: 'local' }),
      ['-p', 'driftcheck-preview-1a2b', '-f', '-', 'down', '-v', '--remove-orphans', '--rmi', 'local']
    ],
    [
      V2,
      downArgs({ volumes: true, removeOrphans: true, removeImages: 'local' }),
      ['compose', '-p', 'driftcheck-preview-1a2b', '-f', '-', 'down', '-v', '--remove-orphans', '--rmi', 'local']
    ],
    [
      V1,
      portArgs('api', 8080, 'tcp'),
      ['-p', 'driftcheck-preview-1a2b', '-f', '-', 'port', '--protocol', 'tcp', 'api', '8080']
    ],
    [
      V2,
      logsArgs('api', 20),
      ['compose', '-p', 'driftcheck-preview-1a2b', '-f', '-', 'logs', '--no-color', '--tail', '20', 'api']
    ]
  ])('%s', (command, subcommand, args) => {
    const invocation = composeInvocation(command, target, subcommand)
    expect(invocation).toEqual({ file: command.file, args })
  })

  it('downArgs without options is a plain down', () => {
    expect(downArgs()).toEqual(['down'])
  })

  it('lists the project containers by its label, running or not', () => {
    expect(projectContainersArgs('p')).toEqual([
      'ps',
      '--all',
      '--no-trunc',
      '--filter',
      'label=com.docker.compose.project=p',
      '--format',
      '{{.Label "com.docker.compose.service"}}\t{{.Names}}\t{{.State}}\t{{.Status}}'
    ])
  })
})

describe('parsers of docker ps and compose port', () => {
  it('reads the state and the exit code of each container', () => {
    const output = 'api\tp_api_1\texited\tExited (1) 3 seconds ago\ndashboard\tp_dashboard_1\trunning\tUp 2 seconds\n\n'
    expect(parseProjectContainers(output)).toEqual([
      { service: 'api', name: 'p_api_1', state: 'exited', exitCode: 1 },
      { service: 'dashboard', name: 'p_dashboard_1', state: 'running', exitCode: null }
    ])
  })

  it.each([
    ['127.0.0.1:49213\n', { host: '127.0.0.1', port: 49213 }],
    ['0.0.0.0:32770', { host: '0.0.0.0', port: 32770 }],
    ['[::1]:32770\n', { host: '::1', port: 32770 }],
    [':0\n', null],
    ['', null],
    ['No container found for api_1\n', null]
  ])('%j → %j', (output, expected) => {
    expect(parsePortOutput(output)).toEqual(expected)
  })
})
