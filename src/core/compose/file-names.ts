/**
 * The files compose finds in a project's folder when it is given none (`-f`, `COMPOSE_FILE`): one compose file, plus one
 * override file from the same folder, whichever of the override names is there (not only the one named like the file).
 * Both lists in compose v2's order of preference (compose-go's `DefaultFileNames`, `DefaultOverrideFileNames`). Compose v1
 * (1.29) looks for the same names, `docker-compose.*` first, and refuses several override files; so where a folder holds
 * several of either, v1 and v2 do not agree.
 */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'] as const

export const OVERRIDE_FILE_NAMES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml'
] as const

export interface FoundComposeFiles {
  /** The compose files there, in v2's order: compose v2 reads the first. */
  files: string[]
  /** The override files there, in v2's order: compose v2 adds the first. */
  overrides: string[]
}

/** Which of the names compose looks for are among `present` (the names of a folder's files). */
export function composeFilesIn(present: Iterable<string>): FoundComposeFiles {
  const there = new Set(present)
  return {
    files: COMPOSE_FILE_NAMES.filter((name) => there.has(name)),
    overrides: OVERRIDE_FILE_NAMES.filter((name) => there.has(name))
  }
}
