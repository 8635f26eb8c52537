import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseConfig } from '../../src/config/load.js'
import { planInit } from '../../src/init/plan.js'
import { readCheckout } from '../../src/init/read-checkout.js'
import { renderConfig } from '../../src/init/writer.js'

// init on the example stack (examples/stack, the demo's checkout), read from disk as the CLI reads it.
describe('init on examples/stack', () => {
  it('maps the api modules and the dashboard pages to the paths the hand-written driftcheck.yml checks', async () => {
    const text = renderConfig(planInit(await readCheckout(join(process.cwd(), 'examples/stack'))))
    expect(() => parseConfig(text, 'examples/stack/driftcheck.yml', {})).not.toThrow()
    expect(parse(text)).toEqual({
      version: 1,
      services: { api: { url: 'http://127.0.0.1:18080' }, dashboard: { url: 'http://127.0.0.1:18081' } },
      discover: [
        { source: 'api/src/modules/*/', artifact: { api: ['/app/dist/modules/{name}'] } },
        { source: 'dashboard/pages/*.html', artifact: { dashboard: ['/www/pages/{name}.html'] } }
      ]
    })
  })
})
