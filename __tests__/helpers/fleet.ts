/**
 * A real fleet on this one machine for the integration tests (issue 10). Root only; never skips.
 *
 *   const fleet = await startFleet({ nodes: 2, swarm: true, registry: true })
 *   try {
 *     await fleet.nodes[1].docker(['ps'])                         // docker -H <that node's engine>, from the host
 *     await fleet.nodes[0].ssh('docker info')                      // over ssh: the node's own engine answers
 *     const runner = await openSshRunner(fleet.nodes[0].target('/srv/app'))   // driftcheck's own ssh adapter
 *     await fleet.loadImages([image.tag])                          // docker save | docker load into every node
 *   } finally {
 *     await fleet.stop()                                           // also on failure; idempotent
 *   }
 *
 * Each node is a "machine": its own network namespace (10.231.S.(10+i) on the bridge 10.231.S.1, S = the fleet's slot),
 * hostname (`node-1`…), /run, /var/lib/docker, /etc/docker, /srv and /root (a private mount namespace), a plain `dockerd`
 * (cgroupfs, its own engine ID) and an `sshd` on port 22 that lets root in with the fleet's key. `ssh node docker …` and
 * `ssh node docker-compose …` therefore talk to that node's engine through its own /var/run/docker.sock, and the engine
 * resolves bind mounts in the node's /srv. Optional: a Swarm (node-1 the manager, the others workers; publish with
 * `mode=host`, the ingress routing mesh does not work between namespaces) and Debian's `docker-registry` on
 * 10.231.S.1:5000 (every node trusts it as an insecure registry).
 *
 * scripts/fleet.sh does the privileged plumbing (namespaces, bridge, iptables, teardown); this file starts the
 * processes. `stop()` kills every process of the slot and removes all it created; a crashed run's slot is removed by
 * the next `startFleet` (its owner process is gone) or `bash scripts/fleet.sh clean` (setup.sh runs it).
 */
import { execa } from 'execa'
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  DOCKERD,
  exited,
  makeNode,
  nodeAddress,
  spawnDetached,
  waitUntil,
  type FleetNode,
  type FleetSsh
} from './fleet-node.js'
import { requireDocker } from './images.js'
import { generateKey, knownHostsLine, requireSshd } from './sshd.js'

export type { CommandResult, FleetNode } from './fleet-node.js'

export const FLEET_SCRIPT = join(process.cwd(), 'scripts/fleet.sh')
const FLEET_ROOT = process.env.DRIFTCHECK_FLEET_ROOT ?? '/tmp/driftcheck-fleet'
const REGISTRY_BIN = '/usr/bin/docker-registry'
const REGISTRY_PORT = 5000
const BASE_IMAGE = 'driftcheck/busybox:local'

/** Where fleet.sh keeps slot S's files (node-I/{run,docker,etc-docker,srv,home}, ssh/, registry/, logs). */
export function fleetDir(slot: number): string {
  return join(FLEET_ROOT, String(slot))
}

export interface FleetOptions {
  /** How many nodes (1..99). */
  nodes: number
  /** Form a Swarm: node-1 the manager, the others workers. */
  swarm?: boolean
  /** Run Debian's docker-registry on the bridge (`fleet.registry`). */
  registry?: boolean
  /** Images of the host's engine that every node gets at start (default: the busybox base image). */
  images?: string[]
}

export interface Fleet {
  /** The fleet's slot S: its subnet is 10.231.S.0/24, its names start with `dcfS-`. */
  slot: number
  nodes: FleetNode[]
  /** The bridge's address on the host, where the registry listens. */
  bridgeAddress: string
  /** The client key (ed25519) every node's sshd accepts for root. */
  identityFile: string
  /** known_hosts with every node's host key (each node has its own). */
  knownHostsFile: string
  /** `10.231.S.1:5000`: push and pull `${registry.address}/name:tag`. Null without `registry: true`. */
  registry: { address: string; url: string } | null
  swarm: { manager: FleetNode; workers: FleetNode[] } | null
  /** Milliseconds each start-up phase took (networks, engines, sshd, registry, images, swarm, total). */
  timings: Record<string, number>
  /** `docker save` once, `docker load` into each node (default: every node) at once. */
  loadImages(tags: string[], nodes?: FleetNode[]): Promise<void>
  stop(): Promise<void>
}

