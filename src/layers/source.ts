import type { FeatureConfig } from '../core/config.js'
import type { Check, LayerResult, LayerStatus } from '../core/model.js'
import type { Logger, SourceTree } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import { firstLineOf } from '../core/errors.js'

export interface SourceLayerInput {
  features: FeatureConfig[]
  tree: SourceTree
  logger?: Logger
}

/** How many matched paths a check names before it says "… and N more". */
const SHOWN_MATCHES = 5

/** Layer 1: is every configured path/glob of the feature in the checkout (tracked by git)? */
export async function runSourceLayer(input: SourceLayerInput): Promise<Map<string, LayerResult>> {
  const logger = input.logger ?? silentLogger
  // Features often share folders: match each pattern once.
  const cache = new Map<string, Promise<string[]>>()
  const match = (pattern: string) => {
    let pending = cache.get(pattern)
    if (!pending) cache.set(pattern, (pending = input.tree.match(pattern)))
    return pending
  }

  const results = new Map<string, LayerResult>()
  for (const feature of input.features) {
    const started = Date.now()
    if (feature.source.length === 0) {
      results.set(feature.name, {
        layer: 'source',
        status: 'skip',
        evidence: { summary: 'no source paths configured' },
        durationMs: 0
      })
      continue
    }
    const checks = await Promise.all(feature.source.map((pattern) => checkPattern(pattern, match)))
    for (const check of checks) logger.debug(`source ${check.target}: ${check.observed}`)
    const status: LayerStatus = checks.some((c) => c.status === 'fail')
      ? 'fail'
      : checks.some((c) => c.status === 'error')
        ? 'error'
        : 'pass'
    results.set(feature.name, {
      layer: 'source',
      status,
      evidence: { summary: summarise(status, checks), checks },
      durationMs: Date.now() - started
    })
  }
  return results
}

async function checkPattern(pattern: string, match: (pattern: string) => Promise<string[]>): Promise<Check> {
  const expected = 'in the checkout'
  try {
    const found = await match(pattern)
    if (found.length === 0) return { target: pattern, status: 'fail', expected, observed: 'not in the checkout' }
    return { target: pattern, status: 'pass', expected, observed: describeMatches(found) }
  } catch (error) {
    return {
      target: pattern,
      status: 'error',
      expected,
      observed: `could not read the checkout: ${firstLineOf(error)}`
    }
  }
}

/** `3 files: a.ts, b.ts, c.ts` · `120 files: a.ts, …, e.ts and 115 more`. */
export function describeMatches(found: readonly string[]): string {
  const shown = found.slice(0, SHOWN_MATCHES).join(', ')
  const more = found.length > SHOWN_MATCHES ? ` and ${found.length - SHOWN_MATCHES} more` : ''
  return `${found.length} ${found.length === 1 ? 'path' : 'paths'}: ${shown}${more}`
}

function summarise(status: LayerStatus, checks: Check[]): string {
  if (status === 'pass') {
    if (checks.length === 1) return `${checks[0]!.target} is in the checkout (${checks[0]!.observed})`
    return `all ${checks.length} source paths are in the checkout`
  }
  const bad = checks.filter((c) => c.status === status)
  const first = bad[0]!
  const more = bad.length > 1 ? ` (and ${bad.length - 1} more ${bad.length - 1 === 1 ? 'path' : 'paths'})` : ''
  if (status === 'fail') return `${first.target} is not in the checkout${more}`
  return `${first.target}: ${first.observed}${more}`
}
