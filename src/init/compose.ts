import { posix } from 'node:path'
import { parseDocument } from 'yaml'

/**
 * The compose file as `init` reads it from the checkout: per service, what it builds (context, Dockerfile, target) and the
 * ports it publishes. The file as written (compose itself is not run): `${VAR:-default}` takes its default, a variable
 * without one is left unknown rather than guessed.
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

/** The file names compose looks for, in its own order. */
export const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'] as const

/** The override compose merges over the file it found, when there. */
export function overrideFileFor(file: string): string {
  return file.replace(/\.(ya?ml)$/, '.override.$1')
}

/** `dir`: the compose file's folder relative to the repository root. Throws a one-line Error for what is not compose YAML. */
export function parseComposeFile(text: string, file: string, dir = ''): ComposeServiceModel[] {
  const doc = parseDocument(text)
  if (doc.errors.length) {
    const error = doc.errors[0]!
    const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
    throw new Error(
      `${file}:${line}:${col}: invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`
    )
  }
  const raw: unknown = doc.toJS()
  if (!isObject(raw) || !isObject(raw.services)) throw new Error(`${file}: no \`services:\` section`)
  return Object.entries(raw.services).map(([name, value]) => serviceOf(name, isObject(value) ? value : {}, dir))
}

/** The override's services merged over the file's: its build and ports replace the file's (compose appends ports; few rely on it). */
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

/** The URL driftcheck probes a service at: its first port published on the host, on loopback. */
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
  if (!isObject(build)) return null
  const context = join(dir, typeof build.context === 'string' ? build.context : '.')
  const dockerfile = typeof build.dockerfile === 'string' ? build.dockerfile : 'Dockerfile'
  return { context, dockerfile, ...(typeof build.target === 'string' ? { target: build.target } : {}) }
}

/** `8080:80`, `127.0.0.1:8080:80`, `80`, `"8080:80/tcp"`, the long form `{ target, published, host_ip }`. */
export function portOf(value: unknown): PublishedPort {
  if (isObject(value)) {
    const published = withDefault(String(value.published ?? ''))
    const target = Number(withDefault(String(value.target ?? '')))
    const hostIp = typeof value.host_ip === 'string' ? value.host_ip : null
    return published ? published_(published, target, hostIp, JSON.stringify(value)) : unpublished(String(value.target))
  }
  const written = String(value)
  const spec = withDefault(written).replace(/\/(tcp|udp|sctp)$/, '')
  // An IPv6 host address is bracketed: [::1]:8080:80.
  const v6 = /^\[([^\]]+)\]:(.*)$/.exec(spec)
  const parts = v6 ? [v6[1]!, ...v6[2]!.split(':')] : spec.split(':')
  if (parts.length === 1) return unpublished(written)
  const [hostIp, host, container] = parts.length >= 3 ? parts : [null, parts[0]!, parts[1]!]
  return published_(host!, Number(container), hostIp || null, written)
}

function published_(host: string, container: number, hostIp: string | null, written: string): PublishedPort {
  if (!/^\d+$/.test(host))
    return { status: 'unknown', written, reason: `its host port \`${host}\` is not one number (a range or a variable)` }
  return { status: 'published', host: Number(host), container, hostIp }
}

const unpublished = (written: string): PublishedPort => ({
  status: 'unknown',
  written,
  reason: 'compose picks a random host port for it'
})

/** `${PORT:-8080}` → `8080`; a variable without a default stays as written (not a number, so it is reported). */
function withDefault(text: string): string {
  return text.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*:?-([^}]*)\}/g, '$1')
}

function join(dir: string, path: string): string {
  const joined = posix.normalize(posix.join(dir || '.', path))
  return joined === '.' ? '' : joined.replace(/\/+$/, '').replace(/^\.\//, '')
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
