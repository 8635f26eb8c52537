// SshRunner against a real OpenSSH server on loopback: quoting, multiplexing, stdin, and every connection failure.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { openSshRunner, SshRunner } from '../../src/adapters/ssh.js'
import { CommandError, InfraError } from '../../src/core/errors.js'
import { Redactor } from '../../src/core/redact.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'
import { attacks, hostileWord, splitNul } from './ssh-hostile.js'

let sshd: TestSshd
let work: string
let canary: string
let ssh: SshRunner

beforeAll(async () => {
  sshd = await startSshd()
  work = await mkdtemp(join(tmpdir(), 'driftcheck-ssh-itg-'))
  canary = join(work, 'CANARY')
  ssh = await openSshRunner(sshd.target(work), { configFile: 'none' })
}, 60_000)

afterAll(async () => {
  await ssh?.close()
  await sshd?.stop()
  await rm(work, { recursive: true, force: true })
})

async function readAll(stdout: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stdout) chunks.push(chunk)
  return Buffer.concat(chunks)
}

const open = (over: Parameters<TestSshd['target']>[1] = {}) =>
  openSshRunner(sshd.target(work, over), { configFile: 'none', connectTimeoutS: 5 })

describe('SshRunner against a real sshd', () => {
  it('names the target and shares one private ControlMaster connection', async () => {
    expect(ssh.where).toBe(`ssh://root@127.0.0.1:${sshd.port}`)
    expect((await stat(ssh.controlPath)).isSocket()).toBe(true)
    expect((await stat(join(ssh.controlPath, '..'))).mode & 0o777).toBe(0o700)
    const started = Date.now()
    await Promise.all(Array.from({ length: 10 }, () => ssh.run('true', [])))
    // Ten handshakes would take far longer than ten multiplexed sessions; the socket is what makes them cheap.
    expect(Date.now() - started).toBeLessThan(8_000)
  }, 30_000)

  it('known attacks arrive as literal words and nothing executes', async () => {
    const words = attacks(canary)
    const { stdout } = await ssh.run('printf', ['%s\\0', 'BEGIN', ...words])
    expect(splitNul(stdout)).toEqual(['BEGIN', ...words])
    expect(existsSync(canary)).toBe(false)
  }, 30_000)

  it('property: hostile word lists, cwd and env survive the real remote shell intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileWord(canary), { maxLength: 5 }), hostileWord(canary), async (words, value) => {
        const { stdout } = await ssh.run('sh', ['-c', 'printf "%s\\0" "$PWD" "$V" "$@"', 'sh', ...words], {
          cwd: work,
          env: { V: value }
        })
        expect(splitNul(stdout)).toEqual([work, value, ...words])
      }),
      { numRuns: 40 }
    )
    expect(existsSync(canary)).toBe(false)
  }, 120_000)

  it('runs in a hostile directory name', async () => {
    const dir = join(work, `-a b'$(touch CANARY)\`touch CANARY\`;\n漢 "$HOME"`)
    await mkdir(dir)
    const { stdout } = await ssh.run('pwd', [], { cwd: dir })
    expect(stdout).toBe(`${dir}\n`)
    expect(existsSync(join(dir, 'CANARY'))).toBe(false)
    expect(existsSync(canary)).toBe(false)
  }, 30_000)

  it('streams stdin, text and binary, both ways unchanged', async () => {
    const bytes = randomBytes(256 * 1024)
    const out = await ssh.stream('cat', [], readAll, { input: bytes })
    expect(Buffer.compare(out.value, bytes)).toBe(0)
    expect([out.stopped, out.exitCode]).toEqual([false, 0])
    const file = join(work, 'stdin.bin')
    await writeFile(file, bytes)
    const counted = await ssh.runWithStdinFile('wc', ['-c'], file)
    expect(counted.stdout.trim()).toBe(String(bytes.length))
  }, 30_000)

  it('reports a failing remote command as a CommandError with its exit code and stderr', async () => {
    const error = await ssh.run('sh', ['-c', 'echo broken >&2; exit 7']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CommandError)
    expect((error as CommandError).exitCode).toBe(7)
    expect((error as CommandError).message).toMatch(/exit 7.*broken/)
    const allowed = await ssh.run('sh', ['-c', 'exit 7'], { allowFailure: true })
    expect(allowed.exitCode).toBe(7)
  }, 30_000)

  it('redacts secrets in the command it reports', async () => {
    const redacting = await openSshRunner(sshd.target(work), {
      configFile: 'none',
      redactor: new Redactor(['s3cr3t-value'])
    })
    try {
      const result = await redacting.run('true', [], { env: { TOKEN: 's3cr3t-value' } })
      expect(result.command).not.toContain('s3cr3t-value')
      expect(result.command).toContain('TOKEN=***')
    } finally {
      await redacting.close()
    }
  }, 30_000)

  it('a missing directory and a missing program are clear InfraErrors', async () => {
    await expect(ssh.run('true', [], { cwd: join(work, 'nope') })).rejects.toThrow(
      /directory .*nope does not exist on ssh:/
    )
    await expect(ssh.run('no-such-tool-xyz', [])).rejects.toThrow(
      /`no-such-tool-xyz` is not installed or not on PATH on ssh:/
    )
  }, 30_000)

  it('close() ends the master and removes the private directory', async () => {
    const runner = await open()
    await runner.close()
    expect(existsSync(join(runner.controlPath, '..'))).toBe(false)
    await expect(runner.run('true', [])).rejects.toThrow(/already closed/)
  }, 30_000)
})

describe('openSshRunner refuses, in one line, what it cannot trust', () => {
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).not.toContain('\n')
    return error as InfraError
  }

  it('a key the server does not accept', async () => {
    const error = await failure(open({ identityFile: sshd.wrongKey }))
    expect(error.message).toMatch(/authentication to ssh:\/\/root@127\.0\.0\.1:\d+ refused/)
    expect(error.hint).toMatch(/authorized_keys/)
  }, 30_000)

  it('an unknown host key, with the command to add it', async () => {
    const error = await failure(open({ knownHostsFile: sshd.emptyKnownHosts }))
    expect(error.message).toMatch(/unknown.*never trusts a host on first use/)
    expect(error.hint).toBe(
      `add it after checking its fingerprint: ssh-keyscan -p ${sshd.port} 127.0.0.1 >> ${sshd.emptyKnownHosts}`
    )
  }, 30_000)

  it('a changed host key, loudly', async () => {
    const error = await failure(open({ knownHostsFile: sshd.changedKnownHosts }))
    expect(error.message).toMatch(/^REFUSING .*CHANGED.*man-in-the-middle/)
  }, 30_000)

  it('a known_hosts file or identity file that does not exist', async () => {
    await failure(open({ knownHostsFile: join(work, 'none') })).then((e) =>
      expect(e.message).toMatch(/known_hosts file .* does not exist/)
    )
    await failure(open({ identityFile: join(work, 'none') })).then((e) =>
      expect(e.message).toMatch(/identity file .* does not exist/)
    )
  }, 30_000)

  it('sshd down, then back', async () => {
    await sshd.pause()
    try {
      const error = await failure(open())
      expect(error.message).toMatch(/refused the connection/)
    } finally {
      await sshd.restart()
    }
    const again = await open()
    await again.close()
  }, 60_000)
})
