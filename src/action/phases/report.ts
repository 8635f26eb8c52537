import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { DriftConfig } from '../../core/config.js'
import { finish, newState } from '../../engine/engine.js'
import type { RunResult } from '../../core/model.js'
import { render } from '../../report/index.js'
import { annotationsFor } from '../annotations.js'
import { openGitHub } from '../github-session.js'
import type { ActionSettings } from '../inputs.js'
import { actionMarkdown } from '../markdown.js'
import { failureReason, outcomeOf, type Outcome } from '../outcome.js'
import { FIRST_PHASE } from '../phase-names.js'
import { commentMarker, configLabel, watchMarker, loadActionConfig, runRecorded, type Session } from '../session.js'
import { removeSshFiles } from '../ssh-files.js'
import { configId, recordError } from '../state.js'
import { messageOf } from '../../core/errors.js'
import { judgeRun } from '../../core/verdict.js'

/** The job summary holds 1 MiB; stay well below. */
const SUMMARY_MAX_LENGTH = 900_000

/**
 * Runs `if: always()`: turns whatever the earlier steps left into the result, writes the job summary, the JSON report and
 * the GitHub reports, sets the outputs, removes the ssh files, and fails the job when `fail-on` says so.
 */
export async function reportPhase(session: Session): Promise<void> {
  try {
    await report(session)
  } finally {
    await removeSshFiles(session.state.ssh)
  }
}

async function report(session: Session): Promise<void> {
  const settings = session.state.settings
  let config: DriftConfig | null = null
  if (settings) {
    await runRecorded('report', session, async () => {
      // The report only names features and files: an unset variable was the error of the step that needed it.
      config = await loadActionConfig(session, [])
    })
  } else if (!session.state.errors.length) {
    // The first step never saved its settings (it did not run, or Node.js was too old): nothing was checked at all.
    const message = `driftcheck's first step ('${FIRST_PHASE}') did not check the inputs and the config; see its log`
    session.state = recordError(session.state, { phase: FIRST_PHASE, message, kind: 'usage' })
  }
  const errors = session.state.errors
  const result = settings && config ? resultOf(session, settings, config, errors.length > 0) : null
  const outcome = outcomeOf(result, errors)

  const title = `driftcheck — ${configLabel(session)}`
  const markdown = (maxLength?: number) =>
    session.redactor.redact(actionMarkdown(result, errors, { title, ...(maxLength ? { maxLength } : {}) }))

  let reportPath = ''
  if (result) {
    reportPath = join(session.temp, `driftcheck-report-${configId(session.configFile)}.json`)
    await writeFile(reportPath, session.redactor.redact(render(result, 'json')))
  }
  await writeSummary(session, markdown(SUMMARY_MAX_LENGTH))

  let commentUrl = ''
  if (settings) commentUrl = await reportToGitHub(session, settings, { outcome, result, config, markdown })
  else session.logger.info('the inputs were not checked: no comment, check run or status')

  core.setOutput('verdict', outcome.verdict)
  core.setOutput('drifted', String(outcome.drifted))
  core.setOutput('fault-lines', session.redactor.redact(JSON.stringify(outcome.faultLines)))
  core.setOutput('report-path', reportPath)
  core.setOutput('comment-url', commentUrl)

  const failOn = settings?.failOn ?? 'error'
  const reason = failureReason(outcome, errors, failOn)
  if (reason) core.setFailed(reason)
  else core.info(`driftcheck verdict: ${outcome.verdict} (fail-on: ${failOn})`)
}

interface Findings {
  outcome: Outcome
  result: RunResult | null
  config: DriftConfig | null
  markdown(maxLength?: number): string
}

/**
 * The commit status, check run, PR comment and release notes; the URL of the comment when one was written. The GitHub
 * stack (@actions/github, Octokit) loads here, with a token, and nowhere else.
 */
async function reportToGitHub(session: Session, settings: ActionSettings, findings: Findings): Promise<string> {
  const github = await openGitHub(session, 'comment, check run, status, deployment or issue')
  if (!github) return ''
  const { client, context } = github
  const [{ publishGitHubReports }, { finishDeployment }, { keepWatchIssue }] = await Promise.all([
    import('../github-reports.js'),
    import('../github-deployment.js'),
    import('../github-watch.js')
  ])
  const { outcome, result, config, markdown } = findings
  const annotations = result && config ? annotationsFor(result, placesOf(config, context.workspace)) : []
  const { commentUrl } = await publishGitHubReports(client, {
    settings,
    context,
    outcome,
    markdown: (max) => markdown(max),
    annotations,
    marker: commentMarker(session),
    redactor: session.redactor,
    logger: session.logger
  })
  const deployment = session.state.deployment
  if (deployment) {
    await finishDeployment(client, {
      context,
      settings,
      deployment,
      outcome,
      redactor: session.redactor,
      logger: session.logger
    })
  }
  if (settings.issue) {
    await keepWatchIssue(client, {
      context,
      failOn: settings.failOn,
      outcome,
      label: configLabel(session),
      marker: watchMarker(session),
      markdown: (max) => markdown(max),
      redactor: session.redactor,
      logger: session.logger
    })
  }
  return commentUrl
}

/** The job summary is where the report lives when nothing else may be written: a failure to write it is said, not fatal. */
async function writeSummary(session: Session, markdown: string): Promise<void> {
  if (!session.env.GITHUB_STEP_SUMMARY) return session.logger.info('no GITHUB_STEP_SUMMARY: the job summary is skipped')
  try {
    await core.summary.addRaw(markdown, true).write()
  } catch (error) {
    session.logger.warn(`driftcheck could not write the job summary: ${messageOf(error)}`)
  }
}

/** The result of what the earlier steps left; `incomplete` when one of them failed (the verdict is then never a pass). */
function resultOf(session: Session, settings: ActionSettings, config: DriftConfig, incomplete: boolean): RunResult {
  // The preview step finished its own result (its features, its rewritten URLs): reported as it is, never re-judged as more.
  const done = session.state.result
  if (done)
    return session.redactor.redactValue(
      incomplete ? { ...done, verdict: judgeRun(done.features, { incomplete }) } : done
    )
  const run = session.state.run ?? newState(null, settings.layers)
  return session.redactor.redactValue(finish(run, config, { incomplete }))
}

function placesOf(config: DriftConfig, workspace: string) {
  return { workspace, configFile: config.file, baseDir: config.baseDir }
}
