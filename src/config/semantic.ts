import { artifactPathProblem } from '../core/artifact-glob.js'
import { displayPath } from './positions.js'
import type { PositionIndex, Problem } from './positions.js'
import { jsonPathSegments } from '../core/json-path.js'
import { isDotSegment, pathPlaceholders } from '../core/path-params.js'
import { asList, PROBE_KINDS } from './raw.js'
import type { RawConfig, RawProbe } from './raw.js'
import type { Path } from './positions.js'
import { registryProblem, withoutUserinfo } from './registry.js'
import { parseSshTarget } from './ssh-target.js'
import { closest, didYouMean } from './suggest.js'

/**
 * The methods a probe may use without opting in (RFC 9110 and PATCH). CONNECT is left out: it opens a tunnel, it does not
 * ask a route anything. A typo (`PSOT`) must not pass: a server answers it 400, and `exists` accepts 400.
 */
export const STANDARD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE'] as const

/** What the schema cannot say: cross-references, URLs, ssh targets, methods, features with nothing to check. */
export function semanticProblems(config: RawConfig, index: PositionIndex): Problem[] {
  return [
    ...targetProblems(config, index),
    ...registryProblems(config, index),
    ...serviceProblems(config, index),
    ...featureProblems(config, index)
  ]
}

function registryProblems({ target }: RawConfig, index: PositionIndex): Problem[] {
  if (target?.registry === undefined) return []
  const path = ['target', 'registry']
  const problem = registryProblem(target.registry)
  if (!problem) return []
  // The value as written minus any `user:pass@` (a literal password must not reach the message), cut only after that.
  const written = withoutUserinfo(index.get(path)?.written ?? '').replace(/\s+/g, ' ')
  const shown = written.length > 60 ? `${written.slice(0, 57)}...` : written
  const expected = 'expected an image repository prefix like registry.example.com/acme'
  const message = {
    credentials: `\`target.registry\` \`${shown}\` holds credentials; run \`docker login\` on this machine and on the target instead, and write the registry without them`,
    scheme: `\`target.registry\` is \`${shown}\`, ${expected} (no scheme: docker picks https, or http for an insecure registry)`,
    format: `\`target.registry\` is \`${shown}\`, ${expected} (a host[:port], then lowercase path components; no tag)`
  }[problem]
  return [{ offset: index.valueOffset(path), message }]
}

function targetProblems(config: RawConfig, index: PositionIndex): Problem[] {
  return [...hostProblems(config, index), ...swarmProblems(config, index)]
}

function hostProblems({ target }: RawConfig, index: PositionIndex): Problem[] {
  if (target?.host === undefined) return []
  const hostPath = ['target', 'host']
  if (!parseSshTarget(target.host, '')) {
    const message = `\`target.host\` is \`${index.written(hostPath)}\`, expected ssh://[user@]host[:port] (omit it for the local engine)`
    return [{ offset: index.valueOffset(hostPath), message }]
  }
  if (target.dir === undefined) {
    const message = "an ssh target has no `target.dir`, expected the compose project's absolute directory on the host"
    return [{ offset: index.keyOffset(['target']), sortOffset: index.get(['target'])?.end, message }]
  }
  if (!target.dir.startsWith('/')) {
    const message = `\`target.dir\` is \`${index.written(['target', 'dir'])}\`, expected an absolute path on the ssh host`
    return [{ offset: index.valueOffset(['target', 'dir']), message }]
  }
  return []
}

/** `target.swarm`: node URLs are ssh targets; a Swarm is one stack, not a fleet of hosts; its services are the stack's. */
function swarmProblems({ target, services = {} }: RawConfig, index: PositionIndex): Problem[] {
  const swarm = target?.swarm
  if (!swarm) return []
  const problems: Problem[] = []
  // `target.hosts` (a fleet of compose hosts) and a Swarm exclude each other: the Swarm's manager knows its nodes.
  if ((target as { hosts?: unknown }).hosts !== undefined) {
    const message =
      '`target.swarm` and `target.hosts` cannot be combined, expected `target.host` (a Swarm manager) with `target.swarm`, or `target.hosts` without it'
    problems.push({ offset: index.keyOffset(['target', 'swarm']), message })
  }
  for (const node of Object.keys(swarm.nodes ?? {})) {
    const path = ['target', 'swarm', 'nodes', node]
    if (parseSshTarget(swarm.nodes![node]!, '')) continue
    const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, expected ssh://[user@]host[:port] of that node's engine`
    problems.push({ offset: index.valueOffset(path), message })
  }
  for (const [name, service] of Object.entries(services)) {
    if (service?.container === undefined) continue
    const path = ['services', name, 'container']
    const message = `\`${displayPath(path)}\` does not apply to a Swarm stack (its service is \`${swarm.stack}_${name}\`), expected no \`container\` with \`target.swarm\``
    problems.push({ offset: index.keyOffset(path), message })
  }
  return problems
}

function serviceProblems({ services = {} }: RawConfig, index: PositionIndex): Problem[] {
  return Object.entries(services).flatMap(([name, service]) => {
    if (service?.url === undefined || isHttpUrl(service.url)) return []
    const path = ['services', name, 'url']
    const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, expected an http(s) URL like https://api.example.com`
    return [{ offset: index.valueOffset(path), message }]
  })
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && url.hash === ''
  } catch {
    return false
  }
}

