/** Globs in the `ls` route: the argv of one `ls -la` run, and how its sections are read (outputs recorded from GNU and busybox ls). */
import { describe, expect, it } from '@jest/globals'
import { lsContainerArgs, lsImageArgs, lsListArgs } from '../../src/adapters/docker/args.js'
import { directoryOperand, lsOperands, parseLsDirectories } from '../../src/adapters/docker/ls.js'

describe('lsListArgs', () => {
  it.each([
    ['no glob: each path itself, as before', [['/app/x', '/app/y'], []], ['-ld', '--', '/app/x', '/app/y']],
    [
      'globs: one ls -la with the literal paths and each directory (trailing / follows a symlinked directory)',
      [['/app/dist/modules/workflow'], ['/app/assets', '/www']],
      ['-la', '--', '/app/dist/modules/workflow', '/app/assets/', '/www/']
    ],
    ['only globs', [[], ['/app/assets']], ['-la', '--', '/app/assets/']],
    ['the root directory', [[], ['/']], ['-la', '--', '/']],
    [
      'a literal that is a listed directory is given once',
      [['/app/assets/', '/app/assets'], ['/app/assets']],
      ['-la', '--', '/app/assets/', '/app/assets']
    ],
    ['a path that looks like an option stays after --', [['-rf'], ['/x']], ['-la', '--', '-rf', '/x/']]
  ] as const)('%s', (_name, [paths, directories], expected) => {
    expect(lsListArgs(paths, directories)).toEqual(expected)
  })

  it('the image and container runs carry it, in ONE command', () => {
    expect(lsImageArgs('api:HEAD', ['/app/x'], ['/app/assets']).slice(-5)).toEqual([
      'api:HEAD',
      '-la',
      '--',
      '/app/x',
      '/app/assets/'
    ])
    expect(lsContainerArgs('aibp-api-1', [], ['/app/assets'])).toEqual([
      'exec',
      '--user',
      '0:0',
      'aibp-api-1',
      'ls',
      '-la',
      '--',
      '/app/assets/'
    ])
  })

  it('directoryOperand / lsOperands', () => {
    expect(directoryOperand('/app/assets')).toBe('/app/assets/')
    expect(directoryOperand('/')).toBe('/')
    expect(lsOperands(['/a', '/a'], ['/d', '/d'])).toEqual(['/a', '/d/'])
  })
})

// `ls -la -- /srv/app/dist/modules/workflow /srv/app/x.js /srv/app/link /srv/nope /srv/app/assets/ /srv/app/missing/ /srv/app/x.js/`
const GNU = {
  stdout: `lrwxrwxrwx 1 root root    6 Nov 25  2025 /srv/app/link -> assets
-rw-r--r-- 1 root root    2 Nov 25  2025 /srv/app/x.js

/srv/app/assets/:
total 28
drwxr-xr-x 3 root root 4096 Nov 25  2025 .
drwxr-xr-x 4 root root 4096 Dec  1 16:23 ..
-rw-r--r-- 1 root root    2 Nov 25  2025 a b.js
-rw-r--r-- 1 root root    3 Nov 25  2025 index-3f9a1c.css
-rw-r--r-- 1 root root    2 Nov 25  2025 index-3f9a1c.js
lrwxrwxrwx 1 root root   15 Nov 25  2025 latest.js -> index-3f9a1c.js
drwxr-xr-x 2 root root 4096 Nov 25  2025 sub
-rw-r--r-- 1 root root    4 Nov 25  2025 vendor-77aa01.js

/srv/app/dist/modules/workflow:
total 8
drwxr-xr-x 2 root root 4096 Nov 25  2025 .
drwxr-xr-x 3 root root 4096 Dec  1 16:23 ..
`,
  stderr: `ls: cannot access '/srv/nope': No such file or directory
ls: cannot access '/srv/app/missing/': No such file or directory
ls: cannot access '/srv/app/x.js/': Not a directory
`
}
const BUSYBOX = {
  stdout: `lrwxrwxrwx    1 root     root             6 Nov 25  2025 /srv/app/link -> assets
-rw-r--r--    1 root     root             2 Nov 25  2025 /srv/app/x.js

/srv/app/assets/:
total 28
drwxr-xr-x    3 root     root          4096 Nov 25  2025 .
drwxr-xr-x    4 root     root          4096 Dec  1 16:23 ..
-rw-r--r--    1 root     root             2 Nov 25  2025 a b.js
-rw-r--r--    1 root     root             3 Nov 25  2025 index-3f9a1c.css
-rw-r--r--    1 root     root             2 Nov 25  2025 index-3f9a1c.js
lrwxrwxrwx    1 root     root            15 Nov 25  2025 latest.js -> index-3f9a1c.js
drwxr-xr-x    2 root     root          4096 Nov 25  2025 sub
-rw-r--r--    1 root     root             4 Nov 25  2025 vendor-77aa01.js

/srv/app/dist/modules/workflow:
total 8
drwxr-xr-x    2 root     root          4096 Nov 25  2025 .
drwxr-xr-x    3 root     root          4096 Dec  1 16:23 ..
`,
  stderr: `ls: /srv/nope: No such file or directory
ls: /srv/app/missing/: No such file or directory
ls: /srv/app/x.js/: Not a directory
`
}
const PATHS = ['/srv/app/dist/modules/workflow', '/srv/app/x.js', '/srv/app/link', '/srv/nope']
const DIRECTORIES = ['/srv/app/assets', '/srv/app/missing', '/srv/app/x.js']

