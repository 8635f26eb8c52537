import picomatch from 'picomatch'
import { artifactPathProblem } from '../core/artifact-glob.js'
import {
  DISCOVER_PLACEHOLDERS,
  fillDiscovered,
  hasDiscoverPlaceholder,
  unknownDiscoverPlaceholders
} from '../core/discover.js'
import { displayPath } from './positions.js'
import type { PositionIndex, Problem } from './positions.js'
import { jsonPathSegments } from '../core/json-path.js'
import { NODE_URL_PLACEHOLDER, nodeUrlFor } from '../core/node-url.js'
import { isDotSegment, pathPlaceholders } from '../core/path-params.js'
import { asList, PROBE_KINDS } from './raw.js'
import type { RawConfig, RawDiscover, RawFeature, RawProbe } from './raw.js'
import type { Path } from './positions.js'
import { registryProblem, withoutUserinfo } from './registry.js'
import { REVISION_TEMPLATES, unknownTemplates } from '../core/revision-template.js'
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
    ...featureProblems(config, index),
    ...openApiProblems(config, index)
  ]
}

/** `openapi`: each key a service with a `url` (its operations are probed there), each value a path in the checkout. */
function openApiProblems(config: RawConfig, index: PositionIndex): Problem[] {
  const services = config.services ?? {}
  return Object.entries(config.openapi ?? {}).flatMap(([service, file]): Problem[] => {
    const at = ['openapi', service]
    if (!Object.hasOwn(services, service))
      return [unknownServiceProblem(service, service, Object.keys(services), index.keyOffset(at))]
    if (services[service]?.url === undefined) {
      const message = `service \`${service}\` has no \`url\` to probe its OpenAPI operations, expected \`services.${service}.url\``
      return [{ offset: index.keyOffset(at), message }]
    }
    if (!file.startsWith('/')) return []
    const message = `\`${displayPath(at)}\` is \`${index.written(at)}\`, an absolute path, expected the document's path in the checkout (relative to the config's folder)`
    return [{ offset: index.valueOffset(at), message }]
  })
}

/** `unknown service \`apx\` (did you mean \`api\`?), expected one of …`: one wording wherever a service is named. */
function unknownServiceProblem(name: string, shown: string, names: readonly string[], offset: number): Problem {
  const guess = closest(name, names)
  const hint = guess ? ` (did you mean \`${guess}\`?)` : ''
  const known = names.length
    ? `one of ${names.map((n) => `\`${n}\``).join(', ')}`
    : 'a service declared under `services`'
  return { offset, message: `unknown service \`${shown}\`${hint}, expected ${known}` }
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
  const problems: Problem[] = []
  for (const [feature, spec] of Object.entries(config.features ?? {})) {
    const at = ['features', feature]
    const checks = asList(spec.source).length + Object.keys(spec.artifact ?? {}).length
    if (checks + (spec.routes?.length ?? 0) + (spec.auth?.length ?? 0) === 0) {
      const message = `feature \`${feature}\` has nothing to check, expected at least one of \`source\`, \`artifact\`, \`routes\`, \`auth\``
      problems.push({ offset: index.keyOffset(at), message })
    }
    asList(spec.source).forEach((path, i) => {
      const problem = absoluteSourceProblem(
        path,
        Array.isArray(spec.source) ? [...at, 'source', i] : [...at, 'source'],
        index
      )
      if (problem) problems.push(problem)
    })
    problems.push(...checkProblems(config, spec, at, index, []))
  }
  config.discover?.forEach((entry, i) => problems.push(...discoverProblems(config, entry, ['discover', i], index)))
  return problems
}

function absoluteSourceProblem(path: string, at: Path, index: PositionIndex): Problem | undefined {
  if (!path.startsWith('/')) return undefined
  const relative = path.replace(/^\/+/, '')
  const message = `source path \`${path}\` is absolute; source paths are relative to the config's folder (the checkout)${relative ? `: did you mean \`${relative}\`?` : ''}`
  return { offset: index.valueOffset(at), message }
}

/**
 * A discover entry: a relative glob (a literal path would make one feature, its files' common folder unknown), a name
 * template that tells the matches apart, only `{name}` / `{path}` as its placeholders, and something to check besides the
 * matches themselves (their source is found by construction).
 */
function discoverProblems(config: RawConfig, entry: RawDiscover, at: Path, index: PositionIndex): Problem[] {
  const problems: Problem[] = []
  const sourceAt = [...at, 'source']
  const absolute = absoluteSourceProblem(entry.source, sourceAt, index)
  if (absolute) problems.push(absolute)
  else if (!isGlob(entry.source)) {
    const message = `\`${displayPath(sourceAt)}\` is \`${index.written(sourceAt)}\`, not a glob, expected a glob like \`backend/src/modules/*/\` (one feature per match)`
    problems.push({ offset: index.valueOffset(sourceAt), message })
  }
  const name = entry.name ?? '{name}'
  const nameAt = [...at, 'name']
  if (!hasDiscoverPlaceholder(name)) {
    const message = `\`${displayPath(nameAt)}\` is \`${index.written(nameAt)}\`, the same for every match, expected a name with \`{name}\` or \`{path}\``
    problems.push({ offset: index.valueOffset(nameAt), message })
  }
  const templates: [string, Path][] = [[name, nameAt]]
  for (const [service, paths] of Object.entries(entry.artifact ?? {})) {
    asList(paths).forEach((path, i) =>
      templates.push([path, [...at, 'artifact', service, ...(Array.isArray(paths) ? [i] : [])]])
    )
  }
  for (const [template, where] of templates) {
    for (const unknown of unknownDiscoverPlaceholders(template)) {
      const message = `\`${displayPath(where)}\` has the placeholder \`{${unknown}}\`${didYouMean(unknown, DISCOVER_PLACEHOLDERS)}, expected \`{name}\` or \`{path}\``
      problems.push({ offset: index.valueOffset(where), message })
    }
  }
  if (Object.keys(entry.artifact ?? {}).length + (entry.routes?.length ?? 0) + (entry.auth?.length ?? 0) === 0) {
    const message = `\`${displayPath(at)}\` checks nothing beyond its own matches, expected at least one of \`artifact\`, \`routes\`, \`auth\``
    problems.push({ offset: index.valueOffset(at), message })
  }
  return [...problems, ...checkProblems(config, entry, at, index, DISCOVER_PLACEHOLDERS)]
}

