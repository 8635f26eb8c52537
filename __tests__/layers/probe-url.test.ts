import { describe, expect, it } from '@jest/globals'
import { displayUrl, joinUrl } from '../../src/layers/probe/url.js'

describe('joinUrl', () => {
  it.each([
    ['https://api.example.com', '/api/v1/x', 'https://api.example.com/api/v1/x'],
    ['https://api.example.com/', '/api/v1/x', 'https://api.example.com/api/v1/x'],
    ['https://api.example.com/', 'api/v1/x', 'https://api.example.com/api/v1/x'],
    ['https://example.com/backoffice', '/api/v1/x', 'https://example.com/backoffice/api/v1/x'],
    ['https://example.com/backoffice/', '//api/v1/x', 'https://example.com/backoffice/api/v1/x'],
    ['http://127.0.0.1:8080', '/', 'http://127.0.0.1:8080/'],
    ['http://127.0.0.1:8080/base', '/', 'http://127.0.0.1:8080/base/'],
    ['http://127.0.0.1:8080', '/search?q=a/b&x=1', 'http://127.0.0.1:8080/search?q=a/b&x=1'],
    ['http://127.0.0.1:8080', '/pages/Workflow.html', 'http://127.0.0.1:8080/pages/Workflow.html']
  ])('%s + %s → %s', (base, path, url) => {
    expect(joinUrl(base, path)).toBe(url)
    expect(joinUrl(base, path)).not.toMatch(/[^:]\/\//)
  })

  it('refuses a service url that is not a URL, in one line', () => {
    expect(() => joinUrl('api.example.com', '/x')).toThrow("invalid service url 'api.example.com'")
  })

  it('hides user:password in evidence', () => {
    expect(displayUrl('https://bob:hunter22@x.test/a')).toBe('https://***@x.test/a')
    expect(displayUrl('https://x.test/a')).toBe('https://x.test/a')
  })
})