describe('parseLsDirectories', () => {
  it.each([
    ['GNU coreutils', GNU],
    ['busybox', BUSYBOX]
  ])('%s: literal paths as with -ld (a directory by its `.` line), each directory with its entries', (_n, out) => {
    const { entries, directories, unexplained } = parseLsDirectories(PATHS, DIRECTORIES, out.stdout, out.stderr)
    expect(unexplained).toEqual([])
    expect(entries).toEqual([
      {
        path: '/srv/app/dist/modules/workflow',
        exists: true,
        detail: `drwxr-xr-x 2 root root 4096 Nov 25 2025 /srv/app/dist/modules/workflow`
      },
      { path: '/srv/app/x.js', exists: true, detail: `-rw-r--r-- 1 root root 2 Nov 25 2025 /srv/app/x.js` },
      { path: '/srv/app/link', exists: true, detail: `lrwxrwxrwx 1 root root 6 Nov 25 2025 /srv/app/link -> assets` },
      { path: '/srv/nope', exists: false, detail: 'No such file or directory' }
    ])
    expect(directories).toEqual([
      {
        path: '/srv/app/assets',
        exists: true,
        detail: '',
        entries: [
          { name: 'a b.js', detail: `-rw-r--r-- 1 root root 2 Nov 25 2025 /srv/app/assets/a b.js` },
          { name: 'index-3f9a1c.css', detail: `-rw-r--r-- 1 root root 3 Nov 25 2025 /srv/app/assets/index-3f9a1c.css` },
          { name: 'index-3f9a1c.js', detail: `-rw-r--r-- 1 root root 2 Nov 25 2025 /srv/app/assets/index-3f9a1c.js` },
          {
            name: 'latest.js',
            detail: `lrwxrwxrwx 1 root root 15 Nov 25 2025 /srv/app/assets/latest.js -> index-3f9a1c.js`
          },
          { name: 'sub', detail: `drwxr-xr-x 2 root root 4096 Nov 25 2025 /srv/app/assets/sub` },
          { name: 'vendor-77aa01.js', detail: `-rw-r--r-- 1 root root 4 Nov 25 2025 /srv/app/assets/vendor-77aa01.js` }
        ]
      },
      { path: '/srv/app/missing', exists: false, detail: 'No such file or directory', entries: [] },
      { path: '/srv/app/x.js', exists: false, detail: 'Not a directory', entries: [] }
    ])
  })

  it('a lone directory operand has no header: the whole output is its entries', () => {
    const stdout = [
      'total 8',
      'drwxr-xr-x    2 0        0             4096 Nov 25 08:27 .',
      'drwxr-xr-x    3 0        0             4096 Nov 25 08:27 ..',
      '-rw-r--r--    1 0        0                3 Nov 25 08:27 index-3f9a1c.js'
    ].join('\n')
    const { directories, unexplained } = parseLsDirectories([], ['/app/assets'], stdout, '')
    expect(unexplained).toEqual([])
    expect(directories[0]!.entries).toEqual([
      { name: 'index-3f9a1c.js', detail: '-rw-r--r-- 1 0 0 3 Nov 25 08:27 /app/assets/index-3f9a1c.js' }
    ])
  })

  it('an empty directory exists with no entries', () => {
    const stdout = '-rw-r--r-- 1 0 0 3 Nov 25 08:27 /x\n\n/app/empty/:\ntotal 0\n'
    const parse = parseLsDirectories(['/x'], ['/app/empty'], stdout, '')
    expect(parse.unexplained).toEqual([])
    expect(parse.directories).toEqual([{ path: '/app/empty', exists: true, detail: '', entries: [] }])
  })

  it.each([
    [
      'permission denied is not proof of absence',
      '-rw-r--r-- 1 0 0 3 Nov 25 08:27 /x\n',
      "ls: cannot open directory '/app/assets/': Permission denied",
      'Permission denied'
    ],
    ['a directory ls did not mention', '-rw-r--r-- 1 0 0 3 Nov 25 08:27 /x\n', '', 'ls did not mention it'],
    [
      'an entry line in a format it cannot read (the name cannot be told from the date)',
      '-rw-r--r-- 1 0 0 3 Nov 25 08:27 /x\n\n/app/assets/:\n-rw-r--r-- 1 0 0 3 25. Nov 08:27 index-3f9a1c.js\n',
      '',
      'an ls line it cannot read: -rw-r--r-- 1 0 0 3 25. Nov 08:27 index-3f9a1c.js'
    ]
  ])('leaves the directory unexplained: %s', (_name, stdout, stderr, reason) => {
    const { directories, unexplained } = parseLsDirectories(['/x'], ['/app/assets'], stdout, stderr)
    expect(directories).toEqual([])
    expect(unexplained).toEqual([{ path: '/app/assets/', reason }])
  })

  it('a literal directory and the same directory listed for a glob are told apart by their headers', () => {
    const stdout = [
      '/app/assets:',
      'total 8',
      'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 .',
      'drwxr-xr-x 3 0 0 4096 Nov 25 08:27 ..',
      '-rw-r--r-- 1 0 0 3 Nov 25 08:27 a.js',
      '',
      '/app/assets/:',
      'total 8',
      'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 .',
      'drwxr-xr-x 3 0 0 4096 Nov 25 08:27 ..',
      '-rw-r--r-- 1 0 0 3 Nov 25 08:27 a.js'
    ].join('\n')
    const { entries, directories } = parseLsDirectories(['/app/assets'], ['/app/assets'], stdout, '')
    expect(entries).toEqual([
      { path: '/app/assets', exists: true, detail: 'drwxr-xr-x 2 0 0 4096 Nov 25 08:27 /app/assets' }
    ])
    expect(directories[0]!.entries.map((e) => e.name)).toEqual(['a.js'])
  })
})
