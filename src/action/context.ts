import { readFileSync } from 'node:fs'
import { UsageError } from '../core/errors.js'

/** The parts of the workflow run the reports need, read from the runner's environment and the event payload. */
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

type Env = Record<string, string | undefined>

interface EventPayload {
  pull_request?: { number?: number; head?: { sha?: string } }
  issue?: { number?: number; pull_request?: unknown }
  release?: { id?: number }
}

export function readRunContext(env: Env = process.env): GitHubRunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = payload.pull_request
  const commentedPr = payload.issue?.pull_request ? payload.issue.number : undefined
  const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com'
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    pullNumber: pr?.number ?? commentedPr ?? null,
    pullHeadSha: pr?.head?.sha ?? null,
    releaseId: env.GITHUB_EVENT_NAME === 'release' ? (payload.release?.id ?? null) : null,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    runUrl: env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    workspace: env.GITHUB_WORKSPACE || process.cwd()
  }
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {}
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    return {}
  }
  try {
    return JSON.parse(text) as EventPayload
  } catch {
    throw new UsageError(
      `Invalid event payload '${path}'. Expected the JSON file the runner writes (GITHUB_EVENT_PATH).`
    )
  }
}
