import { dump } from 'js-yaml'
import { readComposeYaml } from '../compose/yaml.js'

/** The files compose itself would read in a directory, in its order of preference (each with its override sibling). */
export const COMPOSE_CANDIDATES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml'
] as const

/**
 * The compose files `docker stack deploy` is given when `target.compose.files` says none: the first file compose's discovery
 * would pick, plus its override file, as `docker compose` merges them (the stack command discovers nothing itself). Null
 * when there is none.
 */
export function discoveredComposeFiles(existing: readonly string[]): string[] | null {
  const has = (name: string) => existing.includes(name)
  const base = COMPOSE_CANDIDATES.slice(0, 4).find(has)
  if (!base) return null
  const prefix = base.startsWith('docker-') ? 'docker-compose' : 'compose'
  const override = [`${prefix}.override.yaml`, `${prefix}.override.yml`].find(has)
  return override ? [base, override] : [base]
}

/**
 * A compose file that pins each service's image (`docker stack deploy` ignores `build:`: a service must name the image
 * its tasks run). It carries the first file's `version`, since the stack loader refuses files of different versions.
 */
export function imageOverride(images: Record<string, string>, version: string | null): string {
  const services = Object.fromEntries(Object.entries(images).map(([service, image]) => [service, { image }]))
  return dump(version ? { version, services } : { services }, { quoteStyle: 'double' })
}

/** The `version` of a compose file's text, when it has one (null when it has none or is not a YAML mapping). */
export function composeVersion(text: string): string | null {
  try {
    const value = readComposeYaml(text, '1.1')
    if (!value || typeof value !== 'object') return null
    const version = (value as { version?: unknown }).version
    return typeof version === 'string' || typeof version === 'number' ? String(version) : null
  } catch {
    return null
  }
}
