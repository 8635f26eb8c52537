/**
 * The GitHub reports against the REST stand-in (every request validated against GitHub's OpenAPI description).
 * In-process: the adapter and `publishGitHubReports` with a fixed result; the spawned phases are in phases.itg.test.ts.
 */
import { describe, it, expect, beforeAll, afterAll, afterEach } from '@jest/globals'
import { publishGitHubReports, type GitHubReport } from '../../src/action/github-reports.js'
import type { GitHubRunContext } from '../../src/action/context.js'
import { outcomeOf } from '../../src/action/outcome.js'
import {
  createGitHubClient,
  publishCheckRun,
  setCommitStatus,
  updateReleaseNotes,
  upsertStickyComment,
  SECTION_END,
  SECTION_START,
  type Annotation
} from '../../src/adapters/github.js'
import type { Logger } from '../../src/core/ports.js'
import { Redactor } from '../../src/core/redact.js'
import type { RunResult } from '../../src/core/model.js'
import { GitHubStandin } from '../helpers/github-standin.js'

// Octokit's throttling spaces writes a second apart (3 s for ones that notify), as GitHub asks: these tests are slow.
const TIMEOUT = 60_000
const TOKEN = 'ghp_standinTOKEN0123456789'
const HEAD = 'a'.repeat(40)
const MERGE = 'b'.repeat(40)

let standin: GitHubStandin
beforeAll(async () => {
  standin = await new GitHubStandin().start()
})
afterAll(async () => standin.stop())
afterEach(() => {
  // A request GitHub would refuse fails the test that made it.
  expect(standin.problems).toEqual([])
  standin.resetLog()
  standin.options = {}
})

const client = () => createGitHubClient({ token: TOKEN, baseUrl: standin.url, retryAfterBaseValue: 10 })
const where = { owner: 'acme', repo: 'shop' }

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = []
  return { warnings, debug() {}, info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) }
}

const result: RunResult = {
  version: 1,
  verdict: 'fail',
  revision: HEAD,
  startedAt: '2024-01-01T00:00:00Z',
  durationMs: 5,
  services: [],
  features: [
    {
      name: 'workflow',
      verdict: 'route-missing',
      faultLine: 'route',
      layers: [
        { layer: 'route', status: 'fail', evidence: { summary: 'GET /api/workflows answered 404' }, durationMs: 3 }
      ],
      source: ['backend/workflow.ts']
    }
  ]
}

function report(context: Partial<GitHubRunContext>, logger: Logger, secret = 'api-secret-value'): GitHubReport {
  return {
    settings: { comment: true, checkRun: true, commitStatus: true, statusContext: 'driftcheck' },
    context: {
      eventName: 'pull_request',
      ...where,
      sha: MERGE,
      pullNumber: null,
      pullHeadSha: null,
      releaseId: null,
      apiUrl: standin.url,
      runUrl: 'https://github.com/acme/shop/actions/runs/1',
      workspace: '/w',
      ...context
    },
    outcome: outcomeOf(result, []),
    // The report text carries a secret that must never leave: the redactor hides it.
    markdown: (max) => `## driftcheck\n\nworkflow: route-missing (token ${secret})\n`.slice(0, max),
    annotations: [
      {
        path: 'backend/workflow.ts',
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        message: `404 with ${secret}`
      }
    ],
    marker: '<!-- driftcheck:comment test -->',
    redactor: new Redactor([secret, TOKEN]),
    logger
  }
}

