/**
 * The drift watch issue against the REST stand-in (every request validated against GitHub's OpenAPI description), in
 * process with pinned times; the spawned steps on schedule / workflow_dispatch events are in phases.itg.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import type { GitHubRunContext } from '../../src/action/context.js'
import { keepWatchIssue, type WatchIssueRun } from '../../src/action/github-watch.js'
import type { Outcome } from '../../src/action/outcome.js'
import { createGitHubClient } from '../../src/adapters/github.js'
import type { Logger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import { GitHubStandin } from '../helpers/github-standin.js'

const TIMEOUT = 60_000
const TOKEN = 'ghp_standinWATCH0123456789'
const MARKER = '<!-- driftcheck:watch test -->'
const SECRET = 'sk-watch-secret'

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

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const push = (m: string) => lines.push(m)
  return { lines, debug() {}, info: push, warn: push, error: push }
}
const drift = (feature: string): Outcome => ({
  verdict: 'fail',
  drifted: true,
  faultLines: [{ feature, verdict: 'route-missing', faultLine: 'route', explanation: '404' }]
})
const pass: Outcome = { verdict: 'pass', drifted: false, faultLines: [] }

function watchRun(outcome: Outcome, now: string, logger: Logger): WatchIssueRun {
  const context: GitHubRunContext = {
    eventName: 'schedule',
    owner: 'acme',
    repo: 'shop',
    sha: 'd'.repeat(40),
    pullNumber: null,
    pullHeadSha: null,
    releaseId: null,
    apiUrl: standin.url,
    runUrl: 'https://github.com/acme/shop/actions/runs/9',
    workspace: '/w'
  }
  return {
    context,
    failOn: 'error',
    outcome,
    label: 'driftcheck.yml',
    marker: MARKER,
    markdown: (max) => `## report (token ${SECRET})\n`.slice(0, max),
    redactor: new Redactor([SECRET, TOKEN]),
    logger,
    now
  }
}

describe('the watch issue', () => {
  it(
    'found across pages by marker and author: a forged issue and a PR with the marker are never taken over',
    async () => {
      // The personal token writes as this login; the issue list is filtered by creator.
      standin.options = { maxPerPage: 2, login: 'driftcheck-bot' }
      for (let i = 0; i < 3; i++) standin.addIssue(`bug ${i}`, 'chatter', 'driftcheck-bot')
      const forged = standin.addIssue('forged', `${MARKER}\nby a person`, 'mallory')
      const pr = standin.addIssue('a PR', `${MARKER}\nour PR`, 'driftcheck-bot', true)
      const client = createGitHubClient({ token: TOKEN, baseUrl: standin.url, retryAfterBaseValue: 10 })
      const logger = recordingLogger()

      await keepWatchIssue(client, watchRun(drift('billing'), '2026-03-01T08:00:00.000Z', logger))
      const ours = [...standin.issues.values()].filter((i) => i.title.startsWith('driftcheck:'))
      expect(ours).toHaveLength(1)
      const issue = ours[0]!
      expect(issue.body.startsWith(`${MARKER}\n`)).toBe(true)

      await keepWatchIssue(client, watchRun(drift('search'), '2026-03-01T09:30:00.000Z', logger))
      expect(issue.edits).toHaveLength(1)
      expect(issue.body).toContain('**Drifting for 90 min** — since 2026-03-01T08:00:00.000Z, 2 failing runs')
      expect(issue.body).toContain('**Since the last run:** newly failing search; passing again billing.')
      // The list was paged (2 per page) and asked GitHub for the token's own issues only.
      const lists = standin.requests.filter((r) => r.method === 'GET' && r.template === '/repos/{owner}/{repo}/issues')
      expect(lists.length).toBeGreaterThan(2)
      expect(lists.every((r) => r.query.creator === 'driftcheck-bot' && r.query.state === 'open')).toBe(true)

      await keepWatchIssue(client, watchRun(pass, '2026-03-01T10:00:00.000Z', logger))
      expect(issue.state).toBe('closed')
      expect(standin.comments.get(issue.number)!.map((c) => c.body)).toEqual([
        'driftcheck passes again after 120 min (2 failing runs): every feature lines up on all checked layers — ' +
          '[the run](https://github.com/acme/shop/actions/runs/9).'
      ])
      expect([forged.state, forged.body, pr.state, pr.body]).toEqual([
        'open',
        `${MARKER}\nby a person`,
        'open',
        `${MARKER}\nour PR`
      ])
      expect(standin.everythingSent()).not.toContain(SECRET)
      expect(logger.lines.filter((l) => l.includes('could not'))).toEqual([])

      // Drifting again later: a new issue (the closed one stays closed), a new stretch.
      await keepWatchIssue(client, watchRun(drift('billing'), '2026-03-02T08:00:00.000Z', logger))
      const open = [...standin.issues.values()].filter((i) => i.title.startsWith('driftcheck:') && i.state === 'open')
      expect(open).toHaveLength(1)
      expect(open[0]!.number).not.toBe(issue.number)
      expect(open[0]!.body).toContain('since 2026-03-02T08:00:00.000Z, 1 failing run')
    },
    TIMEOUT
  )
})
