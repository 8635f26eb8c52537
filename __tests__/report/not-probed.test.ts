import { describe, expect, it } from '@jest/globals'
import type { NotProbedOperation, RunResult } from '../../src/core/model.js'
import { parseResult, render } from '../../src/report/index.js'
import { NOT_PROBED_SHOWN } from '../../src/report/not-probed.js'
import { copyOf, loadFixture } from './fixtures.js'

const unfilled: NotProbedOperation = {
  service: 'api',
  method: 'GET',
  path: '/api/v1/orders/{orderId}/items/{itemId}',
  operationId: 'getOrderItem',
  reason: 'unfilled-parameter',
  parameters: ['itemId']
}
const unsafe: NotProbedOperation = { service: 'api', method: 'POST', path: '/api/v1/orders', reason: 'unsafe-method' }
const optedOut: NotProbedOperation = { service: 'api', method: 'GET', path: '/pdf', reason: 'opted-out' }

function withNotProbed(...operations: NotProbedOperation[]): RunResult {
  const result = copyOf(loadFixture('all-pass'))
  result.features[0]!.notProbed = operations
  return result
}

describe('operations not probed, in every report', () => {
  it('text: a section of their own, one line each with the reason, even when everything passes', () => {
    const text = render(withNotProbed(unfilled, unsafe, optedOut), 'text')
    const name = loadFixture('all-pass').features[0]!.name
    expect(text).toContain('not probed: 3 OpenAPI operations (a pass says nothing about them)')
    expect(text).toContain(
      `${name}  GET /api/v1/orders/{orderId}/items/{itemId} (getOrderItem): path parameter itemId has no example to send`
    )
    expect(text).toContain(
      'POST /api/v1/orders: anyone may call it (no security requirement) and POST acts on the server'
    )
    expect(text).toContain('GET /pdf: `x-driftcheck-probe: false` on the operation')
  })

  it('text: none, no section', () => {
    expect(render(loadFixture('all-pass'), 'text')).not.toContain('not probed')
  })

  it(`text: past ${NOT_PROBED_SHOWN}, the first ones and how many more`, () => {
    const many = Array.from({ length: NOT_PROBED_SHOWN + 3 }, (_, i) => ({ ...unsafe, path: `/x/${i}` }))
    const text = render(withNotProbed(...many), 'text')
    expect(text).toContain(`not probed: ${NOT_PROBED_SHOWN + 3} OpenAPI operations`)
    expect(text).toContain('… and 3 more (each is in --format json)')
    expect(text).not.toContain(`/x/${NOT_PROBED_SHOWN}:`)
  })

  it('markdown: a section with each operation', () => {
    const markdown = render(withNotProbed(unfilled), 'markdown')
    expect(markdown).toContain('### not probed: 1 OpenAPI operation (a pass says nothing about it)')
    expect(markdown).toContain('getOrderItem')
  })

  it('json: on the feature, and read back by `driftcheck report`', () => {
    const json = render(withNotProbed(unfilled, unsafe), 'json')
    const back = parseResult(json, 'result.json')
    expect(back.features[0]!.notProbed).toEqual([unfilled, unsafe])
  })

  it.each([
    ['an unknown reason', { ...unsafe, reason: 'lazy' }, 'features[0].notProbed[0].reason is "lazy"; expected one of'],
    ['no path', { ...unsafe, path: undefined }, 'features[0].notProbed[0].path is missing'],
    ['parameters that are no list', { ...unfilled, parameters: 'itemId' }, 'features[0].notProbed[0].parameters is']
  ])('a saved result with %s is refused, naming the field', (_, operation, message) => {
    const result = withNotProbed(operation as NotProbedOperation)
    expect(() => parseResult(JSON.stringify(result), 'result.json')).toThrow(message)
  })
})
