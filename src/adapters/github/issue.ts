import type { GitHubClient } from './client.js'

/** GitHub rejects issue bodies longer than this (characters). */
export const ISSUE_BODY_MAX_LENGTH = 65_536

export interface WatchIssueWhere {
  owner: string
  repo: string
  /** A hidden HTML comment that names this config's issue (`<!-- driftcheck:watch … -->`), the body's first line. */
  marker: string
  /** Who the token writes as: only an issue opened by this login is ever taken up. */
  login: string
}

export interface FoundIssue {
  number: number
  body: string
  url: string
}

/**
 * The open issue this config's watch keeps: opened by the token's own identity and starting with the marker (oldest
 * first, all pages). Pull requests are issues to the API too: skipped. A marker pasted by someone else is never taken over.
 */
export async function findWatchIssue(octokit: GitHubClient, where: WatchIssueWhere): Promise<FoundIssue | null> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: where.owner,
    repo: where.repo,
    state: 'open',
    creator: where.login,
    sort: 'created',
    direction: 'asc',
    per_page: 100
  })
  for await (const { data } of pages) {
    const ours = data.find(
      (i) => !i.pull_request && i.user?.login === where.login && (i.body ?? '').startsWith(where.marker)
    )
    if (ours) return { number: ours.number, body: ours.body ?? '', url: ours.html_url }
  }
  return null
}

export async function openIssue(
  octokit: GitHubClient,
  where: { owner: string; repo: string },
  issue: { title: string; body: string; labels: string[] }
): Promise<FoundIssue> {
  const { data } = await octokit.rest.issues.create({ ...where, ...issue })
  return { number: data.number, body: data.body ?? '', url: data.html_url }
}

export async function updateIssue(
  octokit: GitHubClient,
  where: { owner: string; repo: string; number: number },
  issue: { title: string; body: string }
): Promise<void> {
  await octokit.rest.issues.update({ owner: where.owner, repo: where.repo, issue_number: where.number, ...issue })
}

/** Says why in a comment, then closes the issue as completed. */
export async function closeIssue(
  octokit: GitHubClient,
  where: { owner: string; repo: string; number: number },
  comment: string
): Promise<void> {
  const { owner, repo, number } = where
  await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: comment })
  await octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' })
}
