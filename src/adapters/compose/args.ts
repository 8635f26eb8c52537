import type { ComposeCommand } from './command.js'

/** What every compose invocation names: the project, and the compose files (none = compose's own discovery). */
export interface ComposeTarget {
  project: string
  files?: readonly string[]
}

export interface Invocation {
  file: string
  args: string[]
}

/** `docker compose -p P -f a.yml … SUBCOMMAND…` / `docker-compose -p P -f a.yml … SUBCOMMAND…`. */
export function composeInvocation(
  command: Pick<ComposeCommand, 'file' | 'prefix'>,
  target: ComposeTarget,
  subcommand: readonly string[]
): Invocation {
  const files = (target.files ?? []).flatMap((f) => ['-f', f])
  return { file: command.file, args: [...command.prefix, '-p', target.project, ...files, ...subcommand] }
}

/**
 * The plugin prints JSON; `docker-compose` prints YAML, v1 (which has no `--format`) and a standalone v2 alike, so its config can
 * be asked for before its version is known. One parser reads both (YAML is a superset of JSON).
 */
export function configArgs(command: { readonly prefix: readonly string[] }): string[] {
  return command.prefix.length > 0 ? ['config', '--format', 'json'] : ['config']
}

export function buildArgs(services: readonly string[]): string[] {
  return ['build', ...services]
}

export function upArgs(
  services: readonly string[],
  options: { noBuild?: boolean; forceRecreate?: boolean } = {}
): string[] {
  return [
    'up',
    '-d',
    ...(options.noBuild ? ['--no-build'] : []),
    ...(options.forceRecreate ? ['--force-recreate'] : []),
    ...services
  ]
}

/** The build reads the labelled, resolved config from stdin instead of the project's files (see `labelledBuildConfig`). */
export function stdinTarget(target: ComposeTarget): ComposeTarget {
  return { project: target.project, files: ['-'] }
}

export interface DownOptions {
  volumes?: boolean
  removeImages?: 'local' | 'all'
  /** Also containers of services the config no longer defines. */
  removeOrphans?: boolean
}

/** `down [-v] [--remove-orphans] [--rmi local|all]`: v1 and v2 spell these alike. */
export function downArgs(options: DownOptions = {}): string[] {
  return [
    'down',
    ...(options.volumes ? ['-v'] : []),
    ...(options.removeOrphans ? ['--remove-orphans'] : []),
    ...(options.removeImages ? ['--rmi', options.removeImages] : [])
  ]
}

/** `port --protocol P SERVICE TARGET`: prints `127.0.0.1:49213` (v1 and v2); exit 1 when the container does not run. */
export function portArgs(service: string, target: number, protocol: 'tcp' | 'udp'): string[] {
  return ['port', '--protocol', protocol, service, String(target)]
}

/** `logs --no-color --tail N SERVICE` (v1 and v2). */
export function logsArgs(service: string, lines: number): string[] {
  return ['logs', '--no-color', '--tail', String(lines), service]
}

/** The project's containers, running or not, one tab-separated line each (see `parseProjectContainers`). */
export function projectContainersArgs(project: string): string[] {
  return [
    'ps',
    '--all',
    '--no-trunc',
    '--filter',
    `label=com.docker.compose.project=${project}`,
    '--format',
    '{{.Label "com.docker.compose.service"}}\t{{.Names}}\t{{.State}}\t{{.Status}}'
  ]
}
