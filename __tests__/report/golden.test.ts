/**
 * Golden files: every format for every fixture, byte for byte. `UPDATE_GOLDEN=1` rewrites them (review the diff).
 */
import { describe, it, expect } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  render,
  REPORT_EXTENSION,
  REPORT_FORMATS,
  type RenderOptions,
  type ReportFormat
} from '../../src/report/index.js'
import { FIXTURES, loadFixture, REPORT_TESTS_DIR, type FixtureName } from './fixtures.js'

const GOLDEN_DIR = join(REPORT_TESTS_DIR, 'golden')
const update = process.env.UPDATE_GOLDEN === '1'

interface Case {
  fixture: FixtureName
  format: ReportFormat
  options?: RenderOptions
  variant?: string
}

const cases: Case[] = [
  ...FIXTURES.flatMap((fixture) => REPORT_FORMATS.map((format) => ({ fixture, format }))),
  { fixture: 'seed-incident', format: 'text', options: { color: true }, variant: 'color' },
  { fixture: 'mixed-hostile', format: 'text', options: { color: true }, variant: 'color' },
  { fixture: 'seed-incident', format: 'markdown', options: { maxLength: 3000 }, variant: 'max3000' },
  {
    fixture: 'seed-incident',
    format: 'markdown',
    options: { maxLength: 1000, title: 'drift @ prod' },
    variant: 'max1000'
  }
]

function goldenPath({ fixture, format, variant }: Case): string {
  return join(GOLDEN_DIR, `${fixture}${variant ? `.${variant}` : ''}.${REPORT_EXTENSION[format]}`)
}

describe('golden reports', () => {
  it.each(cases.map((c) => [`${goldenPath(c).slice(GOLDEN_DIR.length + 1)}`, c] as const))('%s', (_name, c) => {
    const actual = render(loadFixture(c.fixture), c.format, c.options)
    const file = goldenPath(c)
    if (update) {
      mkdirSync(GOLDEN_DIR, { recursive: true })
      writeFileSync(file, actual)
    }
    if (!existsSync(file)) throw new Error(`missing golden file ${file}: run with UPDATE_GOLDEN=1 and review it`)
    expect(actual).toBe(readFileSync(file, 'utf8'))
  })

  it('is not updating golden files by accident in CI', () => {
    // A run with UPDATE_GOLDEN=1 always passes the comparisons above; CI must never set it.
    expect(update && process.env.CI === 'true').toBe(false)
  })
})
