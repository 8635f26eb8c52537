import { describe, it, expect } from '@jest/globals'
import { Ajv } from 'ajv'
import { render } from '../../src/report/index.js'
import { explainFeature, VERDICT_HINT } from '../../src/report/explain.js'
import { notProbedSentence } from '../../src/report/not-probed.js'
import { SARIF_RULES, toUri } from '../../src/report/sarif.js'
import { copyOf, FIXTURES, loadFixture } from './fixtures.js'

/**
 * The parts of the SARIF 2.1.0 schema (docs.oasis-open.org/sarif/sarif/v2.1.0) that driftcheck emits, with the
 * constraints GitHub code scanning relies on: required properties, enums, URI base IDs, 1-based regions.
 */
const message = { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } }
const sarifSubset = {
  type: 'object',
  required: ['version', 'runs', '$schema'],
  properties: {
    version: { const: '2.1.0' },
    $schema: { type: 'string', pattern: 'sarif-2\\.1\\.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'rules'],
                properties: {
                  name: { const: 'driftcheck' },
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'help', 'defaultConfiguration'],
                      properties: {
                        id: { type: 'string' },
                        shortDescription: message,
                        fullDescription: message,
                        help: { ...message, properties: { ...message.properties, markdown: { type: 'string' } } },
                        defaultConfiguration: {
                          type: 'object',
                          properties: { level: { enum: ['none', 'note', 'warning', 'error'] } }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations'],
              properties: {
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message,
                ruleIndex: { type: 'integer', minimum: 0 },
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation'],
                        properties: {
                          artifactLocation: {
                            type: 'object',
                            required: ['uri'],
                            properties: {
                              uri: { type: 'string', format: 'uri-reference' },
                              uriBaseId: { type: 'string' }
                            }
                          },
                          region: {
                            type: 'object',
                            required: ['startLine'],
                            properties: {
                              startLine: { type: 'integer', minimum: 1 },
                              startColumn: { type: 'integer', minimum: 1 }
                            }
                          }
                        }
                      }
                    }
                  }
                },
                partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } }
              }
            }
          }
        }
      }
    }
  }
}

interface Location {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string }
    region?: { startLine: number; startColumn: number }
  }
}
interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; help: { text: string } }[] } }
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: Location[]
      partialFingerprints: Record<string, string>
    }[]
  }[]
}

function sarifOf(name: (typeof FIXTURES)[number]): Sarif {
  return JSON.parse(render(loadFixture(name), 'sarif')) as Sarif
}

