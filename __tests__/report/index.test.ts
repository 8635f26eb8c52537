import { describe, it, expect } from '@jest/globals'
import { UsageError } from '../../src/core/errors.js'
import { isReportFormat, render, REPORT_FORMATS, type ReportFormat } from '../../src/report/index.js'
import { loadFixture } from './fixtures.js'

describe('render', () => {
  it('offers the five formats of the CLI contract', () => {
    expect([...REPORT_FORMATS]).toEqual(['text', 'json', 'markdown', 'junit', 'sarif'])
    expect(isReportFormat('sarif')).toBe(true)
    expect(isReportFormat('html')).toBe(false)
  })

  it('rejects an unknown format with a usage error', () => {
    expect(() => render(loadFixture('all-pass'), 'html' as ReportFormat)).toThrow(UsageError)
  })

  it('puts colour codes only in the text format, and only when asked', () => {
    for (const format of REPORT_FORMATS) {
      const output = render(loadFixture('mixed-hostile'), format, { color: true })
      if (format === 'text') expect(output).toContain('\u001b[')
      else if (format === 'json') expect(output).toContain('\\u001b[31m')
      else expect(output).not.toContain('\u001b')
    }
  })
})
