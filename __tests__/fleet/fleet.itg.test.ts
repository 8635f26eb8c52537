// The test fleet (helpers/fleet.ts, scripts/fleet.sh) is real: distinct engines, ssh into each node reaches that node's
// engine, a two-node Swarm serves on both nodes, the registry moves an image between nodes, and nothing is left behind.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openSshRunner } from '../../src/adapters/ssh.js'
import { DOCKERD } from '../helpers/fleet-node.js'
import { FLEET_SCRIPT, fleetDir, fleetLeftovers, startFleet, type Fleet } from '../helpers/fleet.js'
import { buildBusyboxImage, removeImages, uniqueName } from '../helpers/images.js'

const name = (what: string) => uniqueName(`fleet-infra-${what}`)
const nothingLeft = {
  namespaces: [],
  links: [],
  iptablesRules: [],
  cgroups: [],
  processes: [],
  mounts: [],
  files: []
}

/** `pid starttime` of a running process, null when it is gone (or a zombie). */
function processStamp(pid: string): string | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ')
    return fields[0] === 'Z' ? null : `${pid} ${fields[19]}`
  } catch {
    return null
  }
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const value = await probe()
    if (value !== null) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`)
}

describe('a fleet of two nodes with a Swarm and a registry', () => {
  let fleet: Fleet
  let hostEngineId: string

  beforeAll(async () => {
    fleet = await startFleet({ nodes: 2, swarm: true, registry: true })
    console.log(`fleet slot ${fleet.slot} started: ${JSON.stringify(fleet.timings)} ms`)
    hostEngineId = (await execa('docker', ['info', '--format', '{{.ID}}'])).stdout.trim()
  }, 120_000)
  afterAll(async () => {
    await fleet?.stop()
  }, 60_000)

  it('gives every node its own engine: distinct IDs, its own name, not the host’s', async () => {
    const infos = await Promise.all(fleet.nodes.map((node) => node.docker(['info', '--format', '{{.ID}} {{.Name}}'])))
    const [ids, names] = [infos.map((i) => i.stdout.split(' ')[0]), infos.map((i) => i.stdout.split(' ')[1])]
    expect(names).toEqual(['node-1', 'node-2'])
    expect(new Set([...ids, hostEngineId]).size).toBe(3)
    expect(fleet.nodes.map((node) => node.address)).toEqual([`10.231.${fleet.slot}.11`, `10.231.${fleet.slot}.12`])
  })

  it('lets ssh into each node run docker against that node’s engine (driftcheck’s own ssh adapter)', async () => {
    for (const node of fleet.nodes) {
      const runner = await openSshRunner(node.target('/srv'))
      try {
        const remote = await runner.run('docker', ['info', '--format', '{{.ID}} {{.Name}}'])
        const direct = await node.docker(['info', '--format', '{{.ID}} {{.Name}}'])
        expect(remote.stdout.trim()).toBe(direct.stdout.trim())
        expect((await runner.run('hostname', [])).stdout.trim()).toBe(node.name)
      } finally {
        await runner.close()
      }
    }
  })

  it('checks host keys strictly: each node has its own, and a wrong one is refused', async () => {
    const [first, second] = fleet.nodes
    const lines = readFileSync(fleet.knownHostsFile, 'utf8').trim().split('\n')
    expect(lines.map((line) => line.split(' ')[0])).toEqual(fleet.nodes.map((node) => node.address))
    expect(new Set(lines.map((line) => line.split(' ')[2])).size).toBe(2)
    // node-1's address with node-2's key: what a man in the middle would look like.
    const forged = join(fleetDir(fleet.slot), 'ssh', 'known_hosts_forged')
    writeFileSync(forged, `${first!.address} ${lines[1]!.split(' ').slice(1).join(' ')}\n`)
    await expect(openSshRunner(first!.target('/srv', { knownHostsFile: forged }))).rejects.toThrow(
      /its host key has CHANGED/
    )
    expect((await second!.ssh('true')).exitCode).toBe(0)
  })

  it('runs docker-compose over ssh on the node’s engine, from the node’s own /srv', async () => {
    const [first, second] = fleet.nodes
    const project = name('compose')
    const compose = `services:\\n  idle:\\n    image: driftcheck/busybox:local\\n    command: [sleep, '300']\\n`
    await first!.ssh(`mkdir -p /srv/${project} && printf "${compose}" > /srv/${project}/docker-compose.yml`)
    const up = await first!.ssh(`cd /srv/${project} && docker-compose -p ${project} up -d`, { reject: false })
    expect(up.exitCode).toBe(0)
    const listed = (node: typeof first) =>
      node!.docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '--format', '{{.Names}}'])
    expect((await listed(first)).stdout).toMatch(new RegExp(`^${project}[-_]idle[-_]1$`))
    expect((await listed(second)).stdout).toBe('')
    const host = await execa('docker', ['ps', '-q', '--filter', `label=com.docker.compose.project=${project}`])
    expect(host.stdout).toBe('')
    // /srv is the node's own: neither node-2 nor the host sees node-1's project directory.
    expect((await second!.ssh(`test -e /srv/${project}`, { reject: false })).exitCode).toBe(1)
    expect((await execa('test', ['-e', `/srv/${project}`], { reject: false })).exitCode).toBe(1)
    await first!.ssh(`cd /srv/${project} && docker-compose -p ${project} down -t 0`)
  }, 60_000)

  it('forms a Swarm whose service with 2 replicas (published mode=host) answers on each node', async () => {
    const { manager, workers } = fleet.swarm!
    expect(manager.name).toBe('node-1')
    const nodes = await manager.docker(['node', 'ls', '--format', '{{.Hostname}} {{.Status}} {{.ManagerStatus}}'])
    expect(nodes.stdout.split('\n').sort()).toEqual(['node-1 Ready Leader', 'node-2 Ready '])
    expect(workers.map((node) => node.name)).toEqual(['node-2'])

    const service = name('web')
    // Each replica serves its node's name ({{.Node.Hostname}}), so an answer tells which node served it.
    const flags = [
      `--detach --quiet --name ${service} --replicas 2 --replicas-max-per-node 1 --no-resolve-image`,
      '--stop-grace-period 1s --hostname {{.Node.Hostname}} --publish mode=host,target=8080,published=8080'
    ]
    const serve = 'mkdir -p /www && hostname > /www/index.html && exec httpd -f -p 8080 -h /www'
    const image = 'driftcheck/busybox:local'
    await manager.docker(['service', 'create', ...flags.join(' ').split(' '), image, 'sh', '-c', serve])
    const running = await until('2 running tasks', async () => {
      const format = '{{.Node}} {{.CurrentState}}'
      const ps = await manager.docker([
        'service',
        'ps',
        service,
        '--filter',
        'desired-state=running',
        '--format',
        format
      ])
      const lines = ps.stdout.split('\n').filter((line) => / Running /.test(line))
      return lines.length === 2 ? lines.map((line) => line.split(' ')[0]).sort() : null
    })
    expect(running).toEqual(['node-1', 'node-2'])
    for (const node of fleet.nodes) {
      const body = await until(`HTTP on ${node.name}`, async () => {
        const res = await fetch(`http://${node.address}:8080/`, { signal: AbortSignal.timeout(2000) }).catch(() => null)
        return res?.status === 200 ? (await res.text()).trim() : null
      })
      expect(body).toBe(node.name)
    }
    await manager.docker(['service', 'rm', service])
  }, 60_000)

  it('moves an image through the registry: pushed from node-1, pulled on node-2', async () => {
    const [first, second] = fleet.nodes
    const proof = name('proof')
    const image = await buildBusyboxImage({ tag: `${name('pushed')}:1`, files: { '/proof': proof } })
    try {
      await fleet.loadImages([image.tag], [first!])
      const remote = `${fleet.registry!.address}/${image.tag}`
      await first!.docker(['tag', image.tag, remote])
      await first!.docker(['push', remote])
      const catalog = (await (await fetch(`${fleet.registry!.url}/v2/_catalog`)).json()) as { repositories: string[] }
      expect(catalog.repositories).toContain(image.tag.split(':')[0])

      expect((await second!.docker(['image', 'inspect', remote], { reject: false })).exitCode).toBe(1)
      await second!.docker(['pull', remote])
      const pulled = await second!.docker(['run', '--rm', '--network', 'none', remote, 'cat', '/proof'])
      expect(pulled.stdout).toBe(proof)
      const ids = await Promise.all(
        [first!, second!].map((n) => n.docker(['image', 'inspect', '-f', '{{.Id}}', remote]))
      )
      expect(ids[1]!.stdout).toBe(ids[0]!.stdout)
    } finally {
      await removeImages(image.tag)
    }
  }, 60_000)

  it('stops and starts a node’s sshd and engine (an unreachable node, a node whose docker is down)', async () => {
    const node = fleet.nodes[1]!
    const id = (await node.docker(['info', '--format', '{{.ID}}'])).stdout
    await node.stopSshd()
    const refused = await node.ssh('true', { reject: false })
    expect(refused.exitCode).toBe(255)
    expect(refused.stderr).toMatch(/Connection refused/)
    await node.startSshd()
    expect((await node.ssh('true')).exitCode).toBe(0)

    await node.stopEngine()
    expect((await node.docker(['info'], { reject: false })).exitCode).not.toBe(0)
    expect((await node.ssh('docker ps', { reject: false })).stderr).toMatch(/Cannot connect to the Docker daemon/)
    await node.startEngine()
    expect((await node.docker(['info', '--format', '{{.ID}}'])).stdout).toBe(id)
  }, 60_000)

  it('leaves no namespaces, links, iptables rules, cgroups, processes, mounts or files behind', async () => {
    const before = await fleetLeftovers(fleet.slot)
    expect(before.namespaces).toHaveLength(2)
    expect(before.iptablesRules).toHaveLength(1)
    expect(before.cgroups.length).toBeGreaterThan(0)
    const commands = before.processes.map((pid) => readFileSync(`/proc/${pid}/comm`, 'utf8').trim())
    for (const command of ['dockerd', 'containerd', 'sshd', 'docker-registry', 'sleep'])
      expect(commands).toContain(command)
    const stamps = before.processes.map(processStamp).filter(Boolean)

    await fleet.stop()
    expect(await fleetLeftovers(fleet.slot)).toEqual(nothingLeft)
    expect(stamps.filter((stamp) => processStamp(stamp!.split(' ')[0]!) === stamp)).toEqual([])
    await fleet.stop() // idempotent
  }, 60_000)
})

