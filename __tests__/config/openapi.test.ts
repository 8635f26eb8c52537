import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { ConfigError } from '../../src/core/errors.js'

const config = (lines: string[]) => parseConfig(lines.join('\n') + '\n', 'deploy/driftcheck.yml', {})
const BASE = ['version: 1', 'services:', '  api: { url: "http://127.0.0.1:1" }', '  worker: {}']

describe('the `openapi` key', () => {
  it('is enough on its own: one entry per service, the path resolved in the checkout, the key its position', () => {
    const loaded = config([...BASE, 'openapi:', '  api: backend/openapi.yaml'])
    expect(loaded.features).toEqual([])
    expect(loaded.openapi).toEqual([
      {
        service: 'api',
        file: expect.stringMatching(/\/deploy\/backend\/openapi\.yaml$/),
        written: 'backend/openapi.yaml',
        location: { file: 'deploy/driftcheck.yml', line: 6, column: 3 }
      }
    ])
  })

  it('stands beside features and discover', () => {
    const loaded = config([
      ...BASE,
      'features:',
      '  health: { routes: [{ service: api, path: /health }] }',
      'openapi: { api: openapi.json }'
    ])
    expect(loaded.features.map((f) => f.name)).toEqual(['health'])
    expect(loaded.openapi?.map((o) => o.service)).toEqual(['api'])
  })

  it.each([
    [
      'an unknown service',
      [...BASE, 'openapi:', '  apx: openapi.yaml'],
      '6:3: unknown service `apx` (did you mean `api`?), expected one of `api`, `worker`'
    ],
    [
      'a service with no url',
      [...BASE, 'openapi:', '  worker: openapi.yaml'],
      '6:3: service `worker` has no `url` to probe its OpenAPI operations, expected `services.worker.url`'
    ],
    [
      'an absolute path',
      [...BASE, 'openapi:', '  api: /srv/openapi.yaml'],
      "6:8: `openapi.api` is `/srv/openapi.yaml`, an absolute path, expected the document's path in the checkout (relative to the config's folder)"
    ],
    [
      'an empty path',
      [...BASE, 'openapi:', '  api: ""'],
      '6:8: `openapi.api` is empty, expected the path of an OpenAPI document in the checkout, like `backend/openapi.yaml`'
    ],
    [
      'a list instead of a mapping',
      [...BASE, 'openapi: [openapi.yaml]'],
      '5:10: `openapi` is a list, expected a mapping of service names to OpenAPI documents, like `{ api: backend/openapi.yaml }`'
    ],
    ['an empty mapping', [...BASE, 'openapi: {}'], '5:10: `openapi` is empty, expected a mapping of service names'],
    [
      'neither features, discover nor openapi',
      ['version: 1'],
      '1:1: the config has no `features`, expected `features`: the features to prove, by name, or `discover`: one feature per match of a source glob, or `openapi`: the routes of an OpenAPI document'
    ]
  ])('%s is a one-line config error at its position', (_, lines, message) => {
    let error: unknown
    try {
      config(lines)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toContain(`deploy/driftcheck.yml:${message}`)
    expect((error as Error).message).not.toContain('\n')
  })
})
