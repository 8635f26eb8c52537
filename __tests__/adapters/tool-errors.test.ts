// What docker, compose v1 (Python) and compose v2 (Go) print when they fail, and the one line driftcheck makes of it:
// one classification for "the engine is not reachable" shared by docker and compose, compose's own failures translated,
// and never a traceback of any language. The v1 samples in stderr/ are compose 1.29.2's real output.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { composeFailure } from '../../src/adapters/compose/errors.js'
import {
  classifyDockerError,
  dockerMessage,
  unreachableError,
  withoutTraceback
} from '../../src/adapters/docker/errors.js'

const sample = (name: string) => readFileSync(join('__tests__/adapters/stderr', `${name}.txt`), 'utf8')
const TRACE = /Traceback|File "|\^\^\^|goroutine \d|^\s+at /m

const GO_PANIC = [
  'panic: runtime error: invalid memory address or nil pointer dereference',
  '[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x55d1c0]',
  '',
  'goroutine 1 [running]:',
  'github.com/docker/compose/v2/cmd/compose.runUp(0xc000123456)',
  '\t/go/src/github.com/docker/compose/cmd/compose/up.go:120 +0x1d',
  'main.main()',
  '\t/go/src/github.com/docker/compose/cmd/main.go:45 +0x25'
].join('\n')
const NODE_TRACE = [
  'Error: boom',
  '    at Object.<anonymous> (/app/x.js:1:7)',
  '    at Module._compile (node:internal/modules/cjs/loader:1256:14)'
].join('\n')

describe('the engine is not reachable: one rule for docker, compose v1 and compose v2', () => {
  it.each([
    // [what, stderr, endpoint compose has to be told, the one line]
    [
      'compose v1, DOCKER_HOST at a socket that does not exist',
      sample('v1-dead-socket'),
      'unix:///tmp/driftcheck-dead/dead.sock',
      'Cannot connect to the Docker daemon at unix:///tmp/driftcheck-dead/dead.sock (No such file or directory)'
    ],
    [
      'compose v1, a socket nothing listens on',
      sample('v1-refused'),
      'unix:///tmp/driftcheck-dead/stale.sock',
      'Cannot connect to the Docker daemon at unix:///tmp/driftcheck-dead/stale.sock (Connection refused)'
    ],
    [
      'compose v1, endpoint unknown',
      sample('v1-refused'),
      undefined,
      'Cannot connect to the Docker daemon (Connection refused)'
    ],
    [
      'compose v1, no access to the socket',
      "docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', PermissionError(13, 'Permission denied'))\n",
      'unix:///var/run/docker.sock',
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock (Permission denied)'
    ],
    [
      'compose v1 before 1.26',
      "ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?\n",
      undefined,
      "ERROR: Couldn't connect to Docker daemon at http+docker://localhost - is it running?"
    ],
    [
      'compose v2 (names the engine itself)',
      'Cannot connect to the Docker daemon at unix:///run/x.sock. Is the docker daemon running?\n',
      'unix:///ignored.sock',
      'Cannot connect to the Docker daemon at unix:///run/x.sock. Is the docker daemon running?'
    ],
    [
      'compose v2, no access to the socket',
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n',
      undefined,
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied'
    ],
    [
      'docker CLI',
      "docker: Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running?\n\nRun 'docker run --help' for more information\n",
      undefined,
      'Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running?'
    ],
    [
      'docker CLI over tcp',
      'error during connect: Get "http://127.0.0.1:2375/v1.47/version": dial tcp 127.0.0.1:2375: connect: connection refused\n',
      undefined,
      'error during connect: Get "http://127.0.0.1:2375/v1.47/version": dial tcp 127.0.0.1:2375: connect: connection refused'
    ]
  ])('%s', (_what, stderr, endpoint, reason) => {
    expect(classifyDockerError(stderr)).toBe('unreachable')
    const error = unreachableError('local', stderr, { endpoint })
    expect(error.message).toBe(`Docker engine unreachable (local): ${reason}`)
    expect(error.message).not.toMatch(TRACE)
    expect(error.message.split('\n')).toHaveLength(1)
  })

  it('keeps the raw output as the cause', () => {
    const cause = new Error(sample('v1-dead-socket'))
    expect(unreachableError('local', sample('v1-dead-socket'), { cause }).cause).toBe(cause)
  })
})

