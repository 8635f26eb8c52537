// The guess of what a verify's command line asks (its config, its layers) (wiring/verify-ahead.ts): only a guess, taken only by the
// load that asks the very same, so anything it does not read is no guess at all.
import { describe, expect, it } from '@jest/globals'
import { LAYERS, type LayerName } from '../../src/core/model.js'
import { CONFIG_USES, usesOfLayers } from '../../src/core/uses.js'
import { verifyAsk } from '../../src/wiring/verify-ahead.js'

describe('verifyAsk', () => {
  const all = { layers: [...LAYERS], uses: [...CONFIG_USES] }
  const only = (...layers: LayerName[]) => ({ layers, uses: usesOfLayers(layers) })
  it.each([
    [['verify'], { file: 'driftcheck.yml', ...all }],
    [['verify', '-c', 'ci/dc.yml'], { file: 'ci/dc.yml', ...all }],
    [['verify', '--config', './dc.yml', '-v', '--no-color'], { file: './dc.yml', ...all }],
    [['verify', '--config=dc.yml', '--format', 'json', '-o', 'r.json'], { file: 'dc.yml', ...all }],
    [['verify', '--layers', 'source,artifact'], { file: 'driftcheck.yml', ...only('source', 'artifact') }],
    [['verify', '--layers=route,route', '--output=r.json'], { file: 'driftcheck.yml', ...only('route') }],
    // the last one counts, as in commander
    [['verify', '-c', 'a.yml', '-c', 'b.yml'], { file: 'b.yml', ...all }]
  ])('%j → %j', (argv, ask) => expect(verifyAsk(argv)).toEqual(ask))

  it.each([
    [[]],
    [['build']],
    [['deploy', 'verify']],
    [['verify', '--help']],
    [['verify', '-vc', 'dc.yml']], // combined short options: commander's to read
    [['verify', '-cdc.yml']],
    [['verify', '--layers', 'source,nope']], // a usage error, not a load
    [['verify', '-c']],
    [['verify', '--', '-c', 'x']],
    [['verify', 'extra']]
  ])('%j → no guess', (argv) => expect(verifyAsk(argv)).toBeNull())
})