/**
 * A feature's (or discover entry's) artifact paths and probes. `filled`: placeholders the engine fills before any probe
 * runs (a discover entry's `{name}`, `{path}`): not path parameters, and checked with a sample value in artifact paths.
 */
function checkProblems(
  config: RawConfig,
  spec: Omit<RawFeature, 'source'>,
  at: Path,
  index: PositionIndex,
  filled: readonly string[]
): Problem[] {
  const services = config.services ?? {}
  const names = Object.keys(services)
  const unknownService = (name: string, shown: string, offset: number) =>
    unknownServiceProblem(name, shown, names, offset)
  const problems: Problem[] = []
  for (const [service, paths] of Object.entries(spec.artifact ?? {})) {
    if (!Object.hasOwn(services, service)) {
      problems.push(unknownService(service, service, index.keyOffset([...at, 'artifact', service])))
    }
    asList(paths).forEach((path, i) => {
      const sample = filled.length ? fillDiscovered(path, { name: 'name', path: 'path' }) : path
      const message = artifactPathProblem(sample)?.replace(sample, path)
      const pathAt = [...at, 'artifact', service, ...(Array.isArray(paths) ? [i] : [])]
      if (message) problems.push({ offset: index.valueOffset(pathAt), message })
    })
  }
  for (const kind of PROBE_KINDS) {
    spec[kind]?.forEach((probe, i) => {
      const probeAt = [...at, kind, i]
      const servicePath = [...probeAt, 'service']
      const offset = index.valueOffset(servicePath)
      if (!Object.hasOwn(services, probe.service)) {
        problems.push(unknownService(probe.service, index.written(servicePath), offset))
      } else if (services[probe.service]?.url === undefined) {
        const name = index.written(servicePath)
        const message = `service \`${name}\` has no \`url\` to probe, expected \`services.${name}.url\``
        problems.push({ offset, message })
      }
      const method = methodProblem(probe, probeAt, index)
      if (method) problems.push(method)
      problems.push(...paramProblems(probe, probeAt, index, filled))
      const json = typeof probe.expect === 'object' && !Array.isArray(probe.expect) ? (probe.expect.json ?? {}) : {}
      problems.push(...templateProblems(probe, probeAt, index))
      for (const jsonPath of Object.keys(json)) {
        if (jsonPathSegments(jsonPath)) continue
        const message = `JSON path \`${jsonPath}\` is malformed, expected a path like \`data.steps[0].id\``
        problems.push({ offset: index.keyOffset([...probeAt, 'expect', 'json', jsonPath]), message })
      }
    })
  }
  return problems
}

/** `{{…}}` in an expectation is `{{revision}}` or `{{revision.short}}`; anything else is a typo, not text to look for. */
function templateProblems(probe: RawProbe, at: Path, index: PositionIndex): Problem[] {
  const expect = probe.expect
  if (typeof expect !== 'object' || Array.isArray(expect)) return []
  const places: [unknown, Path][] = [
    ...asList(expect.bodyContains).map((text, i): [unknown, Path] => [
      text,
      [...at, 'expect', 'bodyContains', ...(Array.isArray(expect.bodyContains) ? [i] : [])]
    ]),
    ...Object.entries(expect.headers ?? {}).map(([k, v]): [unknown, Path] => [v, [...at, 'expect', 'headers', k]]),
    ...Object.entries(expect.json ?? {}).map(([k, v]): [unknown, Path] => [v, [...at, 'expect', 'json', k]])
  ]
  return places.flatMap(([value, where]) =>
    stringsOf(value).flatMap((text) =>
      unknownTemplates(text).map((name) => ({
        offset: index.valueOffset(where),
        message: `\`{{${name}}}\`${didYouMean(name, REVISION_TEMPLATES)} is not a placeholder, expected \`{{revision}}\` or \`{{revision.short}}\` (the checked commit)`
      }))
    )
  )
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf)
  return []
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
function paramProblems(probe: RawProbe, at: Path, index: PositionIndex, filled: readonly string[]): Problem[] {
  const pathAt = [...at, 'path']
  const names = [...new Set(pathPlaceholders(probe.path).map((p) => p.name))].filter((n) => !filled.includes(n))
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

function isGlob(pattern: string): boolean {
  return picomatch.scan(pattern).isGlob
}
