import { describe, expect, it } from '@jest/globals'
import { readComposeYaml } from '../../src/adapters/compose/yaml.js'

describe('readComposeYaml', () => {
  it.each([
    ['1.1: `on` and `yes` are booleans, as PyYAML reads them', 'a: on\nb: yes\n', '1.1', { a: true, b: true }],
    ['1.2: they stay words', 'a: on\nb: yes\n', '1.2', { a: 'on', b: 'yes' }],
    [
      '1.1: merge keys',
      'x: &x {image: a}\nservices:\n  s: {<<: *x, build: .}\n',
      '1.1',
      {
        x: { image: 'a' },
        services: { s: { image: 'a', build: '.' } }
      }
    ],
    [
      'JSON, as v2 prints its config',
      '{"services": {"s": {"image": "a"}}}',
      '1.2',
      { services: { s: { image: 'a' } } }
    ],
    ['no document', '# nothing here\n', '1.1', null],
    ['an empty text', '', '1.2', null]
  ] as const)('%s', (_, text, version, expected) => {
    expect(readComposeYaml(text, version)).toEqual(expected)
  })

  it.each([
    ['a duplicate key', 'services:\n  a: {}\n  a: {}\n', /duplicated mapping key/],
    ['two documents', 'a: 1\n---\nb: 2\n', /more than one YAML document/],
    ['a syntax error', 'a: b: c\n', /bad indentation/]
  ])('throws on %s', (_, text, message) => {
    expect(() => readComposeYaml(text, '1.1')).toThrow(message)
  })
})
