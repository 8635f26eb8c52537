import { describe, it, expect } from '@jest/globals'
import { ConfigError } from '../../src/core/errors.js'
import { LAYERS } from '../../src/core/model.js'
import { parseConfig } from '../../src/config/load.js'
import { CONFIG_USES, requireResolved, unresolvedFor, usesOfLayers, type ConfigUse } from '../../src/core/uses.js'

// A `${VAR}` is an error only for what needs its value: a PR gate on a fork (no secrets) runs `--layers source,artifact`.
const text = [
  'version: 1', //                                                          1
  'target:', //                                                             2
  '  host: "ssh://${SSH_USER}@infra:22"', //                                3
  '  ssh: { identityFile: "${SSH_KEY}" }', //                               4
  '  dir: /srv/${DEPLOY_DIR}', //                                           5
  '  compose: { project: "${PROJECT}" }', //                                6
  'services:', //                                                           7
  '  api: { url: "${API_URL}" }', //                                        8
  '  legacy: { image: "${LEGACY_IMAGE}", container: "${LEGACY_NAME}" }', // 9
  'features:', //                                                           10
  '  f:', //                                                                11
  '    source: ["${SRC}"]', //                                              12
  '    artifact: { api: ["/app/${ART}"] }', //                              13
  '    routes:', //                                                         14
  '      - service: api', //                                                15
  '        path: /x', //                                                    16
  '        headers: { X-Route-Key: "${ROUTE_KEY}" }', //                    17
  '    auth:', //                                                           18
  '      - service: api', //                                                19
  '        path: /x', //                                                    20
  '        headers: { Authorization: "Bearer ${API_TOKEN}" }' //            21
].join('\n')
const FILE = 'ci/driftcheck.yml'
// Where each variable's `${` stands (1-based line and column), read off the text above.
const AT: Record<string, string> = Object.fromEntries(
  text
    .split('\n')
    .flatMap((row, i) => [...row.matchAll(/\$\{(\w+)\}/g)].map((m) => [m[1]!, `${i + 1}:${m.index! + 1}`]))
)
// A value each variable can take (the URL must be one).
const value = (name: string) => (name === 'API_URL' ? 'http://127.0.0.1:1' : 'v')
const message = (name: string) =>
  `${FILE}:${AT[name]}: environment variable \`${name}\` is not set, expected it in the environment (or write \${${name}:-default})`

function errorOf(fn: () => unknown): Error | undefined {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  return undefined
}

