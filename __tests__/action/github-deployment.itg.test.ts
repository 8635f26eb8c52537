/**
 * The GitHub deployment the deploy and report steps keep, against the REST stand-in (every request validated against
 * GitHub's OpenAPI description). In-process; the whole composite action with a real deploy is in pipeline.itg.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import type { GitHubRunContext } from '../../src/action/context.js'
import { finishDeployment, startDeployment } from '../../src/action/github-deployment.js'
import type { Outcome } from '../../src/action/outcome.js'
import { createGitHubClient } from '../../src/adapters/github.js'
import type { Logger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { GitHubStandin } from '../helpers/github-standin.js'

const TIMEOUT = 60_000
const TOKEN = 'ghp_standinDEPLOY0123456789'
const SHA = 'c'.repeat(40)
const RUN_URL = 'https://github.com/acme/shop/actions/runs/5'

let standin: GitHubStandin
beforeAll(async () => {
  standin = await new GitHubStandin().start()
})
afterAll(async () => standin.stop())
afterEach(() => {
  expect(standin.problems).toEqual([])
  standin.resetLog()
  standin.options = {}
})

const client = () => createGitHubClient({ token: TOKEN, baseUrl: standin.url, retryAfterBaseValue: 10 })
function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, debug() {}, info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) }
}
const context = (): GitHubRunContext => ({
  eventName: 'push',
  owner: 'acme',
  repo: 'shop',
  sha: SHA,
  pullNumber: null,
  pullHeadSha: null,
  releaseId: null,
  apiUrl: standin.url,
  runUrl: RUN_URL,
  workspace: '/w'
})
const settings = { environment: 'production', environmentUrl: 'https://shop.example.com' }
const outcomes: Record<string, Outcome> = {
  pass: { verdict: 'pass', drifted: false, faultLines: [] },
  fail: {
    verdict: 'fail',
    drifted: true,
    faultLines: [{ feature: 'billing', verdict: 'route-missing', faultLine: 'route', explanation: 'x' }]
  },
  error: { verdict: 'error', drifted: false, faultLines: [] }
}

describe('the GitHub deployment', () => {
  it.each([
    ['pass', 'success'],
    ['fail', 'failure'],
    ['error', 'error']
  ])(
    'in_progress before the deploy ships, then the verdict %s makes it %s, with the run and the environment linked',
    async (verdict, state) => {
      const logger = recordingLogger()
      const octokit = client()
      const started = await startDeployment(octokit, { context: context(), settings, logger })
      expect(started).toEqual({ id: expect.any(Number) })
      const deployment = standin.deployments.find((d) => d.id === started!.id)!
      expect(deployment).toMatchObject({ ref: SHA, environment: 'production' })
      expect(deployment.statuses.map((s) => s.state)).toEqual(['in_progress'])
      await finishDeployment(octokit, {
        context: context(),
        settings,
        deployment: started!,
        outcome: outcomes[verdict]!,
        redactor: new Redactor([TOKEN]),
        logger
      })
      expect(deployment.statuses.map((s) => [s.state, s.log_url, s.environment_url])).toEqual([
        ['in_progress', RUN_URL, 'https://shop.example.com'],
        [state, RUN_URL, 'https://shop.example.com']
      ])
      const create = standin.requests.find((r) => r.template === '/repos/{owner}/{repo}/deployments')!
      // The verification decides, not the commit's other statuses; GitHub must not merge anything first.
      expect(create.body).toMatchObject({ required_contexts: [], auto_merge: false })
      expect(logger.warnings).toEqual([])
      expect(standin.everythingSent()).not.toContain(TOKEN)
    },
    TIMEOUT
  )

  it(
    'a token without deployments: write: one warning naming the permission, no id handed on',
    async () => {
      standin.options = { forbidden: ['/deployments'] }
      const logger = recordingLogger()
      const started = await startDeployment(client(), { context: context(), settings, logger })
      expect(started).toBeUndefined()
      expect(logger.warnings).toEqual([
        expect.stringMatching(
          /^driftcheck could not write the deployment: the token may not \(403 Resource not accessible by integration.*`permissions: deployments: write`/
        )
      ])
    },
    TIMEOUT
  )

  it(
    'a deployment status GitHub refuses at the end is a warning too, never a thrown report step',
    async () => {
      const logger = recordingLogger()
      const octokit = client()
      const started = await startDeployment(octokit, { context: context(), settings, logger })
      standin.options = { forbidden: ['/statuses'] }
      await finishDeployment(octokit, {
        context: context(),
        settings,
        deployment: started!,
        outcome: outcomes.pass!,
        redactor: new Redactor([]),
        logger
      })
      expect(logger.warnings).toEqual([expect.stringContaining('could not write the deployment status')])
      expect(standin.deployments.at(-1)!.statuses.map((s) => s.state)).toEqual(['in_progress'])
    },
    TIMEOUT
  )
})
