import type { GitHubClient } from './client.js'

/** GitHub rejects issue comments longer than this (characters). */
export const COMMENT_MAX_LENGTH = 65_536

export interface StickyComment {
  owner: string
  repo: string
  issueNumber: number
  /** A hidden HTML comment that names this config's comment (`<!-- driftcheck:comment … -->`). */
  marker: string
  /** Who the token writes as: only a comment by this login is ever updated. */
  login: string
  body: string
}

export interface CommentOutcome {
  action: 'created' | 'updated'
  id: number
  url: string
}

/**
 * One comment per PR and config, updated in place: the first comment (oldest first, all pages) that carries the marker
 * and was written by the token's own identity is updated; otherwise a new one is created. A marker pasted by someone
 * else is never taken over.
 */
export async function upsertStickyComment(octokit: GitHubClient, comment: StickyComment): Promise<CommentOutcome> {
  const { owner, repo, issueNumber, marker, login } = comment
  const body = `${marker}\n${comment.body}`
  const existing = await findComment(octokit, { owner, repo, issueNumber, marker, login })
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })
  return { action: 'created', id: data.id, url: data.html_url }
}

async function findComment(octokit: GitHubClient, where: Omit<StickyComment, 'body'>): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: where.owner,
    repo: where.repo,
    issue_number: where.issueNumber,
    per_page: 100
  })
  for await (const { data } of pages) {
    const ours = data.find((c) => c.user?.login === where.login && (c.body ?? '').startsWith(where.marker))
    if (ours) return ours.id
  }
  return undefined
}