describe('a fleet that fails to start', () => {
  it('is removed before the error reaches the test', async () => {
    const mine = async () =>
      (await execa('bash', [FLEET_SCRIPT, 'ls'])).stdout
        .split('\n')
        .filter((line) => line.split(' ')[1] === String(process.pid))
    const before = await mine()
    const missing = `${name('missing')}:1`
    await expect(startFleet({ nodes: 1, images: [missing] })).rejects.toThrow(missing)
    expect(await mine()).toEqual(before)
  }, 60_000)
})

describe('a crashed run’s fleet', () => {
  it('is removed by the next start: its owner is gone, so its engine, containers and names go too', async () => {
    const owner = spawn('sleep', ['300'], { stdio: 'ignore' })
    const { stdout } = await execa('bash', [FLEET_SCRIPT, 'up', '1', '--owner', String(owner.pid)])
    const slot = Number(stdout)
    try {
      const dir = join(fleetDir(slot), 'node-1')
      const keeper = readFileSync(join(dir, 'keeper.pid'), 'utf8').trim()
      const engine = spawn('/usr/bin/nsenter', ['-t', keeper, '-m', '-u', '-n', '--', DOCKERD], {
        detached: true,
        stdio: 'ignore'
      })
      engine.unref()
      const docker = (...args: string[]) => execa('docker', ['-H', `unix://${dir}/run/docker.sock`, ...args])
      await until('the crashed run’s dockerd', () =>
        docker('version').then(
          () => true,
          () => null
        )
      )
      await execa('sh', ['-c', `docker save driftcheck/busybox:local | docker -H unix://${dir}/run/docker.sock load`])
      await docker('run', '-d', 'driftcheck/busybox:local', 'sleep', '300')
      const before = await fleetLeftovers(slot)
      expect(before.processes.length).toBeGreaterThan(3)
      expect(before.namespaces).toEqual([`dcf${slot}-node-1`])
      expect(before.cgroups.length).toBeGreaterThan(0)
      // The engine's overlay and netns mounts live in the node's mount namespace, never in the host's.
      expect(before.mounts).toEqual([])

      owner.kill('SIGKILL')
      await new Promise((resolve) => owner.once('exit', resolve))
      const other = await execa('bash', [FLEET_SCRIPT, 'up', '1'])
      await execa('bash', [FLEET_SCRIPT, 'down', other.stdout])
      // (Another worker's fleet starting at the same moment may be the one that removes it: as good.)
      expect(await fleetLeftovers(slot)).toEqual(nothingLeft)
      expect(processStamp(String(engine.pid))).toBeNull()
    } finally {
      owner.kill('SIGKILL')
      await execa('bash', [FLEET_SCRIPT, 'down', String(slot)], { reject: false })
    }
  }, 90_000)
})
