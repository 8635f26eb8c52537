// One node of the test fleet (fleet.ts): its engine and sshd, started inside the namespaces fleet.sh built for it.
import { execa, type Options as ExecaOptions } from 'execa'
import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import type { TargetConfig } from '../../src/core/config.js'
import { sshdConfig, SSHD, waitForBanner } from './sshd.js'

export const DOCKERD = '/usr/sbin/dockerd'

// No ssh_config, no agent keys, no global known_hosts: only the fleet's key and host keys count.
const STRICT_SSH = {
  IdentitiesOnly: 'yes',
  GlobalKnownHostsFile: '/dev/null',
  StrictHostKeyChecking: 'yes',
  BatchMode: 'yes',
  ConnectTimeout: '5'
}

export interface FleetNode {
  /** `node-1`…: the node's hostname, hence its Swarm node name. */
  name: string
  /** 1-based. */
  index: number
  /** Its address on the fleet's bridge (ssh, published ports). */
  address: string
  /** A `docker -H` / DOCKER_HOST value for this node's engine, usable from the host. */
  dockerHost: string
  /** `ssh://root@<address>` (port 22). */
  sshUrl: string
  /** The network namespace (`ip netns`). */
  namespace: string
  /** `docker -H <this node> …` from the host; rejects on a non-zero exit unless `reject: false`. */
  docker(args: string[], options?: ExecaOptions): Promise<CommandResult>
  /** One command over ssh as root, strict host-key checking with the fleet's known_hosts. */
  ssh(command: string, options?: ExecaOptions): Promise<CommandResult>
  /** A driftcheck target for this node (the fleet's key and known_hosts). */
  target(dir: string, override?: Partial<TargetConfig['ssh']>): TargetConfig
  /** Stops / starts this node's sshd (an unreachable node) or engine (a node whose docker is down). */
  stopSshd(): Promise<void>
  startSshd(): Promise<void>
  stopEngine(): Promise<void>
  startEngine(): Promise<void>
}

export interface CommandResult {
  exitCode: number
  stdout: string
  stderr: string
}

export interface FleetSsh {
  clientKey: string
  knownHosts: string
  authorizedKeys: string
  hostKey(index: number): string
}

export function nodeAddress(slot: number, index: number): string {
  return `10.231.${slot}.${10 + index}`
}

export function makeNode(dir: string, slot: number, index: number, ssh: FleetSsh): FleetNode {
  const nodeDir = join(dir, `node-${index}`)
  const address = nodeAddress(slot, index)
  const dockerHost = `unix://${join(nodeDir, 'run/docker.sock')}`
  const keeper = () => readFileSync(join(nodeDir, 'keeper.pid'), 'utf8').trim()
  const sshdConfigFile = join(nodeDir, 'sshd_config')
  const processes: { engine: ChildProcess | null; sshd: ChildProcess | null } = { engine: null, sshd: null }
  const sshOptions = { ...STRICT_SSH, UserKnownHostsFile: ssh.knownHosts }
  const sshArgs = [
    '-F',
    '/dev/null',
    '-i',
    ssh.clientKey,
    ...Object.entries(sshOptions).flatMap(([k, v]) => ['-o', `${k}=${v}`])
  ]
  const node: FleetNode = {
    name: `node-${index}`,
    index,
    address,
    dockerHost,
    sshUrl: `ssh://root@${address}`,
    namespace: `dcf${slot}-node-${index}`,
    docker: (args, options = {}) => result(execa('docker', ['-H', dockerHost, ...args], options)),
    ssh: (command, options = {}) => result(execa('ssh', [...sshArgs, `root@${address}`, command], options)),
    target: (targetDir, override = {}) => ({
      host: { raw: `ssh://root@${address}`, user: 'root', hostname: address, port: 22 },
      ssh: { identityFile: ssh.clientKey, knownHostsFile: ssh.knownHosts, ...override },
      dir: targetDir,
      compose: {}
    }),
    async startEngine() {
      // A plain `dockerd`: in the node's mount namespace its defaults are the node's own /var/lib/docker, /run and
      // /etc/docker/daemon.json (written by fleet.sh).
      const proc = spawnInNode(keeper(), [DOCKERD], join(nodeDir, 'dockerd.log'))
      processes.engine = proc
      await waitUntil(
        `dockerd of node-${index}`,
        30_000,
        () => ping(join(nodeDir, 'run/docker.sock')),
        () => exited(proc, join(nodeDir, 'dockerd.log'))
      )
    },
    async stopEngine() {
      await terminate(processes.engine)
      processes.engine = null
    },
    async startSshd() {
      if (!existsSync(sshdConfigFile)) {
        await writeFile(
          sshdConfigFile,
          sshdConfig({
            listenAddress: address,
            port: 22,
            hostKey: ssh.hostKey(index),
            pidFile: join(nodeDir, 'sshd.pid'),
            authorizedKeys: ssh.authorizedKeys
          })
        )
      }
      const proc = spawnInNode(keeper(), [SSHD, '-D', '-e', '-f', sshdConfigFile], join(nodeDir, 'sshd.log'))
      processes.sshd = proc
      await waitForBanner(address, 22, () => exited(proc, join(nodeDir, 'sshd.log')))
    },
    async stopSshd() {
      await terminate(processes.sshd)
      processes.sshd = null
    }
  }
  return node
}

/** Runs `argv` inside the node's namespaces (those its keeper process holds). */
function spawnInNode(keeperPid: string, argv: string[], log: string): ChildProcess {
  return spawnDetached(['/usr/bin/nsenter', '-t', keeperPid, '-m', '-u', '-n', '--', ...argv], log)
}

/** Starts `argv` detached (its lifetime is the fleet's: fleet.sh down ends it), output appended to `log`. */
export function spawnDetached([file, ...args]: string[], log: string): ChildProcess {
  const fd = openSync(log, 'a')
  try {
    const proc = spawn(file!, args, { cwd: '/', detached: true, stdio: ['ignore', fd, fd] })
    proc.unref()
    return proc
  } finally {
    closeSync(fd)
  }
}

/** Why a process we wait for is gone (with the end of its log), or null while it runs. */
export function exited(proc: ChildProcess, log: string): string | null {
  if (proc.exitCode === null && proc.signalCode === null) return null
  const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-5).join('\n') : ''
  return `exited (${proc.exitCode ?? proc.signalCode}): ${tail}`
}

export async function terminate(proc: ChildProcess | null): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
  const gone = new Promise((resolve) => proc.once('exit', resolve))
  proc.kill('SIGTERM')
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000)
  await gone
  clearTimeout(timer)
}

/** GET /_ping on a docker socket: true once the engine answers. */
export function ping(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath, path: '/_ping', timeout: 2000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.once('error', () => resolve(false))
    req.once('timeout', () => {
      req.destroy()
      resolve(false)
    })
    req.end()
  })
}

export async function waitUntil(
  what: string,
  timeoutMs: number,
  ready: () => Promise<boolean>,
  failed: () => string | null = () => null
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const reason = failed()
    if (reason) throw new Error(`${what}: ${reason}`)
    if (await ready()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what} was not ready within ${timeoutMs / 1000} s`)
}

async function result(pending: ReturnType<typeof execa>): Promise<CommandResult> {
  const done = await pending
  return { exitCode: done.exitCode ?? -1, stdout: String(done.stdout), stderr: String(done.stderr) }
}
