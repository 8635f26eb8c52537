// Compose's own rules, one copy each (src/core/compose/): the files it finds, its interpolation, a published port.
import { describe, expect, it } from '@jest/globals'
import { COMPOSE_FILE_NAMES, composeFilesIn } from '../../src/core/compose/file-names.js'
import { interpolateCompose } from '../../src/core/compose/interpolate.js'
import { parsePortSpec, wholePort } from '../../src/core/compose/published-port.js'

describe('interpolateCompose (compose’s rule, not the config’s)', () => {
  const env = { TAG: '1.2', EMPTY: '', REG: 'registry.local' }
  it.each([
    ['plain', 'shop/api', 'shop/api'],
    ['${NAME}', 'shop/api:${TAG}', 'shop/api:1.2'],
    ['$NAME', 'shop/api:$TAG', 'shop/api:1.2'],
    ['unset is empty', 'shop/api${NOPE}', 'shop/api'],
    [':- on unset', 'api:${NOPE:-dev}', 'api:dev'],
    [':- on empty', 'api:${EMPTY:-dev}', 'api:dev'],
    ['- on unset', 'api:${NOPE-dev}', 'api:dev'],
    ['- keeps empty', 'api:${EMPTY-dev}', 'api:'],
    ['$$ is a literal $', 'a$$b', 'a$b'],
    ['several', '${REG}/api:${TAG:-x}', 'registry.local/api:1.2']
  ])('%s', (_name, text, expected) => {
    expect(interpolateCompose(text, env)).toBe(expected)
  })

  it.each([
    ['${NAME:?err}', 'api:${TAG:?tag needed}'],
    ['${NAME:+alt}', 'api:${TAG:+x}'],
    ['a nested default', 'api:${NOPE:-${TAG}}'],
    ['an unclosed ${', 'api:${TAG'],
    ['a lone $', 'api:$']
  ])('leaves %s to compose (null)', (_name, text) => {
    expect(interpolateCompose(text, env)).toBeNull()
  })
})

describe('interpolateCompose without the environment compose runs with (init)', () => {
  it.each([
    ['a default on unset', '127.0.0.1:${API_PORT:-18080}:8080', {}, '127.0.0.1:18080:8080'],
    ['- on unset', '${WEB_PORT-9090}', {}, '9090'],
    ['$$ is a literal $', 'a$$b', {}, 'a$b'],
    ['a variable that is set', '${PORT}:80', { PORT: '8080' }, '8080:80'],
    ['set but empty stays empty', '${EMPTY}', { EMPTY: '' }, ''],
    ['${NAME} unset is unknown, not empty', '${API_PORT}:8080', {}, null],
    ['$NAME unset is unknown, not empty', '$API_PORT:8080', {}, null],
    ['what compose reads itself stays null', '${API_PORT:?set it}:8080', {}, null]
  ])('%s', (_name, text, env, expected) => {
    expect(interpolateCompose(text, env, 'unknown')).toBe(expected)
  })
})

describe('composeFilesIn: the files compose looks for, in compose v2’s order', () => {
  it.each<[string, string[], { files: string[]; overrides: string[] }]>([
    ['none', ['README.md', 'compose.prod.yaml'], { files: [], overrides: [] }],
    ['one file', ['docker-compose.yml', 'src/index.js'], { files: ['docker-compose.yml'], overrides: [] }],
    [
      'the override of any name, not only the one named like the file',
      ['docker-compose.yml', 'compose.override.yml'],
      { files: ['docker-compose.yml'], overrides: ['compose.override.yml'] }
    ],
    [
      'several, in v2’s order (docker-compose.yml before .yaml)',
      ['docker-compose.yaml', 'docker-compose.yml', 'compose.yml'],
      { files: ['compose.yml', 'docker-compose.yml', 'docker-compose.yaml'], overrides: [] }
    ],
    [
      'several overrides, .yml before .yaml',
      ['compose.yaml', 'compose.override.yaml', 'compose.override.yml'],
      { files: ['compose.yaml'], overrides: ['compose.override.yml', 'compose.override.yaml'] }
    ],
    ['a file in a subfolder is not the folder’s', ['apps/api/compose.yaml'], { files: [], overrides: [] }]
  ])('%s', (_name, present, expected) => {
    expect(composeFilesIn(present)).toEqual(expected)
  })

  it('lists the four names', () => {
    expect(COMPOSE_FILE_NAMES).toEqual(['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'])
  })
})

describe('parsePortSpec: a published port as compose files (init) and compose config (preview) write it', () => {
  const tcp = (target: number, published: string | null, hostIp: string | null = null) => ({
    target,
    protocol: 'tcp',
    hostIp,
    published
  })
  it.each<[unknown, unknown]>([
    // init's table (the compose file as written, after interpolation)
    ['127.0.0.1:18080:8080', tcp(8080, '18080', '127.0.0.1')],
    ['8080:80', tcp(80, '8080')],
    ['0.0.0.0:8080:80/tcp', tcp(80, '8080', '0.0.0.0')],
    ['[::1]:9000:80', tcp(80, '9000', '::1')],
    [{ target: 80, published: 8081, host_ip: '127.0.0.1' }, tcp(80, '8081', '127.0.0.1')],
    [{ target: 80, published: '9090' }, tcp(80, '9090')],
    ['80', tcp(80, null)],
    ['8000-8010:80', tcp(80, '8000-8010')],
    // the preview's table (compose config's output, v1 short and long, v2 long)
    ['127.0.0.1:18080:8080/tcp', tcp(8080, '18080', '127.0.0.1')],
    ['18080:8080', tcp(8080, '18080')],
    ['8080', tcp(8080, null)],
    ['127.0.0.1::8080', tcp(8080, null, '127.0.0.1')],
    ['[::1]:18080:8080/udp', { target: 8080, protocol: 'udp', hostIp: '::1', published: '18080' }],
    [{ target: 9090, published: 19090 }, tcp(9090, '19090')],
    [{ target: 5432 }, tcp(5432, null)],
    [
      { mode: 'ingress', host_ip: '127.0.0.1', target: 8080, published: '18080', protocol: 'tcp' },
      tcp(8080, '18080', '127.0.0.1')
    ],
    [
      { target: 80, protocol: 'sctp' },
      { target: 80, protocol: 'sctp', hostIp: null, published: null }
    ],
    // a YAML number
    [8080, tcp(8080, null)],
    // not one container port
    ['8000-8010:8000-8010', { problem: 'form' }],
    ['x:y:z:w', { problem: 'form' }],
    ['127.0.0.1:8080:http', { problem: 'form' }],
    [{ published: 80 }, { problem: 'target' }],
    [{ target: '8000-8010', published: '8000-8010' }, { problem: 'target' }]
  ])('%j → %j', (entry, expected) => {
    expect(parsePortSpec(entry)).toEqual(expected)
  })

  it.each<[unknown, number | null]>([
    ['18080', 18080],
    [18080, 18080],
    [' 80 ', 80],
    ['8000-8010', null],
    ['', null],
    [null, null]
  ])('wholePort(%j) → %j', (value, expected) => {
    expect(wholePort(value)).toBe(expected)
  })
})
