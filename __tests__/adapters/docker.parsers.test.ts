import { describe, expect, it } from '@jest/globals'
import {
  containerInspectArgs,
  copyOutArgs,
  createArgs,
  imageInspectArgs,
  lsContainerArgs,
  lsImageArgs,
  removeArgs,
  serviceContainersArgs
} from '../../src/adapters/docker/args.js'
import {
  classifyDockerError,
  dockerMessage,
  onlyNoSuchImage,
  unreachableError
} from '../../src/adapters/docker/errors.js'
import {
  parseContainersInspect,
  parseImageInspect,
  parseImagesInspect,
  parsePsIds
} from '../../src/adapters/docker/inspect.js'
import { listsPath, parseLsOutput, tidyLongLine } from '../../src/adapters/docker/ls.js'
import { InfraError } from '../../src/core/errors.js'

describe('argv builders', () => {
  const flags = ['--pull', 'never', '--network', 'none']
  it.each([
    [
      'one throw-away ls for every path, never pulled, as root',
      lsImageArgs('api:HEAD', ['/app/dist', '/app/with space']),
      [
        'run',
        '--rm',
        ...flags,
        '--user',
        '0:0',
        '--label',
        'io.driftcheck.temporary=true',
        '--entrypoint',
        'ls',
        'api:HEAD'
      ].concat(['-ld', '--', '/app/dist', '/app/with space'])
    ],
    [
      'exec ls in a running container; `--` so a path is never an option',
      lsContainerArgs('aibp-api-1', ['/app/dist', '-rf']),
      ['exec', '--user', '0:0', 'aibp-api-1', 'ls', '-ld', '--', '/app/dist', '-rf']
    ],
    [
      'create, never started',
      createArgs('distroless:1'),
      [
        'create',
        ...flags,
        '--label',
        'io.driftcheck.temporary=true',
        '--entrypoint',
        '/driftcheck-never-started',
        'distroless:1'
      ]
    ],
    ['cp to stdout', copyOutArgs('abc', '/app/a b'), ['cp', 'abc:/app/a b', '-']],
    ['rm', removeArgs('abc'), ['rm', '--force', '--volumes', 'abc']],
    ['image inspect', imageInspectArgs('api:HEAD'), ['image', 'inspect', '--', 'api:HEAD']],
    ['image inspect of several', imageInspectArgs('a_api', 'a-api'), ['image', 'inspect', '--', 'a_api', 'a-api']],
    ['container inspect', containerInspectArgs(['a', 'b']), ['container', 'inspect', '--', 'a', 'b']],
    [
      'compose service containers',
      serviceContainersArgs('aibp', 'api'),
      ['ps', '--no-trunc', '--filter', 'label=com.docker.compose.project=aibp', '--filter'].concat([
        'label=com.docker.compose.service=api',
        '--format',
        '{{json .}}'
      ])
    ]
  ])('%s', (_name, args, expected) => {
    expect(args).toEqual(expected)
  })

  it('keeps each path one argv item (no shell anywhere)', () => {
    expect(lsImageArgs('i', ['/a b', "/it's"]).slice(-2)).toEqual(['/a b', "/it's"])
    expect(copyOutArgs('c', '/a b; rm -rf /')).toEqual(['cp', 'c:/a b; rm -rf /', '-'])
  })
})

const BUSYBOX_OUT = [
  'drwxr-xr-x    2 0        0             4096 Nov 25 08:27 /app/dist/modules/workflow',
  '-rw-r--r--    1 0        0                3 Nov 25 08:27 /app/dist/modules/workflow/index.js',
  'lrwxrwxrwx    1 0        0                9 Nov 25 08:27 /app/link -> /app/dist',
  'drwxr-xr-x    2 0        0             4096 Nov 25 08:27 /app/with space',
  'crw-rw-rw-    1 0        0           1,   3 Nov 25  2024 /dev/null'
].join('\n')
const GNU_OUT = [
  'drwxr-xr-x 2 root root 4096 Nov 25 08:29 /tmp/a b',
  'lrwxrwxrwx 1 root root   14 Nov 25 08:29 /tmp/lnk -> /tmp/a b',
  'drwxr-xr-x. 3 node node 4096 Jan  5  2024 /srv/app'
].join('\n')

