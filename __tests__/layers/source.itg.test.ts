import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { LocalRunner } from '../../src/adapters/exec.js'
import { GitSourceTree } from '../../src/adapters/git.js'
import type { FeatureConfig } from '../../src/core/config.js'
import { runSourceLayer } from '../../src/layers/source.js'

const feature = (name: string, source: string[]): FeatureConfig => ({
  name,
  source,
  artifact: {},
  routes: [],
  auth: []
})

describe('source layer on a real git checkout', () => {
  let repo: string

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'driftcheck-source-'))
    const write = async (file: string) => {
      await mkdir(dirname(join(repo, file)), { recursive: true })
      await writeFile(join(repo, file), 'x')
    }
    await execa('git', ['init', '-q'], { cwd: repo })
    await write('backend/src/modules/workflow/index.ts')
    await write('dashboard/src/pages/Workflow.tsx')
    await execa('git', ['add', '.'], { cwd: repo })
    await execa('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init'], {
      cwd: repo
    })
    await write('backend/src/modules/billing/index.ts') // untracked
  })
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
  })

  it('tracked paths pass; an untracked folder that exists on disk fails', async () => {
    const results = await runSourceLayer({
      features: [
        feature('workflow', ['backend/src/modules/workflow/', 'dashboard/src/pages/Workflow.tsx']),
        feature('billing', ['backend/src/modules/billing/'])
      ],
      tree: new GitSourceTree(repo, new LocalRunner())
    })
    expect(results.get('workflow')).toMatchObject({ layer: 'source', status: 'pass' })
    expect(results.get('billing')).toMatchObject({
      status: 'fail',
      evidence: { summary: 'backend/src/modules/billing/ is not in the checkout' }
    })
  })
})
