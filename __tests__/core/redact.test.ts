import { describe, expect, it } from '@jest/globals'
import { clipText, Redactor } from '../../src/core/redact.js'

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

  it('excerpt: redacts the whole text, then cuts — no part of a token survives any cut point', () => {
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
    for (const length of [3, 8, 40, 79, 80, 81, 242]) {
      const token = Array.from({ length }, (_, i) => alphabet[(i * 7 + length) % alphabet.length]).join('')
      const r = new Redactor([token])
      for (let offset = 0; offset <= 90; offset += 3) {
        for (let max = 1; max <= 100; max += 1) {
          const text = `${'.'.repeat(offset)}${token} end`
          const out = r.excerpt(text, max)
          expect([...out].length).toBeLessThanOrEqual(max)
          for (let i = 0; i + 3 <= token.length; i++) expect(out).not.toContain(token.slice(i, i + 3))
        }
      }
    }
  })

  it('excerpt: one line; a secret written across a line break is still hidden', () => {
    expect(new Redactor(['Bearer abc123']).excerpt('x\n  Bearer\nabc123  y', 80)).toBe('x *** y')
  })

  it('never cuts inside the *** marker', () => {
    expect(clipText('abc ***def', 6)).toBe('abc …')
    expect(clipText('abc ***def', 8)).toBe('abc ***…')
    expect(clipText('short', 10)).toBe('short')
  })

  it('hides each line of a multi-line secret, and its JSON-escaped forms', () => {
    const key = '-----BEGIN KEY-----\nAAAAB3NzaC1yc2EAAAADAQAB\nQ29udGludWVkTGluZTI=\n-----END KEY-----'
    const r = new Redactor([key, 'pa"ss/wo\\rd'])
    expect(r.redact('first line: AAAAB3NzaC1yc2EAAAADAQAB')).toBe('first line: ***')
    expect(r.redact(JSON.stringify({ p: 'pa"ss/wo\\rd' }))).toBe('{"p":"***"}')
    expect(r.redact('{"p":"pa\\"ss\\/wo\\\\rd"}')).toBe('{"p":"***"}')
  })
})
