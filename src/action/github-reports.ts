import {
  CHECK_SUMMARY_MAX_LENGTH,
  COMMENT_MAX_LENGTH,
  describeGitHubError,
  getPullRequestHead,
  isPermissionDenied,
  publishCheckRun,
  setCommitStatus,
  tokenLogin,
  updateReleaseNotes,
  upsertStickyComment,
  type Annotation,
  type GitHubClient
} from '../adapters/github.js'
import type { RunVerdict } from '../core/model.js'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'
import type { GitHubRunContext } from './context.js'
import type { ActionSettings } from './inputs.js'
import type { Outcome } from './outcome.js'

/** Room left in a release body for driftcheck's section (GitHub takes 125000 characters in all). */
const RELEASE_SECTION_MAX_LENGTH = 60_000

export interface GitHubReport {
  settings: Pick<ActionSettings, 'comment' | 'checkRun' | 'commitStatus' | 'statusContext'>
  context: GitHubRunContext
  outcome: Outcome
  /** The Markdown report, at most `maxLength` characters. */
  markdown(maxLength: number): string
  annotations: Annotation[]
  /** The hidden marker that finds this config's PR comment again. */
  marker: string
  redactor: Redactor
  logger: Logger
}

const STATUS_STATE: Record<RunVerdict, 'success' | 'failure' | 'error'> = {
  pass: 'success',
  fail: 'failure',
  error: 'error'
}
// `error` is a failure too: a check that could not be checked must never read as green (neutral counts as passing).
const CHECK_CONCLUSION: Record<RunVerdict, 'success' | 'failure'> = {
  pass: 'success',
  fail: 'failure',
  error: 'failure'
}

/**
 * Posts the commit status, the check run, the sticky PR comment and the release section, each on its own: one that the token
 * may not write (a fork's read-only token) or that GitHub refuses becomes a warning, and the others still go out.
 */
export async function publishGitHubReports(
  client: GitHubClient,
  report: GitHubReport
): Promise<{ commentUrl: string }> {
  const { settings, context, outcome, logger } = report
  const owner = context.owner
  const repo = context.repo
  const safe = (text: string) => report.redactor.redact(text)
  let commentUrl = ''
  const description = statusDescription(outcome)
  const headSha = () => resolveHeadSha(client, context)

  await attempt('commit status', 'statuses: write', logger, async () => {
    if (!settings.commitStatus) return
    await setCommitStatus(client, {
      owner,
      repo,
      sha: await headSha(),
      state: STATUS_STATE[outcome.verdict],
      context: settings.statusContext,
      description: safe(description),
      ...(context.runUrl ? { targetUrl: context.runUrl } : {})
    })
  })
  await attempt('check run', 'checks: write', logger, async () => {
    if (!settings.checkRun) return
    await publishCheckRun(client, {
      owner,
      repo,
      name: settings.statusContext,
      headSha: await headSha(),
      conclusion: CHECK_CONCLUSION[outcome.verdict],
      title: safe(description),
      summary: safe(report.markdown(CHECK_SUMMARY_MAX_LENGTH)),
      annotations: report.annotations.map((a) => ({ ...a, message: safe(a.message), title: a.title && safe(a.title) })),
      ...(context.runUrl ? { detailsUrl: context.runUrl } : {})
    })
  })
  await attempt('PR comment', 'pull-requests: write', logger, async () => {
    if (!settings.comment || context.pullNumber === null) return
    const login = await tokenLogin(client)
    const body = safe(report.markdown(COMMENT_MAX_LENGTH - report.marker.length - 1))
    const out = await upsertStickyComment(client, {
      owner,
      repo,
      issueNumber: context.pullNumber,
      marker: report.marker,
      login,
      body
    })
    logger.info(`driftcheck ${out.action} the PR comment ${out.url}`)
    commentUrl = out.url
  })
  await attempt('release notes', 'contents: write', logger, async () => {
    if (context.releaseId === null) return
    const section = safe(report.markdown(RELEASE_SECTION_MAX_LENGTH))
    const out = await updateReleaseNotes(client, { owner, repo, releaseId: context.releaseId }, section)
    logger.info(`driftcheck updated the release notes of ${out.url}`)
  })
  return { commentUrl }
}

/** A PR's status belongs on its head commit (branch protection looks there), not on the merge commit GITHUB_SHA names. */
async function resolveHeadSha(client: GitHubClient, context: GitHubRunContext): Promise<string> {
  if (context.pullHeadSha) return context.pullHeadSha
  if (context.pullNumber !== null) {
    return getPullRequestHead(client, { owner: context.owner, repo: context.repo, pullNumber: context.pullNumber })
  }
  return context.sha
}

export function statusDescription(outcome: Outcome): string {
  const broken = outcome.faultLines.length
  if (outcome.verdict === 'pass') return 'driftcheck: every feature lines up on all checked layers'
  if (outcome.verdict === 'fail') {
    const first = outcome.faultLines.find((f) => f.verdict !== 'error')
    return `driftcheck: ${broken} feature${broken === 1 ? '' : 's'} not lined up${first ? ` — ${first.feature}: ${first.verdict}` : ''}`
  }
  return 'driftcheck: could not check everything (never a pass) — see the run'
}

/** Runs one GitHub write; a refusal becomes a warning naming the permission, never a failed job. */
export async function attempt(
  what: string,
  permission: string,
  logger: Logger,
  body: () => Promise<void>
): Promise<void> {
  try {
    await body()
  } catch (error) {
    const cause = describeGitHubError(error)
    if (isPermissionDenied(error)) {
      logger.warn(
        `driftcheck could not write the ${what}: the token may not (${cause}). Fork PRs get a read-only token; ` +
          `otherwise grant \`permissions: ${permission}\`. The job summary has the report.`
      )
    } else {
      logger.warn(`driftcheck could not write the ${what}: ${cause}. The job summary has the report.`)
    }
  }
}