describe('sticky PR comment', () => {
  it(
    'two runs leave one comment, updated in place, found across pages; a marker pasted by someone else is left alone',
    async () => {
      standin.options = { maxPerPage: 2 }
      const marker = '<!-- driftcheck:comment one -->'
      for (let i = 0; i < 3; i++) standin.addComment(11, `chatter ${i}`, 'someone')
      standin.addComment(11, `${marker}\nforged by a person`, 'mallory')
      const octokit = client()
      const login = 'driftcheck-bot'
      const first = await upsertStickyComment(octokit, { ...where, issueNumber: 11, marker, login, body: 'run 1' })
      const second = await upsertStickyComment(octokit, { ...where, issueNumber: 11, marker, login, body: 'run 2' })
      expect([first.action, second.action]).toEqual(['created', 'updated'])
      expect(second.id).toBe(first.id)
      const ours = standin.comments.get(11)!.filter((c) => c.user.login === login)
      expect(ours.map((c) => c.body)).toEqual([`${marker}\nrun 2`])
      expect(standin.comments.get(11)!.find((c) => c.user.login === 'mallory')!.body).toContain('forged')
      const listed = standin.requests.filter((r) => r.method === 'GET' && r.template?.endsWith('/comments'))
      expect(listed.some((r) => r.query.page === '3')).toBe(true) // it read every page before deciding
    },
    TIMEOUT
  )

  it(
    'with GITHUB_TOKEN (GET /user refused) it writes and finds comments as github-actions[bot]',
    async () => {
      standin.options = { installationToken: true }
      const logger = recordingLogger()
      const r = report({ pullNumber: 12, pullHeadSha: HEAD }, logger)
      r.settings = { ...r.settings, checkRun: false, commitStatus: false }
      const first = await publishGitHubReports(client(), r)
      const second = await publishGitHubReports(client(), r)
      expect(logger.warnings).toEqual([])
      expect(first.commentUrl).toMatch(/#issuecomment-\d+$/)
      expect(second.commentUrl).toBe(first.commentUrl)
      expect(standin.comments.get(12)!.map((c) => c.user.login)).toEqual(['github-actions[bot]'])
    },
    TIMEOUT
  )
})

describe('check run', () => {
  it(
    'sends 120 annotations in 3 requests of at most 50, all on one run',
    async () => {
      const annotations: Annotation[] = Array.from({ length: 120 }, (_, i) => ({
        path: `src/f${i}.ts`,
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        message: `feature ${i}`
      }))
      await publishCheckRun(client(), {
        ...where,
        name: 'driftcheck',
        headSha: HEAD,
        conclusion: 'failure',
        title: 'drift',
        summary: 's',
        annotations
      })
      const calls = standin.requests.filter((r) => r.template?.includes('check-runs'))
      expect(calls.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH'])
      const sizes = calls.map(
        (r) => ((r.body as { output: { annotations: unknown[] } }).output.annotations ?? []).length
      )
      expect(sizes).toEqual([50, 50, 20])
      expect(standin.checkRuns.at(-1)!.annotations).toHaveLength(120)
    },
    TIMEOUT
  )
})

describe('commit status', () => {
  it(
    'goes on the PR head commit from the payload, never on the merge commit GITHUB_SHA names',
    async () => {
      const r = report({ pullNumber: 3, pullHeadSha: HEAD }, recordingLogger())
      r.settings = { ...r.settings, checkRun: false, comment: false }
      await publishGitHubReports(client(), r)
      expect(standin.statuses.at(-1)).toMatchObject({ sha: HEAD, state: 'failure', context: 'driftcheck' })
      expect(standin.statuses.some((s) => s.sha === MERGE)).toBe(false)
    },
    TIMEOUT
  )

  it(
    'asks GitHub for the head when the event names the PR but not its head (a comment on the PR)',
    async () => {
      standin.addPull(4, 'c'.repeat(40))
      const r = report({ eventName: 'issue_comment', pullNumber: 4, pullHeadSha: null }, recordingLogger())
      r.settings = { ...r.settings, checkRun: false, comment: false }
      await publishGitHubReports(client(), r)
      expect(standin.requests.map((q) => `${q.method} ${q.template}`)).toContain(
        'GET /repos/{owner}/{repo}/pulls/{pull_number}'
      )
      expect(standin.statuses.at(-1)!.sha).toBe('c'.repeat(40))
    },
    TIMEOUT
  )

  it(
    'retries a 502, and does not retry a 422',
    async () => {
      standin.failures.push({ method: 'POST', pathIncludes: '/statuses/', status: 502 })
      await setCommitStatus(client(), { ...where, sha: HEAD, state: 'success', context: 'x', description: 'ok' })
      expect(standin.requests.filter((r) => r.path.includes('/statuses/'))).toHaveLength(2)
      standin.resetLog()
      standin.failures.push({ method: 'POST', pathIncludes: '/statuses/', status: 422 })
      await expect(
        setCommitStatus(client(), { ...where, sha: HEAD, state: 'success', context: 'x', description: 'ok' })
      ).rejects.toMatchObject({ status: 422 })
      expect(standin.requests.filter((r) => r.path.includes('/statuses/'))).toHaveLength(1)
    },
    TIMEOUT
  )
})

describe('release notes', () => {
  it(
    'the section between the markers is replaced on a rerun, never appended, the rest kept',
    async () => {
      standin.addRelease(77, '## What changed\n- checkout flow')
      await updateReleaseNotes(client(), { ...where, releaseId: 77 }, 'run 1')
      standin.releases.get(77)!.body += '\n\nEdited by a human afterwards.'
      await updateReleaseNotes(client(), { ...where, releaseId: 77 }, 'run 2')
      const body = standin.releases.get(77)!.body
      expect(body).toBe(
        `## What changed\n- checkout flow\n\n${SECTION_START}\nrun 2\n${SECTION_END}\n\nEdited by a human afterwards.`
      )
    },
    TIMEOUT
  )
})

describe('a token that may not write (fork PR)', () => {
  it(
    'every report degrades to one warning each, nothing throws, nothing is retried',
    async () => {
      standin.options = { readOnly: true }
      standin.addRelease(78, 'notes')
      const logger = recordingLogger()
      const out = await publishGitHubReports(
        client(),
        report({ pullNumber: 5, pullHeadSha: HEAD, releaseId: 78 }, logger)
      )
      expect(out.commentUrl).toBe('')
      expect(logger.warnings).toHaveLength(4)
      for (const w of logger.warnings) {
        expect(w).toMatch(/the token may not \(403 Resource not accessible by integration/)
        expect(w).toContain('The job summary has the report.')
      }
      const writes = standin.requests.filter((r) => r.method !== 'GET')
      expect(writes.map((r) => r.template)).toEqual([
        '/repos/{owner}/{repo}/statuses/{sha}',
        '/repos/{owner}/{repo}/check-runs',
        '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        '/repos/{owner}/{repo}/releases/{release_id}'
      ])
    },
    TIMEOUT
  )
})

describe('secrets', () => {
  it(
    'no secret of the report reaches a request body; the token only travels in the Authorization header',
    async () => {
      standin.addRelease(79, 'notes')
      const secret = 'api-secret-value'
      await publishGitHubReports(
        client(),
        report({ pullNumber: 6, pullHeadSha: HEAD, releaseId: 79 }, recordingLogger(), secret)
      )
      const sent = standin.everythingSent()
      expect(sent).toContain('token ***') // the report text made it, redacted
      expect(sent).not.toContain(secret)
      expect(sent).not.toContain(TOKEN)
      expect(standin.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    },
    TIMEOUT
  )
})

describe('the stand-in itself', () => {
  it(
    'flags what GitHub would refuse: a body off the schema, an operation GitHub does not have',
    async () => {
      const octokit = client()
      await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
        ...where,
        sha: HEAD,
        state: 'green'
      } as never)
      await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
        ...where,
        name: 'x',
        head_sha: HEAD,
        output: {
          title: 't',
          summary: 's',
          annotations: [{ path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'error', message: 'm' }]
        }
      } as never)
      await octokit.request('GET /repos/{owner}/{repo}/sticky-comments', where).catch(() => undefined)
      expect(standin.problems).toEqual([
        expect.stringMatching(
          /^POST \/repos\/\{owner\}\/\{repo\}\/statuses\/\{sha\}: body is invalid: \/state must be equal to one of the allowed values/
        ),
        expect.stringMatching(/^POST \/repos\/\{owner\}\/\{repo\}\/check-runs: body is invalid: .*annotation_level/),
        'GET /repos/acme/shop/sticky-comments: GitHub has no such operation'
      ])
      standin.problems.length = 0
    },
    TIMEOUT
  )
})
