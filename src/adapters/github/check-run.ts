import type { GitHubClient } from './client.js'

/** The Checks API takes at most 50 annotations per request; more go in follow-up updates of the same run. */
export const ANNOTATIONS_PER_REQUEST = 50
/** `output.summary` / `output.text` limit (characters). */
export const CHECK_SUMMARY_MAX_LENGTH = 65_535

export interface Annotation {
  path: string
  start_line: number
  end_line: number
  annotation_level: 'notice' | 'warning' | 'failure'
  message: string
  title?: string
}

export interface CheckRunReport {
  owner: string
  repo: string
  name: string
  headSha: string
  conclusion: 'success' | 'failure' | 'neutral' | 'action_required'
  title: string
  summary: string
  annotations: Annotation[]
  detailsUrl?: string
}

/** Creates a completed check run carrying the first 50 annotations, then adds the rest 50 per update. Returns its URL. */
export async function publishCheckRun(
  octokit: GitHubClient,
  report: CheckRunReport
): Promise<{ id: number; url: string }> {
  const { owner, repo, title, summary } = report
  const batches = chunk(report.annotations, ANNOTATIONS_PER_REQUEST)
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: report.name,
    head_sha: report.headSha,
    status: 'completed',
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    ...(report.detailsUrl ? { details_url: report.detailsUrl } : {}),
    output: { title, summary, ...(batches[0] ? { annotations: batches[0] } : {}) }
  })
  for (const annotations of batches.slice(1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: { title, summary, annotations } })
  }
  return { id: data.id, url: data.html_url ?? '' }
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
