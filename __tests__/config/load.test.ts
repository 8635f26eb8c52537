import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError } from '../../src/core/errors.js'
import { DEFAULT_PROBE_TIMEOUT_MS, loadConfig, parseConfig } from '../../src/config/index.js'
import type { Expectation } from '../../src/config/index.js'

const here = dirname(fileURLToPath(import.meta.url))
// `.txt` so that formatters leave the verbatim copy alone.
const designFixture = join(here, 'fixtures', 'design-contract.txt')
// The project's design notes sit beside the checkout (../shared), on developers' machines and in CI.
const DESIGN = resolve('..', 'shared', 'DESIGN.md')
const lines = (...rows: string[]) => rows.join('\n') + '\n'
const env = { API_TOKEN: 'tok-3f9a1c', HOME: '/home/ci' }

describe('the DESIGN.md config contract', () => {
  // DESIGN.md lives outside the package: where it is absent the test shows as skipped, never as a silent pass.
  const withDesign = existsSync(DESIGN) ? it : it.skip
  withDesign('is copied verbatim into the fixture', async () => {
    const design = await readFile(DESIGN, 'utf8')
    const block = /## Config contract[\s\S]*?```yaml\n([\s\S]*?)```/.exec(design)?.[1]
    expect(await readFile(designFixture, 'utf8')).toBe(block)
  })

  it('loads into the normalised config', async () => {
    const config = await loadConfig(designFixture, env)
    const at = (line: number, column: number) => ({ file: designFixture, line, column })
    const probe = { method: 'GET', headers: {}, timeoutMs: DEFAULT_PROBE_TIMEOUT_MS }
    const none = { bodyContains: [], json: {}, headers: {} }
    expect(config).toEqual({
      version: 1,
      file: designFixture,
      baseDir: dirname(designFixture),
      target: {
        host: { raw: 'ssh://deploy@infra-node:22', user: 'deploy', hostname: 'infra-node', port: 22 },
        ssh: { identityFile: '/home/ci/.ssh/id_ed25519', knownHostsFile: '/home/ci/.ssh/known_hosts' },
        dir: '/srv/ai-backoffice-pack',
        compose: { project: 'aibp', files: ['docker-compose.yml'] }
      },
      services: {
        api: { name: 'api', url: 'https://api.example.com' },
        dashboard: { name: 'dashboard', url: 'https://app.example.com' }
      },
      features: [
        {
          name: 'workflow',
          source: ['backend/src/modules/workflow/', 'dashboard/src/pages/Workflow.tsx'],
          artifact: { api: ['/app/dist/modules/workflow'], dashboard: ['/www/pages/Workflow.html'] },
          routes: [
            {
              ...probe,
              service: 'api',
              path: '/api/v1/workflows/steps/definitions',
              expect: { status: { kind: 'protected' }, ...none },
              location: at(17, 9)
            },
            {
              ...probe,
              service: 'dashboard',
              path: '/pages/Workflow.html',
              expect: { status: { kind: 'codes', codes: [200] }, ...none },
              location: at(18, 9)
            }
          ],
          auth: [
            {
              ...probe,
              service: 'api',
              path: '/api/v1/workflows/steps/definitions',
              headers: { Authorization: 'Bearer tok-3f9a1c' },
              expect: { status: { kind: 'codes', codes: [200] }, bodyContains: ['close-books'], json: {}, headers: {} },
              location: at(20, 9)
            }
          ],
          location: at(11, 3)
        }
      ],
      secrets: ['tok-3f9a1c']
    })
  })
})

