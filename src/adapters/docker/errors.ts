import { InfraError, lastLines } from '../../core/errors.js'

/** What a failed docker command's stderr means. Only these are acted on; anything else is reported as it is. */
export type DockerFailure =
  'unreachable' | 'no-such-image' | 'no-such-container' | 'not-running' | 'no-ls' | 'path-not-found' | 'other'

const PATTERNS: [DockerFailure, RegExp][] = [
  [
    'unreachable',
    /cannot connect to the docker daemon|error during connect|is the docker daemon running|permission denied while trying to connect to the docker (daemon|api)|unable to resolve docker endpoint|failed to connect to the docker api/i
  ],
  // `exec: "ls": executable file not found in $PATH` (runc), `stat ls: no such file or directory`, `"ls": permission denied`.
  [
    'no-ls',
    /exec: "ls": (executable file not found|stat|permission denied)|starting container process caused: exec: "ls"|"ls": executable file not found/i
  ],
  ['no-such-image', /no such image|unable to find image|pull access denied|repository does not exist/i],
  ['not-running', /container [0-9a-f]+ is not running|is not running/i],
  ['no-such-container', /no such container/i],
  // `docker cp`: "Could not find the file /x in container …"; "lstat …/merged/x/y: not a directory".
  ['path-not-found', /could not find the file|: not a directory$/im]
]

export function classifyDockerError(stderr: string): DockerFailure {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(stderr)) return kind
  return 'other'
}

/** The daemon's own words, one line: `Error response from daemon: ` and `docker: ` say nothing a reader needs. */
export function dockerMessage(stderr: string): string {
  const meaningful = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Run '.*--help' for more information$/.test(l) && !/^See '.*--help'\.$/.test(l))
    .join('\n')
  return lastLines(meaningful, 1)
    .replace(/^docker: /, '')
    .replace(/^Error response from daemon: /i, '')
    .replace(/^Error: /, '')
}

/** The engine cannot be reached at all: one line, and what to do about it. */
export function unreachableError(where: string, stderr: string): InfraError {
  return new InfraError(
    `Docker engine unreachable (${where}): ${dockerMessage(stderr)}`,
    where === 'local'
      ? 'start the Docker daemon, or check DOCKER_HOST / `docker context` and your access to the socket'
      : `check that dockerd runs on ${where} and that the ssh user may use it`
  )
}
