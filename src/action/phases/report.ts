import * as core from '@actions/core'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createGitHubClient } from '../../adapters/github.js'
import type { DriftConfig } from '../../core/config.js'
import { finish, newState } from '../../engine/engine.js'
import type { RunResult } from '../../core/model.js'
import { render } from '../../report/index.js'
import { annotationsFor } from '../annotations.js'
import { readRunContext } from '../context.js'
import { publishGitHubReports } from '../github-reports.js'
import { actionMarkdown } from '../markdown.js'
import { failureReason, outcomeOf } from '../outcome.js'
import { commentMarker, configLabel, loadActionConfig, runRecorded, type Session } from '../session.js'
import { removeSshFiles } from '../ssh-files.js'
import { configId } from '../state.js'
import { messageOf } from '../../core/errors.js'

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
  const { settings, env } = session
  let config: DriftConfig | null = null
  await runRecorded('report', session, async () => {
    config = await loadActionConfig(session)
  })
  const errors = session.state.errors
  const result = config ? resultOf(session, config, errors.length > 0) : null
  const outcome = outcomeOf(result, errors)

  const title = `driftcheck — ${configLabel(session)}`
  const markdown = (maxLength?: number) =>
    session.redactor.redact(actionMarkdown(result, errors, { title, ...(maxLength ? { maxLength } : {}) }))

  let reportPath = ''
  if (result) {
    reportPath = join(session.temp, `driftcheck-report-${configId(settings.config)}.json`)
    await writeFile(reportPath, session.redactor.redact(render(result, 'json')))
  }
  await writeSummary(session, markdown(SUMMARY_MAX_LENGTH))

  let commentUrl = ''
  const context = readRunContext(env)
  if (!settings.githubToken) {
    session.logger.info('no github-token: the report stays in the job summary')
  } else if (!context.owner) {
    session.logger.warn('GITHUB_REPOSITORY is not set: no comment, check run or status')
  } else {
    const client = createGitHubClient({ token: settings.githubToken, baseUrl: context.apiUrl, logger: session.logger })
    const annotations = result && config ? annotationsFor(result, placesOf(config, context.workspace)) : []
    ;({ commentUrl } = await publishGitHubReports(client, {
      settings,
      context,
      outcome,
      markdown: (max) => markdown(max),
      annotations,
      marker: commentMarker(session),
      redactor: session.redactor,
      logger: session.logger
    }))
  }

  core.setOutput('verdict', outcome.verdict)
  core.setOutput('drifted', String(outcome.drifted))
  core.setOutput('fault-lines', session.redactor.redact(JSON.stringify(outcome.faultLines)))
  core.setOutput('report-path', reportPath)
  core.setOutput('comment-url', commentUrl)

  const reason = failureReason(outcome, errors, settings.failOn)
  if (reason) core.setFailed(reason)
  else core.info(`driftcheck verdict: ${outcome.verdict} (fail-on: ${settings.failOn})`)
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
function resultOf(session: Session, config: DriftConfig, incomplete: boolean): RunResult {
  const run = session.state.run ?? newState(null, session.settings.layers)
  return session.redactor.redactValue(finish(run, config, { incomplete }))
}

function placesOf(config: DriftConfig, workspace: string) {
  return { workspace, configFile: config.file, baseDir: config.baseDir }
}
