import { describe, it, expect, jest, afterAll } from '@jest/globals'
import { render } from '../../src/report/index.js'
import { explainFeature, MAX_FAULT_ITEMS } from '../../src/report/explain.js'
import { copyOf, FIXTURES, loadFixture } from './fixtures.js'

const ESC = '\u001b'
// eslint-disable-next-line no-control-regex -- stripping the SGR codes the renderer added
const stripSgr = (text: string) => text.replace(/\u001b\[\d+m/g, '')

describe('text report', () => {
  afterAll(() => {
    jest.useRealTimers()
  })

  it.each(FIXTURES)('%s: no escape character at all without colour, even when a name carries one', (name) => {
    expect(render(loadFixture(name), 'text', { color: false })).not.toContain(ESC)
    expect(render(loadFixture(name), 'text')).not.toContain(ESC)
  })

  it('the hostile name in the fixture really does carry an escape sequence', () => {
    expect(loadFixture('mixed-hostile').features[0]!.name).toContain(`${ESC}[31m`)
  })

  it.each(FIXTURES)('%s: colour only adds SGR codes — stripped, it is the plain report, columns intact', (name) => {
    const coloured = render(loadFixture(name), 'text', { color: true })
    expect(coloured).toContain(`${ESC}[1m`)
    expect(stripSgr(coloured)).toBe(render(loadFixture(name), 'text', { color: false }))
    // Only SGR codes we emitted: a name's own ESC was made visible, so none is left after stripping.
    expect(stripSgr(coloured)).not.toContain(ESC)
  })

  it('aligns the layer columns under their headers', () => {
    const lines = render(loadFixture('mixed-hostile'), 'text').split('\n')
    const header = lines.find((l) => l.startsWith('feature'))!
    const column = header.indexOf('container')
    const rows = lines.slice(lines.indexOf(header) + 1, lines.indexOf(header) + 5)
    expect(rows.map((row) => [...row][column])).toEqual(['–', '!', '–', '–'])
  })

  it('writes each failing feature with one short line per failing service and probe, the stale service, and ends with verdict and duration', () => {
    const result = loadFixture('seed-incident')
    const text = render(result, 'text')
    // Was one run-on sentence (explainFeature) cut mid-word; now the headline, then an item per line.
    expect(text).toContain(
      '  ✗ workflow: runtime-drift at container\n' +
        '      container  api lacks /app/dist/modules/workflow — api runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1), not the one built from 4e1f0c2 (9c1e5b7d2a4f)\n' +
        '      route      GET https://api.example.com/api/v1/workflows/steps/definitions answered 404 Route not found, expected 401 or 403 (protected)\n' +
        '      auth       GET https://api.example.com/api/v1/workflows/steps/definitions answered 404 {"error":"Route not found"}, expected status 200, body contains "close-books"\n'
    )
    expect(text).not.toContain('invoices: pass')
    expect(text).toContain('stale  api runs an image built 3 days ago (3a7b9d1f2c4e, revision 0f3e2d1)')
    expect(text.trimEnd().split('\n').at(-1)).toBe('FAIL — 1 of 2 features drifted · 8.4 s')
  })

  it('lists errors as fault lines too and says what could not be checked in the verdict line', () => {
    const text = render(loadFixture('mixed-hostile'), 'text')
    expect(text).toContain('  ! nothing-configured: error — nothing was checked: every layer was skipped\n')
    expect(text.trimEnd().split('\n').at(-1)).toBe('FAIL — 2 of 4 features drifted, 2 could not be checked · 1 min 2 s')
  })

  it('lists at most a few items per feature, cut at whole words, and says how many were left out', () => {
    const result = copyOf(loadFixture('seed-incident'))
    const route = result.features[0]!.layers[3]!
    route.evidence.checks = Array.from({ length: 9 }, (_, i) => ({
      target: `GET https://api.example.com/api/v1/step-${i}`,
      service: 'api',
      status: 'fail' as const,
      expected: '401 or 403 (protected)',
      observed: `404 ${'word '.repeat(80)}`
    }))
    const lines = render(result, 'text').split('\n')
    const items = lines.filter((l) => l.startsWith('      '))
    expect(items).toHaveLength(MAX_FAULT_ITEMS + 1)
    // container + 9 routes + auth = 11 items: 6 shown, 5 counted.
    expect(items.at(-1)).toBe('      … and 5 more (every check is in --format json)')
    for (const item of items.slice(1, -1)) {
      expect(item).toMatch(/ word …$/)
      expect([...item.trim()].length).toBeLessThanOrEqual('container'.length + 2 + 320)
    }
    expect(explainFeature(result.features[0]!)).not.toContain('\n')
  })

  it('does not depend on the clock: a report rendered years later is the same', () => {
    const now = render(loadFixture('seed-incident'), 'text')
    jest.useFakeTimers({ now: new Date('2031-01-01T00:00:00Z') })
    expect(render(loadFixture('seed-incident'), 'text')).toBe(now)
    jest.useRealTimers()
  })

  it('uses the title option', () => {
    expect(render(loadFixture('all-pass'), 'text', { title: 'prod\ncheck' }).split('\n')[0]).toMatch(/^prod check · /)
  })
})
