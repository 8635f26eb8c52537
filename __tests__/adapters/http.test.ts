import { describe, expect, it } from '@jest/globals'
import { describeNetworkError } from '../../src/adapters/http.js'

const error = (code: string, message = 'x', name = 'Error') => Object.assign(new Error(message), { code, name })

describe('describeNetworkError', () => {
  it.each([
    [error('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1'), 'ECONNREFUSED'],
    [error('ECONNRESET'), 'ECONNRESET'],
    [error('ECONNRESET', 'socket hang up'), 'ECONNRESET (the server closed the connection)'],
    [error('ENOTFOUND', 'getaddrinfo ENOTFOUND api.example.com'), 'ENOTFOUND (DNS lookup failed)'],
    [error('ETIMEDOUT', 'connect ETIMEDOUT 10.0.0.1:80'), 'timeout after 2000 ms'],
    [error('ABORT_ERR', 'The operation was aborted', 'AbortError'), 'timeout after 2000 ms'],
    [Object.assign(new Error('aborted'), { name: 'TimeoutError' }), 'timeout after 2000 ms'],
    [error('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'), 'TLS: DEPTH_ZERO_SELF_SIGNED_CERT'],
    [error('ERR_TLS_CERT_ALTNAME_INVALID'), 'TLS: ERR_TLS_CERT_ALTNAME_INVALID'],
    [
      error('ERR_INVALID_CHAR', 'Invalid character in header content ["x-bad"]'),
      'invalid request: Invalid character in header content ["x-bad"]'
    ],
    [
      error('ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["G T"]'),
      'invalid request: Method must be a valid HTTP token ["G T"]'
    ],
    [
      error('HPE_INVALID_CONSTANT', 'Parse Error: Expected HTTP/'),
      'an HTTP answer that cannot be parsed (HPE_INVALID_CONSTANT)'
    ],
    [error('ERR_INVALID_URL', 'Invalid URL'), 'invalid URL'],
    [new Error('something\nodd happened'), 'something odd happened']
  ])('%s → %s', (err, cause) => {
    expect(describeNetworkError(err, 2000)).toBe(cause)
  })

  it('an aborted attempt is a timeout whatever the error says', () => {
    expect(describeNetworkError(new Error('This operation was aborted'), 750, true)).toBe('timeout after 750 ms')
  })
})
