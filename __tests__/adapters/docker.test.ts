import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { DockerCli } from '../../src/adapters/docker.js'
import { commandLine } from '../../src/core/command-text.js'
import { InfraError } from '../../src/core/errors.js'
import type { CommandResult, CommandRunner, Logger, StdoutReader, StreamedResult } from '../../src/core/ports.js'
import { pack } from 'tar-stream'
import { startEngineStandin, type EngineStandin } from '../helpers/engine-standin.js'

type Reply = { exitCode?: number; stdout?: string | Buffer; stderr?: string }

/** A runner that answers docker commands from a script and records them: what DockerCli asks for, exactly. */
class ScriptedRunner implements CommandRunner {
  readonly where = 'local'
  readonly calls: string[][] = []
  constructor(private readonly reply: (args: readonly string[]) => Reply) {}

  async run(file: string, args: readonly string[]): Promise<CommandResult> {
    const r = this.answer(file, args)
    return { ...r, stdout: r.stdout.toString() }
  }

  /** The whole reply in one chunk; the reader's value and the reply's exit code come back (nothing to stop here). */
  async stream<T>(file: string, args: readonly string[], read: StdoutReader<T>): Promise<StreamedResult<T>> {
    const { stdout, ...rest } = this.answer(file, args)
    const value = await read(
      (async function* () {
        if (stdout.length > 0) yield stdout
      })()
    )
    return { ...rest, value, stopped: false }
  }

  async runWithStdinFile(): Promise<CommandResult> {
    throw new Error('not used')
  }

