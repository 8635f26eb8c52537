import { describe, expect, it } from '@jest/globals'
import { Redactor } from '../../src/core/redact.js'

describe('Redactor', () => {
  it('hides every occurrence, longest secret first, deep in JSON-like values', () => {
    const r = new Redactor(['s3cret-token', 's3cret'])
    expect(r.redact('Bearer s3cret-token and s3cret')).toBe('Bearer *** and ***')
    expect(r.redactValue({ a: ['x s3cret'], b: { c: 's3cret-token' }, n: 3 })).toEqual({
      a: ['x ***'],
      b: { c: '***' },
      n: 3
    })
  })

  it('ignores values too short to be secrets rather than mangling text', () => {
    expect(new Redactor(['a', '']).redact('a banana')).toBe('a banana')
  })

  it('with() adds secrets without changing the original', () => {
    const base = new Redactor(['one1'])
    const more = base.with(['two2'])
    expect(base.redact('one1 two2')).toBe('*** two2')
    expect(more.redact('one1 two2')).toBe('*** ***')
  })
})