describe('defaults and normal forms', () => {
  const local = (...featureLines: string[]) =>
    lines(
      'version: 1',
      'services:',
      '  api: { url: "http://127.0.0.1:8080" }',
      '  worker:',
      'features:',
      '  f:',
      ...featureLines
    )

  it('targets the local engine in the config folder, with compose discovery', () => {
    const config = parseConfig(local('    source: src/'), '/repo/deploy/driftcheck.yml', {})
    expect(config.target).toEqual({ host: null, ssh: {}, dir: '/repo/deploy', compose: {} })
    expect(config.baseDir).toBe('/repo/deploy')
    expect(config.file).toBe('/repo/deploy/driftcheck.yml')
    expect(config.services).toEqual({ api: { name: 'api', url: 'http://127.0.0.1:8080' }, worker: { name: 'worker' } })
    expect(config.features[0]?.source).toEqual(['src/'])
  })

  it('reads a Swarm stack, with node overrides as ssh targets', () => {
    const text = lines(
      'version: 1',
      'target:',
      '  host: ssh://deploy@manager-1',
      '  dir: /srv/aibp',
      '  swarm:',
      '    stack: aibp',
      '    nodes: { worker-1: "ssh://ops@10.0.0.12:2222" }',
      'features: { f: { source: src/ } }'
    )
    const { target } = parseConfig(text, '/repo/driftcheck.yml', {})
    expect(target.swarm).toEqual({
      stack: 'aibp',
      nodes: { 'worker-1': { raw: 'ssh://ops@10.0.0.12:2222', user: 'ops', hostname: '10.0.0.12', port: 2222 } }
    })
    expect(
      parseConfig(
        lines('version: 1', 'target: { swarm: { stack: s } }', 'features: { f: { source: x } }'),
        '/r/d.yml',
        {}
      ).target.swarm
    ).toEqual({ stack: 's', nodes: {} })
  })

  it('resolves a relative file against the working directory', () => {
    const config = parseConfig(local('    source: src/'), 'driftcheck.yml', {})
    expect(config.file).toBe(resolve('driftcheck.yml'))
    expect(config.baseDir).toBe(process.cwd())
  })

  it.each([
    ['../stack', '/repo/stack'],
    ['.', '/repo/deploy'],
    ['/srv/app', '/srv/app'],
    ['~/apps/x', '/home/me/apps/x']
  ])('resolves a local target.dir %s to %s', (dir, resolved) => {
    const text = lines('version: 1', `target: { dir: "${dir}" }`, 'features: { f: { source: x } }')
    expect(parseConfig(text, '/repo/deploy/driftcheck.yml', { HOME: '/home/me' }).target.dir).toBe(resolved)
  })

  it.each([
    ['~/.ssh/id', '/home/me/.ssh/id'],
    ['keys/id', '/repo/deploy/keys/id'],
    ['/etc/ssh/id', '/etc/ssh/id']
  ])('expands the ssh identityFile %s to %s', (identityFile, expanded) => {
    const text = lines(
      'version: 1',
      'target:',
      '  host: ssh://infra',
      '  dir: /srv/x',
      `  ssh: { identityFile: "${identityFile}", knownHostsFile: ~/kh }`,
      'features: { f: { source: x } }'
    )
    const { target } = parseConfig(text, '/repo/deploy/driftcheck.yml', { HOME: '/home/me' })
    expect(target.ssh).toEqual({ identityFile: expanded, knownHostsFile: '/home/me/kh' })
    expect(target.host).toEqual({ raw: 'ssh://infra', hostname: 'infra' })
  })

  it('keeps features in file order with their locations', () => {
    const text = lines(
      'version: 1',
      'features:',
      '  zeta: { source: a }',
      '  alpha:',
      '    source: [b]',
      '  mid: { source: c }'
    )
    const { features } = parseConfig(text, '/r/d.yml', {})
    expect(features.map((f) => [f.name, f.location?.line, f.location?.column])).toEqual([
      ['zeta', 3, 3],
      ['alpha', 4, 3],
      ['mid', 6, 3]
    ])
  })

  it('fills probe defaults: GET, no headers, 15 s, routes expect `exists`, auth expects 200', () => {
    const text = local(
      '    routes: [{ service: api, path: /r }]',
      '    auth:',
      '      - service: api',
      '        path: /a'
    )
    const [feature] = parseConfig(text, '/r/d.yml', {}).features
    const none = { bodyContains: [], json: {}, headers: {} }
    expect(feature?.routes[0]).toMatchObject({ method: 'GET', headers: {}, timeoutMs: 15000 })
    expect(feature?.routes[0]?.expect).toEqual({ status: { kind: 'exists' }, ...none })
    expect(feature?.auth[0]?.expect).toEqual({ status: { kind: 'codes', codes: [200] }, ...none })
    expect(feature?.routes[0]?.body).toBeUndefined()
  })

  it('takes method, headers, body and timeout as written', () => {
    const text = local(
      '    auth:',
      '      - service: api',
      '        path: /login',
      '        method: post',
      '        headers: { Content-Type: application/json, X-Retries: 3 }',
      '        body: \'{"user":"ci"}\'',
      '        timeout: 500ms'
    )
    const probe = parseConfig(text, '/r/d.yml', {}).features[0]?.auth[0]
    expect(probe).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Retries': '3' },
      body: '{"user":"ci"}',
      timeoutMs: 500
    })
  })

  it('takes an extension method only with allowExtensionMethod: true, and every standard method without it', () => {
    const text = local(
      '    routes:',
      '      - { service: api, path: /cache, method: purge, allowExtensionMethod: true }',
      '      - { service: api, path: /dav, method: PROPFIND, allowExtensionMethod: true }',
      '      - { service: api, path: /std, method: patch, allowExtensionMethod: false }',
      ...['get', 'HEAD', 'Post', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'].map(
        (m) => `      - { service: api, path: /s, method: ${m} }`
      )
    )
    const methods = parseConfig(text, '/r/d.yml', {}).features[0]?.routes.map((r) => r.method)
    expect(methods).toEqual(['PURGE', 'PROPFIND', 'PATCH', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE'])
    const refused = local('    routes: [{ service: api, path: /cache, method: PURGE, allowExtensionMethod: false }]')
    expect(() => parseConfig(refused, '/r/d.yml', {})).toThrow(/`PURGE`, not a standard HTTP method/)
  })

  it.each([
    ['"15s"', 15000],
    ['2m', 120000],
    ['250ms', 250]
  ])('reads timeout %p as %i ms', (timeout, ms) => {
    const text = local(`    routes: [{ service: api, path: /r, timeout: ${timeout} }]`)
    expect(parseConfig(text, '/r/d.yml', {}).features[0]?.routes[0]?.timeoutMs).toBe(ms)
  })

  // `timeout: 30` used to mean 30 ms without a word: a bare number is now an error that asks for the unit.
  it.each(['30', '3000', '0.5'])('refuses a bare number of a timeout (%s) with its position', (timeout) => {
    const text = local(`    routes: [{ service: api, path: /r, timeout: ${timeout} }]`)
    expect(() => parseConfig(text, '/r/d.yml', {})).toThrow(
      `/r/d.yml:7:49: \`features.f.routes[0].timeout\` is \`${timeout}\` (a number), expected a duration with a unit, like "500ms", "30s" or "2m" (a bare number has no unit)`
    )
  })

  const none = { bodyContains: [], json: {}, headers: {} }
  it.each<[string, string, Expectation]>([
    ['protected', 'protected', { status: { kind: 'protected' }, ...none }],
    ['exists', 'exists', { status: { kind: 'exists' }, ...none }],
    ['a status', '204', { status: { kind: 'codes', codes: [204] }, ...none }],
    ['a list of statuses', '[200, 301, 200]', { status: { kind: 'codes', codes: [200, 301] }, ...none }],
    [
      'an object without status (the route default)',
      '{ bodyContains: ok }',
      { ...none, status: { kind: 'exists' }, bodyContains: ['ok'] }
    ],
    ['an object with status `protected`', '{ status: protected }', { status: { kind: 'protected' }, ...none }],
    [
      'an object with a status list',
      '{ status: [401, 403] }',
      { status: { kind: 'codes', codes: [401, 403] }, ...none }
    ],
    [
      'an object with every check',
      '{ status: 200, bodyContains: [a, b], json: { "data.steps[0].id": close-books, ok: true, n: 2 }, headers: { Content-Type: text/html } }',
      {
        status: { kind: 'codes', codes: [200] },
        bodyContains: ['a', 'b'],
        json: { 'data.steps[0].id': 'close-books', ok: true, n: 2 },
        headers: { 'Content-Type': 'text/html' }
      }
    ],
    [
      'JSON paths from the end and with quoted keys (the forms the probe evaluates)',
      `{ json: { "items[-1].id": 7, 'data["a.b"]': x } }`,
      { ...none, status: { kind: 'exists' }, json: { 'items[-1].id': 7, 'data["a.b"]': 'x' } }
    ]
  ])('normalises expect: %s', (_, expectYaml, expectation) => {
    const text = local(`    routes: [{ service: api, path: /r, expect: ${expectYaml} }]`)
    expect(parseConfig(text, '/r/d.yml', {}).features[0]?.routes[0]?.expect).toEqual(expectation)
  })

  it('accepts services outside compose (image, container) and artifact as a single path', () => {
    const text = lines(
      'version: 1',
      'services:',
      '  legacy: { image: "legacy:1.2", container: legacy-1 }',
      'features:',
      '  f: { artifact: { legacy: /opt/app } }'
    )
    const config = parseConfig(text, '/r/d.yml', {})
    expect(config.services.legacy).toEqual({ name: 'legacy', image: 'legacy:1.2', container: 'legacy-1' })
    expect(config.features[0]?.artifact).toEqual({ legacy: ['/opt/app'] })
  })

  it('applies YAML anchors and merge keys (explicit keys win)', () => {
    const text = local(
      '    routes:',
      '      - &probe { service: api, path: /one, timeout: 1s }',
      '      - { <<: *probe, path: /two, timeout: 2s }',
      '      - { <<: *probe, path: /three }'
    )
    const routes = parseConfig(text, '/r/d.yml', {}).features[0]?.routes ?? []
    expect(routes.map((r) => [r.service, r.path, r.timeoutMs, r.location?.line])).toEqual([
      ['api', '/one', 1000, 8],
      ['api', '/two', 2000, 9],
      ['api', '/three', 1000, 10]
    ])
  })
})