  private answer(file: string, args: readonly string[]): Omit<CommandResult, 'stdout'> & { stdout: Buffer } {
    expect(file).toBe('docker')
    this.calls.push([...args])
    const r = this.reply(args)
    const stdout = Buffer.isBuffer(r.stdout) ? r.stdout : Buffer.from(r.stdout ?? '')
    return { command: commandLine(file, args), exitCode: r.exitCode ?? 0, stdout, stderr: r.stderr ?? '' }
  }
}

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  return {
    lines,
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`)
  }
}

/** A minimal valid tar header for `docker cp` replies. */
function tarOf(type: '0' | '5', mode: number): Buffer {
  const block = Buffer.alloc(1536)
  block.write('x', 0)
  block.write(mode.toString(8).padStart(7, '0'), 100)
  block.write('0000000', 108)
  block.write('0000000', 116)
  block.write('00000000000', 124)
  block.write('15103420177', 136)
  block.write(type, 156)
  block.write('ustar\0' + '00', 257)
  block.fill(0x20, 148, 156)
  let sum = 0
  for (let i = 0; i < 512; i++) sum += block[i]!
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148)
  return block
}

const NO_LS_RUN =
  'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "ls": executable file not found in $PATH: unknown\n'
const NO_LS_EXEC =
  'OCI runtime exec failed: exec failed: unable to start container process: exec: "ls": executable file not found in $PATH: unknown\n'
const UNREACHABLE = 'Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running?\n'

describe('DockerCli.listImagePaths', () => {
  it('runs ONE ls for every path and answers in the order asked', async () => {
    const runner = new ScriptedRunner(() => ({
      exitCode: 1,
      stdout: 'drwxr-xr-x    2 0        0             4096 Nov 25 08:23 /app/x\n',
      stderr: 'ls: /nope: No such file or directory\n'
    }))
    const listing = await new DockerCli(runner).listImagePaths('api:HEAD', ['/nope', '/app/x', '/nope'])
    expect(runner.calls).toHaveLength(1)
    expect(runner.calls[0]!.slice(-4)).toEqual(['-ld', '--', '/nope', '/app/x'])
    expect(listing.method).toBe('ls')
    expect(listing.commands).toEqual([commandLine('docker', runner.calls[0]!)])
    expect(listing.entries).toEqual([
      { path: '/nope', exists: false, detail: 'No such file or directory' },
      { path: '/app/x', exists: true, detail: 'drwxr-xr-x 2 0 0 4096 Nov 25 08:23 /app/x' },
      { path: '/nope', exists: false, detail: 'No such file or directory' }
    ])
  })

  it('runs nothing for no paths', async () => {
    const runner = new ScriptedRunner(() => ({}))
    expect((await new DockerCli(runner).listImagePaths('i', [])).entries).toEqual([])
    expect(runner.calls).toEqual([])
  })

  it('falls back to the archive API when the image has no ls, and removes the container', async () => {
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'create') return { stdout: 'c0ffee\n' }
      if (args[0] === 'cp' && args[1] === 'c0ffee:/app/x') return { stdout: tarOf('5', 0o755) }
      if (args[0] === 'cp')
        return {
          exitCode: 1,
          stderr: 'Error response from daemon: Could not find the file /nope in container c0ffee\n'
        }
      if (args[0] === 'rm') return {}
      throw new Error(`unexpected ${args.join(' ')}`)
    })
    const listing = await new DockerCli(runner).listImagePaths('distroless:1', ['/app/x', '/nope'])
    expect(runner.calls.map((c) => c[0])).toEqual(['run', 'create', 'cp', 'cp', 'rm'])
    expect(runner.calls[1]).toContain('--entrypoint')
    expect(runner.calls[4]).toEqual(['rm', '--force', '--volumes', 'c0ffee'])
    expect(listing.method).toBe('archive')
    expect(listing.commands).toHaveLength(4)
    expect(listing.entries).toEqual([
      {
        path: '/app/x',
        exists: true,
        // mode, size, mtime (UTC), path: the same line as through the engine's socket (which gives no owner).
        detail: 'drwxr-xr-x 0 2025-11-07 16:38 /app/x'
      },
      { path: '/nope', exists: false, detail: 'No such file or directory' }
    ])
  })

  it.each([
    [
      'cp fails for a reason that is not "absent"',
      { exitCode: 1, stderr: 'Error response from daemon: disk I/O error\n' },
      /could not read \/app\/x .*disk I\/O error/
    ],
    ['cp answers something that is not a tar', { stdout: 'garbage' }, /could not read \/app\/x .*not a tar stream/],
    ['the daemon goes away', { exitCode: 1, stderr: UNREACHABLE }, /Docker engine unreachable/]
  ])('archive fallback: %s → throws, and still removes the container', async (_name, cpReply, message) => {
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'create') return { stdout: 'c0ffee\n' }
      if (args[0] === 'cp') return cpReply
      return {}
    })
    await expect(new DockerCli(runner).listImagePaths('distroless:1', ['/app/x'])).rejects.toThrow(message)
    expect(runner.calls.at(-1)).toEqual(['rm', '--force', '--volumes', 'c0ffee'])
  })

  it('warns (does not throw) when the temporary container cannot be removed', async () => {
    const logger = recordingLogger()
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'create') return { stdout: 'c0ffee\n' }
      if (args[0] === 'cp') return { stdout: tarOf('0', 0o644) }
      return { exitCode: 1, stderr: 'Error response from daemon: removal in progress' }
    })
    const listing = await new DockerCli(runner, logger).listImagePaths('distroless:1', ['/app/x'])
    expect(listing.entries[0]!.exists).toBe(true)
    expect(logger.lines.join('\n')).toMatch(/warn could not remove the temporary container c0ffee: removal in progress/)
  })

  it.each([
    [
      'permission denied',
      { exitCode: 1, stderr: 'ls: /root/x: Permission denied\n' },
      /could not tell whether \/root\/x \(Permission denied\) exist/
    ],
    [
      'ls said nothing about a path',
      { exitCode: 0, stdout: '' },
      /could not tell whether \/root\/x \(ls did not mention it\)/
    ],
    [
      'docker failed in a new way',
      { exitCode: 125, stderr: 'docker: Error response from daemon: conflict: something.\n' },
      /could not list paths in image api:HEAD: conflict: something\./
    ],
    [
      'the image is missing',
      {
        exitCode: 125,
        stderr:
          "docker: Error response from daemon: No such image: api:HEAD\n\nRun 'docker run --help' for more information\n"
      },
      /^image api:HEAD is not on the local Docker engine$/
    ],
    [
      'the daemon is unreachable',
      { exitCode: 125, stderr: `docker: ${UNREACHABLE}` },
      /^Docker engine unreachable \(local\): Cannot connect to the Docker daemon at unix:\/\/\/nonexistent\.sock\. Is the docker daemon running\?$/
    ]
  ])('never turns a failure into an answer: %s', async (_name, reply, message) => {
    const runner = new ScriptedRunner(() => reply)
    const error = await new DockerCli(runner).listImagePaths('api:HEAD', ['/root/x']).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('\n')
  })
})

describe('the archive fallback over the engine socket (a stand-in engine on a unix socket)', () => {
  let engine: EngineStandin
  beforeAll(async () => {
    engine = await startEngineStandin({
      c0ffee: {
        '/app/x': { stat: { mode: 2147484141, size: 4096 } },
        '/app/broken': { status: 500, message: 'error during stat: input/output error' }
      },
      'aibp-api-1': { '/app/x': { stat: { mode: 0o644, size: 3 } } }
    })
  })
  afterAll(async () => {
    await engine?.close()
  })

  const shellless = (cp?: Reply) =>
    new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'exec') return { exitCode: 126, stdout: NO_LS_EXEC }
      if (args[0] === 'create') return { stdout: 'c0ffee\n' }
      if (args[0] === 'cp' && cp) return cp
      if (args[0] === 'rm') return {}
      throw new Error(`unexpected ${args.join(' ')}`)
    })

  it('an image: docker create, ONE HEAD per path (no docker cp, no archive), docker rm', async () => {
    const runner = shellless()
    const docker = new DockerCli(runner, undefined, { engineSocket: engine.socketPath })
    const listing = await docker.listImagePaths('distroless:1', ['/app/x', '/nope', '/app/x'])
    expect(runner.calls.map((c) => c[0])).toEqual(['run', 'create', 'rm'])
    expect(listing.method).toBe('archive')
    expect(listing.commands.slice(2)).toEqual([
      `HEAD /containers/c0ffee/archive?path=/app/x (unix://${engine.socketPath})`,
      `HEAD /containers/c0ffee/archive?path=/nope (unix://${engine.socketPath})`
    ])
    expect(listing.entries).toEqual([
      { path: '/app/x', exists: true, detail: 'drwxr-xr-x 4096 2026-12-01 15:40 /app/x' },
      { path: '/nope', exists: false, detail: 'No such file or directory' },
      { path: '/app/x', exists: true, detail: 'drwxr-xr-x 4096 2026-12-01 15:40 /app/x' }
    ])
    expect(engine.requests.filter((r) => r.startsWith('GET ') && !r.endsWith(' /nope'))).toEqual([])
  })

  it('a running container without ls: HEAD against it', async () => {
    const runner = shellless()
    const docker = new DockerCli(runner, undefined, { engineSocket: engine.socketPath })
    const listing = await docker.listContainerPaths('aibp-api-1', ['/app/x'])
    expect(runner.calls.map((c) => c[0])).toEqual(['exec'])
    expect(listing.entries).toEqual([{ path: '/app/x', exists: true, detail: '-rw-r--r-- 3 2026-12-01 15:40 /app/x' }])
  })

  it.each([
    [
      'an engine error',
      'c0ffee',
      '/app/broken',
      /^could not read \/app\/broken from container c0ffee: error during stat: input\/output error$/
    ],
    // The engine does not know the container the CLI created: another engine; never "missing".
    ['no such container', 'gone', '/app/x', /^no container gone on the local engine$/]
  ])('%s → InfraError, never "missing"; the temporary container is still removed', async (_name, id, path, message) => {
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'create') return { stdout: `${id}\n` }
      return {}
    })
    const docker = new DockerCli(runner, undefined, { engineSocket: engine.socketPath })
    const error = await docker.listImagePaths('distroless:1', [path]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toMatch(message)
    expect(runner.calls.at(-1)?.[0]).toBe('rm')
  })

  it('a socket that does not answer: falls back to docker cp (logged), which is right for any engine', async () => {
    const logger = recordingLogger()
    const runner = shellless({ stdout: tarOf('5', 0o755) })
    const docker = new DockerCli(runner, logger, { engineSocket: `${engine.socketPath}.absent` })
    const listing = await docker.listImagePaths('distroless:1', ['/app/x'])
    expect(runner.calls.map((c) => c[0])).toEqual(['run', 'create', 'cp', 'rm'])
    expect(listing.commands.some((c) => c.startsWith('HEAD '))).toBe(false)
    expect(listing.entries[0]).toMatchObject({ exists: true, detail: 'drwxr-xr-x 0 2025-11-07 16:38 /app/x' })
    expect(logger.lines.join('\n')).toMatch(
      /debug the engine socket does not answer .*ENOENT.*: reading through docker cp/
    )
  })
})

