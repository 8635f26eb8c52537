import { describe, it, expect } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { configSchema } from '../../src/config/schema.js'
import { loadConfig } from '../../src/config/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const schemaFile = join(root, 'schema', 'driftcheck.schema.json')
const designFixture = join(root, '__tests__', 'config', 'fixtures', 'design-contract.txt')
const exampleConfig = join(root, 'examples', 'stack', 'driftcheck.yml')
const shipped = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>

/** The shipped file as an editor would use it: plain draft-07, no knowledge of our `x-expected` wording. */
function editorValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false })
  return ajv.compile(shipped)
}

describe('schema/driftcheck.schema.json', () => {
  it('is the schema the loader validates with (regenerate: UPDATE_SCHEMA=1 npx jest __tests__/config/schema)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(schemaFile, JSON.stringify(configSchema, null, 2) + '\n')
    expect(JSON.parse(readFileSync(schemaFile, 'utf8'))).toEqual(configSchema)
  })

  it('is a valid draft-07 schema', () => {
    const ajv = new Ajv({ strict: false })
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(ajv.validateSchema(shipped)).toBe(true)
  })

  it('describes every property, for editor completion', () => {
    const undocumented: string[] = []
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return
      const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties ?? {}
      for (const [key, property] of Object.entries(properties)) {
        const target = typeof property.$ref === 'string' ? resolveRef(property.$ref) : property
        if (!property.description && !target.description) undocumented.push(`${path}.${key}`)
      }
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`)
    }
    walk(shipped, '#')
    expect(undocumented).toEqual([])
  })

  const examples: [string, string][] = [['the DESIGN.md contract', designFixture]]
  it.each(examples)('accepts %s as written', (_, file) => {
    const validate = editorValidator()
    expect(validate(parse(readFileSync(file, 'utf8')))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
  })

  it('accepts examples/stack/driftcheck.yml, and the loader loads it', async () => {
    const validate = editorValidator()
    expect(validate(parse(readFileSync(exampleConfig, 'utf8')))).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    // Variables without a default get a value (as CI secrets would); the others keep the file's defaults.
    const required = [...readFileSync(exampleConfig, 'utf8').matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map(
      (m) => m[1]!
    )
    const env = Object.fromEntries(required.map((name) => [name, `value-of-${name}`]))
    const config = await loadConfig(exampleConfig, env)
    expect(config.features.length).toBeGreaterThan(0)
    expect(config.secrets.sort()).toEqual([...new Set(required)].map((name) => `value-of-${name}`).sort())
  })

  it.each([
    ['an unknown top-level key', { version: 1, features: { f: { source: 'x' } }, servics: {} }],
    ['version 2', { version: 2, features: { f: { source: 'x' } } }],
    ['no features', { version: 1 }],
    ['an unknown feature key', { version: 1, features: { f: { rotues: [] } } }],
    ['a relative artifact path', { version: 1, features: { f: { artifact: { api: ['app/x'] } } } }],
    ['an expect of no form', { version: 1, features: { f: { routes: [{ service: 'a', path: '/x', expect: 'ok' }] } } }],
    ['a status out of range', { version: 1, features: { f: { routes: [{ service: 'a', path: '/x', expect: 99 }] } } }],
    ['a probe without path', { version: 1, features: { f: { routes: [{ service: 'a' }] } } }],
    ['a bad timeout', { version: 1, features: { f: { auth: [{ service: 'a', path: '/x', timeout: '15 sec' }] } } }]
  ])('rejects %s', (_, config) => {
    expect(editorValidator()(config)).toBe(false)
  })
})

function resolveRef(ref: string): Record<string, unknown> {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, shipped)
}
