import { describe, expect, it } from '@jest/globals'
import {
  artifactPathProblem,
  byteOrder,
  globMatches,
  listingPlan,
  matchingNames,
  parseArtifactPath,
  pastEveryMatch,
  type GlobArtifactPath
} from '../../src/core/artifact-glob.js'

const glob = (written: string): GlobArtifactPath => {
  const parsed = parseArtifactPath(written)
  if (parsed.kind !== 'glob') throw new Error(`${written} is not a glob`)
  return parsed
}

describe('parseArtifactPath', () => {
  it.each([
    ['/app/dist/modules/workflow', { kind: 'literal', path: '/app/dist/modules/workflow' }],
    ['/app/dist/modules/workflow/', { kind: 'literal', path: '/app/dist/modules/workflow/' }],
    // Escaped glob characters are literal; an unclosed `[` is no glob.
    ['/app/pages/\\[id\\].js', { kind: 'literal', path: '/app/pages/[id].js' }],
    ['/app/a\\*b', { kind: 'literal', path: '/app/a*b' }],
    ['/app/[abc', { kind: 'literal', path: '/app/[abc' }],
    // Braces and extglobs are not glob syntax here.
    ['/app/{a,b}.js', { kind: 'literal', path: '/app/{a,b}.js' }],
    ['/app/@(a).js', { kind: 'literal', path: '/app/@(a).js' }],
    [
      '/app/frontend/dist/assets/index-*.js',
      { kind: 'glob', directory: '/app/frontend/dist/assets', name: 'index-*.js', prefix: 'index-' }
    ],
    ['/app/v?.js', { kind: 'glob', directory: '/app', name: 'v?.js', prefix: 'v' }],
    ['/app/[0-9].js', { kind: 'glob', directory: '/app', name: '[0-9].js', prefix: '' }],
    ['/*.txt', { kind: 'glob', directory: '/', name: '*.txt', prefix: '' }],
    ['/app//assets/x*', { kind: 'glob', directory: '/app//assets', name: 'x*', prefix: 'x' }],
    ['/srv/\\[v\\]/a-*.js', { kind: 'glob', directory: '/srv/[v]', name: 'a-*.js', prefix: 'a-' }],
    ['/app/\\*x*', { kind: 'glob', directory: '/app', name: '\\*x*', prefix: '*x' }]
  ])('%s', (written, expected) => {
    expect(parseArtifactPath(written)).toEqual({ written, ...expected })
  })
})

describe('artifactPathProblem (config)', () => {
  it.each([
    '/app/dist/modules/workflow',
    '/app/frontend/dist/assets/index-*.js',
    '/app/pages/[id].js',
    '/app/\\*/x.js',
    '/app/a\\*\\*b'
  ])('accepts %s', (written) => {
    expect(artifactPathProblem(written)).toBeNull()
  })

  it.each([
    ['/app/*/index.js', 'has a glob in a directory (`*`)', 'name the directories'],
    ['/app/modules-?/x/index.js', 'has a glob in a directory (`modules-?`)', 'name the directories'],
    ['/app/dist/*/', 'has a glob in a directory (`*`)', 'drop the trailing `/`'],
    ['/app/**', 'uses `**`', 'use `*`'],
    ['/app/x**.js', 'uses `**`', 'use `*`']
  ])('rejects %s', (written, problem, fix) => {
    const message = artifactPathProblem(written)
    expect(message).toContain(`artifact path \`${written}\` ${problem}`)
    expect(message).toContain(fix)
  })
})

describe('globMatches: the shell rules', () => {
  it.each([
    ['index-*.js', 'index-3f9a1c.js', true],
    ['index-*.js', 'index-3f9a1c.css', false],
    ['index-*.js', 'vendor-3f9a1c.js', false],
    ['*.js', '.hidden.js', false],
    ['?.js', '.js', false],
    ['.*', '.env', true],
    ['*', '.', false],
    ['*', '..', false],
    ['v?.js', 'v1.js', true],
    ['v?.js', 'v10.js', false],
    ['[0-9].js', '7.js', true],
    ['[0-9].js', 'a.js', false],
    ['[!a].js', 'b.js', true],
    ['[!a].js', 'a.js', false],
    ['[^a].js', 'a.js', false],
    // A literal `[id].js` keeps working (the name as written always matches), besides what the class matches.
    ['[id].js', '[id].js', true],
    ['[id].js', 'i.js', true],
    ['\\[id\\]-*.js', '[id]-x.js', true],
    ['\\[id\\]-*.js', 'i-x.js', false],
    ['{a,b}-*.js', 'a-x.js', false],
    ['{a,b}-*.js', '{a,b}-x.js', true],
    ['index-*.js', 'index-a/b.js', false]
  ])('%s vs %s → %s', (name, entry, expected) => {
    expect(globMatches(glob(`/app/${name}`), entry)).toBe(expected)
  })

  it('matchingNames sorts what matched', () => {
    const names = ['index-b2.js', 'vendor.js', 'index-a1.js', 'index-a1.css']
    expect(matchingNames(glob('/app/assets/index-*.js'), names)).toEqual(['index-a1.js', 'index-b2.js'])
  })
})

describe('listingPlan', () => {
  it('lists each literal path and each glob directory once, with the prefixes of its globs', () => {
    expect(
      listingPlan([
        '/app/dist/modules/workflow',
        '/app/assets/index-*.js',
        '/app/assets/index-*.css',
        '/app/assets/*.svg',
        '/app/dist/modules/workflow',
        '/www/v?.html',
        '/app/pages/\\[id\\].js'
      ])
    ).toEqual({
      paths: ['/app/dist/modules/workflow', '/app/pages/[id].js'],
      directories: [
        { path: '/app/assets', prefixes: ['index-', ''] },
        { path: '/www', prefixes: ['v'] }
      ]
    })
  })

  it('has no directories without globs', () => {
    expect(listingPlan(['/a', '/b']).directories).toEqual([])
  })
})

describe('pastEveryMatch: when a sorted walk may stop', () => {
  it.each([
    [['index-'], 'a.js', false],
    [['index-'], 'index-3f.js', false],
    [['index-'], 'index.html', true],
    [['index-'], 'vendor.js', true],
    [['index-'], 'index', false],
    [['index-', 'vendor-'], 'logo.svg', false],
    [['index-', 'vendor-'], 'zz', true],
    [[''], 'zzzz', false],
    [['index-', ''], 'zzzz', false]
  ])('prefixes %j, at %s → %s', (prefixes, name, expected) => {
    expect(pastEveryMatch({ path: '/app', prefixes }, name)).toBe(expected)
  })

  it('orders by UTF-8 bytes, as Go does (not by UTF-16 units)', () => {
    // U+FF5E is one UTF-16 unit above the surrogate pair of U+1F600, but below it in UTF-8.
    expect(byteOrder('\uff5e', '\u{1f600}')).toBeLessThan(0)
    expect('\uff5e' < '\u{1f600}').toBe(false)
  })
})
