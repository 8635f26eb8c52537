import { describe, it, expect } from '@jest/globals'
import { formatDuration } from '../../src/core/units.js'

describe('formatDuration: the one duration formatter', () => {
  it.each([
    [0, 'measured', '0 ms'],
    [850.4, 'measured', '850 ms'],
    [4_240, 'measured', '4.2 s'],
    [30_000, 'measured', '30.0 s'],
    [125_000, 'measured', '2 min 5 s'],
    [120_000, 'measured', '2 min'],
    [300, 'seconds', '0.3 s'],
    [4_240, 'seconds', '4.2 s'],
    [75_230, 'seconds', '75.2 s'],
    [800, 'setting', '800 ms'],
    [2_000, 'setting', '2 s'],
    [1_500, 'setting', '1.5 s'],
    [15_000, 'setting', '15 s']
  ] as const)('%d ms, %s → %s', (ms, style, expected) => {
    expect(formatDuration(ms, style)).toBe(expected)
  })

  it('reports measure by default', () => {
    expect(formatDuration(4_240)).toBe(formatDuration(4_240, 'measured'))
  })
})
