// The position index's keys are JSON Pointers exactly as ajv writes `instancePath`: `~` and `/` escaped, the rest as is.
import { describe, expect, it } from '@jest/globals'
import { pointer } from '../../src/config/positions.js'

describe('pointer', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['features'], '/features'],
    [['features', 'workflow', 'routes', 0, 'expect'], '/features/workflow/routes/0/expect'],
    [['services', 'a/b'], '/services/a~1b'],
    [['services', 'a~b'], '/services/a~0b'],
    [['x', '~/~1'], '/x/~0~1~01'],
    [['', 0], '//0']
  ])('%j → %j', (path, expected) => {
    expect(pointer(path)).toBe(expected)
  })
})
