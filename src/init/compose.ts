import { posix } from 'node:path'
import { parseDocument } from 'yaml'
import { interpolateCompose } from '../core/compose/interpolate.js'
import { isMapping } from '../core/compose/mapping.js'
import { parsePortSpec, wholePort } from '../core/compose/published-port.js'
import { firstLineOf } from '../core/errors.js'

/**
 * The compose file as `init` reads it from the checkout: per service, what it builds (context, Dockerfile, target) and the
 * ports it publishes. The file as written (compose itself is not run): a port is interpolated as compose does without any
 * variable set, so `${VAR:-default}` takes its default, and a variable without one is left unknown rather than guessed.
 */
export interface ComposeServiceModel {
  name: string
  /** Context and Dockerfile relative to the repository root (posix); null when the service only runs an image. */
  build: { context: string; dockerfile: string; target?: string } | null
  image: string | null
  ports: PublishedPort[]
}

export type PublishedPort =
  | { status: 'published'; host: number; container: number; hostIp: string | null }
  | { status: 'unknown'; written: string; reason: string }

/** `dir`: the compose file's folder relative to the repository root. Throws a one-line Error for what is not compose YAML. */
export function parseComposeFile(text: string, file: string, dir = ''): ComposeServiceModel[] {
  const doc = parseDocument(text)
  if (doc.errors.length) {
    const error = doc.errors[0]!
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    throw new Error(
      `${file}:${line}:${col}: invalid YAML: ${firstLineOf(error).replace(/ at line \d+, column \d+:?$/, '')}`
    )
  }
  const raw: unknown = doc.toJS()
  if (!isMapping(raw) || !isMapping(raw.services)) throw new Error(`${file}: no \`services:\` section`)
  return Object.entries(raw.services).map(([name, value]) => serviceOf(name, isMapping(value) ? value : {}, dir))
}

/** The override's services over the file's: its build and image win, its ports are added (as compose adds them). */
export function mergeOverride(
  base: readonly ComposeServiceModel[],
  override: readonly ComposeServiceModel[]
): ComposeServiceModel[] {
  const merged = base.map((service) => {
    const over = override.find((o) => o.name === service.name)
    if (!over) return service
    return {
      ...service,
      build: over.build ?? service.build,
      image: over.image ?? service.image,
      ports: [...service.ports, ...over.ports]
    }
  })
  return [...merged, ...override.filter((o) => !base.some((b) => b.name === o.name))]
}

/** The URL driftcheck probes a service at: its first TCP port published on the host, on loopback. */
export function serviceUrl(ports: readonly PublishedPort[]): string | null {
  const port = ports.find((p) => p.status === 'published')
  if (!port || port.status !== 'published') return null
  const ip = port.hostIp && port.hostIp !== '0.0.0.0' && port.hostIp !== '::' ? port.hostIp : '127.0.0.1'
  return `http://${ip.includes(':') ? `[${ip}]` : ip}:${port.host}`
}

// ---------------------------------------------------------------------------------------------------------------------

function serviceOf(name: string, value: Record<string, unknown>, dir: string): ComposeServiceModel {
  const image = typeof value.image === 'string' ? value.image : null
  const ports = Array.isArray(value.ports) ? value.ports.map(portOf) : []
  return { name, build: buildOf(value.build, dir), image, ports }
}

function buildOf(build: unknown, dir: string): ComposeServiceModel['build'] {
  if (typeof build === 'string') return { context: join(dir, build), dockerfile: 'Dockerfile' }
  if (!isMapping(build)) return null
  const context = join(dir, typeof build.context === 'string' ? build.context : '.')
  const dockerfile = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile'
  return { context, dockerfile, ...(typeof build.target === 'string' ? { target: build.target } : {}) }
}

/** `8080:80`, `127.0.0.1:8080:80`, `80`, `"8080:80/tcp"`, the long form `{ target, published, host_ip }`. */
export function portOf(value: unknown): PublishedPort {
  const written = isMapping(value) ? JSON.stringify(value) : String(value)
  const unknown = (reason: string): PublishedPort => ({ status: 'unknown', written, reason })
  const resolved = withoutVariables(value)
  if (resolved === null)
    return unknown('it uses a variable without a default (its value is known only where compose runs)')
  const spec = parsePortSpec(resolved)
  if ('problem' in spec) return unknown('it is not one container port (a range or a form init does not read)')
  if (spec.protocol !== 'tcp') return unknown(`it is a ${spec.protocol} port (driftcheck probes HTTP, over TCP)`)
  if (spec.published === null) return unknown('compose picks a random host port for it')
  const host = wholePort(spec.published)
  if (host === null) return unknown(`its host port \`${spec.published}\` is not one number`)
  return { status: 'published', host, container: spec.target, hostIp: spec.hostIp }
}

/** The port as compose would read it with no variable set (`${PORT:-8080}` → `8080`); null when a variable has no default. */
function withoutVariables(value: unknown): unknown {
  const interpolate = (text: string) => interpolateCompose(text, {}, 'unknown')
  if (!isMapping(value)) return interpolate(String(value))
  const fields = Object.entries(value).map(([key, field]) => [
    key,
    typeof field === 'string' ? interpolate(field) : field
  ])
  return fields.some(([, field]) => field === null) ? null : Object.fromEntries(fields)
}

function join(dir: string, path: string): string {
  const joined = posix.normalize(posix.join(dir || '.', path))
  return joined === '.' ? '' : joined.replace(/\/+$/, '').replace(/^\.\//, '')
}
