import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { UsageError } from '../../src/core/errors.js'
import { GITHUB_COMMENT_MAX_LENGTH, render } from '../../src/report/index.js'
import { MIN_MARKDOWN_LENGTH } from '../../src/report/markdown.js'
import { bigResult, FIXTURES, loadFixture } from './fixtures.js'

const NOTE = 'The full report is in the job summary and the run artifact.'

/** Cells of a Markdown table row, splitting only on unescaped pipes. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1)
}

/** The Markdown with fenced code blocks removed: inside a fence `<tag>` is literal text, outside it would be HTML. */
function outsideCode(markdown: string): string {
  return markdown.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '')
}

/** Structural sanity a renderer must keep whatever it cuts: balanced details, closed fences, whole table rows. */
function expectWellFormed(markdown: string): void {
  const opened = markdown.match(/^<details>/gm)?.length ?? 0
  expect(markdown.match(/^<\/details>$/gm)?.length ?? 0).toBe(opened)
  let fence: string | null = null
  for (const line of markdown.split('\n')) {
    const match = /^(`{3,})$/.exec(line)
    if (match && fence === null) fence = match[1]!
    else if (match && match[1] === fence) fence = null
    if (line.startsWith('|')) expect(line.endsWith('|')).toBe(true)
  }
  expect(fence).toBeNull()
  expect(markdown.endsWith('\n')).toBe(true)
}

describe('markdown report', () => {
  it.each(FIXTURES)('%s is well formed, and every matrix row has the header’s 7 cells', (name) => {
    const markdown = render(loadFixture(name), 'markdown')
    expectWellFormed(markdown)
    const lines = markdown.split('\n')
    const header = lines.findIndex((l) => l.startsWith('| feature |'))
    const rows = lines.slice(header + 2, header + 2 + loadFixture(name).features.length)
    for (const row of rows) expect(cells(row)).toHaveLength(7)
  })

  it('escapes hostile names and evidence: no HTML, no broken cells, no mention, no terminal escapes', () => {
    const markdown = render(loadFixture('mixed-hostile'), 'markdown')
    const prose = outsideCode(markdown)
    expect(prose).not.toMatch(/<script|<b>|<tag>|<!--/)
    // Our own four <details> blocks only; the evidence's `</details>` is escaped, or literal inside a fence.
    expect(prose.match(/<\/details>/g)).toHaveLength(4)
    expect(prose).toContain('&lt;/details&gt;')
    expect(markdown).not.toContain('\u001b')
    expect(markdown).not.toMatch(/(^|\s)@octocat/)
    expect(markdown).toContain('\\`tick\\`')
    expect(markdown).toContain('| api\\|edge | 9c1e5b7d2a4f |')
    // A command holding ``` sits in a longer fence, so it cannot close the block early.
    expect(markdown).toContain("````\ndocker run --rm --entrypoint ls api:HEAD -ld '/app/```x' '</details>'\n")
  })

  it('leaves e-mail-like user@host alone (only a real mention is broken)', () => {
    expect(render(loadFixture('mixed-hostile'), 'markdown')).toContain('ssh://deploy@infra-node:22')
  })

  it('shows the verdict in the heading, the hint, and the stale service', () => {
    const markdown = render(loadFixture('seed-incident'), 'markdown')
    expect(markdown.startsWith('## ❌ driftcheck: fail\n')).toBe(true)
    expect(markdown).toContain('  - _Hint: an old image is still running: rebuild and recreate the service._')
    expect(markdown).toContain(
      '| api | 9c1e5b7d2a4f | 3a7b9d1f2c4e | 0f3e2d1 | ⚠️ stale (running image built 3 days ago) |'
    )
    expect(markdown).not.toContain(NOTE)
  })

  it('drops the evidence first when the report is too long, and says where the full one is', () => {
    const result = loadFixture('seed-incident')
    const full = render(result, 'markdown')
    const markdown = render(result, 'markdown', { maxLength: full.length - 1 })
    expect(markdown.length).toBeLessThanOrEqual(full.length - 1)
    expect(markdown).not.toContain('<details>')
    expect(markdown).toContain('### Services')
    expect(markdown).toContain('runtime-drift at **container**')
    expect(markdown).toContain(NOTE)
  })

  it('keeps a report that fits exactly as it is', () => {
    const full = render(loadFixture('seed-incident'), 'markdown')
    expect(render(loadFixture('seed-incident'), 'markdown', { maxLength: full.length })).toBe(full)
  })

  it('fits a huge result into a GitHub comment with whole rows only and the note at the end', () => {
    const result = bigResult(600)
    const markdown = render(result, 'markdown', { maxLength: GITHUB_COMMENT_MAX_LENGTH })
    expect(render(result, 'markdown').length).toBeGreaterThan(10 * GITHUB_COMMENT_MAX_LENGTH)
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH)
    expect(markdown.length).toBeGreaterThan(GITHUB_COMMENT_MAX_LENGTH - 1000)
    expect(markdown.trimEnd().endsWith(NOTE)).toBe(true)
    expect(markdown).toContain('| feature-0 \\| &lt;x&gt;')
    expectWellFormed(markdown)
  })

  it('respects any maxLength: never longer, never cut inside a block, the note whenever it shortened', () => {
    const result = bigResult(40, 5)
    const full = render(result, 'markdown')
    fc.assert(
      fc.property(fc.integer({ min: MIN_MARKDOWN_LENGTH, max: full.length + 100 }), (maxLength) => {
        const markdown = render(result, 'markdown', { maxLength })
        expect(markdown.length).toBeLessThanOrEqual(maxLength)
        expectWellFormed(markdown)
        if (maxLength >= full.length) expect(markdown).toBe(full)
        else expect(markdown).toContain(NOTE)
      }),
      { numRuns: 60 }
    )
  })

  it('refuses a maxLength too small to hold the heading and the note', () => {
    expect(() => render(loadFixture('all-pass'), 'markdown', { maxLength: 50 })).toThrow(UsageError)
    expect(() => render(loadFixture('all-pass'), 'markdown', { maxLength: Number.NaN })).toThrow(/maxLength/)
  })
})
