import { describe, it, expect } from '@jest/globals'
import { parse } from 'yaml'
import { labelledBuildConfig, parseComposeConfig } from '../../src/adapters/compose/config.js'
import { parseImageInspect } from '../../src/adapters/docker/inspect.js'
import { V1_CONFIG, V2_CONFIG } from './compose-fixtures.js'

describe('parseComposeConfig', () => {
  it('reads v1 YAML: image refs (explicit or <project>_<service>) and which services build', () => {
    expect(parseComposeConfig(V1_CONFIG, 'shop', 'v1').services).toEqual({
      api: { image: 'shop_api', builds: true },
      db: { image: 'postgres:16', builds: false },
      worker: { image: 'registry.local/shop/worker:2', builds: true }
    })
  })

  it('reads v2 JSON: built images are <project>-<service>', () => {
    expect(parseComposeConfig(V2_CONFIG, 'shop', 'v2').services).toEqual({
      api: { image: 'shop-api', builds: true },
      db: { image: 'postgres:16', builds: false }
    })
  })

  it.each([
    ['not YAML', 'services: [unclosed', /not YAML\/JSON/],
    ['no services', 'version: "3.8"\n', /no `services:`/],
    ['a list', '- a\n- b\n', /no `services:`/]
  ])('rejects %s with one line', (_name, text, message) => {
    expect(() => parseComposeConfig(text, 'p', 'v1')).toThrow(message)
    try {
      parseComposeConfig(text, 'p', 'v1')
    } catch (error) {
      expect((error as Error).message).not.toContain('\n')
    }
  })
})

describe('labelledBuildConfig', () => {
  const labels = {
    'org.opencontainers.image.revision': 'abc123',
    'org.opencontainers.image.created': '2026-01-02T03:04:05Z'
  }

  it.each([
    ['v1', V1_CONFIG],
    ['v2', V2_CONFIG]
  ] as const)(
    '%s: adds the labels to the named services, keeps their own labels and everything else',
    (flavour, text) => {
      const config = parseComposeConfig(text, 'shop', flavour)
      const out = parse(labelledBuildConfig(config, ['api'], labels))
      expect(out.services.api.build.labels).toEqual({ team: 'core', ...labels })
      expect(out.services.api.build.context).toBe('/srv/shop/api')
      expect(out.services.api.environment).toEqual({ API_TOKEN: 's3cret-token' })
      expect(out.services.db).toEqual(parse(text).services.db)
      // The parsed config itself is left alone (the same object serves `services()`).
      expect(config.raw).toEqual(parse(text))
    }
  )

  it('keeps `$$` escapes as compose printed them and escapes `$` in label values', () => {
    const config = parseComposeConfig(V1_CONFIG, 'shop', 'v1')
    const out = parse(labelledBuildConfig(config, ['api'], { note: 'costs $5' }))
    expect(out.services.api.build.args.GREETING).toBe('hi$$there')
    expect(out.services.api.build.labels.note).toBe('costs $$5')
  })

  it('quotes every string, so YAML 1.1 (compose v1) cannot read a timestamp or `on` as another type', () => {
    const config = parseComposeConfig(V1_CONFIG, 'shop', 'v1')
    const text = labelledBuildConfig(config, ['api'], { created: '2026-01-02T03:04:05Z', flag: 'on' })
    expect(text).toContain('"created": "2026-01-02T03:04:05Z"')
    expect(text).toContain('"flag": "on"')
  })

  it('turns a short `build: ./dir` into a build object', () => {
    const config = parseComposeConfig('services:\n  web:\n    build: ./web\n', 'p', 'v1')
    const out = parse(labelledBuildConfig(config, ['web'], { a: 'b' }))
    expect(out.services.web.build).toEqual({ context: './web', labels: { a: 'b' } })
  })
})

// A built image is read by the one image parser (compose's build inspects through DockerEngine.inspectImage).
describe('parseImageInspect of a built image (the docker adapter parser)', () => {
  it('reads ID, creation time (normalised to ISO) and the revision label, and the layers', () => {
    const text = JSON.stringify([
      {
        Id: 'sha256:0ff3',
        Created: '2026-05-07T10:00:00.123456789Z',
        Config: { Labels: { 'org.opencontainers.image.revision': 'abc123' } },
        RootFS: { Type: 'layers', Layers: ['sha256:l1', 'sha256:l2'] }
      }
    ])
    expect(parseImageInspect(text)).toMatchObject({
      id: 'sha256:0ff3',
      created: '2026-05-07T10:00:00.123Z',
      revision: 'abc123',
      layers: ['sha256:l1', 'sha256:l2']
    })
  })

  it('has no revision when the image has no labels, or an empty one', () => {
    const text = JSON.stringify([{ Id: 'sha256:1', Created: '2026-05-07T10:00:00Z', Config: { Labels: null } }])
    expect(parseImageInspect(text).revision).toBeNull()
    expect(parseImageInspect(text).layers).toEqual([])
    const empty = JSON.stringify([{ Id: 'sha256:1', Config: { Labels: { 'org.opencontainers.image.revision': '' } } }])
    expect(parseImageInspect(empty).revision).toBeNull()
  })

  it('rejects output without an image', () => {
    expect(() => parseImageInspect('[]')).toThrow(/empty output/)
  })
})
