import { describe, expect, it } from '@jest/globals'
import { CREATED_LABEL, REVISION_LABEL } from '../../src/core/labels.js'
import type { BuiltImage, ComposeProject } from '../../src/core/ports.js'
import { BuiltOnce, sameBuildLabels } from '../../src/deploy/preview/built-once.js'

describe('BuiltOnce: the preview’s own build, handed back to the engine’s build phase', () => {
  const revision = 'b'.repeat(40)
  const image: BuiltImage = { service: 'api', ref: 'p-api', id: 'sha256:1', revision, created: null, layers: [] }
  const labels = (created: string, rev = `${revision}-dirty`) => ({ [CREATED_LABEL]: created, [REVISION_LABEL]: rev })

  function project(): ComposeProject & { builds: string[][] } {
    const builds: string[][] = []
    return {
      project: 'p',
      dir: '/src',
      builds,
      version: async () => 'v1',
      services: async () => ({ api: { image: 'p-api', builds: true }, db: { image: 'postgres', builds: false } }),
      build: async (services) => {
        builds.push([...services])
        return services.map((service) => ({ ...image, service, id: 'sha256:rebuilt' }))
      },
      up: async () => {}
    }
  }

  it.each([
    ['the same labels', labels('2026-01-01T00:00:00Z'), labels('2026-01-01T00:00:00Z'), true],
    ['a dirty checkout’s later clock only', labels('2026-01-01T00:00:00Z'), labels('2026-01-01T00:00:07Z'), true],
    ['another revision', labels('t'), labels('t', revision), false],
    ['a label more', labels('t'), { ...labels('t'), extra: 'x' }, false]
  ])('sameBuildLabels: %s → %s', (_, a, b, same) => {
    expect(sameBuildLabels(a, b)).toBe(same)
  })

  it('a dirty checkout’s second request (created now, a moment later) gets the images just built: one build', async () => {
    const inner = project()
    const once = new BuiltOnce(inner, [image], labels('2026-01-01T00:00:00Z'))
    expect(await once.build(['api', 'db'], labels('2026-01-01T00:00:09Z'))).toEqual([image])
    expect(inner.builds).toEqual([])
  })

  it('another revision, or a service it did not build, is built: never an image from something else', async () => {
    const inner = project()
    const once = new BuiltOnce(inner, [], labels('t'))
    expect((await once.build(['api'], labels('t')))[0]!.id).toBe('sha256:rebuilt')
    const other = new BuiltOnce(inner, [image], labels('t'))
    expect((await other.build(['api'], labels('t', revision)))[0]!.id).toBe('sha256:rebuilt')
    expect(inner.builds).toEqual([['api'], ['api']])
  })
})
