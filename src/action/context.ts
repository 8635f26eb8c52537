import type { context as actionsContextValue } from '@actions/github'
import { UsageError } from '../core/errors.js'

/** @actions/github's context: the runner's variables and the event payload, read when its module loads. */
export type ActionsContext = typeof actionsContextValue

/** The parts of the workflow run the reports need. */
export interface GitHubRunContext {
  eventName: string
  owner: string
  repo: string
  /** `GITHUB_SHA`: for `pull_request` the merge commit, which is NOT where a PR's status belongs. */
  sha: string
  /** The PR number, for PR events (and comments on PRs). */
  pullNumber: number | null
  /** The PR's head commit from the payload; null when the event does not carry it (then ask the API). */
  pullHeadSha: string | null
  /** The release id on `release` events. */
  releaseId: number | null
  apiUrl: string
  /** This workflow run's page, for the status's and check run's link. */
  runUrl: string | undefined
  workspace: string
}

/**
 * Loads @actions/github for its context. Only the report step calls this: the module brings the Octokit stack with it.
 * The context parses the event payload as the module loads; a payload that is not JSON is one line, not a traceback.
 */
export async function actionsContext(): Promise<ActionsContext> {
  try {
    return (await import('@actions/github')).context
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error
    throw new UsageError('Invalid event payload (GITHUB_EVENT_PATH). Expected the JSON file the runner writes.')
  }
}

export function readRunContext(context: ActionsContext, workspace: string): GitHubRunContext {
  const { owner, repo } = repoOf(context)
  const payload = context.payload
  const pr = payload.pull_request
  const commentedPr = payload.issue?.pull_request ? payload.issue.number : undefined
  return {
    eventName: context.eventName ?? '',
    owner,
    repo,
    sha: context.sha ?? '',
    pullNumber: pr?.number ?? commentedPr ?? null,
    pullHeadSha: pr?.head?.sha ?? null,
    releaseId: context.eventName === 'release' ? (payload.release?.id ?? null) : null,
    apiUrl: context.apiUrl,
    runUrl:
      Number.isInteger(context.runId) && owner
        ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
        : undefined,
    workspace
  }
}

/** The repository, or empty names when the runner says none (`context.repo` throws then). */
function repoOf(context: ActionsContext): { owner: string; repo: string } {
  try {
    return context.repo
  } catch {
    return { owner: '', repo: '' }
  }
}
