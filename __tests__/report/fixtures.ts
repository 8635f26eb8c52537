/** Loads the fixture results through `parseResult`, so every test also proves the fixtures are valid results. */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RunResult } from '../../src/core/model.js'
import { parseResult } from '../../src/report/index.js'

export const REPORT_TESTS_DIR = dirname(fileURLToPath(import.meta.url))

export const FIXTURES = ['all-pass', 'seed-incident', 'mixed-hostile', 'replicas'] as const
export type FixtureName = (typeof FIXTURES)[number]

export function loadFixture(name: FixtureName): RunResult {
  const file = join(REPORT_TESTS_DIR, 'fixtures', `${name}.json`)
  return parseResult(readFileSync(file, 'utf8'), file)
}

/** A deep copy to mutate in a test without touching the shared fixture. */
export function copyOf(result: RunResult): RunResult {
  return structuredClone(result)
}

/** A large result (many failing features with long evidence) to push the Markdown report past a comment's limit. */
export function bigResult(features: number, evidenceLines = 20): RunResult {
  const base = loadFixture('seed-incident')
  const workflow = base.features[0]!
  return {
    ...base,
    features: Array.from({ length: features }, (_, i) => ({
      ...structuredClone(workflow),
      name: `feature-${i} | <x> \`${'`'.repeat(i % 5)}\``,
      layers: workflow.layers.map((layer) => ({
        ...layer,
        evidence: {
          ...layer.evidence,
          commands: Array.from({ length: evidenceLines }, (_, j) => `docker exec api ls -ld /app/${i}/${j} \`\`\`\`\``),
          checks: (layer.evidence.checks ?? []).concat(
            Array.from({ length: evidenceLines }, (_, j) => ({
              target: `/app/${i}/${j}`,
              status: 'fail' as const,
              observed: `missing </details> <!-- ${'x'.repeat(j * 7)}`
            }))
          )
        }
      }))
    }))
  }
}
