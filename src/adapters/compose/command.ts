/** How compose is invoked on a target: `docker compose …` (the v2 plugin) or `docker-compose …` (v1, or a standalone v2). */
export interface ComposeCommand {
  file: 'docker' | 'docker-compose'
  /** Arguments before compose's own (`compose` for the plugin). */
  prefix: string[]
  /** Behaviour differs by major version (image names, `config` output), not by how it is called. */
  flavour: 'v1' | 'v2'
  /** As printed by `version --short` (`1.29.2`, `2.27.0`). */
  version: string
}

export const COMPOSE_PLUGIN = { file: 'docker', prefix: ['compose'] } as const
export const COMPOSE_STANDALONE = { file: 'docker-compose', prefix: [] } as const

/** How a candidate is asked whether it is there, and which it is. */
export function versionArgs(candidate: { prefix: readonly string[] }): string[] {
  return [...candidate.prefix, 'version', '--short']
}

/**
 * Reads `compose version --short` (`1.29.2`, `v2.27.0`, `2.27.0-desktop.1`). A standalone `docker-compose` may be v2,
 * so the flavour comes from the major version. Null when the output holds no version.
 */
export function parseComposeVersion(output: string): { version: string; flavour: 'v1' | 'v2' } | null {
  const match = /\bv?(\d+)\.(\d+)\.(\d+)[-+.\w]*/.exec(output)
  if (!match) return null
  return { version: match[0].replace(/^v/, ''), flavour: Number(match[1]) >= 2 ? 'v2' : 'v1' }
}
