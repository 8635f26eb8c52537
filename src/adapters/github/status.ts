import { clipText } from '../../core/redact.js'
import type { GitHubClient } from './client.js'

/** The status description is cut by GitHub at 140 characters. */
export const STATUS_DESCRIPTION_MAX_LENGTH = 140

export interface CommitStatus {
  owner: string
  repo: string
  /** The commit the status belongs to: for a PR, its head commit (branch protection looks there), never the merge commit. */
  sha: string
  state: 'success' | 'failure' | 'error' | 'pending'
  /** Stable name that branch protection can require. */
  context: string
  description: string
  targetUrl?: string
}

export async function setCommitStatus(octokit: GitHubClient, status: CommitStatus): Promise<void> {
  await octokit.rest.repos.createCommitStatus({
    owner: status.owner,
    repo: status.repo,
    sha: status.sha,
    state: status.state,
    context: status.context,
    description: clipText(status.description, STATUS_DESCRIPTION_MAX_LENGTH),
    ...(status.targetUrl ? { target_url: status.targetUrl } : {})
  })
}