function featureProblems(config: RawConfig, index: PositionIndex): Problem[] {
  const services = config.services ?? {}
  const names = Object.keys(services)
  const unknownService = (name: string, shown: string, offset: number): Problem => {
    const guess = closest(name, names)
    const hint = guess ? ` (did you mean \`${guess}\`?)` : ''
    const known = names.length
      ? `one of ${names.map((n) => `\`${n}\``).join(', ')}`
      : 'a service declared under `services`'
    return { offset, message: `unknown service \`${shown}\`${hint}, expected ${known}` }
  }
  const problems: Problem[] = []
  for (const [feature, spec] of Object.entries(config.features)) {
    const artifact = spec.artifact ?? {}
    const checks = asList(spec.source).length + Object.keys(artifact).length
    if (checks + (spec.routes?.length ?? 0) + (spec.auth?.length ?? 0) === 0) {
      const message = `feature \`${feature}\` has nothing to check, expected at least one of \`source\`, \`artifact\`, \`routes\`, \`auth\``
      problems.push({ offset: index.keyOffset(['features', feature]), message })
    }
    asList(spec.source).forEach((path, i) => {
      if (!path.startsWith('/')) return
      const at = Array.isArray(spec.source) ? ['features', feature, 'source', i] : ['features', feature, 'source']
      const relative = path.replace(/^\/+/, '')
      const message = `source path \`${path}\` is absolute; source paths are relative to the config's folder (the checkout)${relative ? `: did you mean \`${relative}\`?` : ''}`
      problems.push({ offset: index.valueOffset(at), message })
    })
    for (const [service, paths] of Object.entries(artifact)) {
      if (!Object.hasOwn(services, service)) {
        problems.push(unknownService(service, service, index.keyOffset(['features', feature, 'artifact', service])))
      }
      asList(paths).forEach((path, i) => {
        const message = artifactPathProblem(path)
        const at = ['features', feature, 'artifact', service, ...(Array.isArray(paths) ? [i] : [])]
        if (message) problems.push({ offset: index.valueOffset(at), message })
      })
    }
    for (const kind of PROBE_KINDS) {
      spec[kind]?.forEach((probe, i) => {
        const at = ['features', feature, kind, i]
        const servicePath = [...at, 'service']
        const offset = index.valueOffset(servicePath)
        if (!Object.hasOwn(services, probe.service)) {
          problems.push(unknownService(probe.service, index.written(servicePath), offset))
        } else if (services[probe.service]?.url === undefined) {
          const name = index.written(servicePath)
          const message = `service \`${name}\` has no \`url\` to probe, expected \`services.${name}.url\``
          problems.push({ offset, message })
        }
        const method = methodProblem(probe, at, index)
        if (method) problems.push(method)
        problems.push(...paramProblems(probe, at, index))
        const json = typeof probe.expect === 'object' && !Array.isArray(probe.expect) ? (probe.expect.json ?? {}) : {}
        for (const jsonPath of Object.keys(json)) {
          if (jsonPathSegments(jsonPath)) continue
          const message = `JSON path \`${jsonPath}\` is malformed, expected a path like \`data.steps[0].id\``
          problems.push({ offset: index.keyOffset([...at, 'expect', 'json', jsonPath]), message })
        }
      })
    }
  }
  return problems
}

/** An unknown method is a typo until the probe says `allowExtensionMethod: true` (WebDAV's PROPFIND, a cache's PURGE). */
function methodProblem(probe: RawProbe, at: (string | number)[], index: PositionIndex): Problem | undefined {
  const method = probe.method?.toUpperCase()
  if (method === undefined || probe.allowExtensionMethod === true) return undefined
  if ((STANDARD_METHODS as readonly string[]).includes(method)) return undefined
  const path = [...at, 'method']
  const guess = closest(method, STANDARD_METHODS)
  const hint = guess ? ` (did you mean \`${guess}\`?)` : ''
  const message =
    `\`${displayPath(path)}\` is \`${index.written(path)}\`, not a standard HTTP method${hint}, expected one of ` +
    `${STANDARD_METHODS.join(', ')}, or \`allowExtensionMethod: true\` on the probe for an extension method`
  return { offset: index.valueOffset(path), message }
}

/**
 * A path with `:name` / `{name}` placeholders is probed only with a value for each (a literal `/:slug` would be reported
 * missing); a value for no placeholder is a typo. Values are path segments: not empty, not `.` or `..`.
 */
function paramProblems(probe: RawProbe, at: Path, index: PositionIndex): Problem[] {
  const pathAt = [...at, 'path']
  const names = [...new Set(pathPlaceholders(probe.path).map((p) => p.name))]
  const params = probe.params ?? {}
  const given = Object.keys(params)
  const unused = given.filter((key) => !names.includes(key))
  const problems: Problem[] = []
  for (const name of names.filter((n) => !Object.hasOwn(params, n))) {
    const typo = closest(name, unused)
    const hint = typo ? ` (is \`${typo}\` in \`params\` a typo?)` : ''
    const message = `\`${index.written(pathAt)}\` has the placeholder \`${name}\` with no value${hint}, expected \`params: { ${name}: … }\` on this probe`
    problems.push({ offset: index.valueOffset(pathAt), message })
  }
  for (const key of unused) {
    const expected = names.length
      ? `one of ${names.map((n) => `\`${n}\``).join(', ')}`
      : `a placeholder \`:${key}\` or \`{${key}}\` in the path`
    const message = `unknown parameter \`${key}\`${didYouMean(key, names)}: \`${index.written(pathAt)}\` has no such placeholder, expected ${expected}`
    problems.push({ offset: index.keyOffset([...at, 'params', key]), message })
  }
  for (const key of given.filter((k) => names.includes(k))) {
    const value = String(params[key])
    if (value !== '' && !isDotSegment(value)) continue
    const valueAt = [...at, 'params', key]
    const message = `parameter \`${key}\` is \`${index.written(valueAt)}\`, expected a path segment (not empty, not \`.\` or \`..\`)`
    problems.push({ offset: index.valueOffset(valueAt), message })
  }
  return problems
}
