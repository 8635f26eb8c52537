// `target.registry`: accepted as docker writes an image repository prefix; credentials in it are refused with a config
// error that never quotes them (docker's own login holds them).
import { describe, it, expect } from '@jest/globals'
import { parseConfig } from '../../src/config/index.js'
import { registryProblem, withoutUserinfo } from '../../src/config/registry.js'
import { ConfigError } from '../../src/core/errors.js'

const config = (registry: string) =>
  ['version: 1', 'target:', `  registry: "${registry}"`, 'features: { f: { source: x } }', ''].join('\n')

function configError(text: string, env: Record<string, string> = {}): ConfigError {
  try {
    parseConfig(text, 'deploy/driftcheck.yml', env)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('the config loaded')
}

describe('registryProblem', () => {
  it.each([
    'registry.example.com/acme',
    'registry.example.com',
    'registry.example.com/acme/team-a',
    '10.231.1.1:5000',
    '127.0.0.1:5000/driftcheck',
    'localhost:5000/a_b/c.d/e--f',
    '[::1]:5000/acme',
    'acme',
    'registry.example.com/acme/'
  ])('accepts %s', (value) => {
    expect(registryProblem(value)).toBeNull()
  })

  it.each<[string, string]>([
    ['user:pass@registry.example.com/acme', 'credentials'],
    ['https://user:pass@registry.example.com/acme', 'credentials'],
    ['https://user:p/a@ss@registry.example.com', 'credentials'],
    ['deploy@registry.example.com', 'credentials'],
    ['https://registry.example.com/acme', 'scheme'],
    ['http://10.0.0.5:5000', 'scheme'],
    ['registry.example.com/Acme', 'format'],
    ['registry.example.com/acme:1.0', 'format'],
    ['registry.example.com//acme', 'format'],
    ['registry example.com', 'format'],
    ['-registry.example.com', 'format']
  ])('refuses %s (%s)', (value, problem) => {
    expect(registryProblem(value)).toBe(problem)
  })

  it.each([
    ['https://user:pass@reg.example.com/acme', 'https://***@reg.example.com/acme'],
    ['user:p/a@ss@reg.example.com', '***@reg.example.com'],
    ['reg.example.com/acme', 'reg.example.com/acme']
  ])('withoutUserinfo(%s) = %s', (value, shown) => {
    expect(withoutUserinfo(value)).toBe(shown)
  })
})

describe('target.registry in the config', () => {
  it('is kept as written, without a trailing slash; absent when not set', () => {
    const at = (text: string) => parseConfig(text, '/repo/driftcheck.yml', {}).target
    expect(at(config('registry.example.com/acme/')).registry).toBe('registry.example.com/acme')
    expect('registry' in at('version: 1\nfeatures: { f: { source: x } }\n')).toBe(false)
  })

  it('credentials are refused at the value, told to use docker login, never quoted', () => {
    const error = configError(config('https://deploy:hunter2-secret@registry.example.com/acme'))
    expect(error.message).toBe(
      'deploy/driftcheck.yml:3:13: `target.registry` `https://***@registry.example.com/acme` holds credentials; ' +
        'run `docker login` on this machine and on the target instead, and write the registry without them'
    )
    expect(error.location).toEqual({ file: 'deploy/driftcheck.yml', line: 3, column: 13 })
    expect(error.message).not.toMatch(/hunter2|deploy:/)
  })

  it('a long password is hidden before the value is shortened for the message', () => {
    const password = 'p'.repeat(80)
    const error = configError(config(`user:${password}@registry.example.com/acme`))
    expect(error.message).not.toContain('ppp')
    expect(error.message).toContain('`***@registry.example.com/acme`')
  })

  it('credentials from the environment are refused too, showing the reference, not the value', () => {
    const text = config('${REGISTRY}')
    const error = configError(text, { REGISTRY: 'ci:tok-9f8e7d@registry.example.com/acme' })
    expect(error.message).toMatch(
      /^deploy\/driftcheck\.yml:3:\d+: `target\.registry` `\$\{REGISTRY\}` holds credentials/
    )
    expect(error.message).not.toContain('tok-9f8e7d')
  })

  it.each([
    [
      'https://registry.example.com/acme',
      /`target.registry` is `https:\/\/registry.example.com\/acme`, expected .* \(no scheme/
    ],
    [
      'registry.example.com/acme:1',
      /expected an image repository prefix like registry.example.com\/acme \(a host\[:port\]/
    ]
  ])('%s is a config error with the fix', (value, message) => {
    expect(configError(config(value)).message).toMatch(message)
  })
})
