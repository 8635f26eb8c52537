import { describe, expect, it } from '@jest/globals'
import type { FeatureConfig } from '../../src/core/config.js'
import type { SourceTree } from '../../src/core/ports.js'
import { matchList } from '../../src/adapters/git.js'
import { runSourceLayer } from '../../src/layers/source.js'

const TRACKED = [
  'backend/src/modules/workflow/index.ts',
  'backend/src/modules/workflow/routes.ts',
  'backend/src/modules/billing/index.ts',
  'dashboard/src/pages/Workflow.tsx',
  'dashboard/src/pages/Billing.tsx',
  ...Array.from({ length: 20 }, (_, i) => `docs/page${String(i).padStart(2, '0')}.md`)
]

class ListTree implements SourceTree {
  readonly asked: string[] = []
  constructor(private readonly files: string[]) {}
  async revision() {
    return 'abc123'
  }
  async revisionDate() {
    return '2026-11-25T08:00:00Z'
  }
  async dirty() {
    return false
  }
  async match(pattern: string) {
    this.asked.push(pattern)
    if (pattern === 'explode/') throw new Error('git ls-files failed\nsecond line')
    return matchList(this.files, pattern.replace(/\/+$/, ''))
  }
}

const feature = (name: string, source: string[]): FeatureConfig => ({
  name,
  source,
  artifact: {},
  routes: [],
  auth: []
})

describe('runSourceLayer', () => {
  it('passes when every path and glob matches, listing what matched', async () => {
    const results = await runSourceLayer({
      features: [feature('workflow', ['backend/src/modules/workflow/', 'dashboard/src/pages/Workflow.tsx'])],
      tree: new ListTree(TRACKED)
    })
    const result = results.get('workflow')!
    expect(result.status).toBe('pass')
    expect(result.evidence.summary).toBe('all 2 source paths are in the checkout')
    expect(result.evidence.checks).toEqual([
      {
        target: 'backend/src/modules/workflow/',
        status: 'pass',
        expected: 'in the checkout',
        observed: '2 paths: backend/src/modules/workflow/index.ts, backend/src/modules/workflow/routes.ts'
      },
      {
        target: 'dashboard/src/pages/Workflow.tsx',
        status: 'pass',
        expected: 'in the checkout',
        observed: '1 path: dashboard/src/pages/Workflow.tsx'
      }
    ])
  })

  it('fails naming the missing path', async () => {
    const result = (
      await runSourceLayer({
        features: [feature('workflow', ['backend/src/modules/workflows/', 'dashboard/src/pages/Workflow.tsx'])],
        tree: new ListTree(TRACKED)
      })
    ).get('workflow')!
    expect(result.status).toBe('fail')
    expect(result.evidence.summary).toBe('backend/src/modules/workflows/ is not in the checkout')
    expect(result.evidence.checks!.map((c) => c.status)).toEqual(['fail', 'pass'])
  })

  it('caps long lists of matches', async () => {
    const result = (
      await runSourceLayer({ features: [feature('docs', ['docs/*.md'])], tree: new ListTree(TRACKED) })
    ).get('docs')!
    expect(result.evidence.checks![0]!.observed).toBe(
      '20 paths: docs/page00.md, docs/page01.md, docs/page02.md, docs/page03.md, docs/page04.md and 15 more'
    )
    expect(result.evidence.summary).toMatch(/^docs\/\*\.md is in the checkout \(20 paths: /)
  })

  it('skips a feature without source paths; a tree that cannot be read is an error, not a pass', async () => {
    const tree = new ListTree(TRACKED)
    const results = await runSourceLayer({
      features: [feature('none', []), feature('broken', ['explode/', 'dashboard/src/pages/*.tsx'])],
      tree
    })
    expect(results.get('none')).toMatchObject({ status: 'skip', evidence: { summary: 'no source paths configured' } })
    const broken = results.get('broken')!
    expect(broken.status).toBe('error')
    expect(broken.evidence.summary).toBe('explode/: could not read the checkout: git ls-files failed')
  })

  it('matches a pattern shared by features once', async () => {
    const tree = new ListTree(TRACKED)
    await runSourceLayer({
      features: [feature('a', ['dashboard/src/pages/*.tsx']), feature('b', ['dashboard/src/pages/*.tsx'])],
      tree
    })
    expect(tree.asked).toEqual(['dashboard/src/pages/*.tsx'])
  })
})
