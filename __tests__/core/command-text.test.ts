import { describe, expect, it } from '@jest/globals'
import { commandLine, listingFocus, shellWord } from '../../src/core/command-text.js'

describe('shellWord', () => {
  it.each([
    ['/app/dist/index.js', '/app/dist/index.js'],
    ['a b', "'a b'"],
    ["it's", "'it'\\''s'"],
    ['', "''"],
    ['{{.Client.Version}}', "'{{.Client.Version}}'"]
  ])('%j → %s', (arg, word) => expect(shellWord(arg)).toBe(word))
})

describe('listingFocus', () => {
  const ls = (...paths: string[]) =>
    commandLine('docker', ['run', '--rm', '--entrypoint', 'ls', 'api:1', '-ld', '--', ...paths])
  const more = (n: number) => ` # and ${n} path${n === 1 ? '' : 's'} of other features, in the same listing`

  it.each([
    [
      'keeps the own paths, leaves out the others and says how many',
      ls('/a', '/b', '/c'),
      ['/a'],
      ['/b', '/c'],
      ls('/a') + more(2)
    ],
    ['one other path', ls('/a', '/b'), ['/a'], ['/b'], ls('/a') + more(1)],
    ['nothing else listed: unchanged', ls('/a'), ['/a'], [], ls('/a')],
    ['others not in the command: unchanged', ls('/a'), ['/a'], ['/z'], ls('/a')],
    ['quoted paths, a quote inside one', ls('/x y', "/it's", '/a'), ['/a'], ['/x y', "/it's"], ls('/a') + more(2)],
    ['a directory operand (trailing /) of another feature', ls('/a', '/d/'), ['/a'], ['/d'], ls('/a') + more(1)],
    [
      'an own directory is kept, whichever way another feature spells it',
      ls('/d/', '/e'),
      ['/d'],
      ['/d/', '/e'],
      ls('/d/') + more(1)
    ],
    ['the root directory', ls('/', '/a'), ['/a'], ['/'], ls('/a') + more(1)],
    [
      'no `--`: unchanged (an archive read names one path)',
      'HEAD /containers/c1/archive?path=/b (unix:///s)',
      [],
      ['/b'],
      'HEAD /containers/c1/archive?path=/b (unix:///s)'
    ],
    [
      'the words before `--` are never left out',
      commandLine('docker', ['exec', '/b', 'ls', '-ld', '--', '/a', '/b']),
      ['/a'],
      ['/b'],
      commandLine('docker', ['exec', '/b', 'ls', '-ld', '--', '/a']) + more(1)
    ],
    [
      'the last `--` counts (ssh before the remote command)',
      commandLine('ssh', ['h', '--', 'docker', 'exec', 'c', 'ls', '-ld', '--', '/a', '/b']),
      ['/a'],
      ['/b'],
      commandLine('ssh', ['h', '--', 'docker', 'exec', 'c', 'ls', '-ld', '--', '/a']) + more(1)
    ]
  ])('%s', (_, command, own, others, focused) => expect(listingFocus(command, [...others, ...own])(own)).toBe(focused))

  it('reads the listing once and focuses it for each feature in turn', () => {
    const focus = listingFocus(ls('/a', '/b', '/c'), ['/a', '/b', '/c'])
    expect([['/a'], ['/b'], ['/c', '/a']].map((own) => focus(own))).toEqual([
      ls('/a') + more(2),
      ls('/b') + more(2),
      ls('/a', '/c') + more(1)
    ])
  })
})
