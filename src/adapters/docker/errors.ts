import { InfraError, lastLines } from '../../core/errors.js'

/** What a failed docker command's stderr means. Only these are acted on; anything else is reported as it is. */
export type DockerFailure =
  'unreachable' | 'no-such-image' | 'no-such-container' | 'not-running' | 'no-ls' | 'path-not-found' | 'other'

const PATTERNS: [DockerFailure, RegExp][] = [
  [
    'unreachable',
    // The docker CLI and compose v2 (Go) say it in words; compose v1 (Python, docker-py) in its last exception line.
    /cannot connect to the docker daemon|error during connect|is the docker daemon running|permission denied while trying to connect to the docker (daemon|api)|unable to resolve docker endpoint|failed to connect to the docker api|error while fetching server api version|couldn't connect to docker daemon/i
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

/** Every line says a ref names no image (`docker image inspect` of several refs, some of them absent): nothing else failed. */
export function onlyNoSuchImage(stderr: string): boolean {
  const lines = stderr.split('\n').filter((line) => line.trim())
  return lines.length > 0 && lines.every((line) => classifyDockerError(line) === 'no-such-image')
}

/**
 * The daemon's own words, one line: `Error response from daemon: ` and `docker: ` say nothing a reader needs; a traceback
 * (compose v1 is Python) is reduced to its exception.
 */
export function dockerMessage(stderr: string): string {
  const meaningful = withoutTraceback(stderr)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^Run '.*--help' for more information$/.test(l) && !/^See '.*--help'\.$/.test(l))
    .join('\n')
  return lastLines(meaningful, 1)
    .replace(/^docker: /, '')
    .replace(/^Error response from daemon: /i, '')
    .replace(/^Error: /, '')
}

/**
 * A tool's output without a stack trace of any language: a Python traceback becomes its exception's message
 * (`docker.errors.DockerException: X` → `X`), a Go panic its `panic:` line, JavaScript/Java `at …` frames are dropped.
 * Output with no trace comes back as it was.
 */
export function withoutTraceback(output: string): string {
  let lines = output.split('\n')
  if (lines.some((l) => PYTHON_TRACE.test(l))) {
    const start = lines.findIndex((l) => PYTHON_TRACE.test(l))
    // The last exception is the one that ended the program: the unindented line after the last frame.
    const exception = lines.findLastIndex((l) => PYTHON_EXCEPTION.test(l))
    const message = exception >= 0 ? lines[exception]!.replace(PYTHON_EXCEPTION, '') : ''
    lines = [...lines.slice(0, start), ...(message ? [message] : [])]
  }
  const panic = lines.findIndex((l) => /^panic: /.test(l))
  if (panic >= 0 && lines.some((l) => /^goroutine \d+ \[/.test(l))) lines = [...lines.slice(0, panic + 1)]
  return lines.filter((l) => !/^\s+at .+[(:]\S*\d+[):]?/.test(l) && !/^\s+\.\.\. \d+ more$/.test(l)).join('\n')
}

const PYTHON_TRACE = /^Traceback \(most recent call last\):/
// `docker.errors.DockerException: …`, `.FileNotFoundError: …` (how compose v1 prints some errors), `KeyError: 'x'`.
const PYTHON_EXCEPTION = /^\.?(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt)\w*: /

/**
 * What an unreachable engine said, as one reason: the docker CLI's own sentence, or docker-py's
 * (`Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))`)
 * reduced to the system's words and the address, which compose v1 never prints.
 */
function unreachableReason(stderr: string, endpoint: string | undefined): string {
  const said = dockerMessage(stderr)
  if (/:\/\//.test(said)) return said
  const errno = /\w+Error\(\d+, '([^']+)'\)/.exec(said)?.[1]
  if (!errno && !endpoint) return said
  const why = errno ?? said
  return `Cannot connect to the Docker daemon${endpoint ? ` at ${endpoint}` : ''}${why ? ` (${why})` : ''}`
}

/**
 * The engine cannot be reached at all: one line, and what to do about it. `endpoint` names the engine when the tool's
 * words do not (compose v1); `cause` keeps the tool's raw output for `-v` and the evidence.
 */
export function unreachableError(
  where: string,
  stderr: string,
  options: { endpoint?: string; cause?: unknown } = {}
): InfraError {
  return new InfraError(
    `Docker engine unreachable (${where}): ${unreachableReason(stderr, options.endpoint)}`,
    where === 'local'
      ? 'start the Docker daemon, or check DOCKER_HOST / `docker context` and your access to the socket'
      : `check that dockerd runs on ${where} and that the ssh user may use it`,
    options.cause === undefined ? undefined : { cause: options.cause }
  )
}
