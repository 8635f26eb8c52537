import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml'
import { ConfigError } from '../../src/core/errors.js'
import { readYamlTree } from '../../src/config/yaml-tree.js'
import type { PathSegment } from '../../src/config/positions.js'

const at = (text: string, path: PathSegment[], env: Record<string, string> = {}) => {
  const { index } = readYamlTree(text, 'f.yml', env)
  const { line, column } = index.location(index.valueOffset(path))
  return `${line}:${column}`
}

describe('readYamlTree: positions as written', () => {
  it.each([
    ['a plain scalar', 'k: v\n', ['k'], '1:4'],
    ['a quoted scalar: at its quote', 'k: "v"\nj: \'w\'\n', ['j'], '2:4'],
    ['a literal block: at its indicator', 'k: |  # c\n  x\n', ['k'], '1:4'],
    ['a block scalar under a key holding `|#`', '"|#": |\n  x\n', ['|#'], '1:7'],
    ['a folded block with chomping', 'a: 1\nk: >-\n  x\n  y\n', ['k'], '2:4'],
    ['an empty value: at its key', 'a: 1\nk:\n', ['k'], '2:1'],
    ['an empty list item: after its dash', 'k:\n  - \n  - a\n', ['k', 0], '2:5'],
    ['a flow item', 'k: [a, "b"]\n', ['k', 1], '1:8'],
    ['a nested block mapping: at its first key', 'k:\n  a: 1\n', ['k'], '2:3'],
    ['an alias: at its *', 'a: &x 1\nb: *x\n', ['b'], '2:4'],
    ['a merged key: at the anchor it came from', 'd: &d\n  u: 1\ns:\n  <<: *d\n', ['s', 'u'], '2:6'],
    ['CRLF line ends', 'a: 1\r\nk: |\r\n  x\r\n', ['k'], '2:4']
  ] as const)('%s', (_, text, path, expected) => {
    expect(at(text, [...path])).toBe(expected)
  })

  it('an unset variable is placed at its ${, also in a block scalar', () => {
    const tree = readYamlTree('a: 1\nk: |\n  x ${NOPE}\n', 'f.yml', {})
    expect(tree.unset.map((p) => tree.index.location(p.offset))).toEqual([{ file: 'f.yml', line: 3, column: 5 }])
  })
})

describe('readYamlTree: values under YAML 1.2 core', () => {
  it('resolves plain scalars and explicit core tags; other tags and quoted scalars stay text', () => {
    const text = 'a: 0x1F\nb: 1e3\nc: yes\nd: ~\ne: "1"\nf: !!str 12\ng: !!int "7"\nh: !foo bar\ni: .inf\n'
    expect(readYamlTree(text, 'f.yml', {}).value).toEqual({
      a: 31,
      b: 1000,
      c: 'yes',
      d: null,
      e: '1',
      f: '12',
      g: 7,
      h: 'bar',
      i: Infinity
    })
  })

  it('merges `<<` (one mapping or a list), explicit keys winning', () => {
    const text = 'x: &x {a: 1, b: 1}\ny: &y {c: 1}\nm:\n  <<: [*x, *y]\n  b: 2\n'
    expect(readYamlTree(text, 'f.yml', {}).value).toMatchObject({ m: { a: 1, b: 2, c: 1 } })
  })

  it.each([
    [
      'a duplicate key',
      'a: 1\nb:\n  c: 1\n  c: 2\n',
      'f.yml:4:3: duplicate key `c`, expected each key once per mapping'
    ],
    ['two documents', 'a: 1\n---\nb: 2\n', 'f.yml:2:1: more than one YAML document, expected a single document'],
    [
      'an alias to no anchor',
      'a: *nope\n',
      'f.yml:1:4: invalid YAML: unknown alias `*nope` (an anchor must be set before its alias), expected valid YAML'
    ],
    [
      'a syntax error, in js-yaml’s words',
      'a: b: c\n',
      'f.yml:1:5: invalid YAML: bad indentation of a mapping entry, expected valid YAML'
    ],
    [
      'a file of comments only',
      '# nothing\n',
      'f.yml:1:1: the file is empty, expected a mapping with `version: 1` and `features`'
    ]
  ])('%s', (_, text, message) => {
    const error = (() => {
      try {
        readYamlTree(text, 'f.yml', {})
      } catch (thrown) {
        return thrown
      }
    })()
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).message).toBe(message)
  })
})

/** Every node of yaml's syntax tree with its path: the reference for values and positions (the `yaml` library). */
function nodesOf(
  node: Node | null,
  path: PathSegment[] = [],
  keyStart?: number
): { path: PathSegment[]; start: number }[] {
  if (!node) return []
  const range = node.range!
  const start = range[0] === range[1] && keyStart !== undefined ? keyStart : range[0]
  const own = { path, start }
  if (isMap(node))
    return [
      own,
      ...node.items.flatMap((pair) => {
        const key = pair.key as Node
        const value = pair.value as Node | null
        const name = String((key as { value: unknown }).value)
        return value
          ? nodesOf(value, [...path, name], key.range![0])
          : [{ path: [...path, name], start: key.range![0] }]
      })
    ]
  if (isSeq(node)) return [own, ...node.items.flatMap((item, i) => nodesOf(item as Node, [...path, i]))]
  return isScalar(node) ? [own] : []
}

describe('readYamlTree agrees with the yaml library', () => {
  // No `$` (interpolation is tested above) and no `<<` (merges are: yaml reads it as a key); every layout yaml can write.
  const text = fc.string({ maxLength: 10 }).map((s) => s.replace(/\$/g, ''))
  const key = fc.oneof(
    fc.constantFrom(
      'a',
      'version',
      'x y',
      '1',
      'true',
      'k:v',
      '#h',
      '-',
      '"q"',
      '|',
      '>-',
      '|#',
      '&x',
      '!t',
      '*a',
      '? q',
      '[k]',
      "it's",
      'a\nb'
    ),
    text.filter((s) => s !== '<<')
  )
  const scalar = fc.oneof(
    text,
    fc.constantFrom('', 'null', '0x1F', '1e3', 'yes', '- x', ': y', '[a]', '#c', '*a', '&b', '|', 'a\nb\n', ' lead'),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null)
  )
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('tree'), { maxLength: 4 }),
      fc.dictionary(key, tie('tree'), { maxKeys: 4 })
    )
  }))
  const layout = fc.record({
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    indent: fc.integer({ min: 1, max: 4 }),
    lineWidth: fc.constantFrom(0, 20, 80)
  }) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>

  it('on the value and on the position of every node', () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), layout, (value, options) => {
        const yamlText = stringify(value, options)
        const reference = parseDocument(yamlText)
        const tree = readYamlTree(yamlText, 'f.yml', {})
        expect(tree.value).toEqual(reference.toJS())
        for (const node of nodesOf(reference.contents as Node))
          expect([node.path, tree.index.valueOffset(node.path)]).toEqual([node.path, node.start])
      }),
      { numRuns: 500 }
    )
  })
})
