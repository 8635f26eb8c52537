/**
 * The compose config of a preview (`driftcheck preview`): the project's resolved config (`compose config`), rewritten so it
 * can run beside anything else on the runner's engine under a throwaway project name, and be removed without a trace.
 *
 * Why a whole generated file and not an override (`-f compose.yml -f override.yml`): compose v1 (1.29) merges `ports` of
 * several files by (target, published, ip, protocol), so an override ADDS ports and can never take the published ones
 * away; `!reset` / `!override` exist only from compose v2.24. The resolved config is what both versions accept as the one
 * file (read from stdin, `-f -`), exactly as the stamped build already feeds it (`labelledBuildConfig`).
 */

/** One published port of a service, as the preview remaps it. */
export interface PreviewPort {
  /** The container's port (`8080`). */
  target: number
  protocol: 'tcp' | 'udp'
  /** The host port the compose file publishes it on (`18080`), when it names one; the preview never uses it. */
  published: number | null
}

export interface PreviewComposeConfig {
  /** The config to hand compose (`-f -`), as JSON: every string quoted, so v1's YAML 1.1 reads it as written. */
  text: string
  /** service → its published ports, each now on `127.0.0.1::<target>` (a free port the engine picks). */
  ports: Record<string, PreviewPort[]>
  /** Services the preview builds from the checkout (their `image:` dropped, so `down --rmi local` removes what was built). */
  built: string[]
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Rewrites a resolved compose config for a preview:
 * - every published port → `127.0.0.1::<target>/<protocol>`: loopback only, on a port the engine picks (never one of the
 *   compose file's, which production or another preview may hold); a port range is refused (one URL per service);
 * - `container_name` dropped: a fixed name would clash with the running system's container on the same engine;
 * - a service that builds loses its `image:`: the build is tagged `<project>_<service>` (v1) / `<project>-<service>` (v2),
 *   never overwriting the production image's tag, and `down --rmi local` removes exactly the images built for it. A service
 *   that only runs an `image:` (a database) stays as the compose file says.
 */
export function previewComposeConfig(raw: Record<string, unknown>): PreviewComposeConfig {
  const config = structuredClone(raw)
  const services = isObject(config.services) ? config.services : {}
  const ports: Record<string, PreviewPort[]> = {}
  const built: string[] = []
  for (const [name, service] of Object.entries(services)) {
    if (!isObject(service)) continue
    delete service.container_name
    if (service.build !== undefined && service.build !== null) {
      delete service.image
      built.push(name)
    }
    if (service.ports === undefined) continue
    const parsed = (Array.isArray(service.ports) ? service.ports : []).map((entry) => parsePort(entry, name))
    ports[name] = parsed
    service.ports = parsed.map((p) => `127.0.0.1::${p.target}/${p.protocol}`)
  }
  return { text: JSON.stringify(config, null, 2), ports, built }
}

/**
 * One entry of `ports:` as `compose config` prints it: v1 keeps the short form (`127.0.0.1:18080:8080/tcp`, `8080`) or the
 * long one (`{target, published}`); v2 prints the long one (`published` as a string). Throws a one-line Error otherwise.
 */
export function parsePort(entry: unknown, service: string): PreviewPort {
  if (isObject(entry)) {
    const target = whole(entry.target)
    if (target === null) throw new Error(`service ${service}: a published port without a container port (target)`)
    return { target, protocol: protocolOf(entry.protocol, service), published: whole(entry.published) }
  }
  const text = String(entry)
  // [ip:][host:]container[/protocol]; ip may be [v6].
  const match = /^(?:(?:\[[^\]]*\]|[^:[\]]*):)??(?:([^:]*):)?([^:/]+)(?:\/(\w+))?$/.exec(text)
  const target = match ? whole(match[2]) : null
  if (!match || target === null) {
    throw new Error(
      `service ${service}: cannot remap the published port '${text}' (a range or an unknown form); publish one container port per entry`
    )
  }
  return { target, protocol: protocolOf(match[3], service), published: whole(match[1]) }
}

function whole(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : ''
  return /^\d+$/.test(text) ? Number(text) : null
}

function protocolOf(value: unknown, service: string): 'tcp' | 'udp' {
  if (value === undefined || value === null || value === '' || value === 'tcp') return 'tcp'
  if (value === 'udp') return 'udp'
  throw new Error(`service ${service}: cannot remap a port of protocol '${String(value)}'`)
}
