import { describe, it, expect } from '@jest/globals'
import { homedir } from 'node:os'
import { sshCommandArgv, sshExitMasterArgv, targetUrl } from '../../src/adapters/ssh/argv.js'
import { cdFailure, classifySshFailure, isCommandNotFound } from '../../src/adapters/ssh/classify.js'
import type { TargetConfig } from '../../src/core/config.js'

const target = (over: Partial<TargetConfig> = {}): TargetConfig => ({
  host: { raw: 'ssh://deploy@infra:2222', user: 'deploy', hostname: 'infra', port: 2222 },
  ssh: { identityFile: '~/.ssh/id_ed25519', knownHostsFile: '/etc/kh dir/known_hosts' },
  dir: '/srv/app',
  compose: {},
  ...over
})
const opts = { controlPath: '/tmp/driftcheck-ssh-x/cm' }

/** The value of every `-o Name=value`. */
function sshOptionValues(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {}
  argv.forEach((a, i) => {
    if (a === '-o') {
      const [k, ...v] = argv[i + 1]!.split('=')
      out[k!] = v.join('=')
    }
  })
  return out
}

describe('ssh argv', () => {
  it('always checks host keys strictly, never prompts, multiplexes, and ends with -- host command', () => {
    const argv = sshCommandArgv(target(), opts, 'docker ps')
    const o = sshOptionValues(argv)
    expect(o).toMatchObject({
      BatchMode: 'yes',
      StrictHostKeyChecking: 'yes',
      ControlMaster: 'auto',
      ControlPath: '/tmp/driftcheck-ssh-x/cm',
      IdentitiesOnly: 'yes',
      UserKnownHostsFile: '"/etc/kh dir/known_hosts"'
    })
    expect(Number(o.ConnectTimeout)).toBeGreaterThan(0)
    expect(Number(o.ControlPersist)).toBeGreaterThan(0)
    expect(argv.slice(argv.indexOf('-i'), argv.indexOf('-i') + 2)).toEqual(['-i', `${homedir()}/.ssh/id_ed25519`])
    expect(argv.slice(-4)).toEqual(['deploy', '--', 'infra', 'docker ps'])
    expect(argv).toEqual(expect.arrayContaining(['-p', '2222', '-l', 'deploy']))
  })

  it('without identity or known_hosts, leaves them to ~/.ssh/config and keeps strict checking', () => {
    const argv = sshCommandArgv(target({ ssh: {} }), opts, 'true')
    expect(argv).not.toContain('-i')
    expect(sshOptionValues(argv).StrictHostKeyChecking).toBe('yes')
    expect(sshOptionValues(argv).UserKnownHostsFile).toBeUndefined()
  })

  it('escapes % in paths, which ssh would expand as tokens', () => {
    const argv = sshCommandArgv(target({ ssh: { identityFile: '/k/100%h' } }), opts, 'true')
    expect(argv[argv.indexOf('-i') + 1]).toBe('/k/100%%h')
  })

  it('ends the master with -O exit', () => {
    expect(sshExitMasterArgv(target(), opts).slice(-4)).toEqual(['-O', 'exit', '--', 'infra'])
  })

  it.each([['-oProxyCommand=touch x'], ['a b'], ['host;id']])('refuses a host that is not a host: %j', (hostname) => {
    expect(() => sshCommandArgv(target({ host: { raw: 'x', hostname } }), opts, 'true')).toThrow(/invalid ssh host/)
  })

  it('refuses a user that looks like an option', () => {
    expect(() => sshCommandArgv(target({ host: { raw: 'x', hostname: 'h', user: '-oX=y' } }), opts, 'true')).toThrow(
      /invalid ssh user/
    )
  })

  it.each([
    [{ raw: '', hostname: 'h', user: 'u', port: 22 }, 'ssh://u@h:22'],
    [{ raw: '', hostname: '::1', port: 2222 }, 'ssh://[::1]:2222'],
    [{ raw: '', hostname: 'h' }, 'ssh://h']
  ])('names %j as %s', (host, url) => {
    expect(targetUrl(host)).toBe(url)
  })
})

describe('classifySshFailure', () => {
  const ctx = {
    url: 'ssh://root@127.0.0.1:2200',
    hostname: '127.0.0.1',
    port: 2200,
    knownHostsFile: '/kh',
    identityFile: '/k'
  }
  it.each([
    [
      'root@127.0.0.1: Permission denied (publickey).',
      /authentication to .* refused for the key \/k/,
      /authorized_keys/
    ],
    [
      'No ED25519 host key is known for [127.0.0.1]:2200 and you have requested strict checking.\nHost key verification failed.',
      /host key of .* is unknown .*never trusts a host on first use/,
      /ssh-keyscan -p 2200 127\.0\.0\.1 >> \/kh/
    ],
    [
      '@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @\nHost key verification failed.',
      /REFUSING .*CHANGED.*man-in-the-middle/,
      /out of band/
    ],
    ['ssh: connect to host 127.0.0.1 port 2200: Connection refused', /refused the connection/, /sshd running/],
    ['Connection timed out during banner exchange', /timed out/, /firewall/],
    ['ssh: Could not resolve hostname nope: Name or service not known', /cannot resolve/, /target.host/]
  ])('%s', (stderr, message, hint) => {
    const error = classifySshFailure(stderr, ctx)
    expect(error?.message).toMatch(message)
    expect(error?.message).not.toMatch(/\n/)
    expect(error?.hint).toMatch(hint)
  })

  it('leaves a remote command’s own exit 255 alone', () => {
    expect(classifySshFailure('my tool: bad input', ctx)).toBeNull()
  })

  it.each([
    [127, 'bash: line 1: docker: command not found', 'docker', true],
    [127, 'sh: 1: docker-compose: not found', 'docker-compose', true],
    [127, "env: 'docker': No such file or directory", 'docker', true],
    [1, 'bash: line 1: docker: command not found', 'docker', false],
    [127, 'sh: 1: other: not found', 'docker', false]
  ])('command not found: %i %s (%s) → %s', (code, stderr, file, expected) => {
    expect(isCommandNotFound(code, stderr, file)).toBe(expected)
  })

  it.each([
    ['bash: line 1: cd: /x: No such file or directory', 'does not exist'],
    ["sh: 1: cd: can't cd to /x", 'does not exist'],
    ['bash: line 1: cd: /x: Permission denied', 'not accessible'],
    ['bash: line 1: cd: /x: Not a directory', 'is not a directory'],
    ['docker: error', null]
  ])('cd failure %j → %s', (stderr, why) => {
    expect(cdFailure(stderr)).toBe(why)
  })
})