describe('DockerCli.listContainerPaths', () => {
  it('runs ONE docker exec ls', async () => {
    const runner = new ScriptedRunner(() => ({ stdout: '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/a b\n' }))
    const listing = await new DockerCli(runner).listContainerPaths('aibp-api-1', ['/app/a b'])
    expect(runner.calls).toEqual([['exec', '--user', '0:0', 'aibp-api-1', 'ls', '-ld', '--', '/app/a b']])
    expect(listing.entries).toEqual([
      { path: '/app/a b', exists: true, detail: '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/a b' }
    ])
  })

  it('reads a running container without ls through docker cp (the exec error comes on stdout)', async () => {
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'exec') return { exitCode: 126, stdout: NO_LS_EXEC }
      if (args[1] === 'aibp-api-1:/app/x') return { stdout: tarOf('0', 0o644) }
      return {
        exitCode: 1,
        stderr: 'Error response from daemon: Could not find the file /nope in container aibp-api-1'
      }
    })
    const listing = await new DockerCli(runner).listContainerPaths('aibp-api-1', ['/app/x', '/nope'])
    expect(runner.calls.map((c) => c.slice(0, 2))).toEqual([
      ['exec', '--user'],
      ['cp', 'aibp-api-1:/app/x'],
      ['cp', 'aibp-api-1:/nope']
    ])
    expect(listing.method).toBe('archive')
    expect(listing.entries.map((e) => e.exists)).toEqual([true, false])
  })

  it.each([
    [
      'no such container',
      { exitCode: 1, stderr: 'Error response from daemon: No such container: gone\n' },
      /^no container gone on the local engine$/
    ],
    [
      'stopped',
      { exitCode: 1, stderr: 'Error response from daemon: Container 84aa5e16d912 is not running\n' },
      /^container gone is not running/
    ],
    ['unreachable', { exitCode: 1, stderr: UNREACHABLE }, /^Docker engine unreachable/]
  ])('%s → InfraError', async (_name, reply, message) => {
    await expect(new DockerCli(new ScriptedRunner(() => reply)).listContainerPaths('gone', ['/x'])).rejects.toThrow(
      message
    )
  })
})

