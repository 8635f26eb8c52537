import type { GitHubClient } from './client.js'

export const SECTION_START = '<!-- driftcheck:start -->'
export const SECTION_END = '<!-- driftcheck:end -->'
/** GitHub rejects release bodies longer than this (characters). */
export const RELEASE_BODY_MAX_LENGTH = 125_000

/**
 * The release notes with driftcheck's section replaced: the text between the first start marker and the next end marker
 * (markers included) gives way to the new section; without markers the section is appended. Everything else stays byte for byte.
 */
export function replaceSection(body: string, section: string): string {
  const block = `${SECTION_START}\n${section.trim()}\n${SECTION_END}`
  const start = body.indexOf(SECTION_START)
  const end = start < 0 ? -1 : body.indexOf(SECTION_END, start + SECTION_START.length)
  if (start >= 0 && end >= 0) return body.slice(0, start) + block + body.slice(end + SECTION_END.length)
  if (!body.trim()) return block
  return `${body.replace(/\s+$/, '')}\n\n${block}`
}

/** Reads the release fresh (the event payload may be stale on a rerun) and writes the notes with the section replaced. */
export async function updateReleaseNotes(
  octokit: GitHubClient,
  where: { owner: string; repo: string; releaseId: number },
  section: string
): Promise<{ url: string }> {
  const { owner, repo, releaseId } = where
  const { data: release } = await octokit.rest.repos.getRelease({ owner, repo, release_id: releaseId })
  const body = replaceSection(release.body ?? '', section)
  const { data } = await octokit.rest.repos.updateRelease({ owner, repo, release_id: releaseId, body })
  return { url: data.html_url }
}
