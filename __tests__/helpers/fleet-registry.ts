/**
 * The fleet's registry under ONE name on every side, as a real registry's DNS name would be: `127.0.0.1:P`.
 *
 * The host's engine trusts only loopback registries without TLS (its daemon.json is not ours to change), and the nodes'
 * loopback is their own. So: on the host, a TCP forward 127.0.0.1:P → the fleet's registry (10.231.S.1:5000), in this
 * process; in each node's network namespace, a DNAT of 127.0.0.1:P to the same registry (with route_localnet, and the
 * source rewritten to the node's address so the answer comes back). Every engine then pushes and pulls
 * `127.0.0.1:P/…` over plain http as a loopback registry, and they all reach one registry.
 * The node rules vanish with the node's namespace; `close()` ends the host forward.
 */
import { execa } from 'execa'
import { connect, createServer, type Server, type Socket } from 'node:net'
import type { Fleet } from './fleet.js'

export interface SharedRegistry {
  /** `127.0.0.1:P`: the registry's name on the host and on every node. */
  address: string
  close(): Promise<void>
}

export async function shareRegistry(fleet: Fleet): Promise<SharedRegistry> {
  if (!fleet.registry) throw new Error('shareRegistry: start the fleet with registry: true')
  const [registryHost, registryPort] = fleet.registry.address.split(':') as [string, string]
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    const upstream = connect(Number(registryPort), registryHost)
    for (const s of [socket, upstream]) {
      sockets.add(s)
      s.once('close', () => sockets.delete(s))
    }
    socket.on('error', () => upstream.destroy())
    upstream.on('error', () => socket.destroy())
    socket.pipe(upstream).pipe(socket)
  })
  const port = await listen(server)
  const close = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise((resolve) => server.close(resolve))
  }
  try {
    for (const node of fleet.nodes) {
      const inNode = (args: string[]) => execa('/usr/bin/nsenter', [`--net=/run/netns/${node.namespace}`, ...args])
      await inNode(['sysctl', '-qw', 'net.ipv4.conf.all.route_localnet=1'])
      const dnat = `-p tcp -d 127.0.0.1/32 --dport ${port} -j DNAT --to-destination ${fleet.registry.address}`
      const snat = `-p tcp -s 127.0.0.1/32 -d ${registryHost}/32 --dport ${registryPort} -j MASQUERADE`
      await inNode(['iptables', '-t', 'nat', '-I', 'OUTPUT', ...dnat.split(' ')])
      await inNode(['iptables', '-t', 'nat', '-I', 'POSTROUTING', ...snat.split(' ')])
    }
  } catch (error) {
    await close()
    throw error
  }
  return { address: `127.0.0.1:${port}`, close }
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : 0)
    })
  })
}