describe('DockerCli inspect and find', () => {
  const imageJson = JSON.stringify([
    {
      Id: 'sha256:aa',
      Created: '2026-01-01T00:00:00Z',
      RepoTags: ['api:HEAD'],
      Config: { Labels: { 'org.opencontainers.image.revision': 'abc1234' } },
      RootFS: { Type: 'layers', Layers: ['sha256:l1', 'sha256:l2'] }
    }
  ])
  const containerJson = (name: string, status: string) => ({
    Id: `${name}-id`,
    Name: `/${name}`,
    Image: 'sha256:aa',
    Config: { Image: 'api' },
    State: { Status: status, StartedAt: '2026-01-01T00:00:01Z' }
  })

  it('inspectImage: info, null for "No such image", InfraError when unreachable', async () => {
    const ok = new DockerCli(new ScriptedRunner(() => ({ stdout: imageJson })))
    expect(await ok.inspectImage('api:HEAD')).toEqual({
      id: 'sha256:aa',
      created: '2026-01-01T00:00:00.000Z',
      revision: 'abc1234',
      labels: { 'org.opencontainers.image.revision': 'abc1234' },
      tags: ['api:HEAD'],
      layers: ['sha256:l1', 'sha256:l2']
    })
    const none = new DockerCli(
      new ScriptedRunner(() => ({ exitCode: 1, stdout: '[]', stderr: 'Error: No such image: x' }))
    )
    expect(await none.inspectImage('x')).toBeNull()
    const down = new DockerCli(new ScriptedRunner(() => ({ exitCode: 1, stderr: UNREACHABLE })))
    await expect(down.inspectImage('x')).rejects.toBeInstanceOf(InfraError)
  })

  it('findServiceContainers: ps by compose labels, then one inspect; every running replica, newest first', async () => {
    const logger = recordingLogger()
    const runner = new ScriptedRunner((args) =>
      args[0] === 'ps'
        ? { stdout: '{"ID":"r3"}\n{"ID":"r2"}\n{"ID":"r1"}\n' }
        : {
            stdout: JSON.stringify([
              containerJson('aibp-api-3', 'exited'),
              containerJson('aibp-api-2', 'running'),
              containerJson('aibp-api-1', 'running')
            ])
          }
    )
    const found = await new DockerCli(runner, logger).findServiceContainers('aibp', 'api')
    expect(runner.calls[0]).toEqual(
      expect.arrayContaining(['label=com.docker.compose.project=aibp', 'label=com.docker.compose.service=api'])
    )
    expect(runner.calls[1]).toEqual(['container', 'inspect', '--', 'r3', 'r2', 'r1'])
    expect(runner.calls).toHaveLength(2)
    // The one that exited between ps and inspect is not a replica that serves.
    expect(found.map((c) => c.name)).toEqual(['aibp-api-2', 'aibp-api-1'])
    expect(found[0]).toMatchObject({
      name: 'aibp-api-2',
      imageId: 'sha256:aa',
      imageRef: 'api',
      state: 'running',
      startedAt: '2026-01-01T00:00:01.000Z'
    })
    expect(logger.lines.join('\n')).toMatch(/aibp\/api has 2 running containers: aibp-api-2, aibp-api-1/)
  })

  it('findServiceContainers: none when none runs; InfraError when the daemon is down', async () => {
    const none = new ScriptedRunner(() => ({ stdout: '' }))
    expect(await new DockerCli(none).findServiceContainers('aibp', 'api')).toEqual([])
    expect(none.calls).toHaveLength(1)
    const down = new DockerCli(new ScriptedRunner(() => ({ exitCode: 1, stderr: UNREACHABLE })))
    await expect(down.findServiceContainers('aibp', 'api')).rejects.toThrow(/Docker engine unreachable/)
  })

  it.each([
    ['running', { stdout: JSON.stringify([containerJson('web', 'running')]) }, 'web'],
    ['exited', { stdout: JSON.stringify([containerJson('web', 'exited')]) }, null],
    ['absent', { exitCode: 1, stdout: '[]', stderr: 'Error: No such container: web' }, null]
  ])('findContainer: %s', async (_name, reply, expected) => {
    const found = await new DockerCli(new ScriptedRunner(() => reply)).findContainer('web')
    expect(found?.name ?? null).toBe(expected)
  })

  it("where is the runner's", () => {
    const runner = Object.assign(new ScriptedRunner(() => ({})), { where: 'ssh://deploy@infra:22' })
    expect(new DockerCli(runner).where).toBe('ssh://deploy@infra:22')
  })
})

