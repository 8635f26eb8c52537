import { describe, it, expect } from '@jest/globals'
import fc from 'fast-check'
import { replaceSection, SECTION_END, SECTION_START } from '../../src/adapters/github.js'

describe('replaceSection', () => {
  it('appends the section to notes that have none', () => {
    expect(replaceSection('## Changes\n- a\n', 'report 1')).toBe(
      `## Changes\n- a\n\n${SECTION_START}\nreport 1\n${SECTION_END}`
    )
    expect(replaceSection('', 'report 1')).toBe(`${SECTION_START}\nreport 1\n${SECTION_END}`)
  })

  it('replaces the section on a rerun, keeping the text around it', () => {
    const once = replaceSection('intro', 'report 1') + '\n\nfooter'
    const twice = replaceSection(once, 'report 2')
    expect(twice).toBe(`intro\n\n${SECTION_START}\nreport 2\n${SECTION_END}\n\nfooter`)
    expect(twice.split(SECTION_START)).toHaveLength(2)
  })

  it('is idempotent and never grows on reruns (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (notes, a, b) => {
        const first = replaceSection(notes, a)
        const second = replaceSection(first, b)
        expect(replaceSection(second, b)).toBe(second)
        expect(second.split(SECTION_START).length).toBe(first.split(SECTION_START).length)
        expect(second).toContain(b.trim())
      })
    )
  })
})
