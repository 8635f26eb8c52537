import { describe, it, expect } from '@jest/globals'
import { annotationsFor } from '../../src/action/annotations.js'
import type { FeatureResult, RunResult } from '../../src/core/model.js'

const places = { workspace: '/w', configFile: '/w/deploy/driftcheck.yml', baseDir: '/w/deploy' }

function feature(name: string, verdict: FeatureResult['verdict'], source: string[], line = 7): FeatureResult {
  return {
    name,
    verdict,
    faultLine: verdict === 'pass' ? null : 'container',
    layers: [
      {
        layer: 'container',
        status: verdict === 'error' ? 'error' : 'fail',
        evidence: { summary: 'old image' },
        durationMs: 1
      }
    ],
    source,
    location: { file: 'driftcheck.yml', line, column: 3 }
  }
}
const run = (features: FeatureResult[]): RunResult => ({
  version: 1,
  verdict: 'fail',
  revision: null,
  startedAt: '2024-01-01T00:00:00Z',
  durationMs: 1,
  services: [],
  features
})

describe('annotationsFor', () => {
  it('puts a failing feature on its source paths, relative to the checkout', () => {
    const out = annotationsFor(
      run([feature('workflow', 'runtime-drift', ['backend/src/modules/workflow/', 'web/Workflow.tsx'])]),
      places
    )
    expect(out.map((a) => [a.path, a.start_line, a.annotation_level])).toEqual([
      ['deploy/backend/src/modules/workflow', 1, 'failure'],
      ['deploy/web/Workflow.tsx', 1, 'failure']
    ])
    expect(out[0]!.message).toContain('workflow: runtime-drift at container')
  })

  it('a feature missing in source, or with only globs, is annotated where the config declares it', () => {
    const out = annotationsFor(
      run([
        feature('gone', 'missing-in-source', ['a.ts'], 12),
        feature('globbed', 'route-missing', ['src/**/*.ts'], 20)
      ]),
      places
    )
    expect(out.map((a) => [a.path, a.start_line])).toEqual([
      ['deploy/driftcheck.yml', 12],
      ['deploy/driftcheck.yml', 20]
    ])
  })

  it('passing features get none; ones that could not be checked get a warning', () => {
    const out = annotationsFor(run([feature('ok', 'pass', ['a.ts']), feature('unknown', 'error', ['b.ts'])]), places)
    expect(out.map((a) => [a.path, a.annotation_level])).toEqual([['deploy/b.ts', 'warning']])
  })

  it('never points outside the checkout', () => {
    const out = annotationsFor(run([feature('escape', 'build-drift', ['../../etc/passwd'])]), places)
    expect(out.map((a) => a.path)).toEqual(['deploy/driftcheck.yml'])
  })
})