describe('DockerCli with artifact globs', () => {
  /** A tar as `docker cp …:/app/assets/ -` streams it: the directory, then its entries (and their trees). */
  async function assetsTar(): Promise<Buffer> {
    const tar = pack()
    tar.entry({ name: 'assets/', type: 'directory', mode: 0o755, mtime: new Date('2026-12-01T15:40:00Z') })
    for (const name of ['a.js', 'index-3f9a1c.js', 'index-77aa01.js', 'vendor-1.js'])
      tar.entry({ name: `assets/${name}`, mode: 0o644, mtime: new Date('2026-12-01T15:40:00Z') }, 'x')
    tar.finalize()
    const chunks: Buffer[] = []
    for await (const chunk of tar) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  it('ls: the glob directory joins the SAME run (ls -la), the literal paths answer as before', async () => {
    const runner = new ScriptedRunner(() => ({
      stdout: [
        '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/x.js',
        '',
        '/app/assets/:',
        'total 8',
        'drwxr-xr-x 2 0 0 4096 Nov 25 08:23 .',
        'drwxr-xr-x 3 0 0 4096 Nov 25 08:23 ..',
        '-rw-r--r-- 1 0 0 3 Nov 25 08:23 index-3f9a1c.js'
      ].join('\n')
    }))
    const listing = await new DockerCli(runner).listImagePaths('api:HEAD', ['/app/x.js', '/app/assets/index-*.js'])
    expect(runner.calls).toHaveLength(1)
    expect(runner.calls[0]!.slice(-4)).toEqual(['-la', '--', '/app/x.js', '/app/assets/'])
    expect(listing.entries).toEqual([
      { path: '/app/x.js', exists: true, detail: '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/x.js' }
    ])
    expect(listing.directories).toEqual([
      {
        path: '/app/assets',
        exists: true,
        detail: '',
        entries: [{ name: 'index-3f9a1c.js', detail: '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/assets/index-3f9a1c.js' }]
      }
    ])
  })

  it('ls: a glob directory ls does not account for is an error, never an answer', async () => {
    const runner = new ScriptedRunner(() => ({ stdout: '-rw-r--r-- 1 0 0 3 Nov 25 08:23 /app/x.js\n' }))
    const error = await new DockerCli(runner)
      .listContainerPaths('aibp-api-1', ['/app/x.js', '/app/assets/index-*.js'])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toBe(
      'could not tell whether /app/assets/ (ls did not mention it) exist in container aibp-api-1'
    )
  })

  it('no ls: the literal paths by their first header, the glob directory by ONE streamed docker cp DIR/', async () => {
    const tar = await assetsTar()
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'run') return { exitCode: 127, stderr: NO_LS_RUN }
      if (args[0] === 'create') return { stdout: 'c0ffee\n' }
      if (args[0] === 'cp' && args[1] === 'c0ffee:/app/x') return { stdout: tarOf('0', 0o644) }
      if (args[0] === 'cp' && args[1] === 'c0ffee:/app/assets/') return { stdout: tar }
      if (args[0] === 'cp')
        return {
          exitCode: 1,
          stderr: `Error response from daemon: Could not find the file ${args[1]} in container c0ffee`
        }
      if (args[0] === 'rm') return {}
      throw new Error(`unexpected ${args.join(' ')}`)
    })
    const listing = await new DockerCli(runner).listImagePaths('distroless:1', [
      '/app/x',
      '/app/assets/index-*.js',
      '/app/assets/*.css',
      '/www/missing/*.html'
    ])
    expect(runner.calls.map((c) => c.slice(0, 2))).toEqual([
      ['run', '--rm'],
      ['create', '--pull'],
      ['cp', 'c0ffee:/app/x'],
      ['cp', 'c0ffee:/app/assets/'],
      ['cp', 'c0ffee:/www/missing/'],
      ['rm', '--force']
    ])
    expect(listing.method).toBe('archive')
    expect(listing.entries.map((e) => e.path)).toEqual(['/app/x'])
    expect(listing.directories).toEqual([
      {
        path: '/app/assets',
        exists: true,
        detail: '',
        entries: ['a.js', 'index-3f9a1c.js', 'index-77aa01.js', 'vendor-1.js'].map((name) => ({
          name,
          detail: `-rw-r--r-- 1 2026-12-01 15:40 /app/assets/${name}`
        }))
      },
      { path: '/www/missing', exists: false, detail: 'No such file or directory', entries: [] }
    ])
  })

  it('no ls: docker cp of a glob directory that answers with something else than tar is an error', async () => {
    const runner = new ScriptedRunner((args) => {
      if (args[0] === 'exec') return { exitCode: 126, stdout: NO_LS_EXEC }
      if (args[0] === 'cp') return { stdout: 'Error: something odd\n'.repeat(40) }
      throw new Error(`unexpected ${args.join(' ')}`)
    })
    const error = await new DockerCli(runner)
      .listContainerPaths('aibp-api-1', ['/app/assets/index-*.js'])
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InfraError)
    expect((error as Error).message).toMatch(
      /^could not read \/app\/assets\/ from container aibp-api-1: not a tar stream/
    )
  })
})
