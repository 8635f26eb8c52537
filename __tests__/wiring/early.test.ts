// What a verify starts before its config is read, by the layers asked: the checkout is the config file's folder.
import { describe, expect, it } from '@jest/globals'
import { resolve } from 'node:path'
import type { LayerName } from '../../src/core/model.js'
import { earlyCommandsFor } from '../../src/wiring/early.js'

const shown = (layers: LayerName[], file = 'project/driftcheck.yml') =>
  earlyCommandsFor(file, layers).map((c) => [c.file, ...c.args].join(' ') + (c.cwd ? ` @${c.cwd}` : ''))

const at = ` @${resolve('project')}`
const BUILD = [
  'docker compose version --short',
  'docker version --format {{.Client.Version}}',
  'docker buildx version',
  'docker version --format {{.Server.Version}}',
  `git show -s --format=%cI HEAD${at}`,
  `git status --porcelain${at}`
]
const REVISION = `git rev-parse --verify --quiet HEAD^{commit}${at}`
const INSIDE = `git rev-parse --is-inside-work-tree${at}`

describe('earlyCommandsFor', () => {
  it.each<[LayerName[], string[]]>([
    [['source'], [REVISION, INSIDE]],
    [['route', 'auth'], [REVISION]],
    [['artifact'], [REVISION, ...BUILD]],
    [['container'], [REVISION, ...BUILD]],
    [
      ['source', 'artifact', 'container', 'route', 'auth'],
      [REVISION, ...BUILD, INSIDE]
    ]
  ])('%j: %j', (layers, expected) => {
    expect(shown(layers)).toEqual(expected)
  })

  it('the checkout is the folder of the config file, made absolute', () => {
    expect(earlyCommandsFor('/srv/app/ci/driftcheck.yml', ['source']).map((c) => c.cwd)).toEqual([
      '/srv/app/ci',
      '/srv/app/ci'
    ])
  })
})
