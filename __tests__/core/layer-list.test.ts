import { describe, expect, it } from '@jest/globals'
import { parseLayerList } from '../../src/core/layer-list.js'
import { LAYERS } from '../../src/core/model.js'

describe('parseLayerList', () => {
  it.each([
    [undefined, [...LAYERS], []],
    ['', [...LAYERS], []],
    [' , \n', [...LAYERS], []],
    ['route', ['route'], []],
    ['source, route\nauth', ['source', 'route', 'auth'], []],
    ['auth,source,auth, source', ['auth', 'source'], []],
    ['source,routes,routes,nope', ['source'], ['routes', 'nope']]
  ])('%j → %j, unknown %j', (text, layers, unknown) => {
    expect(parseLayerList(text)).toEqual({ layers, unknown })
  })
})
