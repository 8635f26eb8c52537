/**
 * Reports at 200 features (a `discover` run over a large codebase): the passing ones are grouped, one line per layer; the
 * failing ones are listed; the PR comment stays under GitHub's limit and says what it left out. Golden files:
 * `UPDATE_GOLDEN=1` rewrites them (review the diff).
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FeatureResult, RunResult } from '../../src/core/model.js'
import { GITHUB_COMMENT_MAX_LENGTH, render } from '../../src/report/index.js'
import { GROUP_PASSING_ABOVE } from '../../src/report/summary.js'
import { loadFixture, REPORT_TESTS_DIR } from './fixtures.js'

const GOLDEN_DIR = join(REPORT_TESTS_DIR, 'golden')

/** 200 module features: 197 pass (the last 20 without routes), 2 drifted, 1 could not be checked. */
function manyFeatures(count = 200): RunResult {
  const base = loadFixture('seed-incident')
  const [drifted, passing] = base.features as [FeatureResult, FeatureResult]
  const features = Array.from({ length: count }, (_, i): FeatureResult => {
    const name = `module-${String(i).padStart(3, '0')}`
    if (i === 17 || i === 123) return { ...structuredClone(drifted), name }
    if (i === 150) {
      // The route probe got no answer: could not check.
      const layers = structuredClone(passing).layers.map((l) =>
        l.layer === 'route'
          ? {
              ...l,
              status: 'error' as const,
              evidence: { summary: 'GET /api/v1/module-150 got no answer within 15 s' }
            }
          : l
      )
      return { ...structuredClone(passing), name, verdict: 'error', faultLine: 'route', layers }
    }
    const feature = { ...structuredClone(passing), name }
    if (i >= count - 20) {
      feature.layers = feature.layers.map((l) =>
        l.layer === 'route' ? { ...l, status: 'skip', evidence: { summary: 'not configured for this feature' } } : l
      )
    }
    return feature
  })
  return { ...base, verdict: 'fail', features }
}

function golden(name: string, actual: string): void {
  const file = join(GOLDEN_DIR, name)
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual)
  if (!existsSync(file)) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1 and review it`)
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('the text report at 200 features', () => {
  const text = render(manyFeatures(), 'text')

  it('groups the passing features into one line per layer and lists the failing ones', () => {
    golden('many-features.txt', text)
    expect(text).toContain('197 of 200 features pass')
    // The matrix has the three others only.
    const rows = text.split('\n').filter((line) => /^module-\d{3} /.test(line))
    expect(rows.map((line) => line.split(/\s+/)[0])).toEqual(['module-017', 'module-123', 'module-150'])
    for (const name of ['module-017', 'module-123', 'module-150']) {
      expect(text).toMatch(new RegExp(`[✗!] ${name}`))
    }
    expect(text.split('\n').length).toBeLessThan(60)
  })

  it('at or below the threshold every feature keeps its row', () => {
    const small = render(manyFeatures(GROUP_PASSING_ABOVE), 'text')
    expect(small.split('\n').filter((line) => /^module-\d{3} /.test(line))).toHaveLength(GROUP_PASSING_ABOVE)
    expect(small).not.toContain('features pass')
  })
})

describe('the PR comment at 200 features', () => {
  it('the full Markdown folds the passing features into one row and one list', () => {
    const markdown = render(manyFeatures(), 'markdown')
    golden('many-features.md', markdown)
    expect(markdown).toContain('| _197 passing features_ | ✅ pass |')
    expect(markdown).toContain('<details><summary>✅ 197 passing features</summary>')
    expect(markdown.match(/^\| module-\d{3} \|/gm)).toHaveLength(3)
  })

  it('stays under GitHub’s limit at 2000 features, keeps every failing one, and says what it left out', () => {
    const result = manyFeatures(2000)
    const markdown = render(result, 'markdown', { maxLength: GITHUB_COMMENT_MAX_LENGTH })
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_MAX_LENGTH)
    for (const name of ['module-017', 'module-123', 'module-150']) expect(markdown).toContain(`**${name}**`)
    expect(markdown).toContain('| _1997 passing features_ |')
  })

  it('a comment too small for everything names each section it cut, with counts', () => {
    const markdown = render(manyFeatures(), 'markdown', { maxLength: 3000 })
    golden('many-features.max3000.md', markdown)
    expect(markdown.length).toBeLessThanOrEqual(3000)
    expect(markdown).toMatch(/shortened to fit 3000 characters \(left out: [^)]*all 4 evidence details\)/)
  })
})