describe('sarif report', () => {
  const ajv = new Ajv({ strict: false })
  ajv.addFormat('uri-reference', (value: string) => {
    try {
      new URL(value, 'file:///checkout/')
      return !/[\s#?%](?![0-9A-F]{2})/i.test(value.replace(/%[0-9A-F]{2}/gi, ''))
    } catch {
      return false
    }
  })
  const validate = ajv.compile(sarifSubset)

  it.each(FIXTURES)('%s matches the SARIF 2.1.0 shape', (name) => {
    const sarif = sarifOf(name)
    expect(validate(sarif) || validate.errors).toBe(true)
  })

  it('has one rule per verdict kind, each with help text that says what to do', () => {
    const rules = sarifOf('all-pass').runs[0]!.tool.driver.rules
    expect(rules.map((r) => r.id)).toEqual([
      'missing-in-source',
      'build-drift',
      'runtime-drift',
      'route-missing',
      'auth-failed',
      'error'
    ])
    expect(rules.find((r) => r.id === 'runtime-drift')!.help.text).toContain(VERDICT_HINT['runtime-drift'])
  })

  it('reports nothing when everything passes', () => {
    expect(sarifOf('all-pass').runs[0]!.results).toEqual([])
  })

  it('one result per failing or erroring feature: error for drift, warning when it could not be checked', () => {
    const result = loadFixture('mixed-hostile')
    const { results, tool } = sarifOf('mixed-hostile').runs[0]!
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['build-drift', 'error'],
      ['error', 'warning'],
      ['error', 'warning'],
      ['auth-failed', 'error']
    ])
    results.forEach((r, i) => {
      expect(tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)
      expect(r.message.text).toBe(explainFeature(result.features[i]!))
    })
  })

  it('locates the seed incident at its config declaration and its source paths', () => {
    const [workflow] = sarifOf('seed-incident').runs[0]!.results
    expect(workflow!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'driftcheck.yml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 14, startColumn: 3 }
        }
      },
      { physicalLocation: { artifactLocation: { uri: 'backend/src/modules/workflow/', uriBaseId: '%SRCROOT%' } } },
      { physicalLocation: { artifactLocation: { uri: 'dashboard/src/pages/Workflow.tsx', uriBaseId: '%SRCROOT%' } } }
    ])
  })

  it('encodes hostile paths so they stay the same path (spaces, #, %, unicode, leading ./)', () => {
    const [hostile, reports, nothing] = sarifOf('mixed-hostile').runs[0]!.results
    const uris = hostile!.locations.map((l) => l.physicalLocation.artifactLocation.uri)
    expect(uris).toEqual([
      'config%20dir/drift%20check.yml',
      'src/dir%20with%20space/%23hash%25.ts',
      'src/%C3%BCn%C3%AFc%C3%B6d%C3%A9/**/*.ts'
    ])
    expect(uris.map((u) => new URL(u, 'file:///checkout/').pathname).map(decodeURIComponent)).toEqual([
      '/checkout/config dir/drift check.yml',
      '/checkout/src/dir with space/#hash%.ts',
      '/checkout/src/ünïcödé/**/*.ts'
    ])
    expect(reports!.locations).toHaveLength(1)
    // Neither source nor a config location: SARIF allows none, and we do not invent one.
    expect(nothing!.locations).toEqual([])
  })

  it('keeps absolute paths absolute (file URI, no %SRCROOT%) and turns backslashes into slashes', () => {
    expect(toUri('/srv/app/x y.ts')).toEqual({ uri: 'file:///srv/app/x%20y.ts' })
    expect(toUri('.\\src\\a.ts')).toEqual({ uri: 'src/a.ts', uriBaseId: '%SRCROOT%' })
  })

  it('fingerprints a feature stably across runs, differently per feature', () => {
    const first = sarifOf('mixed-hostile').runs[0]!.results.map((r) => r.partialFingerprints)
    const again = sarifOf('mixed-hostile').runs[0]!.results.map((r) => r.partialFingerprints)
    expect(again).toEqual(first)
    expect(new Set(first.map((f) => JSON.stringify(f))).size).toBe(first.length)
  })

  it('lists exactly the non-pass verdicts as rules', () => {
    expect([...SARIF_RULES].sort()).toEqual(
      Object.keys(VERDICT_HINT)
        .filter((v) => v !== 'pass')
        .sort()
    )
  })

  it('an OpenAPI operation not probed is a note at its feature, by a rule listed only then, stable per operation', () => {
    const result = copyOf(loadFixture('seed-incident'))
    const unsafe = { service: 'api', method: 'POST', path: '/api/v1/orders', reason: 'unsafe-method' as const }
    result.features[0]!.notProbed = [unsafe, { ...unsafe, method: 'PUT' }]
    const sarif = JSON.parse(render(result, 'sarif')) as Sarif
    expect(validate(sarif) || validate.errors).toBe(true)
    const { results, tool } = sarif.runs[0]!
    const notes = results.filter((r) => r.ruleId === 'not-probed')
    expect(notes.map((r) => r.level)).toEqual(['note', 'note'])
    expect(notes[0]!.message.text).toBe(`${result.features[0]!.name}: ${notProbedSentence(unsafe)}`)
    expect(tool.driver.rules[notes[0]!.ruleIndex]!.id).toBe('not-probed')
    expect(notes[0]!.locations).toEqual(sarifOf('seed-incident').runs[0]!.results[0]!.locations)
    const prints = notes.map((r) => r.partialFingerprints['driftcheckFeature/v1'])
    expect(new Set(prints).size).toBe(2)
    expect(JSON.parse(render(result, 'sarif')).runs[0].results.at(-1).partialFingerprints).toEqual(
      notes[1]!.partialFingerprints
    )
    // The failing features' results are as they were, first.
    expect(results.slice(0, -2)).toEqual(sarifOf('seed-incident').runs[0]!.results)
  })
})
