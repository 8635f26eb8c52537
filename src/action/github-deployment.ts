import { createDeployment, setDeploymentStatus, type GitHubClient } from '../adapters/github.js'
import type { RunVerdict } from '../core/model.js'
import type { Logger } from '../core/ports.js'
import type { Redactor } from '../core/redact.js'
import type { GitHubRunContext } from './context.js'
import { attempt, statusDescription } from './github-reports.js'
import type { ActionSettings } from './inputs.js'
import type { Outcome } from './outcome.js'

const PERMISSION = 'deployments: write'

/** The environment's page shows what the verification found, not what was attempted. */
const DEPLOYMENT_STATE: Record<RunVerdict, 'success' | 'failure' | 'error'> = {
  pass: 'success',
  fail: 'failure',
  error: 'error'
}

type Settings = Pick<ActionSettings, 'environment' | 'environmentUrl'>

function links(context: GitHubRunContext, settings: Settings) {
  return {
    ...(context.runUrl ? { logUrl: context.runUrl } : {}),
    ...(settings.environmentUrl ? { environmentUrl: settings.environmentUrl } : {})
  }
}

/**
 * Before the deploy ships: a deployment of the commit to the environment, `in_progress`. Its id, or undefined when the
 * token may not (a warning, as for the other reports): the deploy goes ahead either way.
 */
export async function startDeployment(
  client: GitHubClient,
  run: { context: GitHubRunContext; settings: Settings; logger: Logger }
): Promise<{ id: number } | undefined> {
  const { context, settings, logger } = run
  const where = { owner: context.owner, repo: context.repo }
  let started: { id: number } | undefined
  await attempt('deployment', PERMISSION, logger, async () => {
    const { id } = await createDeployment(client, {
      ...where,
      ref: context.sha,
      environment: settings.environment,
      description: 'driftcheck: deploying, then verifying every layer'
    })
    await setDeploymentStatus(client, {
      ...where,
      deploymentId: id,
      state: 'in_progress',
      description: 'driftcheck: deploying; the verification decides',
      ...links(context, settings)
    })
    started = { id }
    logger.info(`driftcheck started deployment ${id} to ${settings.environment} (in_progress)`)
  })
  return started
}

/** After the verification: the deployment's status is the verdict (`success` only on a pass). */
export async function finishDeployment(
  client: GitHubClient,
  run: {
    context: GitHubRunContext
    settings: Settings
    deployment: { id: number }
    outcome: Outcome
    redactor: Redactor
    logger: Logger
  }
): Promise<void> {
  const { context, settings, deployment, outcome, logger } = run
  await attempt('deployment status', PERMISSION, logger, async () => {
    const state = DEPLOYMENT_STATE[outcome.verdict]
    await setDeploymentStatus(client, {
      owner: context.owner,
      repo: context.repo,
      deploymentId: deployment.id,
      state,
      description: run.redactor.redact(statusDescription(outcome)),
      ...links(context, settings)
    })
    logger.info(`driftcheck marked deployment ${deployment.id} to ${settings.environment}: ${state}`)
  })
}
