import { describe, expect, it } from '@jest/globals'
import { matchList, normalisePattern } from '../../src/adapters/git.js'
import { parseConfig } from '../../src/config/load.js'
import { parseArtifactPath } from '../../src/core/artifact-glob.js'
import { discoveredMatches, fillDiscovered, unknownDiscoverPlaceholders } from '../../src/core/discover.js'
import { ConfigError } from '../../src/core/errors.js'
import type { SourceTree } from '../../src/core/ports.js'
import { expandDiscovery } from '../../src/engine/discover.js'

/** A checkout of these tracked files, matched as GitSourceTree matches them (its own pure matcher). */
function treeOf(files: string[]): SourceTree & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    revision: async () => null,
    revisionDate: async () => null,
    dirty: async () => false,
    match: async (pattern) => {
      asked.push(pattern)
      return matchList(files, normalisePattern(pattern))
    }
  }
}

const FILES = [
  'backend/src/main.ts',
  'backend/src/modules/workflow/index.ts',
  'backend/src/modules/billing/index.ts',
  'backend/src/modules/billing/invoice.ts',
  'backend/src/modules/user admin/index.ts',
  'backend/src/modules/README.md',
  'dashboard/src/pages/home.tsx',
  'dashboard/src/pages/reports.tsx'
]

const config = (lines: string[]) => parseConfig(lines.join('\n') + '\n', 'driftcheck.yml', {})

const BASE = ['version: 1', 'services:', '  api: { url: "http://127.0.0.1:1" }', '  web: {}']

describe('discoveredMatches: what one match fills in', () => {
  it.each([
    [
      'folders only (a trailing /)',
      ['a/x/', 'a/x/i.ts', 'a/y/', 'a/z.md'],
      true,
      [
        ['x', 'a/x'],
        ['y', 'a/y']
      ]
    ],
    [
      'files and folders',
      ['p/home.tsx', 'p/app.d.ts', 'p/lib/'],
      false,
      [
        ['app.d', 'p/app.d.ts'],
        ['home', 'p/home.tsx'],
        ['lib', 'p/lib']
      ]
    ],
    ['a dotfile keeps its name', ['p/.env'], false, [['.env', 'p/.env']]],
    [
      'sorted whatever the listing order',
      ['m/b/', 'm/a/', 'm/c/'],
      true,
      [
        ['a', 'm/a'],
        ['b', 'm/b'],
        ['c', 'm/c']
      ]
    ],
    ['nothing', ['m/readme.md'], true, []]
  ])('%s', (_, listed, foldersOnly, expected) => {
    expect(discoveredMatches(listed, foldersOnly).map((m) => [m.name, m.path])).toEqual(expected)
  })
})

describe('fillDiscovered', () => {
  const match = { name: 'user admin', path: 'backend/src/modules/user admin' }
  it.each([
    ['/app/dist/modules/{name}', 'none', '/app/dist/modules/user admin'],
    ['/app/{path}/index.js', 'none', '/app/backend/src/modules/user admin/index.js'],
    ['/api/v1/{name}', 'url', '/api/v1/user%20admin'],
    ['/src/{path}', 'url', '/src/backend/src/modules/user%20admin'],
    ['/api/{name}/{id}', 'url', '/api/user%20admin/{id}'],
    ['api-{name}', 'none', 'api-user admin'],
    ['/app/{name}/*.js', 'glob', '/app/user admin/*.js']
  ] as const)('%s (%s)', (template, encode, expected) => {
    expect(fillDiscovered(template, match, encode)).toBe(expected)
  })

  it('escapes glob characters of a name filled into an artifact path: a `[id]` folder is that name', () => {
    const next = { name: '[id]', path: 'pages/[id]' }
    expect(fillDiscovered('/app/.next/server/pages/{name}.js', next, 'glob')).toBe(
      '/app/.next/server/pages/\\[id\\].js'
    )
    expect(parseArtifactPath(fillDiscovered('/app/pages/{name}.js', next, 'glob'))).toMatchObject({
      kind: 'literal',
      path: '/app/pages/[id].js'
    })
    expect(fillDiscovered('/app/{path}', { name: 'a*', path: 'x/a*?' }, 'glob')).toBe('/app/x/a\\*\\?')
  })

  it('names the placeholders that are none of its own', () => {
    expect(unknownDiscoverPlaceholders('/app/{nmae}/{path}/{x}')).toEqual(['nmae', 'x'])
  })
})