describe('interpolation', () => {
  const text = lines(
    'version: 1',
    'target:',
    '  host: "ssh://${SSH_USER}@${SSH_HOST:-infra}:22"',
    '  dir: /srv/${PROJECT:-app}',
    'services:',
    '  api: { url: "https://${API_HOST}" }',
    'features:',
    '  f:',
    '    source: ["price: $${AMOUNT}"]',
    '    auth:',
    '      - service: api',
    '        path: /me',
    '        headers: { Authorization: "Bearer ${API_TOKEN}", X-Env: "${STAGE:-prod}" }'
  )
  const vars = { SSH_USER: 'deployer', API_HOST: 'api.internal', API_TOKEN: 'tok-3f9a1c' }

  it('replaces variables in every string value, keeping defaults and literal $${', () => {
    const config = parseConfig(text, '/r/d.yml', vars)
    expect(config.target.host).toEqual({
      raw: 'ssh://${SSH_USER}@${SSH_HOST:-infra}:22',
      user: 'deployer',
      hostname: 'infra',
      port: 22
    })
    expect(config.target.dir).toBe('/srv/app')
    expect(config.services.api?.url).toBe('https://api.internal')
    expect(config.features[0]?.source).toEqual(['price: ${AMOUNT}'])
    expect(config.features[0]?.auth[0]?.headers).toEqual({ Authorization: 'Bearer tok-3f9a1c', 'X-Env': 'prod' })
  })

  it('marks every value from the environment as a secret, and no default', () => {
    expect(parseConfig(text, '/r/d.yml', vars).secrets.sort()).toEqual(['api.internal', 'deployer', 'tok-3f9a1c'])
  })

  it('leaves out of the secrets only the variables listed under publicEnv', () => {
    const config = parseConfig(`publicEnv: [API_HOST, SSH_USER]\n${text}`, '/r/d.yml', vars)
    expect(config.services.api?.url).toBe('https://api.internal')
    expect(config.secrets).toEqual(['tok-3f9a1c'])
  })

  it('publicEnv takes variable names only', () => {
    const error = catchError(() => parseConfig(`publicEnv: ["API_HOST}"]\n${text}`, '/r/d.yml', vars))
    expect(error.message).toMatch(/^\/r\/d\.yml:1:13: .*a variable name like API_URL/)
  })

  it.each([
    ['a bad URL', 'url: "https://${API_HOST}"', 'url: "${API_HOST}"', { API_HOST: 'tok-SECRET-url' }],
    ['a bad ssh host', '"ssh://${SSH_USER}@${SSH_HOST:-infra}:22"', '"${SSH_HOST}"', { SSH_HOST: 'tok-SECRET-host' }],
    ['an unknown service', '- service: api', '- service: "${SVC}"', { SVC: 'tok-SECRET-svc' }],
    ['a relative ssh dir', '/srv/${PROJECT:-app}', '${PROJECT}', { PROJECT: 'tok-SECRET-dir' }],
    ['a bad status', 'path: /me', 'path: /me\n        expect: "${CODE}"', { CODE: 'tok-SECRET-code' }]
  ])('never quotes a secret in an error: %s', (_, from, to, extra) => {
    const secret = Object.values(extra)[0]!
    const bad = text.replace(from, to)
    const error = catchError(() => parseConfig(bad, '/r/d.yml', { ...vars, ...extra }))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).not.toContain(secret)
    expect(error.message).toMatch(/\$\{[A-Z_]+\}/)
  })
})

