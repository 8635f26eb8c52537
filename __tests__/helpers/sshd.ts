// A real OpenSSH server on a loopback port for the integration tests: generated host and client keys, its own
// authorized_keys, a known_hosts file that trusts exactly this host key. Fails loudly when sshd is missing.
import { spawn, type ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TargetConfig } from '../../src/core/config.js'

export const SSHD = '/usr/sbin/sshd'

export interface TestSshd {
  port: number
  dir: string
  /** The client key sshd accepts. */
  clientKey: string
  /** A key sshd does not accept. */
  wrongKey: string
  /** known_hosts with this server's host key. */
  knownHosts: string
  /** known_hosts with a different key for the same host and port (a "changed" host key). */
  changedKnownHosts: string
  /** An empty known_hosts (an "unknown" host key). */
  emptyKnownHosts: string
  /** A target for this server with the right key and known_hosts; override what a test needs. */
  target(dir: string, override?: Partial<TargetConfig['ssh']>): TargetConfig
  stop(): Promise<void>
  /** Stops sshd but keeps its keys (to test "sshd down"). */
  pause(): Promise<void>
  /** Starts sshd again on the same port (after `pause`). */
  restart(): Promise<void>
}

export interface SshdOptions {
  /**
   * Variables sshd sets in every session (sshd_config `SetEnv`; they override sshd's default PATH), e.g. a PATH without
   * docker to play a target where it is not installed. Values must not contain whitespace or quotes.
   */
  setEnv?: Record<string, string>
}

export async function startSshd(options: SshdOptions = {}): Promise<TestSshd> {
  requireSshd()
  const dir = await mkdtemp(join(tmpdir(), 'driftcheck-sshd-'))
  const hostKey = join(dir, 'host_ed25519')
  const otherHostKey = join(dir, 'other_host_ed25519')
  const clientKey = join(dir, 'client_ed25519')
  const wrongKey = join(dir, 'wrong_ed25519')
  for (const key of [hostKey, otherHostKey, clientKey, wrongKey]) generateKey(key)
  await writeFile(join(dir, 'authorized_keys'), await readFile(`${clientKey}.pub`))
  // sshd's privilege separation directory (Debian creates it at boot only).
  await mkdir('/run/sshd', { recursive: true, mode: 0o755 })

  const port = await freePort()
  const hostLine = (pub: string) => knownHostsLine('127.0.0.1', port, pub)
  const knownHosts = join(dir, 'known_hosts')
  const changedKnownHosts = join(dir, 'known_hosts_changed')
  const emptyKnownHosts = join(dir, 'known_hosts_empty')
  await writeFile(knownHosts, await hostLine(`${hostKey}.pub`))
  await writeFile(changedKnownHosts, await hostLine(`${otherHostKey}.pub`))
  await writeFile(emptyKnownHosts, '')

  const config = join(dir, 'sshd_config')
  await writeFile(
    config,
    sshdConfig({
      listenAddress: '127.0.0.1',
      port,
      hostKey,
      pidFile: join(dir, 'sshd.pid'),
      authorizedKeys: join(dir, 'authorized_keys'),
      setEnv: options.setEnv
    })
  )

  let child: ChildProcess | null = null
  const start = async () => {
    const proc = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    proc.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child = proc
    await waitForBanner('127.0.0.1', port, () => (proc.exitCode !== null ? `sshd exited: ${stderr.trim()}` : null))
  }
  const stop = async () => {
    const proc = child
    child = null
    if (!proc || proc.exitCode !== null) return
    const exited = new Promise((resolve) => proc.once('exit', resolve))
    proc.kill('SIGTERM')
    await exited
  }
  await start()

  return {
    port,
    dir,
    clientKey,
    wrongKey,
    knownHosts,
    changedKnownHosts,
    emptyKnownHosts,
    target: (targetDir, override = {}) => ({
      host: { raw: `ssh://root@127.0.0.1:${port}`, user: 'root', hostname: '127.0.0.1', port },
      ssh: { identityFile: clientKey, knownHostsFile: knownHosts, ...override },
      dir: targetDir,
      compose: {}
    }),
    async stop() {
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
    pause: stop,
    restart: async () => {
      await stop()
      await start()
    }
  }
}

// The pieces below are shared with the fleet's per-node sshd (fleet.ts).

/** Fails loudly (never skips) when OpenSSH's server is not installed. */
export function requireSshd(): void {
  if (!existsSync(SSHD))
    throw new Error(`${SSHD} is missing: apt-get install openssh-server (the ssh tests never skip)`)
}

/** An ed25519 key pair without a passphrase: `file` (private) and `file.pub`. */
export function generateKey(file: string): void {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'driftcheck-test', '-f', file])
}

/** A known_hosts line that trusts the public key in `pubFile` for host:port (port 22 bare, as ssh looks it up). */
export async function knownHostsLine(host: string, port: number, pubFile: string): Promise<string> {
  const [type, key] = (await readFile(pubFile, 'utf8')).trim().split(/\s+/)
  return `${port === 22 ? host : `[${host}]:${port}`} ${type} ${key}\n`
}

export interface SshdConfigSpec {
  listenAddress: string
  port: number
  hostKey: string
  pidFile: string
  authorizedKeys: string
  setEnv?: Record<string, string>
}

/** A test sshd's config: root by public key from `authorizedKeys` only, no PAM, no passwords, quiet. */
export function sshdConfig(spec: SshdConfigSpec): string {
  return [
    `Port ${spec.port}`,
    `ListenAddress ${spec.listenAddress}`,
    `HostKey ${spec.hostKey}`,
    `PidFile ${spec.pidFile}`,
    `AuthorizedKeysFile ${spec.authorizedKeys}`,
    'StrictModes no',
    'PermitRootLogin yes',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    // Tests run many sessions over one multiplexed connection, and several test files at once.
    'MaxSessions 100',
    'MaxStartups 100',
    'LogLevel ERROR',
    ...setEnvLines(spec.setEnv),
    ''
  ].join('\n')
}

function setEnvLines(vars: Record<string, string> | undefined): string[] {
  if (!vars || Object.keys(vars).length === 0) return []
  const words = Object.entries(vars).map(([name, value]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /[\s"'\\]/.test(value))
      throw new Error(`startSshd: cannot pass ${name}=${value} through SetEnv`)
    return `${name}=${value}`
  })
  return [`SetEnv ${words.join(' ')}`]
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
      )
    })
  })
}

function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, host)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Waits (5 s at most) until host:port accepts connections; `failed` returns why to give up early (sshd exited). */
export async function waitForBanner(host: string, port: number, failed: () => string | null): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const reason = failed()
    if (reason) throw new Error(reason)
    if (await accepts(host, port)) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`sshd did not listen on ${host}:${port} within 5 s`)
}
