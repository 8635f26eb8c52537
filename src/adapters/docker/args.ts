/**
 * Pure argv builders for the `docker` CLI. Everything is plain argv (no shell, no local files), so the same arguments work
 * through the local runner and through ssh.
 */
import { lsOperands } from './ls.js'

/** The entrypoint given to a container that is created only to be read through the archive API: it is never started. */
export const NEVER_STARTED_ENTRYPOINT = '/driftcheck-never-started'

/** A label on the throw-away containers driftcheck creates, so a leftover one can be found and removed by hand. */
export const TEMPORARY_LABEL = 'io.driftcheck.temporary=true'

/**
 * What ls is given: `-ld -- PATH…` (each path itself); with directories to list for globs, `-la -- PATH… DIR/…` in the same
 * run (no shell needed: without `-d` ls prints a directory operand's entries, and its own line as `.`). The price, only in
 * runs with globs: a literal path that is a directory has its entries printed too (text, read once).
 */
export function lsListArgs(paths: readonly string[], directories: readonly string[] = []): string[] {
  if (directories.length === 0) return ['-ld', '--', ...paths]
  return ['-la', '--', ...lsOperands(paths, directories)]
}

/**
 * ONE throw-away container that lists every path of an image: `docker run --rm … --entrypoint ls IMAGE -ld -- PATH…`.
 * `--pull never`: check the image that is on this engine, never a namesake from a registry.
 * `--user 0:0`: see every path whatever the image's USER. `--network none`: ls needs nothing.
 */
export function lsImageArgs(image: string, paths: readonly string[], directories: readonly string[] = []): string[] {
  return [
    'run',
    '--rm',
    '--pull',
    'never',
    '--network',
    'none',
    '--user',
    '0:0',
    '--label',
    TEMPORARY_LABEL,
    '--entrypoint',
    'ls',
    image,
    ...lsListArgs(paths, directories)
  ]
}

/** ONE `docker exec` that lists every path inside a running container (and the directories of globs, as above). */
export function lsContainerArgs(
  container: string,
  paths: readonly string[],
  directories: readonly string[] = []
): string[] {
  return ['exec', '--user', '0:0', container, 'ls', ...lsListArgs(paths, directories)]
}

/** A stopped container of the image, only to read its filesystem (`docker cp`); the entrypoint avoids "No command specified". */
export function createArgs(image: string): string[] {
  return [
    'create',
    '--pull',
    'never',
    '--network',
    'none',
    '--label',
    TEMPORARY_LABEL,
    '--entrypoint',
    NEVER_STARTED_ENTRYPOINT,
    image
  ]
}

/** The path as a tar stream on stdout. */
export function copyOutArgs(container: string, path: string): string[] {
  return ['cp', `${container}:${path}`, '-']
}

export function removeArgs(container: string): string[] {
  return ['rm', '--force', '--volumes', container]
}

/** JSON array on stdout; "No such image" on stderr when absent. */
export function imageInspectArgs(...refs: string[]): string[] {
  return ['image', 'inspect', '--', ...refs]
}

/** JSON array on stdout; "No such container" on stderr when absent. */
export function containerInspectArgs(nameOrIds: readonly string[]): string[] {
  return ['container', 'inspect', '--', ...nameOrIds]
}

/** Running containers of a compose service (v1 and v2 both set these labels), one JSON object per line, newest first. */
export function serviceContainersArgs(project: string, service: string): string[] {
  return [
    'ps',
    '--no-trunc',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--filter',
    `label=com.docker.compose.service=${service}`,
    '--format',
    '{{json .}}'
  ]
}
