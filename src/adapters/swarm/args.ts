/** Pure argv builders for the Swarm side of the `docker` CLI: plain argv, the same through the local runner and ssh. */

/** The JSON of the node's Swarm state: its node ID, whether it is active and a manager. */
export const swarmInfoArgs = (): string[] => ['info', '--format', '{{json .Swarm}}']

export const serviceInspectArgs = (services: readonly string[]): string[] => ['service', 'inspect', '--', ...services]

/** Every task of the service still in the manager's history (`docker inspect --type task` reads them). */
export const serviceTaskIdsArgs = (service: string): string[] => [
  'service',
  'ps',
  '--quiet',
  '--no-trunc',
  '--',
  service
]

export const taskInspectArgs = (ids: readonly string[]): string[] => ['inspect', '--type', 'task', '--', ...ids]

export const nodeIdsArgs = (): string[] => ['node', 'ls', '--quiet']

export const nodeInspectArgs = (ids: readonly string[]): string[] => ['node', 'inspect', '--', ...ids]

export interface StackDeployOptions {
  /** Compose files relative to the directory the command runs in; `-` is the image override read from stdin. */
  files: readonly string[]
  stack: string
  /**
   * `never` when the images were loaded into each node (no registry knows them: the manager must not ask one);
   * `always` when they were pushed, so that every node runs the same digest.
   */
  resolveImage: 'always' | 'never'
  /** Send the manager's registry login to the nodes (`--with-registry-auth`). */
  withRegistryAuth?: boolean
}

/** `docker stack deploy`: creates or updates the stack's services; the tasks converge in the background. */
export function stackDeployArgs(options: StackDeployOptions): string[] {
  return [
    'stack',
    'deploy',
    '--resolve-image',
    options.resolveImage,
    ...(options.withRegistryAuth ? ['--with-registry-auth'] : []),
    ...options.files.flatMap((file) => ['--compose-file', file]),
    '--',
    options.stack
  ]
}

/** Back to the spec before the last update; `--detach`: driftcheck waits for the tasks itself, with progress. */
export const serviceRollbackArgs = (service: string): string[] => [
  'service',
  'rollback',
  '--detach',
  '--quiet',
  '--',
  service
]