describe('variables are resolved for what needs them', () => {
  it('loaded for everything (the default), the first unset variable in the file is the error, as before', () => {
    const error = errorOf(() => parseConfig(text, FILE, {}))
    expect(error).toBeInstanceOf(ConfigError)
    expect(error!.message).toBe(message('SSH_USER'))
  })

  it.each<[string, ConfigUse[], string[]]>([
    // use(s) the config is loaded for → the variables that must be set (the first unset one is the error)
    ['source', ['source'], ['SRC']],
    // (the target is remote: its `dir` is a path on the host, not the build context)
    ['the build', ['build'], ['PROJECT', 'LEGACY_IMAGE']],
    ['the artifact layer', ['artifact'], ['ART']],
    ['the target', ['target'], ['SSH_USER', 'SSH_KEY', 'DEPLOY_DIR', 'PROJECT', 'LEGACY_NAME']],
    ['the container layer', ['container'], ['ART']],
    ['the route layer: its headers and the service url', ['route'], ['API_URL', 'ROUTE_KEY']],
    ['the auth layer: its headers and the service url', ['auth'], ['API_URL', 'API_TOKEN']]
  ])('loaded for %s, exactly its variables are needed', (_, uses, needed) => {
    // Each needed variable, alone unset, is the error at its position; everything else may be unset.
    const all = Object.keys(AT)
    for (const name of needed) {
      const env = Object.fromEntries(all.filter((n) => n !== name && needed.includes(n)).map((n) => [n, value(n)]))
      const error = errorOf(() => parseConfig(text, FILE, env, { uses }))
      expect({ name, message: error?.message }).toEqual({ name, message: message(name) })
      expect((error as ConfigError).location).toMatchObject({ file: FILE })
    }
    const env = Object.fromEntries(needed.map((n) => [n, value(n)]))
    const config = parseConfig(text, FILE, env, { uses })
    expect(config.unresolved!.map((v) => /`(\w+)`/.exec(v.message)![1]).sort()).toEqual(
      all.filter((n) => !needed.includes(n)).sort()
    )
  })

  it('a PR gate (`--layers source,artifact`) needs neither the probe token nor the target: they wait, with their positions', () => {
    const config = parseConfig(
      text,
      FILE,
      { SRC: 'src/', ART: 'dist', PROJECT: 'app', LEGACY_IMAGE: 'legacy:1' },
      {
        uses: usesOfLayers(['source', 'artifact'])
      }
    )
    expect(config.features[0]!.source).toEqual(['src/'])
    // What waits keeps its value as written: a reference, never a half-filled value.
    expect(config.features[0]!.auth[0]!.headers).toEqual({ Authorization: 'Bearer ${API_TOKEN}' })
    expect(config.services.api!.url).toBe('${API_URL}')
    // The target stays remote (its build context is the checkout), with no host name to connect to.
    expect(config.target.host).toEqual({ raw: 'ssh://${SSH_USER}@infra:22', hostname: '' })
    expect(unresolvedFor(config, ['source', 'build', 'artifact'])).toBeUndefined()
    expect(() => requireResolved(config, usesOfLayers(['source', 'artifact']))).not.toThrow()
    // The auth layer, when it runs: the URL it needs comes first in the file.
    const auth = errorOf(() => requireResolved(config, ['auth']))
    expect(auth).toBeInstanceOf(ConfigError)
    expect(auth!.message).toBe(message('API_URL'))
    expect((auth as ConfigError).location).toEqual({ file: FILE, line: 8, column: 16 })
    expect(unresolvedFor(config, ['auth'])).toMatchObject({ needs: ['route', 'auth'] })
    expect(config.unresolved!.find((v) => v.message.includes('API_TOKEN'))).toEqual({
      needs: ['auth'],
      message: message('API_TOKEN').slice(`${FILE}:21:43: `.length),
      location: { file: FILE, line: 21, column: 43 }
    })
    expect(errorOf(() => requireResolved(config, usesOfLayers(['container'])))!.message).toBe(message('SSH_USER'))
  })

  it('with every variable set, nothing is unresolved', () => {
    const env = Object.fromEntries(Object.keys(AT).map((n) => [n, value(n)]))
    expect(parseConfig(text, FILE, env, { uses: [] }).unresolved).toBeUndefined()
  })

  it('on a local target, `dir` is the build context: the build needs it', () => {
    const local = 'version: 1\ntarget: { dir: "${APP_DIR}" }\nfeatures: { f: { source: [a] } }\n'
    expect(() => parseConfig(local, FILE, {}, { uses: ['source'] })).not.toThrow()
    expect(errorOf(() => parseConfig(local, FILE, {}, { uses: ['build'] }))!.message).toMatch(/:2:17: .*`APP_DIR`/)
  })

  it('a malformed reference is an error whatever the config is loaded for', () => {
    const bad = text.replace('Bearer ${API_TOKEN}', 'Bearer ${API_TOKEN')
    expect(errorOf(() => parseConfig(bad, FILE, {}, { uses: [] }))!.message).toMatch(
      /^ci\/driftcheck\.yml:21:43: bad variable reference `\$\{API_TOKEN/
    )
    // …also after an unset variable in the same value.
    const both = text.replace('Bearer ${API_TOKEN}', '${API_TOKEN} ${1X}')
    expect(errorOf(() => parseConfig(both, FILE, {}, { uses: [] }))!.message).toMatch(
      /bad variable reference `\$\{1X\}`/
    )
  })

  it('what the schema or a semantic check would say of a waiting value is no error (only its variable is, later)', () => {
    const waiting = text.replace(
      'path: /x\n        headers: { Authorization',
      'path: "${AUTH_PATH}"\n        headers: { Authorization'
    )
    const config = parseConfig(waiting, FILE, { SRC: 's' }, { uses: ['source'] })
    expect(config.features[0]!.auth[0]!.path).toBe('${AUTH_PATH}')
    expect(errorOf(() => requireResolved(config, ['auth']))!.message).toMatch(/`API_URL`/)
  })

  it('a value shared through an anchor is needed by every place that uses it', () => {
    const shared = [
      'version: 1',
      'services: { api: { url: "http://127.0.0.1:1" } }',
      'features:',
      '  f:',
      '    auth: [{ service: api, path: /a, headers: &creds { Authorization: "Bearer ${TOKEN}" } }]',
      '    routes: [{ service: api, path: /r, headers: *creds }]'
    ].join('\n')
    const config = parseConfig(shared, FILE, {}, { uses: ['source'] })
    expect(config.unresolved).toEqual([
      {
        needs: ['auth', 'route'],
        message: expect.stringContaining('`TOKEN`'),
        location: { file: FILE, line: 5, column: shared.split('\n')[4]!.indexOf('${TOKEN}') + 1 }
      }
    ])
    expect(() => parseConfig(shared, FILE, {}, { uses: ['route'] })).toThrow(/:5:\d+: environment variable `TOKEN`/)
  })

  it('usesOfLayers: what each layer needs (the artifact layer a build, the container layer the target too)', () => {
    expect(usesOfLayers(['source'])).toEqual(['source'])
    expect(usesOfLayers(['artifact'])).toEqual(['build', 'artifact'])
    expect(usesOfLayers(['container'])).toEqual(['build', 'target', 'container'])
    expect(usesOfLayers(['auth', 'route'])).toEqual(['route', 'auth'])
    expect(usesOfLayers(LAYERS)).toEqual([...CONFIG_USES])
  })
})
