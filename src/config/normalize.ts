import { homedir } from 'node:os'
import { dirname, resolve } from 'node:path'
import { durationMs } from './duration.js'
import type { Path, PositionIndex } from './positions.js'
import { asList, PROBE_KINDS } from './raw.js'
import type { RawConfig, RawExpect, RawFeature, RawProbe, RawStatus } from './raw.js'
import { parseSshTarget } from './ssh-target.js'
import { DEFAULT_PROBE_TIMEOUT_MS } from '../core/config.js'
import type {
  DiscoverConfig,
  DriftConfig,
  Expectation,
  FeatureConfig,
  OpenApiConfig,
  ProbeConfig,
  StatusExpectation,
  SwarmTarget,
  TargetConfig
} from '../core/config.js'

/** Defaults and normal forms for a config that passed the schema and the semantic checks. */
export function normalize(
  raw: RawConfig,
  file: string,
  index: PositionIndex,
  env: Record<string, string | undefined>,
  secrets: string[],
  /** Start offsets of the values kept as written, since a variable in them is not set (load.ts). */
  waiting: ReadonlySet<number> = new Set()
): DriftConfig {
  const absoluteFile = resolve(file)
  const baseDir = dirname(absoluteFile)
  const home = env.HOME || homedir()
  const checksOf = (spec: Omit<RawFeature, 'source'>, at: Path) => {
    const probes = (kind: (typeof PROBE_KINDS)[number]) =>
      (spec[kind] ?? []).map((probe, i) => toProbe(probe, kind, index.location(index.valueOffset([...at, kind, i]))))
    return {
      artifact: Object.fromEntries(
        Object.entries(spec.artifact ?? {}).map(([service, paths]) => [service, asList(paths)])
      ),
      routes: probes('routes'),
      auth: probes('auth'),
      location: index.location(index.keyOffset(at))
    }
  }
  const features = Object.entries(raw.features ?? {}).map(([name, spec]): FeatureConfig => ({
    name,
    source: asList(spec.source),
    ...checksOf(spec, ['features', name])
  }))
  const discover = (raw.discover ?? []).map((entry, i): DiscoverConfig => ({
    source: entry.source,
    name: entry.name ?? '{name}',
    ...checksOf(entry, ['discover', i])
  }))
  const openapi = Object.entries(raw.openapi ?? {}).map(([service, written]): OpenApiConfig => ({
    service,
    file: resolve(baseDir, written),
    written: index.get(['openapi', service])?.written ?? written,
    location: index.location(index.keyOffset(['openapi', service]))
  }))
  return {
    version: 1,
    file: absoluteFile,
    baseDir,
    target: toTarget(raw.target ?? {}, index, waiting, baseDir, home),
    services: Object.fromEntries(
      Object.entries(raw.services ?? {}).map(([name, service]) => [name, { name, ...definedOnly(service ?? {}) }])
    ),
    features,
    ...(discover.length ? { discover } : {}),
    ...(openapi.length ? { openapi } : {}),
    ...(raw.preview ? { preview: raw.preview.services ? { services: [...new Set(raw.preview.services)] } : {} } : {}),
    secrets: [...new Set(secrets)]
  }
}

function toTarget(
  target: NonNullable<RawConfig['target']>,
  index: PositionIndex,
  waiting: ReadonlySet<number>,
  baseDir: string,
  home: string
): TargetConfig {
  const expand = (p: string) => resolve(baseDir, p.replace(/^~(?=$|\/)/, home))
  // `raw` is the host as written: `${SSH_USER}` stays a reference, never the secret. A host whose variable is not set (no
  // asked layer reaches the target) is still remote, with no name to connect to: `createDeps` never connects to it.
  const sshTarget = (value: string, ...path: (string | number)[]) => {
    const written = index.get(['target', ...path])?.written ?? ''
    return waiting.has(index.valueOffset(['target', ...path]))
      ? { raw: written, hostname: '' }
      : parseSshTarget(value, written)!
  }
  const host = target.host === undefined ? null : sshTarget(target.host, 'host')
  const hosts = target.hosts?.map((value, i) => sshTarget(value, 'hosts', i))
  const ssh = target.ssh ?? {}
  return {
    host,
    ...(hosts ? { hosts } : {}),
    ssh: {
      ...(ssh.identityFile === undefined ? {} : { identityFile: expand(ssh.identityFile) }),
      ...(ssh.knownHostsFile === undefined ? {} : { knownHostsFile: expand(ssh.knownHostsFile) })
    },
    // A remote dir is a path on the host: checked absolute, kept as written. A local one resolves against the config.
    dir: host || hosts ? target.dir! : target.dir === undefined ? baseDir : expand(target.dir),
    compose: definedOnly({
      project: target.compose?.project,
      files: target.compose?.files && [...target.compose.files]
    }),
    ...(target.registry === undefined ? {} : { registry: target.registry.trim().replace(/\/+$/, '') }),
    ...(target.swarm ? { swarm: toSwarm(target.swarm, index) } : {})
  }
}

function toSwarm(swarm: NonNullable<NonNullable<RawConfig['target']>['swarm']>, index: PositionIndex): SwarmTarget {
  const nodes = Object.entries(swarm.nodes ?? {}).map(([node, url]) => {
    const written = index.get(['target', 'swarm', 'nodes', node])?.written ?? ''
    return [node, parseSshTarget(url, written)!] as const
  })
  return { stack: swarm.stack, nodes: Object.fromEntries(nodes) }
}

function toProbe(probe: RawProbe, kind: (typeof PROBE_KINDS)[number], location: ProbeConfig['location']): ProbeConfig {
  const defaultStatus: StatusExpectation = kind === 'routes' ? { kind: 'exists' } : { kind: 'codes', codes: [200] }
  return {
    service: probe.service,
    path: probe.path,
    method: (probe.method ?? 'GET').toUpperCase(),
    headers: stringValues(probe.headers),
    ...(probe.params === undefined ? {} : { params: stringValues(probe.params) }),
    ...(probe.body === undefined ? {} : { body: probe.body }),
    expect: toExpectation(probe.expect, defaultStatus),
    // A timeout that is not a duration here holds an unset variable: that probe's layer refuses to run.
    timeoutMs: durationMs(probe.timeout) ?? DEFAULT_PROBE_TIMEOUT_MS,
    location
  }
}

function toExpectation(expect: RawExpect | undefined, defaultStatus: StatusExpectation): Expectation {
  if (expect === undefined || typeof expect !== 'object' || Array.isArray(expect)) {
    return { status: expect === undefined ? defaultStatus : toStatus(expect), bodyContains: [], json: {}, headers: {} }
  }
  return {
    status: expect.status === undefined ? defaultStatus : toStatus(expect.status),
    bodyContains: asList(expect.bodyContains),
    json: { ...expect.json },
    headers: stringValues(expect.headers)
  }
}

function toStatus(status: RawStatus): StatusExpectation {
  if (status === 'protected' || status === 'exists') return { kind: status }
  return { kind: 'codes', codes: [...new Set(asList(status))] }
}

function stringValues(map: Record<string, string | number | boolean> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([k, v]) => [k, String(v)]))
}

function definedOnly<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never
}