export async function startFleet(options: FleetOptions): Promise<Fleet> {
  const begun = Date.now()
  const timings: Record<string, number> = {}
  const timed = async <T>(phase: string, work: () => Promise<T>): Promise<T> => {
    const start = Date.now()
    try {
      return await work()
    } finally {
      timings[phase] = Date.now() - start
    }
  }
  requireFleetTools(options)
  await requireDocker()
  const images = options.images ?? [BASE_IMAGE]
  const slot = await timed('networks', async () => {
    const owner = String(process.pid)
    return Number((await execa('bash', [FLEET_SCRIPT, 'up', String(options.nodes), '--owner', owner])).stdout.trim())
  })

  const dir = fleetDir(slot)
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    process.off('exit', stopOnExit)
    await execa('bash', [FLEET_SCRIPT, 'down', String(slot)])
  }
  // A test that never calls stop() (or a worker that exits early) still leaves nothing behind.
  const stopOnExit = () => {
    if (!stopped) execFileSync('bash', [FLEET_SCRIPT, 'down', String(slot)], { stdio: 'ignore' })
  }
  process.once('exit', stopOnExit)

  try {
    // Idempotent and quick when the base images are up to date (it compares a label); nodes need them only later.
    const baseImages = images.some((tag) => tag.startsWith('driftcheck/'))
      ? execa('bash', ['scripts/base-image.sh']).then(
          () => null,
          (error: unknown) => error
        )
      : null
    const ssh = await prepareSsh(dir, slot, options.nodes)
    const nodes = Array.from({ length: options.nodes }, (_, i) => makeNode(dir, slot, i + 1, ssh))
    const registryAddress = `10.231.${slot}.1:${REGISTRY_PORT}`
    const registry = options.registry ? { address: registryAddress, url: `http://${registryAddress}` } : null
    await Promise.all([
      timed('engines', () => Promise.all(nodes.map((node) => node.startEngine()))),
      timed('sshd', () => Promise.all(nodes.map((node) => node.startSshd()))),
      registry ? timed('registry', () => startRegistry(dir, registry.address)) : null
    ])
    const loadImages = async (tags: string[], targets: FleetNode[] = nodes) => {
      const file = join(dir, `images-${Math.random().toString(36).slice(2, 8)}.tar`)
      try {
        await execa('docker', ['save', '--output', file, ...tags])
        await Promise.all(targets.map((node) => node.docker(['load', '--quiet', '--input', file])))
      } finally {
        await rm(file, { force: true })
      }
    }
    const baseImageFailure = await baseImages
    if (baseImageFailure) throw baseImageFailure
    const [swarm] = await Promise.all([
      options.swarm ? timed('swarm', () => formSwarm(nodes)) : null,
      images.length ? timed('images', () => loadImages(images)) : null
    ])
    timings.total = Date.now() - begun
    return {
      slot,
      nodes,
      bridgeAddress: `10.231.${slot}.1`,
      identityFile: ssh.clientKey,
      knownHostsFile: ssh.knownHosts,
      registry,
      swarm,
      timings,
      loadImages,
      stop
    }
  } catch (error) {
    await stop().catch(() => undefined)
    throw error
  }
}

export interface FleetLeftovers {
  namespaces: string[]
  links: string[]
  iptablesRules: string[]
  cgroups: string[]
  /** Pids (fleet.sh pids: in the nodes' network namespaces or cgroups, or naming the slot's directory). */
  processes: string[]
  mounts: string[]
  files: string[]
}

/** What a fleet's slot still holds on this machine; every list is empty after `stop()`. */
export async function fleetLeftovers(slot: number): Promise<FleetLeftovers> {
  const lines = (text: string) => text.split('\n').filter(Boolean)
  const prefix = `dcf${slot}-`
  const run = async (file: string, args: string[]) => (await execa(file, args, { reject: false })).stdout
  const chains = ['FORWARD', 'DOCKER-USER']
  const rules = await Promise.all(chains.map((chain) => run('/usr/sbin/iptables', ['-S', chain])))
  const slotDir = fleetDir(slot)
  return {
    namespaces: lines(await run('/usr/sbin/ip', ['netns', 'list']))
      .map((line) => line.split(' ')[0] ?? '')
      .filter((name) => name.startsWith(prefix)),
    links: lines(await run('/usr/sbin/ip', ['-o', 'link', 'show']))
      .map((line) => line.split(': ')[1]?.split('@')[0] ?? '')
      .filter((name) => name.startsWith(prefix)),
    iptablesRules: lines(rules.join('\n')).filter((rule) => rule.includes(`${prefix}br`)),
    cgroups: lines(await run('find', ['/sys/fs/cgroup', '-maxdepth', '3', '-name', `${prefix}node-*`])),
    processes: lines(await run('bash', [FLEET_SCRIPT, 'pids', String(slot)])),
    mounts: lines(await readFile('/proc/mounts', 'utf8')).filter((line) => line.includes(`${slotDir}/`)),
    files: existsSync(slotDir) ? [slotDir] : []
  }
}

