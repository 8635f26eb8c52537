import { isMapping } from '../../core/compose/mapping.js'
import { parsePortSpec, wholePort } from '../../core/compose/published-port.js'

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
  const services = isMapping(config.services) ? config.services : {}
  const ports: Record<string, PreviewPort[]> = {}
  const built: string[] = []
  for (const [name, service] of Object.entries(services)) {
    if (!isMapping(service)) continue
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
 * One entry of `ports:` as `compose config` prints it (core/compose/published-port.ts reads it: v1 keeps the short form or
 * the long one, v2 prints the long one), as the preview remaps it. Throws a one-line Error for what it cannot remap.
 */
export function parsePort(entry: unknown, service: string): PreviewPort {
  const spec = parsePortSpec(entry)
  if ('problem' in spec) {
    if (spec.problem === 'target')
      throw new Error(`service ${service}: a published port without a container port (target)`)
    throw new Error(
      `service ${service}: cannot remap the published port '${String(entry)}' (a range or an unknown form); publish one container port per entry`
    )
  }
  return { target: spec.target, protocol: protocolOf(spec.protocol, service), published: wholePort(spec.published) }
}

function protocolOf(value: string, service: string): 'tcp' | 'udp' {
  if (value === 'tcp' || value === 'udp') return value
  throw new Error(`service ${service}: cannot remap a port of protocol '${value}'`)
}