describe('errors: one line, file:line:col, the first problem in the file', () => {
  const base = [
    'version: 1', //                                    1
    'services:', //                                     2
    '  api: { url: "https://api.example.com" }', //     3
    '  dashboard: { url: https://app.example.com }', // 4
    '  worker: {}', //                                  5
    'features:', //                                     6
    '  workflow:', //                                   7
    '    source: [backend/src/modules/workflow/]', //   8
    '    artifact:', //                                 9
    '      api: [/app/dist/modules/workflow]', //       10
    '    routes:', //                                   11
    '      - { service: api, path: /api/v1/x, expect: protected }', // 12
    '    auth:', //                                     13
    '      - service: api', //                          14
    '        path: /api/v1/x', //                       15
    '        expect: { status: 200, bodyContains: ok }' // 16
  ]
  const edit = (changes: Record<number, string | null>, extra: string[] = []) =>
    lines(
      ...base.flatMap((row, i) => (i + 1 in changes ? (changes[i + 1] === null ? [] : [changes[i + 1]!]) : [row])),
      ...extra
    )

  it('the base config is valid', () => {
    expect(parseConfig(edit({}), 'driftcheck.yml', {}).features).toHaveLength(1)
  })

  it('accepts a glob in the last segment of an artifact path (hashed bundles), kept as written', () => {
    const config = parseConfig(
      edit({ 10: '      api: [/app/frontend/dist/assets/index-*.js, "/app/v1/[a-f]?.js"]' }),
      'driftcheck.yml',
      {}
    )
    expect(config.features[0]!.artifact.api).toEqual(['/app/frontend/dist/assets/index-*.js', '/app/v1/[a-f]?.js'])
  })

  it.each<[string, string, string]>([
    [
      'an absolute source path (source paths are relative to the checkout)',
      edit({ 8: '    source: [/backend/src/modules/workflow/]' }),
      "8:14: source path `/backend/src/modules/workflow/` is absolute; source paths are relative to the config's folder (the checkout): did you mean `backend/src/modules/workflow/`?"
    ],
    [
      'an absolute source path written alone',
      edit({ 8: '    source: /backend' }),
      "8:13: source path `/backend` is absolute; source paths are relative to the config's folder (the checkout): did you mean `backend`?"
    ],
    [
      'an unknown key, with a suggestion',
      edit({ 11: '    rotues:' }),
      '11:5: unknown key `rotues` (did you mean `routes`?), expected one of `source`, `artifact`, `routes`, `auth`'
    ],
    [
      'an unknown top-level key',
      edit({}, ['sevices: {}']),
      '17:1: unknown key `sevices` (did you mean `services`?), expected one of `version`, `target`, `services`, `features`, `discover`, `openapi`, `publicEnv`, `preview`'
    ],
    [
      'an unknown key with nothing close',
      edit({ 3: '  api: { url: "https://x", build: . }' }),
      '3:28: unknown key `build`, expected one of `url`, `nodeUrl`, `image`, `container`'
    ],
    [
      'a wrong type',
      edit({ 8: '    source: { a: b }' }),
      '8:13: `features.workflow.source` is a mapping, expected a path or glob or a non-empty list of them'
    ],
    [
      'a wrong scalar type',
      edit({ 3: '  api: { url: 8080 }' }),
      '3:15: `services.api.url` is `8080` (a number), expected a string'
    ],
    ['version 2', edit({ 1: 'version: 2' }), '1:10: `version` is `2`, expected 1'],
    ['version "1" (a string)', edit({ 1: 'version: "1"' }), '1:10: `version` is `1`, expected 1'],
    ['no version', edit({ 1: null }), '1:1: the config has no `version`, expected `version: 1`'],
    [
      'an artifact for an unknown service',
      edit({ 10: '      apj: [/app/dist/modules/workflow]' }),
      '10:7: unknown service `apj` (did you mean `api`?), expected one of `api`, `dashboard`, `worker`'
    ],
    [
      'a route to an unknown service',
      edit({ 12: '      - { service: dashbord, path: /x }' }),
      '12:20: unknown service `dashbord` (did you mean `dashboard`?), expected one of `api`, `dashboard`, `worker`'
    ],
    [
      'an auth probe to an unknown service',
      edit({ 14: '      - service: billing' }),
      '14:18: unknown service `billing`, expected one of `api`, `dashboard`, `worker`'
    ],
    [
      'an expect that is none of the forms',
      edit({ 12: '      - { service: api, path: /api/v1/x, expect: protectd }' }),
      '12:50: `features.workflow.routes[0].expect` is `protectd`, expected `protected`, `exists`, a status (200), ' +
        'a list of statuses ([200, 204]) or a mapping with `status`, `bodyContains`, `json`, `headers` (did you mean `protected`?)'
    ],
    [
      'an expect of the wrong type',
      edit({ 12: '      - { service: api, path: /api/v1/x, expect: true }' }),
      '12:50: `features.workflow.routes[0].expect` is `true`, expected `protected`, `exists`, a status (200), ' +
        'a list of statuses ([200, 204]) or a mapping with `status`, `bodyContains`, `json`, `headers`'
    ],
    [
      'a status out of range',
      edit({ 12: '      - { service: api, path: /api/v1/x, expect: 999 }' }),
      '12:50: `features.workflow.routes[0].expect` is `999`, expected an HTTP status from 100 to 599'
    ],
    [
      'a bad status in a list',
      edit({ 12: '      - { service: api, path: /api/v1/x, expect: [200, ok] }' }),
      '12:56: `features.workflow.routes[0].expect[1]` is `ok` (a string), expected an HTTP status from 100 to 599'
    ],
    [
      'a bad expect.status',
      edit({ 16: '        expect: { status: allowed }' }),
      '16:27: `features.workflow.auth[0].expect.status` is `allowed`, expected `protected`, `exists`, a status (200) ' +
        'or a list of statuses ([200, 204])'
    ],
    [
      'an unknown key inside expect',
      edit({ 16: '        expect: { status: 200, bodyContain: ok }' }),
      '16:32: unknown key `bodyContain` (did you mean `bodyContains`?), expected one of `status`, `bodyContains`, `json`, `headers`'
    ],
    [
      'a malformed JSON path',
      edit({ 16: '        expect: { json: { "data..id": 1 } }' }),
      '16:27: JSON path `data..id` is malformed, expected a path like `data.steps[0].id`'
    ],
    [
      'a probed service without url',
      edit({ 12: '      - { service: worker, path: /x }' }),
      '12:20: service `worker` has no `url` to probe, expected `services.worker.url`'
    ],
    [
      'a bad URL',
      edit({ 4: '  dashboard: { url: app.example.com }' }),
      '4:21: `services.dashboard.url` is `app.example.com`, expected an http(s) URL like https://api.example.com'
    ],
    [
      'a URL that is not http',
      edit({ 4: '  dashboard: { url: "ftp://app.example.com" }' }),
      '4:21: `services.dashboard.url` is `ftp://app.example.com`, expected an http(s) URL like https://api.example.com'
    ],
    [
      'a target.host that is not ssh://',
      edit({}, ['target:', '  host: deploy@infra:22', '  dir: /srv/app']),
      '18:9: `target.host` is `deploy@infra:22`, expected ssh://[user@]host[:port] (omit it for the local engine)'
    ],
    [
      'an ssh target without dir',
      edit({}, ['target:', '  host: ssh://infra']),
      "17:1: an ssh target has no `target.dir`, expected the compose project's absolute directory on the host"
    ],
    [
      'an ssh target with a relative dir',
      edit({}, ['target:', '  host: ssh://infra', '  dir: srv/app']),
      '19:8: `target.dir` is `srv/app`, expected an absolute path on the ssh host'
    ],
    [
      'a Swarm without a stack',
      edit({}, ['target:', '  swarm: { nodes: {} }']),
      '18:3: `target.swarm` has no `stack`, expected `stack`: the stack name (`docker stack deploy … <stack>`)'
    ],
    [
      'a Swarm stack name with a space',
      edit({}, ['target:', '  swarm: { stack: "ai bp" }']),
      '18:19: `target.swarm.stack` is `ai bp`, expected a stack name of letters, digits, `_`, `.` and `-`'
    ],
    [
      'a Swarm node URL that is not ssh://',
      edit({}, ['target:', '  swarm:', '    stack: aibp', '    nodes: { worker-1: "deploy@10.0.0.12" }']),
      "20:24: `target.swarm.nodes.worker-1` is `deploy@10.0.0.12`, expected ssh://[user@]host[:port] of that node's engine"
    ],
    [
      'a Swarm with an unknown key',
      edit({}, ['target:', '  swarm: { stack: aibp, node: {} }']),
      '18:25: unknown key `node` (did you mean `nodes`?), expected one of `stack`, `nodes`'
    ],
    [
      'a container: service in a Swarm stack',
      edit({ 5: '  worker: { container: aibp-worker }' }, ['target:', '  swarm: { stack: aibp }']),
      '5:13: `services.worker.container` does not apply to a Swarm stack (its service is `aibp_worker`), expected no `container` with `target.swarm`'
    ],
    [
      'a relative artifact path',
      edit({ 10: '      api: [/app/dist, app/dist/modules/workflow]' }),
      '10:24: `features.workflow.artifact.api[1]` is `app/dist/modules/workflow`, expected an absolute path (starting with /)'
    ],
    [
      'a glob in a directory of an artifact path (one directory is listed per glob)',
      edit({ 10: '      api: [/app/dist, /app/*/index.js]' }),
      '10:24: artifact path `/app/*/index.js` has a glob in a directory (`*`), expected a glob in the last segment only (one directory is listed per glob): name the directories, e.g. `/app/dist/assets/index-*.js`'
    ],
    [
      'a glob artifact path written alone, with `**`',
      edit({ 10: '      api: /app/dist/**' }),
      "10:12: artifact path `/app/dist/**` uses `**`, expected `*` (only the glob's own directory is listed, not its subdirectories): use `*`"
    ],
    [
      'a feature with nothing to check',
      edit({}, ['  empty: { routes: [] }']),
      '17:3: feature `empty` has nothing to check, expected at least one of `source`, `artifact`, `routes`, `auth`'
    ],
    [
      'a feature that is empty',
      edit({}, ['  empty:']),
      '17:3: `features.empty` is empty, expected a mapping with `source`, `artifact`, `routes`, `auth`'
    ],
    [
      'a missing variable, named, at the ${',
      edit({ 16: '        headers: { Authorization: "Bearer ${API_TOKEN}" }' }),
      '16:43: environment variable `API_TOKEN` is not set, expected it in the environment (or write ${API_TOKEN:-default})'
    ],
    [
      'a missing variable in a block scalar',
      edit({ 16: '        body: |' }, ['          {"token": "${TOKEN}"}']),
      '17:22: environment variable `TOKEN` is not set, expected it in the environment (or write ${TOKEN:-default})'
    ],
    [
      'a missing path in a probe',
      edit({ 12: '      - { service: api, expect: protected }' }),
      '12:9: `features.workflow.routes[0]` has no `path`, expected `path`: the path probed, appended to the service URL'
    ],
    [
      'a path without a leading slash',
      edit({ 15: '        path: api/v1/x' }),
      '15:15: `features.workflow.auth[0].path` is `api/v1/x`, expected a path starting with /'
    ],
    [
      'a bad timeout',
      edit({ 15: '        path: /x', 16: '        timeout: 15 seconds' }),
      '16:18: `features.workflow.auth[0].timeout` is `15 seconds`, expected a duration with a unit, like "500ms", "30s" or "2m" (a bare number has no unit)'
    ],
    [
      'a duplicate key (YAML)',
      edit({ 5: '  api: {}' }),
      '5:3: duplicate key `api`, expected each key once per mapping'
    ],
    [
      'a YAML syntax error',
      edit({ 8: '    source: [backend/src/modules/workflow/' }),
      '9:5: invalid YAML: deficient indentation (a `[`, `{` or quote left open above?), expected valid YAML'
    ],
    [
      'a misspelt required key: the typo, not the missing key',
      edit({ 12: '      - { service: api, pth: /api/v1/x }' }),
      '12:25: unknown key `pth` (did you mean `path`?), expected one of `service`, `path`, `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`'
    ],
    [
      'a misspelt method: a server answers it 400, which `exists` would accept',
      edit({ 12: '      - { service: api, path: /api/v1/x, method: PSOT }' }),
      '12:50: `features.workflow.routes[0].method` is `PSOT`, not a standard HTTP method (did you mean `POST`?), expected one of ' +
        'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE, or `allowExtensionMethod: true` on the probe for an extension method'
    ],
    [
      'an extension method without the opt-in',
      edit({ 15: '        path: /api/v1/x', 16: '        method: propfind' }),
      '16:17: `features.workflow.auth[0].method` is `propfind`, not a standard HTTP method, expected one of ' +
        'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, TRACE, or `allowExtensionMethod: true` on the probe for an extension method'
    ],
    [
      'an opt-in that is not a boolean',
      edit({ 12: '      - { service: api, path: /x, method: PURGE, allowExtensionMethod: "true" }' }),
      '12:72: `features.workflow.routes[0].allowExtensionMethod` is `true` (a string), expected true or false'
    ],
    [
      'a missing variable, not the check it makes fail',
      edit({ 15: '        path: "${API_PATH}"' }),
      '15:16: environment variable `API_PATH` is not set, expected it in the environment (or write ${API_PATH:-default})'
    ],
    [
      'the first of two problems in file order',
      edit({ 4: '  dashboard: { url: 42 }', 11: '    rotues:' }),
      '4:21: `services.dashboard.url` is `42` (a number), expected a string'
    ]
  ])('%s', (_, text, expected) => {
    const error = catchError(() => parseConfig(text, 'deploy/driftcheck.yml', {}))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toBe(`deploy/driftcheck.yml:${expected}`)
    expect(error.message).not.toContain('\n')
    const [line, column] = expected.split(':').map(Number)
    expect((error as ConfigError).location).toEqual({ file: 'deploy/driftcheck.yml', line, column })
  })

  it.each([
    ['an empty file', '', 'driftcheck.yml:1:1: the file is empty, expected a mapping with `version: 1` and `features`'],
    ['a list', '- a\n', 'driftcheck.yml:1:1: the config is a list, expected a mapping'],
    [
      'no features',
      'version: 1\n',
      'driftcheck.yml:1:1: the config has no `features`, expected `features`: the features to prove, by name'
    ],
    [
      'two documents',
      'version: 1\n---\nversion: 1\n',
      'driftcheck.yml:2:1: more than one YAML document, expected a single document'
    ]
  ])('%s', (_, text, message) => {
    expect(() => parseConfig(text, 'driftcheck.yml', {})).toThrow(message)
  })
})

describe('loadConfig', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftcheck-config-'))
    await mkdir(join(dir, 'stack'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('reads the file and takes its folder as the base', async () => {
    const file = join(dir, 'stack', 'driftcheck.yml')
    await writeFile(file, lines('version: 1', 'features: { f: { source: "${SRC}" } }'))
    const config = await loadConfig(file, { SRC: 'app/' })
    expect(config).toMatchObject({
      file,
      baseDir: join(dir, 'stack'),
      target: { dir: join(dir, 'stack') },
      secrets: ['app/']
    })
  })

  it.each([
    ['a missing file', 'nope.yml', 'nope.yml: no such file, expected a driftcheck config file (see --config)'],
    ['a directory', 'stack', 'stack: is a directory, expected a driftcheck config file (see --config)']
  ])('names %s in a ConfigError', async (_, name, message) => {
    const error = await loadConfig(join(dir, name), {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(`${join(dir, message)}`)
  })
})

function catchError(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error')
}