// ---------------------------------------------------------------------------------------------------------------------

function requireFleetTools(options: FleetOptions): void {
  if (process.getuid?.() !== 0) throw new Error('the fleet tests need root (network namespaces, bridges, iptables)')
  requireSshd()
  const tools = ['/usr/sbin/ip', '/usr/sbin/iptables', '/usr/bin/nsenter', '/usr/bin/unshare', DOCKERD]
  if (options.registry) tools.push(REGISTRY_BIN)
  const missing = tools.filter((tool) => !existsSync(tool))
  if (missing.length) throw new Error(`the fleet tests need ${missing.join(', ')}: run bash scripts/setup.sh`)
  if (!Number.isInteger(options.nodes) || options.nodes < 1 || options.nodes > 99)
    throw new Error(`startFleet: nodes must be 1..99, got ${options.nodes}`)
}

/** One client key, one host key per node, known_hosts listing every node. */
async function prepareSsh(dir: string, slot: number, count: number): Promise<FleetSsh> {
  const sshDir = join(dir, 'ssh')
  await mkdir(sshDir, { recursive: true, mode: 0o700 })
  const hostKey = (index: number) => join(sshDir, `host-node-${index}`)
  const clientKey = join(sshDir, 'client')
  for (const key of [clientKey, ...Array.from({ length: count }, (_, i) => hostKey(i + 1))]) generateKey(key)
  const knownHosts = join(sshDir, 'known_hosts')
  const entries = await Promise.all(
    Array.from({ length: count }, (_, i) => knownHostsLine(nodeAddress(slot, i + 1), 22, `${hostKey(i + 1)}.pub`))
  )
  await writeFile(knownHosts, entries.join(''))
  const authorizedKeys = join(sshDir, 'authorized_keys')
  await writeFile(authorizedKeys, await readFile(`${clientKey}.pub`))
  return { clientKey, knownHosts, authorizedKeys, hostKey }
}

async function startRegistry(dir: string, address: string): Promise<void> {
  const registryDir = join(dir, 'registry')
  await mkdir(join(registryDir, 'data'), { recursive: true })
  const config = join(registryDir, 'config.yml')
  await writeFile(
    config,
    [
      'version: 0.1',
      'log: { level: error, accesslog: { disabled: true } }',
      `storage: { filesystem: { rootdirectory: ${join(registryDir, 'data')} }, delete: { enabled: true } }`,
      `http: { addr: "${address}", secret: "${Math.random().toString(36).slice(2)}" }`,
      ''
    ].join('\n')
  )
  const log = join(registryDir, 'registry.log')
  const proc = spawnDetached([REGISTRY_BIN, 'serve', config], log)
  await waitUntil(
    `docker-registry on ${address}`,
    10_000,
    async () => {
      const res = await fetch(`http://${address}/v2/`, { signal: AbortSignal.timeout(1000) }).catch(() => null)
      return res?.status === 200
    },
    () => exited(proc, log)
  )
}

/** node-1 inits (advertising its bridge address), the others join as workers; waits until every node is Ready. */
async function formSwarm(nodes: FleetNode[]): Promise<{ manager: FleetNode; workers: FleetNode[] }> {
  const [manager, ...workers] = nodes
  if (!manager) throw new Error('startFleet: a swarm needs at least one node')
  const listen = (node: FleetNode) => ['--advertise-addr', node.address, '--listen-addr', `${node.address}:2377`]
  await manager.docker(['swarm', 'init', ...listen(manager)])
  const token = (await manager.docker(['swarm', 'join-token', '--quiet', 'worker'])).stdout.trim()
  await Promise.all(
    workers.map((node) => node.docker(['swarm', 'join', '--token', token, ...listen(node), `${manager.address}:2377`]))
  )
  await waitUntil(`swarm of ${nodes.length} nodes`, 30_000, async () => {
    const { stdout } = await manager.docker(['node', 'ls', '--format', '{{.Status}}'])
    return stdout.split('\n').filter((status) => status === 'Ready').length === nodes.length
  })
  return { manager, workers }
}
