import { escapedForCompose } from '../../core/compose/interpolate.js'
import { firstLineOf } from '../../core/errors.js'
import { isMapping } from '../../core/compose/mapping.js'
import { defaultImageRef } from './project.js'
import { readComposeYaml } from './yaml.js'

/** One service of the resolved compose config: the image it is tagged as / runs, and whether compose builds it. */
export interface ComposeService {
  image: string
  builds: boolean
}

/** The output of `compose config`: interpolated, paths absolute, `$` escaped as `$$` (so it can be fed back to compose). */
export interface ResolvedConfig {
  raw: Record<string, unknown>
  services: Record<string, ComposeService>
}

/**
 * Parses `compose config` output (v2 `--format json`, v1 YAML — YAML is a superset of JSON, one parser for both).
 * Throws a one-line Error on output that is not a compose config.
 */
export function parseComposeConfig(text: string, project: string, flavour: 'v1' | 'v2'): ResolvedConfig {
  let raw: unknown
  try {
    raw = readComposeYaml(text, '1.2')
  } catch (error) {
    throw new Error(`compose config printed something that is not YAML/JSON: ${firstLineOf(error)}`)
  }
  if (!isMapping(raw) || !isMapping(raw.services)) throw new Error('compose config printed no `services:` section')
  const services: Record<string, ComposeService> = {}
  for (const [name, service] of Object.entries(raw.services)) {
    const definition = isMapping(service) ? service : {}
    const image = typeof definition.image === 'string' && definition.image ? definition.image : null
    services[name] = {
      image: image ?? defaultImageRef(project, name, flavour),
      builds: definition.build !== undefined && definition.build !== null
    }
  }
  return { raw, services }
}

/**
 * The resolved config with `labels` merged into the `build:` of the given services, for `compose -f - build`.
 * Why this route: compose has no `--label` on `build` (v1 none at all), v1 reads `-f -` only as the sole file (no stdin
 * override on top of the project's files), and a `--build-arg` would need a LABEL in users' Dockerfiles. The resolved config
 * keeps everything compose needs to build exactly as `compose build` would (context, dockerfile, args, target, secrets…),
 * and stdin needs no temporary file on a remote target. `build.labels` is in the compose spec both versions validate.
 * Written as JSON: every string quoted, so v1's YAML 1.1 parser cannot turn a timestamp label or `on` into another type.
 */
export function labelledBuildConfig(
  config: ResolvedConfig,
  services: readonly string[],
  labels: Record<string, string>
): string {
  const raw = structuredClone(config.raw)
  const definitions = raw.services as Record<string, Record<string, unknown>>
  for (const name of services) {
    const definition = definitions[name]
    if (!definition) continue
    const build =
      typeof definition.build === 'string' ? { context: definition.build } : { ...(definition.build as object) }
    const existing = normaliseLabels((build as Record<string, unknown>).labels)
    // `$` is escaped as `$$` in the rest of the config (compose re-interpolates what it reads); labels must be too.
    definition.build = { ...build, labels: { ...existing, ...escapedForCompose(labels) } }
  }
  return JSON.stringify(raw, null, 2)
}

/** Labels as compose accepts them: a map, or a list of `key=value`. */
function normaliseLabels(labels: unknown): Record<string, string> {
  if (Array.isArray(labels)) {
    return Object.fromEntries(
      labels.map((l) => {
        const [key, ...value] = String(l).split('=')
        return [key, value.join('=')]
      })
    )
  }
  return isMapping(labels) ? Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, String(v ?? '')])) : {}
}