describe("compose's own failures, in one line", () => {
  it.each([
    [
      'v1: no compose file',
      sample('v1-no-compose-file'),
      "no compose file in /srv/app: Can't find a suitable configuration file in this directory or any parent. Are you in the right directory? (supported filenames: docker-compose.yml, docker-compose.yaml, compose.yml, compose.yaml)"
    ],
    [
      'v2: no compose file',
      'no configuration file provided: not found\n',
      'no compose file in /srv/app: no configuration file provided: not found'
    ],
    [
      'v1: -f names a file that is not there',
      sample('v1-missing-file'),
      'compose file ./nope.yml does not exist (in /srv/app)'
    ],
    [
      'v2: -f names a file that is not there',
      'open /srv/app/nope.yml: no such file or directory\n',
      'compose file /srv/app/nope.yml does not exist (in /srv/app)'
    ],
    [
      'v1: invalid YAML',
      sample('v1-invalid-yaml'),
      "invalid YAML in compose file ./docker-compose.yml:4:4: expected <block end>, but found '<block mapping start>'"
    ],
    [
      'v1: a YAML scanner error',
      'yaml.scanner.ScannerError: mapping values are not allowed here\n  in "./docker-compose.yml", line 3, column 10\n',
      'invalid YAML in compose file ./docker-compose.yml:3:10: mapping values are not allowed here'
    ],
    ['v2: invalid YAML', 'yaml: line 4: did not find expected key\n', 'yaml: line 4: did not find expected key'],
    [
      'v1: invalid compose file',
      sample('v1-invalid-schema'),
      "The Compose file './docker-compose.yml' is invalid because: Unsupported config option for services.a: 'imag'"
    ],
    [
      'v2: invalid compose file',
      "validating /srv/app/docker-compose.yml: services.a additional properties 'imag' not allowed\n",
      "validating /srv/app/docker-compose.yml: services.a additional properties 'imag' not allowed"
    ],
    ['v1: unknown service', sample('v1-no-such-service'), 'No such service: nope'],
    ['v2: unknown service', 'no such service: nope\n', 'no such service: nope']
  ])('%s', (_what, stderr, line) => {
    expect(classifyDockerError(stderr)).not.toBe('unreachable')
    expect(composeFailure(stderr, '/srv/app')).toBe(line)
  })

  it('anything else is not guessed at', () => {
    expect(composeFailure('Service api failed to build: exit 1\n', '/srv/app')).toBeNull()
  })
})

describe('no traceback of any language survives', () => {
  it.each([
    [
      'a Python traceback',
      sample('v1-dead-socket'),
      /^docker\.errors|Error while fetching server API version: \('Connection aborted\.', FileNotFoundError/
    ],
    ['a Go panic', GO_PANIC, /^panic: runtime error: invalid memory address or nil pointer dereference$/],
    ['JavaScript frames', NODE_TRACE, /^Error: boom$/]
  ])('%s', (_what, output, kept) => {
    const stripped = withoutTraceback(output)
    expect(stripped).not.toMatch(TRACE)
    expect(stripped.trim()).toMatch(kept)
  })

  it('dockerMessage of a traceback is its exception, without the class', () => {
    expect(dockerMessage(sample('v1-dead-socket'))).toBe(
      "Error while fetching server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))"
    )
  })

  it('output without a trace is left as it is', () => {
    expect(withoutTraceback('step 1\nstep 2: RUN false\n')).toBe('step 1\nstep 2: RUN false\n')
  })
})
