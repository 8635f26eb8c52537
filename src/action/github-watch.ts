import {
  closeIssue,
  findWatchIssue,
  ISSUE_BODY_MAX_LENGTH,
  openIssue,
  tokenLogin,
  updateIssue,
  type GitHubClient
} from '../adapters/github.js'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'
import type { GitHubRunContext } from './context.js'
import { attempt } from './github-reports.js'
import type { ActionSettings } from './inputs.js'
import type { Outcome } from './outcome.js'
import { closingComment, readWatchState, WATCH_EVENTS, watchAction, watchIssueText } from './watch-issue.js'

/** The label the watch issue carries (GitHub creates it on first use). */
export const WATCH_LABEL = 'driftcheck'

export interface WatchIssueRun {
  context: GitHubRunContext
  failOn: ActionSettings['failOn']
  outcome: Outcome
  label: string
  /** The hidden marker, the body's first line: finds this config's issue again. */
  marker: string
  markdown(maxLength: number): string
  redactor: Redactor
  logger: Logger
  /** The run's time (tests pin it); now by default. */
  now?: string
}

/**
 * On a scheduled or dispatched run: one issue per config, opened when production drifts, updated in place while it does,
 * closed with a comment when a run passes. A run that could not check touches it only when `fail-on: error` says so.
 */
export async function keepWatchIssue(client: GitHubClient, run: WatchIssueRun): Promise<void> {
  const { context, logger } = run
  if (!(WATCH_EVENTS as readonly string[]).includes(context.eventName)) {
    return logger.info(`issue: true watches on ${WATCH_EVENTS.join(' / ')}; this run is '${context.eventName}'`)
  }
  const action = watchAction(run.outcome, run.failOn)
  if (action === 'leave') {
    return logger.info(`driftcheck could not check; the watch issue is left as it is (fail-on: ${run.failOn})`)
  }
  await attempt('watch issue', 'issues: write', logger, async () => {
    const where = { owner: context.owner, repo: context.repo }
    const login = await tokenLogin(client)
    const found = await findWatchIssue(client, { ...where, marker: run.marker, login })
    const previous = found ? readWatchState(found.body) : null
    const now = run.now ?? new Date().toISOString()
    if (action === 'close') {
      if (!found) return logger.info('driftcheck passes; no watch issue is open')
      await closeIssue(client, { ...where, number: found.number }, closingComment(previous, now, context.runUrl))
      return logger.info(`driftcheck closed the watch issue ${found.url}`)
    }
    const text = watchIssueText(
      previous,
      { ...run, now, runUrl: context.runUrl },
      ISSUE_BODY_MAX_LENGTH - run.marker.length - 1
    )
    const body = `${run.marker}\n${run.redactor.redact(text.body)}`
    const title = run.redactor.redact(text.title)
    if (found) {
      await updateIssue(client, { ...where, number: found.number }, { title, body })
      return logger.info(`driftcheck updated the watch issue ${found.url} (failing run ${text.state.runs})`)
    }
    const opened = await openIssue(client, where, { title, body, labels: [WATCH_LABEL] })
    logger.info(`driftcheck opened the watch issue ${opened.url}`)
  })
}
