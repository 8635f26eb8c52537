import { describe, it, expect } from '@jest/globals'
import { interpolate } from '../../src/config/interpolate.js'
import { closest, editDistance } from '../../src/config/suggest.js'
import { durationMs } from '../../src/config/duration.js'
import { parseSshTarget } from '../../src/config/ssh-target.js'
import { jsonPathSegments } from '../../src/core/json-path.js'

describe('interpolate', () => {
  const env = { TOKEN: 't0ken', HOST: 'db', EMPTY: '' }
  it.each([
    ['no reference', 'plain $ text', 'plain $ text', []],
    ['a variable', 'Bearer ${TOKEN}', 'Bearer t0ken', ['t0ken']],
    ['two variables', '${HOST}:${TOKEN}', 'db:t0ken', ['db', 't0ken']],
    ['a default for an unset variable (not a secret)', '${NOPE:-fallback}', 'fallback', []],
    ['a default for an empty variable', '${EMPTY:-fallback}', 'fallback', []],
    ['an empty default', '${NOPE:-}', '', []],
    ['a set variable ignores its default', '${TOKEN:-x}', 't0ken', ['t0ken']],
    ['$${ writes a literal ${', 'cost: $${TOKEN}', 'cost: ${TOKEN}', []],
    ['a default may hold spaces and colons', '${NOPE:-a b:c}', 'a b:c', []]
  ])('%s', (_, input, value, secrets) => {
    expect(interpolate(input, env)).toEqual({ value, secrets })
  })

  it.each([
    ['an unset variable', 'x ${NOPE}', 2, 'environment variable `NOPE` is not set'],
    ['an empty variable (a CI secret that is not configured)', '${EMPTY}', 0, 'environment variable `EMPTY` is empty'],
    ['an unterminated reference', 'a ${TOKEN', 2, 'bad variable reference `${TOKEN`'],
    ['a bad name', '${1X}', 0, 'bad variable reference `${1X}`'],
    ['an empty reference', '${}', 0, 'bad variable reference `${}`']
  ])('reports %s at its index', (_, input, index, message) => {
    const { problem } = interpolate(input, env)
    expect(problem?.index).toBe(index)
    expect(problem?.message).toContain(message)
  })
})

describe('suggestions', () => {
  it.each([
    ['routes', 'rotues', 1],
    ['auth', 'auht', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3]
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d)
    expect(editDistance(b, a)).toBe(d)
  })

  it.each([
    ['rotues', ['source', 'artifact', 'routes', 'auth'], 'routes'],
    ['Routes', ['source', 'routes'], 'routes'],
    ['dashbord', ['api', 'dashboard'], 'dashboard'],
    ['foo', ['source', 'artifact', 'routes', 'auth'], undefined],
    ['x', [], undefined]
  ])('closest(%s) is %s', (word, candidates, match) => {
    expect(closest(word, candidates)).toBe(match)
  })
})

describe('durationMs', () => {
  it.each([
    [15000, undefined], // a bare number has no unit: refused, not taken as milliseconds
    ['500ms', 500],
    ['15s', 15000],
    [' 1.5 s ', 1500],
    ['2m', 120000],
    ['0s', undefined],
    [0, undefined],
    ['15', undefined],
    ['15h', undefined]
  ])('%p → %p', (input, ms) => {
    expect(durationMs(input)).toBe(ms)
  })
})

describe('parseSshTarget', () => {
  it.each([
    ['ssh://deploy@infra-node:22', { raw: 'R', user: 'deploy', hostname: 'infra-node', port: 22 }],
    ['ssh://infra-node', { raw: 'R', hostname: 'infra-node' }],
    ['ssh://10.0.0.5:2222/', { raw: 'R', hostname: '10.0.0.5', port: 2222 }],
    ['ssh://me@[::1]:22', { raw: 'R', user: 'me', hostname: '::1', port: 22 }]
  ])('%s', (value, target) => {
    expect(parseSshTarget(value, 'R')).toEqual(target)
  })

  it.each([
    'deploy@infra-node',
    'tcp://infra-node:2375',
    'ssh://',
    'ssh://host:0',
    'ssh://host:70000',
    'ssh://host/path',
    'ssh://a@b@c'
  ])('rejects %s', (value) => {
    expect(parseSshTarget(value, value)).toBeUndefined()
  })
})

describe('jsonPathSegments', () => {
  it.each([
    ['data.steps[0].id', ['data', 'steps', 0, 'id']],
    ['[1].name', [1, 'name']],
    ['a[0][2]', ['a', 0, 2]],
    ['total', ['total']],
    // The forms the evaluator reads and the README documents are valid config too (one grammar for both).
    ['items[-1]', ['items', -1]],
    ['data["a.b"]', ['data', 'a.b']],
    ["data['a.b'].c", ['data', 'a.b', 'c']],
    ['$.data.id', ['data', 'id']],
    ['$[0]', [0]],
    ['a..b', undefined],
    ['.a', undefined],
    ['a.', undefined],
    ['a[x]', undefined],
    ['a[0]b', undefined],
    ['', undefined]
  ])('%s', (path, segments) => {
    expect(jsonPathSegments(path)).toEqual(segments)
  })
})