describe('parseLsOutput', () => {
  it.each([
    [
      'busybox: present, symlink, space, device; missing and not-a-directory from stderr',
      ['/nope', '/app/link', '/app/with space', '/dev/null', '/app/dist/modules/workflow', '/app/x/f.js/y'],
      BUSYBOX_OUT,
      'ls: /nope: No such file or directory\nls: /app/x/f.js/y: Not a directory\n',
      [
        ['/nope', false, 'No such file or directory'],
        ['/app/link', true, 'lrwxrwxrwx 1 0 0 9 Nov 25 08:27 /app/link -> /app/dist'],
        ['/app/with space', true, 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /app/with space'],
        ['/dev/null', true, 'crw-rw-rw- 1 0 0 1, 3 Nov 25 2024 /dev/null'],
        ['/app/dist/modules/workflow', true, 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /app/dist/modules/workflow'],
        ['/app/x/f.js/y', false, 'Not a directory']
      ]
    ],
    [
      'GNU coreutils: quoted names on stderr, SELinux dot, old-file date',
      ['/tmp/lnk', '/no pe', '/tmp/a b', '/srv/app', '/etc/passwd/x'],
      GNU_OUT,
      "ls: cannot access '/no pe': No such file or directory\nls: cannot access '/etc/passwd/x': Not a directory\n",
      [
        ['/tmp/lnk', true, 'lrwxrwxrwx 1 root root 14 Nov 25 08:29 /tmp/lnk -> /tmp/a b'],
        ['/no pe', false, 'No such file or directory'],
        ['/tmp/a b', true, 'drwxr-xr-x 2 root root 4096 Nov 25 08:29 /tmp/a b'],
        ['/srv/app', true, 'drwxr-xr-x. 3 node node 4096 Jan 5 2024 /srv/app'],
        ['/etc/passwd/x', false, 'Not a directory']
      ]
    ]
  ])('%s', (_name, paths, stdout, stderr, expected) => {
    const { entries, unexplained } = parseLsOutput(paths, stdout, stderr)
    expect(unexplained).toEqual([])
    expect(entries.map((e) => [e.path, e.exists, e.detail])).toEqual(expected)
  })

  it.each([
    [
      'permission denied is not proof of absence',
      ['/root/x'],
      '',
      'ls: /root/x: Permission denied',
      'Permission denied'
    ],
    ['a path ls did not mention', ['/app', '/other'], BUSYBOX_OUT, '', 'ls did not mention it'],
    ['empty output', ['/app/dist/modules/workflow'], '', '', 'ls did not mention it']
  ])('leaves unexplained: %s', (_name, paths, stdout, stderr, reason) => {
    const { unexplained } = parseLsOutput(paths, stdout, stderr)
    expect(unexplained.length).toBeGreaterThan(0)
    expect(unexplained[0]!.reason).toBe(reason)
  })

  it('does not take a prefix or suffix of a path for the path', () => {
    const stdout = 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /y /x\ndrwxr-xr-x 2 0 0 4096 Nov 25 08:27 /app/dist2'
    const { entries, unexplained } = parseLsOutput(['/x', '/app/dist', '/y /x'], stdout, '')
    expect(entries).toEqual([{ path: '/y /x', exists: true, detail: 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /y /x' }])
    expect(unexplained.map((u) => u.path)).toEqual(['/x', '/app/dist'])
  })

  it('answers duplicates in the order asked', () => {
    const { entries } = parseLsOutput(
      ['/nope', '/app/link', '/nope'],
      BUSYBOX_OUT,
      'ls: /nope: No such file or directory'
    )
    expect(entries.map((e) => e.path)).toEqual(['/nope', '/app/link', '/nope'])
  })

  it.each([
    ['plain', 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /a', '/a', true],
    ['symlink', 'lrwxrwxrwx 1 0 0 9 Nov 25 08:27 /a -> /b', '/a', true],
    ['not the symlink target', 'lrwxrwxrwx 1 0 0 9 Nov 25 08:27 /a -> /b', '/b', false],
    ['" -> " in a directory name is no symlink', 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /a -> b', '/a', false],
    ['iso date', 'drwxr-xr-x 2 0 0 4096 2024-11-25 08:27 /a b', '/a b', true],
    ['iso date, not a suffix of the name', 'drwxr-xr-x 2 0 0 4096 2024-11-25 08:27 /a b', 'b', false],
    ['localised date falls back to the end of the line', 'drwxr-xr-x 2 0 0 4096 25. Nov 08:27 /a b', '/a b', true],
    ['localised date, other path', 'drwxr-xr-x 2 0 0 4096 25. Nov 08:27 /a b', '/b', false]
  ])('listsPath: %s', (_name, line, path, expected) => {
    expect(listsPath(line, path)).toBe(expected)
  })

  it('tidyLongLine keeps an unknown line as it is', () => {
    expect(tidyLongLine('  something else  ')).toBe('something else')
  })
})

describe('classifyDockerError', () => {
  it.each([
    ['Cannot connect to the Docker daemon at unix:///nonexistent.sock. Is the docker daemon running?', 'unreachable'],
    [
      'error during connect: Get "http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version": open //./pipe/docker_engine',
      'unreachable'
    ],
    [
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock',
      'unreachable'
    ],
    ['Failed to initialize: unable to resolve docker endpoint: context "nope": context not found', 'unreachable'],
    [
      'docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "ls": executable file not found in $PATH: unknown',
      'no-ls'
    ],
    [
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "ls": executable file not found in $PATH: unknown',
      'no-ls'
    ],
    ['docker: Error response from daemon: No such image: nonexist:1', 'no-such-image'],
    ['Error response from daemon: no such image: nonexist:1: No such image: nonexist:1', 'no-such-image'],
    ['Error: No such image: nonexist:1', 'no-such-image'],
    ['Error response from daemon: No such container: nocont', 'no-such-container'],
    ['Error response from daemon: Container 84aa5e16d912 is not running', 'not-running'],
    ['Error response from daemon: Could not find the file /nope in container 53d29404aeb9', 'path-not-found'],
    [
      'Error response from daemon: lstat /var/lib/docker/overlay2/7/merged/app/x/f.js/y: not a directory',
      'path-not-found'
    ],
    ['Error response from daemon: something new', 'other']
  ])('%s → %s', (stderr, kind) => {
    expect(classifyDockerError(stderr)).toBe(kind)
  })

  it.each([
    [
      "docker: Error response from daemon: No such image: x:1\n\nRun 'docker run --help' for more information\n",
      'No such image: x:1'
    ],
    ['Error response from daemon: No such container: c\n', 'No such container: c'],
    ['Error: No such image: x', 'No such image: x']
  ])('dockerMessage(%j) is one line', (stderr, expected) => {
    expect(dockerMessage(stderr)).toBe(expected)
  })

  it('unreachableError is one line with a hint', () => {
    const error = unreachableError(
      'local',
      'docker: Cannot connect to the Docker daemon at unix:///x.sock. Is it running?\n'
    )
    expect(error).toBeInstanceOf(InfraError)
    expect(error.message).toBe(
      'Docker engine unreachable (local): Cannot connect to the Docker daemon at unix:///x.sock. Is it running?'
    )
    expect(error.hint).toMatch(/DOCKER_HOST/)
    expect(unreachableError('ssh://deploy@infra:22', 'error during connect').hint).toMatch(/ssh:\/\/deploy@infra:22/)
  })
})

describe('inspect parsers', () => {
  const image = JSON.stringify([
    {
      Id: 'sha256:d2b8c55d5fdb',
      RepoTags: ['api:HEAD', 'api:latest'],
      Created: '2026-11-25T08:27:43.883518913Z',
      Config: { Labels: { 'org.opencontainers.image.revision': '9f8e7d6c', other: 'x' } },
      RootFS: { Type: 'layers', Layers: ['sha256:aaa1', 'sha256:bbb2'] }
    }
  ])

  it.each([
    [
      'labelled image',
      image,
      {
        id: 'sha256:d2b8c55d5fdb',
        created: '2026-11-25T08:27:43.883Z',
        revision: '9f8e7d6c',
        labels: { 'org.opencontainers.image.revision': '9f8e7d6c', other: 'x' },
        tags: ['api:HEAD', 'api:latest'],
        layers: ['sha256:aaa1', 'sha256:bbb2']
      }
    ],
    [
      'no labels, no tags (dangling)',
      JSON.stringify([{ Id: 'sha256:1', RepoTags: null, Created: '0001-01-01T00:00:00Z', Config: { Labels: null } }]),
      { id: 'sha256:1', created: null, revision: null, labels: {}, tags: [], layers: [] }
    ]
  ])('parseImageInspect: %s', (_name, stdout, expected) => {
    expect(parseImageInspect(stdout)).toEqual(expected)
  })

  it.each([
    ['not JSON', 'oops', /not JSON/],
    ['empty array', '[]', /empty output/],
    ['no Id', '[{}]', /no Id/]
  ])('parseImageInspect rejects %s', (_name, stdout, message) => {
    expect(() => parseImageInspect(stdout)).toThrow(message)
  })

  it.each([
    ['none found', '[]\n', []],
    ["two, in docker's order", JSON.stringify([{ Id: 'sha256:2' }, { Id: 'sha256:1' }]), ['sha256:2', 'sha256:1']]
  ])('parseImagesInspect: %s', (_name, stdout, ids) => {
    expect(parseImagesInspect(stdout).map((i) => i.id)).toEqual(ids)
  })

  it.each([
    // docker CLI 20.10 and 28 for `docker image inspect a_api a-api` when a-api is absent.
    ['20.10', 'Error: No such image: a-api\n', true],
    ['28', 'Error response from daemon: no such image: a-api: No such image: a-api:latest\n', true],
    ['two absent', 'Error: No such image: a\nError: No such image: b\n', true],
    ['another failure beside', 'Error: No such image: a\nError response from daemon: i/o timeout\n', false],
    ['nothing said', '', false]
  ])('onlyNoSuchImage: %s', (_name, stderr, expected) => {
    expect(onlyNoSuchImage(stderr)).toBe(expected)
  })

  it('parseContainersInspect', () => {
    const stdout = JSON.stringify([
      {
        Id: 'b955f16730b1d576',
        Name: '/aibp-api-1',
        Image: 'sha256:2473769e2344',
        Config: { Image: 'aibp-api' },
        State: { Status: 'running', Running: true, StartedAt: '2026-11-25T08:28:05.028130218Z' }
      },
      { Id: 'c0ffee', Name: '/old', Image: 'sha256:1', State: { Status: 'exited', StartedAt: '0001-01-01T00:00:00Z' } }
    ])
    expect(parseContainersInspect(stdout)).toEqual([
      {
        id: 'b955f16730b1d576',
        name: 'aibp-api-1',
        imageId: 'sha256:2473769e2344',
        imageRef: 'aibp-api',
        state: 'running',
        startedAt: '2026-11-25T08:28:05.028Z'
      },
      { id: 'c0ffee', name: 'old', imageId: 'sha256:1', imageRef: 'sha256:1', state: 'exited', startedAt: null }
    ])
  })

  it.each([
    ['none', '', []],
    [
      'two, newest first',
      '{"ID":"b955","Names":"aibp-api-2","Labels":"a=b,c=d"}\n{"ID":"a1","Names":"aibp-api-1"}\n',
      ['b955', 'a1']
    ],
    [
      'a `compose run` one-off is not the service',
      '{"ID":"run1","Labels":"com.docker.compose.oneoff=True,com.docker.compose.service=api"}\n{"ID":"svc","Labels":"com.docker.compose.oneoff=False"}\n',
      ['svc']
    ]
  ])('parsePsIds: %s', (_name, stdout, expected) => {
    expect(parsePsIds(stdout)).toEqual(expected)
  })
})
