// The registry adapter's pure parts: argv, the digest of a push, the host to `docker login` to, and what a failed
// push/pull means (docker's real messages), each with its fix and never a credential.
import { describe, it, expect } from '@jest/globals'
import { parsePushDigest, pullArgs, pushArgs, registryHost, tagArgs } from '../../src/adapters/registry/args.js'
import { classifyRegistryError, registryError } from '../../src/adapters/registry/errors.js'

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`

describe('argv', () => {
  it.each([
    [tagArgs('aibp-api', 'reg:5000/acme/api:abc'), ['tag', 'aibp-api', 'reg:5000/acme/api:abc']],
    [pushArgs('reg:5000/acme/api:abc'), ['push', 'reg:5000/acme/api:abc']],
    [pullArgs('reg:5000/acme/api:abc'), ['pull', '--quiet', 'reg:5000/acme/api:abc']]
  ])('%j', (args, expected) => {
    expect(args).toEqual(expected)
  })
})

describe('parsePushDigest', () => {
  it.each([
    [
      `The push refers to repository [reg:5000/acme/api]\n5f70bf18a086: Pushed\nabc: digest: ${DIGEST} size: 527\n`,
      DIGEST
    ],
    ['The push refers to repository [reg:5000/acme/api]\n', null],
    ['digest: sha256:short size: 1', null]
  ])('%j → %s', (stdout, digest) => {
    expect(parsePushDigest(stdout)).toBe(digest)
  })
})

describe('registryHost', () => {
  it.each([
    ['registry.example.com/acme/api:1', 'registry.example.com'],
    ['10.231.1.1:5000/api:1', '10.231.1.1:5000'],
    ['localhost/api:1', 'localhost'],
    ['acme/api:1', 'docker.io'],
    ['api:1', 'docker.io']
  ])('%s → %s', (ref, host) => {
    expect(registryHost(ref)).toBe(host)
  })
})

describe('a failed push or pull', () => {
  const ref = 'reg.example.com:5000/acme/api:abc'
  it.each<[string, string, RegExp]>([
    ['unauthorized: authentication required', 'auth', /docker login reg\.example\.com:5000` on this machine/],
    ['denied: requested access to the resource is denied', 'auth', /docker login/],
    [
      "Error response from daemon: pull access denied for reg/api, repository does not exist or may require 'docker login'",
      'auth',
      /docker login/
    ],
    ['no basic auth credentials', 'auth', /docker login/],
    [
      'Get "https://reg.example.com:5000/v2/": http: server gave HTTP response to HTTPS client',
      'insecure',
      /insecure-registries/
    ],
    ['x509: certificate signed by unknown authority', 'tls', /certs\.d\/reg\.example\.com:5000\/ca\.crt/],
    [
      'Error response from daemon: manifest for reg.example.com:5000/acme/api:abc not found: manifest unknown',
      'not-found',
      /the image was not pushed there|no such repository/
    ],
    [
      'Get "https://reg.example.com:5000/v2/": dial tcp 10.0.0.5:5000: connect: connection refused',
      'unreachable',
      /reachable/
    ],
    ['something else', 'other', /run `docker (push|pull) reg/]
  ])('%s → %s', (stderr, kind, fix) => {
    expect(classifyRegistryError(stderr)).toBe(kind)
    const error = registryError('pull', ref, 'local', stderr)
    expect(error.hint).toMatch(fix)
    expect(error.message).not.toMatch(/Error response from daemon/)
    expect(error.message.split('\n')).toHaveLength(1)
  })

  it('names the machine whose docker login or trust is missing', () => {
    const error = registryError('pull', ref, 'ssh://root@node-1', 'unauthorized: authentication required')
    expect(error.message).toBe(`docker pull ${ref} failed (ssh://root@node-1): unauthorized: authentication required`)
    expect(error.hint).toBe(
      'run `docker login reg.example.com:5000` on ssh://root@node-1 (docker keeps the credentials; driftcheck never sees them)'
    )
  })
})
