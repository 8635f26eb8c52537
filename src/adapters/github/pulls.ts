import type { GitHubClient } from './client.js'

/** The head commit of a PR, for events that name the PR but not its head (an `issue_comment` on a PR). */
export async function getPullRequestHead(
  octokit: GitHubClient,
  where: { owner: string; repo: string; pullNumber: number }
): Promise<string> {
  const { data } = await octokit.rest.pulls.get({ owner: where.owner, repo: where.repo, pull_number: where.pullNumber })
  return data.head.sha
}
