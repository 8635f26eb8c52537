// `target.hosts` (a fleet running one compose project) and `services.<name>.nodeUrl`: the shapes DESIGN.md "Fleet and
// Swarm" gives, and one line with file:line:col for every way to get them wrong.
import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '../../src/core/errors.js'
import { parseConfig } from '../../src/config/index.js'
import { nodeUrlFor } from '../../src/core/node-url.js'

const lines = (...rows: string[]) => rows.join('\n') + '\n'
const base = (target: string[], service = '  api: { url: https://api.example.com, nodeUrl: "http://{host}:8080" }') =>
  lines(
    'version: 1', //                                  1
    ...target, //                                     2..
    'services:',
    service,
    'features:',
    '  f: { routes: [{ service: api, path: /x }] }'
  )
const fleet = [
  'target:', //                                       2
  '  hosts: [ssh://deploy@node-1, "ssh://deploy@node-2:2222"]', // 3
  '  ssh: { identityFile: ~/.ssh/id_ed25519 }', //    4
  '  dir: /srv/aibp', //                              5
  '  compose: { project: aibp }' //                   6
]

function problem(text: string): string {
  try {
    parseConfig(text, 'driftcheck.yml', { HOME: '/home/ci' })
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('parsed without a problem')
}

describe('target.hosts', () => {
  it('is a fleet: every host parsed, the same ssh, dir and compose for each, and no single host', () => {
    const config = parseConfig(base(fleet), '/repo/driftcheck.yml', { HOME: '/home/ci' })
    expect(config.target).toEqual({
      host: null,
      hosts: [
        { raw: 'ssh://deploy@node-1', user: 'deploy', hostname: 'node-1' },
        { raw: 'ssh://deploy@node-2:2222', user: 'deploy', hostname: 'node-2', port: 2222 }
      ],
      ssh: { identityFile: '/home/ci/.ssh/id_ed25519' },
      dir: '/srv/aibp',
      compose: { project: 'aibp' }
    })
    expect(config.services.api?.nodeUrl).toBe('http://{host}:8080')
  })

  it('keeps a host as written: a variable stays a reference', () => {
    const target = ['target:', '  hosts: ["ssh://${USER_AT}node-1"]', '  dir: /srv']
    const config = parseConfig(base(target), 'd.yml', { USER_AT: 'ops@' })
    expect(config.target.hosts).toEqual([{ raw: 'ssh://${USER_AT}node-1', user: 'ops', hostname: 'node-1' }])
  })

  it.each<[string, string[], string, string | null]>([
    [
      'host and hosts together',
      ['target:', '  host: ssh://infra', '  hosts: [ssh://node-1]', '  dir: /srv'],
      '4:3: `target.host` and `target.hosts` are both set, expected one of them: `host` for one Docker host, `hosts` for a fleet',
      null
    ],
    [
      'a host that is not an ssh URL',
      ['target:', '  hosts: [ssh://node-1, deploy@node-2]', '  dir: /srv'],
      '3:25: `target.hosts[1]` is `deploy@node-2`, expected ssh://[user@]host[:port]',
      null
    ],
    [
      'the same host twice',
      ['target:', '  hosts:', '    - ssh://a@node-1', '    - ssh://b@node-1:22', '  dir: /srv'],
      '5:7: `target.hosts[1]` is `ssh://b@node-1:22`, the host of `target.hosts[0]` again, expected each host once',
      null
    ],
    [
      'an empty list',
      ['target:', '  hosts: []', '  dir: /srv'],
      '3:10: `target.hosts` is empty, expected a non-empty list of ssh://[user@]host[:port]',
      null
    ],
    [
      'a fleet without dir',
      ['target:', '  hosts: [ssh://node-1]'],
      "2:1: a fleet has no `target.dir`, expected the compose project's absolute directory on the host",
      null
    ],
    [
      'a fleet with a relative dir',
      ['target:', '  hosts: [ssh://node-1]', '  dir: srv'],
      '4:8: `target.dir` is `srv`, expected an absolute path on the ssh host',
      null
    ],
    [
      'a nodeUrl without {host}',
      fleet,
      "8:49: `services.api.nodeUrl` is `http://node-1:8080`, expected an http(s) URL with {host} (each node's host name), like http://{host}:8080",
      '  api: { url: https://api.example.com, nodeUrl: "http://node-1:8080" }'
    ],
    [
      'a nodeUrl that is not http',
      fleet,
      "8:49: `services.api.nodeUrl` is `tcp://{host}:8080`, expected an http(s) URL with {host} (each node's host name), like http://{host}:8080",
      '  api: { url: https://api.example.com, nodeUrl: "tcp://{host}:8080" }'
    ],
    [
      'a nodeUrl on the local engine (no nodes to probe)',
      [],
      '3:40: `services.api.nodeUrl` has no nodes to probe, expected `target.hosts` (or `target.host`)',
      null
    ]
  ])('%s: one line at the value', (_, target, expected, service) => {
    expect(problem(base(target, service ?? undefined))).toBe(`driftcheck.yml:${expected}`)
  })
})

describe('nodeUrlFor', () => {
  it.each([
    ['http://{host}:8080', 'node-2', 'http://node-2:8080'],
    ['https://{host}/base', '10.0.0.12', 'https://10.0.0.12/base'],
    ['http://{host}:8080', 'fd00::12', 'http://[fd00::12]:8080'],
    ['http://{host}:8080/{host}', 'n', 'http://n:8080/n']
  ])('%s on %s → %s', (template, host, url) => {
    expect(nodeUrlFor(template, host)).toBe(url)
  })
})
