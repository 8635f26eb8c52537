// The shipped manifest's pure rules: which paths may be recorded, the file format (round trip, hostile names, tampering),
// what counts as stale, and the removal script's words. The script running for real is in ship-manifest.itg.test.ts.
import { describe, expect, it } from '@jest/globals'
import {
  cleanupScript,
  entriesOfArchive,
  formatManifest,
  invalidPath,
  parseCleanupOutput,
  parseManifest,
  staleEntries,
  type ShippedEntry
} from '../../src/adapters/ship/manifest.js'

const file = (path: string): ShippedEntry => ({ path, dir: false })
const dir = (path: string): ShippedEntry => ({ path, dir: true })

describe('invalidPath', () => {
  it.each([
    ['', 'empty path'],
    ['/etc/passwd', 'absolute path'],
    ['../outside', 'empty, `.` or `..` segment'],
    ['a/../../b', 'empty, `.` or `..` segment'],
    ['a//b', 'empty, `.` or `..` segment'],
    ['./a', 'empty, `.` or `..` segment'],
    ['.driftcheck', "driftcheck's own .driftcheck"],
    ['.driftcheck/shipped', "driftcheck's own .driftcheck"],
    ['.driftcheck.lock/info', "driftcheck's own .driftcheck.lock"],
    ['a\0b', 'NUL byte']
  ])('%j: %s', (path, why) => {
    expect(invalidPath(path)).toBe(why)
  })

  it.each([['a.js'], ['-rf'], ['.driftcheckrc'], ['a/.driftcheck'], ['it\'s "x"; $(id)'], ['new\nline'], ['..a']])(
    '%j is a path like any other',
    (path) => {
      expect(invalidPath(path)).toBeNull()
    }
  )
})

describe('entriesOfArchive', () => {
  it('directories and files, trailing slashes gone, driftcheck’s own paths and `.` left out', () => {
    expect(
      entriesOfArchive([
        { name: './', type: 'directory' },
        { name: 'api/', type: 'directory' },
        { name: 'api/a.js', type: 'file' },
        { name: 'link', type: 'symlink' },
        { name: '.driftcheck/shipped', type: 'file' },
        { name: '../escape', type: 'file' }
      ])
    ).toEqual([dir('api'), file('api/a.js'), file('link')])
  })
})

describe('the manifest file', () => {
  const hostile = [
    file('plain.js'),
    dir('mod'),
    file('new\nline.js'),
    file('"quoted'),
    file('#hash'),
    file('tab\there'),
    file("it's $(id) `x` \\ back"),
    file('-rf'),
    file('ünïcødé/файл')
  ]

  it('round-trips every name git can hold, one path per line, quoted only when a plain line cannot carry it', () => {
    const lines = formatManifest(hostile, 'abc123')
    expect(lines[0]).toBe('# driftcheck shipped v1 abc123')
    expect(lines).toContain('plain.js')
    expect(lines).toContain('mod/')
    expect(lines).toContain('"new\\nline.js"')
    expect(lines).toContain('"\\"quoted"')
    expect(lines).toContain('"#hash"')
    expect(lines).toContain("it's $(id) `x` \\ back")
    expect(parseManifest(lines.join('\n') + '\n')).toEqual(expect.arrayContaining(hostile))
    expect(parseManifest(lines.join('\n') + '\n')).toHaveLength(hostile.length)
  })

  it.each([
    ['not a manifest', 'node_modules/\n', /^line 1 is not `# driftcheck shipped v1 …`/],
    ['an empty file', '', /^line 1 is not/],
    [
      'a path out of the directory',
      '# driftcheck shipped v1 x\na.js\n../../etc/passwd\n',
      /^line 3: empty, `\.` or `\.\.` segment/
    ],
    ['an absolute path', '# driftcheck shipped v1 x\n/etc/\n', /^line 2: absolute path/],
    ['a quoted absolute path', '# driftcheck shipped v1 x\n"/etc/passwd"\n', /^line 2: absolute path/],
    ['a broken quoted path', '# driftcheck shipped v1 x\n"a\n', /^line 2: a quoted path that is not a JSON string/],
    ['a quoted non-string', '# driftcheck shipped v1 x\n"a"1\n', /^line 2: a quoted path that is not a JSON string/],
    ['a carriage return', '# driftcheck shipped v1 x\na.js\r\n', /^line 2: a control character/],
    ['the manifest itself', '# driftcheck shipped v1 x\n.driftcheck/shipped\n', /^line 2: driftcheck's own/]
  ])('refuses %s', (_what, text, message) => {
    expect(() => parseManifest(text)).toThrow(message)
  })

  it('comments are skipped', () => {
    expect(parseManifest('# driftcheck shipped v1 x\n# a note\na.js\n')).toEqual([file('a.js')])
  })
})

describe('staleEntries', () => {
  it('previous − current, files first, then directories children before parents', () => {
    const previous = [dir('m'), dir('m/sub'), file('m/a.js'), file('m/sub/b.js'), file('keep.js'), dir('z')]
    const current = [file('keep.js'), dir('z')]
    expect(staleEntries(previous, current)).toEqual([file('m/a.js'), file('m/sub/b.js'), dir('m/sub'), dir('m')])
  })

  it('a path that changed kind is stale as its old kind (out of tar’s way), the new kind is not touched', () => {
    expect(staleEntries([file('x'), dir('y'), file('y/i.js')], [dir('x'), file('x/i.js'), file('y')])).toEqual([
      file('x'),
      file('y/i.js'),
      dir('y')
    ])
  })

  it('nothing stale when nothing went; duplicates once', () => {
    expect(staleEntries([file('a'), file('a')], [file('a'), file('b')])).toEqual([])
    expect(staleEntries([file('a'), file('a')], [])).toEqual([file('a')])
  })
})

describe('cleanupScript', () => {
  it('quotes every path as one word, and records the manifest after removing', () => {
    const script = cleanupScript([file("x'; rm -rf / #"), dir('-m')], ['# driftcheck shipped v1 r', 'a.js'])
    expect(script).toContain(`f 0 'x'\\''; rm -rf / #'`)
    expect(script).toContain('d 1 -m')
    expect(script.indexOf('f 0')).toBeLessThan(script.indexOf('mv -f'))
    expect(script).toContain(`printf '%s\\n' '# driftcheck shipped v1 r' a.js >.driftcheck/shipped.tmp`)
  })

  it('parseCleanupOutput maps the script’s lines back to the paths', () => {
    const stale = [file('a.js'), file('b.js'), dir('m')]
    expect(parseCleanupOutput('removed 0\nkept 2 not empty\nnoise\nremoved 9\n', stale)).toEqual({
      removed: ['a.js'],
      kept: ['m/ (not empty)']
    })
  })
})
