import { describe, expect, it } from '@jest/globals'
import { detectConventions } from '../../src/init/conventions.js'
import { portOf, serviceUrl, parseComposeFile, mergeOverride } from '../../src/init/compose.js'
import { dockerignore } from '../../src/init/dockerignore.js'

describe('folder conventions', () => {
  it.each<[string, string[], { glob: string; names: string[] }[]]>([
    [
      'src/modules/* folders',
      ['src/modules/users/index.ts', 'src/modules/billing/index.ts', 'src/main.ts'],
      [{ glob: 'src/modules/*/', names: ['billing', 'users'] }]
    ],
    [
      'pages of one kind of file',
      ['web/pages/Workflow.html', 'web/pages/Home.html'],
      [{ glob: 'web/pages/*.html', names: ['Home', 'Workflow'] }]
    ],
    ['pages of mixed kinds are not one feature per file', ['web/pages/a.html', 'web/pages/b.css'], []],
    [
      'a monorepo: apps/* and the conventions inside each app',
      [
        'apps/api/src/routes/orders.js',
        'apps/api/src/routes/users.js',
        'apps/web/pages/index.html',
        'packages/ui/index.js'
      ],
      [
        { glob: 'apps/*/', names: ['api', 'web'] },
        { glob: 'apps/api/src/routes/*.js', names: ['orders', 'users'] },
        { glob: 'apps/web/pages/*.html', names: ['index'] },
        { glob: 'packages/*/', names: ['ui'] }
      ]
    ],
    [
      'a convention inside a module is the module’s own wiring',
      ['src/modules/users/routes/list.js', 'src/modules/users/index.js'],
      [{ glob: 'src/modules/*/', names: ['users'] }]
    ],
    [
      'dependencies, build output and hidden folders are not read',
      ['node_modules/x/modules/a/index.js', 'dist/modules/a/index.js', '.cache/pages/a.html'],
      []
    ],
    ['no convention folder', ['src/index.ts', 'lib/util.ts'], []]
  ])('%s', (_, files, expected) => {
    expect(detectConventions(files).map(({ glob, names }) => ({ glob, names }))).toEqual(expected)
  })
})

describe('compose ports → url', () => {
  it.each<[unknown, string | null]>([
    ['127.0.0.1:18080:8080', 'http://127.0.0.1:18080'],
    ['8080:80', 'http://127.0.0.1:8080'],
    ['0.0.0.0:8080:80/tcp', 'http://127.0.0.1:8080'],
    ['127.0.0.1:${API_PORT:-18080}:8080', 'http://127.0.0.1:18080'],
    ['[::1]:9000:80', 'http://[::1]:9000'],
    [{ target: 80, published: 8081, host_ip: '127.0.0.1' }, 'http://127.0.0.1:8081'],
    [{ target: 80, published: '${WEB_PORT:-9090}' }, 'http://127.0.0.1:9090'],
    ['80', null],
    ['${API_PORT}:8080', null],
    ['8000-8010:80', null],
    ['5353:53/udp', null]
  ])('%j → %s', (port, url) => {
    expect(serviceUrl([portOf(port)])).toBe(url)
  })

  it('takes the first TCP port: a UDP port published before it is not the URL', () => {
    expect(serviceUrl(['5353:53/udp', '127.0.0.1:8080:80'].map(portOf))).toBe('http://127.0.0.1:8080')
  })

  it.each<[unknown, RegExp]>([
    ['${API_PORT}:8080', /variable without a default/],
    ['$API_PORT:8080', /variable without a default/],
    [{ target: 80, published: '${WEB_PORT}' }, /variable without a default/],
    ['127.0.0.1::8080', /random host port/],
    ['80', /random host port/],
    ['8000-8010:80', /host port `8000-8010` is not one number/],
    ['8000-8010:8000-8010', /not one container port/],
    [{ published: 8080 }, /not one container port/],
    ['5353:53/udp', /udp port \(driftcheck probes HTTP, over TCP\)/],
    [{ target: 53, published: 5353, protocol: 'udp' }, /udp port/]
  ])('%j is unknown, with why', (port, reason) => {
    expect(portOf(port)).toEqual({
      status: 'unknown',
      written: expect.any(String),
      reason: expect.stringMatching(reason)
    })
  })

  it('interpolates a port as compose does: $$ is a literal $, ${VAR-default} takes the default', () => {
    expect(portOf('${API_PORT-18080}:8080')).toEqual({
      status: 'published',
      host: 18080,
      container: 8080,
      hostIp: null
    })
    expect(portOf('$$API_PORT:8080')).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/not one number/)
    })
  })

  it('reads build contexts, Dockerfiles and targets relative to the repository', () => {
    const text = [
      'services:',
      '  api: { build: ./apps/api, ports: ["127.0.0.1:3000:3000"] }',
      '  web: { build: { context: apps/web, dockerfile: docker/Dockerfile.prod, target: prod } }',
      '  db: { image: postgres:16 }'
    ].join('\n')
    expect(parseComposeFile(text, 'compose.yaml')).toEqual([
      {
        name: 'api',
        build: { context: 'apps/api', dockerfile: 'Dockerfile' },
        image: null,
        ports: [{ status: 'published', host: 3000, container: 3000, hostIp: '127.0.0.1' }]
      },
      {
        name: 'web',
        build: { context: 'apps/web', dockerfile: 'docker/Dockerfile.prod', target: 'prod' },
        image: null,
        ports: []
      },
      { name: 'db', build: null, image: 'postgres:16', ports: [] }
    ])
  })

  it('an override adds ports and replaces a build', () => {
    const base = parseComposeFile('services:\n  api: { build: . }\n', 'docker-compose.yml')
    const override = parseComposeFile('services:\n  api: { ports: ["8080:80"] }\n', 'docker-compose.override.yml')
    expect(serviceUrl(mergeOverride(base, override)[0]!.ports)).toBe('http://127.0.0.1:8080')
    expect(mergeOverride(base, override)[0]!.build).toEqual({ context: '', dockerfile: 'Dockerfile' })
  })

  it('bad YAML and a file without services are one line with the position', () => {
    expect(() => parseComposeFile('services:\n  api: [\n', 'docker-compose.yml')).toThrow(
      /^docker-compose\.yml:\d+:\d+: invalid YAML/
    )
    expect(() => parseComposeFile('version: "3"\n', 'compose.yaml')).toThrow('compose.yaml: no `services:` section')
  })
})

describe('.dockerignore', () => {
  it.each<[string, string, boolean]>([
    ['src/modules/reports', 'src/modules/reports', true],
    ['src/modules/reports', 'src/modules/reports/index.js', true],
    ['src/modules/reports', 'src/modules/users', false],
    ['/src/modules/*\n!src/modules/users', 'src/modules/users', false],
    ['/src/modules/*\n!src/modules/users', 'src/modules/billing', true],
    ['# comment\n**/*.md', 'docs/readme.md', true],
    ['node_modules/', 'node_modules/x', true]
  ])('%j: %s excluded = %s', (text, path, excluded) => {
    expect(dockerignore(text)(path)).toBe(excluded)
  })
})