describe('expandDiscovery: one feature per match, after the literal features', () => {
  const lines = [
    ...BASE,
    'features:', //                                           5
    '  main:', //                                             6
    '    source: backend/src/main.ts', //                     7
    'discover:', //                                           8
    '  - source: backend/src/modules/*/', //                  9
    '    artifact: { api: ["/app/dist/modules/{name}"] }', // 10
    '    routes: [{ service: api, path: "/api/v1/{name}", expect: protected }]', // 11
    '  - source: dashboard/src/pages/*.tsx', //               12
    '    name: "page-{name}"', //                             13
    '    artifact: { web: "/srv/{path}" }' //                 14
  ]

  it('fills the templates for every folder (and file) the glob matches in the checkout', async () => {
    const tree = treeOf(FILES)
    const expanded = await expandDiscovery(config(lines), tree)
    expect(tree.asked).toEqual(['backend/src/modules/*/', 'dashboard/src/pages/*.tsx'])
    expect(expanded.features.map((f) => f.name)).toEqual([
      'main',
      'billing',
      'user admin',
      'workflow',
      'page-home',
      'page-reports'
    ])
    const billing = expanded.features[1]!
    expect(billing).toMatchObject({
      source: ['backend/src/modules/billing'],
      artifact: { api: ['/app/dist/modules/billing'] },
      routes: [{ service: 'api', path: '/api/v1/billing', expect: { status: { kind: 'protected' } } }],
      location: { file: 'driftcheck.yml', line: 9, column: 5 }
    })
    expect(expanded.features[2]!.routes[0]!.path).toBe('/api/v1/user%20admin')
    expect(expanded.features[4]).toMatchObject({
      source: ['dashboard/src/pages/home.tsx'],
      artifact: { web: ['/srv/dashboard/src/pages/home.tsx'] }
    })
    expect(expanded.discover).toEqual([])
  })

  it('is idempotent, and the same on every call (each action step expands again)', async () => {
    const loaded = config(lines)
    const once = await expandDiscovery(loaded, treeOf(FILES))
    const tree = treeOf(FILES)
    expect(await expandDiscovery(once, tree)).toBe(once)
    expect(tree.asked).toEqual([])
    expect(await expandDiscovery(loaded, treeOf([...FILES].reverse()))).toEqual(once)
  })

  it('a module added to the source is a feature without touching the config', async () => {
    const expanded = await expandDiscovery(config(lines), treeOf([...FILES, 'backend/src/modules/reports/index.ts']))
    expect(expanded.features.find((f) => f.name === 'reports')?.artifact).toEqual({
      api: ['/app/dist/modules/reports']
    })
  })

  it('a config without discover is returned as it is', async () => {
    const plain = config([...BASE, 'features:', '  main: { source: backend/src/main.ts }'])
    expect(await expandDiscovery(plain, treeOf(FILES))).toBe(plain)
  })

  it('a name defined twice is a config error naming both positions (literal and discovered)', async () => {
    const clash = [...BASE, 'features:', '  billing:', '    source: x', ...lines.slice(7, 11)]
    const error = await expandDiscovery(config(clash), treeOf(FILES)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(
      'driftcheck.yml:9:5: feature `billing` is defined twice: `discover[0]` (backend/src/modules/billing) at driftcheck.yml:9:5, ' +
        'and `features.billing` at driftcheck.yml:6:3; expected one definition (give the discover entry a `name` like `api-{name}`)'
    )
  })

  it('two entries that make the same name: both positions, and both matches', async () => {
    const twice = [
      ...BASE,
      'discover:', //                                             5
      '  - source: backend/src/modules/*/', //                    6
      '    artifact: { api: "/app/{name}" }', //                  7
      '  - source: "*/src/modules/*/"', //                        8
      '    artifact: { api: "/other/{name}" }' //                 9
    ]
    await expect(expandDiscovery(config(twice), treeOf(FILES))).rejects.toThrow(
      'driftcheck.yml:8:5: feature `billing` is defined twice: `discover[1]` (backend/src/modules/billing) at driftcheck.yml:8:5, ' +
        'and `discover[0]` (backend/src/modules/billing) at driftcheck.yml:6:5'
    )
  })

  it('a glob that matches nothing is a config error at its entry, never an empty pass', async () => {
    const typo = [...BASE, 'discover:', '  - source: backend/src/modules/*/', '    artifact: { api: "/app/{name}" }']
    const error = await expandDiscovery(config(typo), treeOf(['backend/src/main.ts'])).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toBe(
      'driftcheck.yml:6:5: `discover[0].source` `backend/src/modules/*/` matches no folder in the checkout (tracked files), expected a glob that matches at least one'
    )
  })
})

describe('the config checks a discover entry without the checkout', () => {
  const entry = (...lines: string[]) => [...BASE, 'discover:', ...lines]
  it.each([
    [
      'a literal path',
      entry('  - source: backend/src/modules/billing', '    artifact: { api: "/app/{name}" }'),
      '6:13: `discover[0].source` is `backend/src/modules/billing`, not a glob, expected a glob like `backend/src/modules/*/` (one feature per match)'
    ],
    [
      'an absolute glob',
      entry('  - source: /src/modules/*/', '    artifact: { api: "/app/{name}" }'),
      "6:13: source path `/src/modules/*/` is absolute; source paths are relative to the config's folder (the checkout): did you mean `src/modules/*/`?"
    ],
    [
      'a name that is the same for every match',
      entry('  - source: m/*/', '    name: module', '    artifact: { api: "/app/{name}" }'),
      '7:11: `discover[0].name` is `module`, the same for every match, expected a name with `{name}` or `{path}`'
    ],
    [
      'a placeholder typo',
      entry('  - source: m/*/', '    artifact: { api: "/app/{nmae}" }'),
      '7:22: `discover[0].artifact.api` has the placeholder `{nmae}` (did you mean `name`?), expected `{name}` or `{path}`'
    ],
    [
      'nothing to check beyond the matches',
      entry('  - source: m/*/'),
      '6:5: `discover[0]` checks nothing beyond its own matches, expected at least one of `artifact`, `routes`, `auth`'
    ],
    [
      'an unknown service',
      entry('  - source: m/*/', '    artifact: { apu: "/app/{name}" }'),
      '7:17: unknown service `apu` (did you mean `api`?), expected one of `api`, `web`'
    ],
    [
      'a glob in an artifact directory',
      entry('  - source: m/*/', '    artifact: { api: "/app/*/{name}" }'),
      '7:22: artifact path `/app/*/{name}` has a glob in a directory (`*`)'
    ],
    [
      'a probe path parameter still needs its value',
      entry('  - source: m/*/', '    routes: [{ service: api, path: "/api/{name}/{id}" }]'),
      '7:36: `/api/{name}/{id}` has the placeholder `id` with no value'
    ],
    [
      'a param for the placeholder the engine fills',
      entry('  - source: m/*/', '    routes: [{ service: api, path: "/api/{name}", params: { name: x } }]'),
      'unknown parameter `name`: `/api/{name}` has no such placeholder'
    ],
    [
      'neither features nor discover',
      ['version: 1'],
      '1:1: the config has no `features`, expected `features`: the features to prove, by name, or `discover`: one feature per match of a source glob'
    ]
  ])('%s', (_, lines, message) => {
    expect(() => config(lines)).toThrow(message)
  })

  it('`{name}` and `{path}` in a route path are not path parameters', () => {
    const loaded = config(entry('  - source: m/*/', '    routes: [{ service: api, path: "/api/{name}/{path}" }]'))
    expect(loaded.discover).toMatchObject([
      { source: 'm/*/', name: '{name}', routes: [{ path: '/api/{name}/{path}' }], location: { line: 6, column: 5 } }
    ])
    expect(loaded.features).toEqual([])
  })
})
