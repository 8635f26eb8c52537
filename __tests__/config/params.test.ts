import { describe, it, expect } from '@jest/globals'
import { ConfigError } from '../../src/core/errors.js'
import { fillPath, pathPlaceholders } from '../../src/core/path-params.js'
import { parseConfig } from '../../src/config/load.js'

const FILE = 'driftcheck.yml'
/** A feature with one route probe written on line 5 and an auth probe from line 6 (the probe's own lines given). */
const config = (route: string, auth: string[] = ['      - { service: api, path: /me }']) =>
  [
    'version: 1', //                                 1
    'services: { api: { url: "http://127.0.0.1:1" } }', // 2
    'features:', //                                  3
    '  f:', //                                       4
    `    routes: [${route}]`, //                     5
    '    auth:', //                                  6
    ...auth //                                       7…
  ].join('\n') + '\n'

function errorOf(text: string, env: Record<string, string> = {}): ConfigError {
  try {
    parseConfig(text, FILE, env)
  } catch (error) {
    return error as ConfigError
  }
  throw new Error('expected a config error')
}

describe('pathPlaceholders and fillPath', () => {
  it.each<[string, string[]]>([
    ['/api/articles/:slug', ['slug']],
    ['/api/articles/{slug}', ['slug']],
    ['/orgs/:org/repos/{repo}/issues/:number', ['org', 'repo', 'number']],
    ['/files/{name}.json', ['name']],
    // Not placeholders: a colon inside a segment (Google-style custom methods), a query string, no name.
    ['/v1/things:search', []],
    ['/search?q={term}', []],
    ['/a/:/b/{}', []],
    ['/plain/path', []]
  ])('%s → %j', (path, names) => {
    expect(pathPlaceholders(path).map((p) => p.name)).toEqual(names)
  })

  it.each<[string, Record<string, string>, string]>([
    ['/api/articles/:slug', { slug: 'hello-drift' }, '/api/articles/hello-drift'],
    ['/api/articles/{slug}', { slug: 'hello-drift' }, '/api/articles/hello-drift'],
    // One segment: a slash, a space, a `?`, a `#` and a `%` are encoded, never read as path, query or fragment.
    ['/api/articles/:slug', { slug: 'a b/c?d#e%f' }, '/api/articles/a%20b%2Fc%3Fd%23e%25f'],
    ['/u/:id/posts/:id', { id: '7' }, '/u/7/posts/7'],
    ['/u/:id?page=:id', { id: '7' }, '/u/7?page=:id'],
    ['/files/{name}.json', { name: 'report' }, '/files/report.json'],
    ['/plain', {}, '/plain']
  ])('fillPath(%s, %j) = %s', (path, params, filled) => {
    expect(fillPath(path, params)).toBe(filled)
  })
})

describe('params on probes', () => {
  it('are normalised as strings; a probe without params has none', () => {
    const parsed = parseConfig(
      config('{ service: api, path: "/api/articles/:slug", params: { slug: hello-drift } }', [
        '      - { service: api, path: "/users/{id}", params: { id: 42 }, headers: { Authorization: "Bearer ${T}" } }'
      ]),
      FILE,
      { T: 'tok-params-secret' }
    )
    const [route] = parsed.features[0]!.routes
    const [auth] = parsed.features[0]!.auth
    expect(route).toMatchObject({ path: '/api/articles/:slug', params: { slug: 'hello-drift' } })
    expect(auth).toMatchObject({ path: '/users/{id}', params: { id: '42' } })
    const plain = parseConfig(config('{ service: api, path: /x }'), FILE, {}).features[0]!.routes[0]!
    expect(plain).not.toHaveProperty('params')
  })

  it('may come from the environment: then they are secrets (unless in publicEnv)', () => {
    const text = config('{ service: api, path: "/a/:slug", params: { slug: "${SLUG}" } }')
    expect(parseConfig(text, FILE, { SLUG: 'hello-secret' }).secrets).toEqual(['hello-secret'])
    expect(parseConfig(`publicEnv: [SLUG]\n${text}`, FILE, { SLUG: 'hello-secret' }).secrets).toEqual([])
  })

  it.each<[string, string, number, string, string]>([
    [
      'a placeholder without a value (probed literally, it would be reported missing)',
      config('{ service: api, path: "/api/articles/:slug" }'),
      5,
      '"/api/articles/:slug"',
      '`/api/articles/:slug` has the placeholder `slug` with no value, expected `params: { slug: … }` on this probe'
    ],
    [
      'a `{name}` placeholder without a value, in an auth probe',
      config('{ service: api, path: /x }', ['      - service: api', '        path: /users/{id}']),
      8,
      '/users/{id}',
      '`/users/{id}` has the placeholder `id` with no value, expected `params: { id: … }` on this probe'
    ],
    [
      'a misspelt param: the placeholder first, then the typo named',
      config('{ service: api, path: "/a/:slug", params: { slg: x } }'),
      5,
      '"/a/:slug"',
      '`/a/:slug` has the placeholder `slug` with no value (is `slg` in `params` a typo?), expected `params: { slug: … }` on this probe'
    ],
    [
      'a param for no placeholder, with a suggestion',
      config('{ service: api, path: "/a/:slug", params: { slug: x, slugg: y } }'),
      5,
      'slugg:',
      'unknown parameter `slugg` (did you mean `slug`?): `/a/:slug` has no such placeholder, expected one of `slug`'
    ],
    [
      'params on a path without placeholders',
      config('{ service: api, path: /a/b, params: { id: 1 } }'),
      5,
      'id: 1',
      'unknown parameter `id`: `/a/b` has no such placeholder, expected a placeholder `:id` or `{id}` in the path'
    ],
    [
      'an empty value (it would probe the parent path)',
      config('{ service: api, path: "/a/:slug", params: { slug: "" } }'),
      5,
      '""',
      'parameter `slug` is ``, expected a path segment (not empty, not `.` or `..`)'
    ],
    [
      'a `..` value (it would probe another route)',
      config('{ service: api, path: "/a/:slug", params: { slug: ".." } }'),
      5,
      '".."',
      'parameter `slug` is `..`, expected a path segment (not empty, not `.` or `..`)'
    ],
    [
      'params that are not a mapping',
      config('{ service: api, path: "/a/:slug", params: [x] }'),
      5,
      '[x]',
      '`features.f.routes[0].params` is a list, expected a mapping of names to strings'
    ]
  ])('%s', (_, text, line, needle, message) => {
    // The position is that of `needle` on `line`: the path for a missing value, the param for the others.
    const column = text.split('\n')[line - 1]!.indexOf(needle) + 1
    const error = errorOf(text)
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.message).toBe(`${FILE}:${line}:${column}: ${message}`)
    expect(error.location).toEqual({ file: FILE, line, column })
  })

  it('a param from an unset variable is the error of the layer that needs it, at the variable', () => {
    const text = config('{ service: api, path: "/a/:slug", params: { slug: "${SLUG}" } }')
    const column = text.split('\n')[4]!.indexOf('${SLUG}') + 1
    expect(errorOf(text).message).toBe(
      `${FILE}:5:${column}: environment variable \`SLUG\` is not set, expected it in the environment (or write \${SLUG:-default})`
    )
    expect(() => parseConfig(text, FILE, {}, { uses: ['auth'] })).not.toThrow()
  })
})
