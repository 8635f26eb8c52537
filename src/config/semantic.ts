import { artifactPathProblem } from '../core/artifact-glob.js'
import { displayPath } from './positions.js'
import type { PositionIndex, Problem } from './positions.js'
import { jsonPathSegments } from '../core/json-path.js'
import { NODE_URL_PLACEHOLDER, nodeUrlFor } from '../core/node-url.js'
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
  if (target?.host !== undefined && target.hosts !== undefined) {
    const message =
      '`target.host` and `target.hosts` are both set, expected one of them: `host` for one Docker host, `hosts` for a fleet'
    return [{ offset: index.keyOffset(['target', 'hosts']), message }]
  }
  if (target?.hosts !== undefined) return fleetProblems(target.hosts, index) ?? dirProblems(target, index, 'a fleet')
  if (target?.host === undefined) return []
  const hostPath = ['target', 'host']
  if (!parseSshTarget(target.host, '')) {
    const message = `\`target.host\` is \`${index.written(hostPath)}\`, expected ssh://[user@]host[:port] (omit it for the local engine)`
    return [{ offset: index.valueOffset(hostPath), message }]
  }
  return dirProblems(target, index, 'an ssh target')
}

/** Each of `target.hosts` an ssh URL, and each host once (`{host}` and the report name a node by its host name). */
function fleetProblems(hosts: string[], index: PositionIndex): Problem[] | null {
  const seen = new Map<string, number>()
  for (const [i, value] of hosts.entries()) {
    const path = ['target', 'hosts', i]
    const parsed = parseSshTarget(value, '')
    if (!parsed) {
      const message = `\`target.hosts[${i}]\` is \`${index.written(path)}\`, expected ssh://[user@]host[:port]`
      return [{ offset: index.valueOffset(path), message }]
    }
    const key = `${parsed.hostname}:${parsed.port ?? 22}`
    const first = seen.get(key)
    if (first !== undefined) {
      const message = `\`target.hosts[${i}]\` is \`${index.written(path)}\`, the host of \`target.hosts[${first}]\` again, expected each host once`
      return [{ offset: index.valueOffset(path), message }]
    }
    seen.set(key, i)
  }
  return null
}

function dirProblems(target: NonNullable<RawConfig['target']>, index: PositionIndex, what: string): Problem[] {
  if (target.dir === undefined) {
    const message = `${what} has no \`target.dir\`, expected the compose project's absolute directory on the host`
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
  if (target?.hosts !== undefined) {
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

function serviceProblems({ services = {}, target }: RawConfig, index: PositionIndex): Problem[] {
  const remote = target?.host !== undefined || target?.hosts !== undefined
  return Object.entries(services).flatMap(([name, service]): Problem[] => {
    const problems: Problem[] = []
    if (service?.url !== undefined && !isHttpUrl(service.url)) {
      const path = ['services', name, 'url']
      const message = `\`${displayPath(path)}\` is \`${index.written(path)}\`, expected an http(s) URL like https://api.example.com`
      problems.push({ offset: index.valueOffset(path), message })
    }
    if (service?.nodeUrl !== undefined) {
      const path = ['services', name, 'nodeUrl']
      const shown = `\`${displayPath(path)}\` is \`${index.written(path)}\``
      const like = `like http://${NODE_URL_PLACEHOLDER}:8080`
      if (!service.nodeUrl.includes(NODE_URL_PLACEHOLDER) || !isHttpUrl(nodeUrlFor(service.nodeUrl, 'node-1')))
        problems.push({
          offset: index.valueOffset(path),
          message: `${shown}, expected an http(s) URL with ${NODE_URL_PLACEHOLDER} (each node's host name), ${like}`
        })
      else if (!remote)
        problems.push({
          offset: index.keyOffset(path),
          message: `\`${displayPath(path)}\` has no nodes to probe, expected \`target.hosts\` (or \`target.host\`)`
        })
    }
    return problems
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
