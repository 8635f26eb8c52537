import * as core from '@actions/core'
import { createDeps } from '../../wiring/deps.js'
import { InfraError } from '../../core/errors.js'
import { CONFIG_USES } from '../../core/uses.js'
import { deploy, deployOnly, type FleetDeployOutcome } from '../../deploy/index.js'
import { hostRolloutLine, rolloutHeadline } from '../../report/rollout.js'
import { openGitHub } from '../github-session.js'
import type { ActionSettings } from '../inputs.js'
import { loadActionConfig, runRecorded, settingsOf, type Session } from '../session.js'

/** `command: deploy`: ship and recreate the services on the target (under its deploy lock); the later steps verify them. */
export async function deployPhase(session: Session): Promise<void> {
  await runRecorded('deploy', session, async () => {
    const settings = settingsOf(session)
    if (settings.command !== 'deploy') return session.logger.info(`command is '${settings.command}': nothing to deploy`)
    // Shipping and `up -d` need the target and the build; the probes' tokens are the probe step's.
    const shipping = await loadActionConfig(session, ['build', 'target'])
    // A fleet's rollout verifies each batch before the next: it needs what every layer needs (the probes' tokens too).
    const config = shipping.target.hosts ? await loadActionConfig(session, CONFIG_USES) : shipping
    const deps = await createDeps(config, { logger: session.logger, redactor: session.redactor })
    const services = settings.services.length ? settings.services : undefined
    // The lock names the workflow run that holds it, so a blocked pipeline can say who to wait for.
    const who = lockHolder(session.env)
    if (settings.environment) session.state.deployment = await startDeployment(session, settings)
    try {
      if (deps.fleet) return await rollOut(session, deps, config, { services, who, batch: settings.batch })
      const outcome = await core.group(`Deploy ${services?.join(', ') ?? 'every service'} (${settings.strategy})`, () =>
        deployOnly(config, deps, {
          strategy: settings.strategy,
          ...(services ? { services } : {}),
          ...(who ? { who } : {})
        })
      )
      session.logger.info(`deployed ${outcome.services.join(', ')} at ${outcome.revision ?? 'an untracked tree'}`)
    } finally {
      session.state.deployed = true
      await deps.close()
    }
  })
}

/**
 * A fleet (`target.hosts`) rolls batch by batch, each batch verified before the next (the later steps verify the whole
 * fleet again). The log says which host runs which revision; a step that could not be done fails this step. A batch that
 * failed its verification does not: the later steps report the drift it left.
 */
async function rollOut(
  session: Session,
  deps: Awaited<ReturnType<typeof createDeps>>,
  config: Parameters<typeof deploy>[0],
  options: { services: string[] | undefined; who: string | undefined; batch: number }
): Promise<void> {
  const settings = settingsOf(session)
  const outcome = (await core.group(
    `Roll out to ${config.target.hosts?.length ?? 0} hosts, ${options.batch} at a time`,
    () =>
      deploy(config, deps, {
        strategy: settings.strategy,
        batch: options.batch,
        ...(options.services ? { services: options.services } : {}),
        ...(options.who ? { who: options.who } : {})
      })
  )) as FleetDeployOutcome
  const { rollout } = outcome
  const say = rollout.stopped ? session.logger.warn.bind(session.logger) : session.logger.info.bind(session.logger)
  say(rolloutHeadline(rollout))
  for (const host of rollout.hosts) say(`  ${hostRolloutLine(host)}`)
  if (rollout.stopped && !outcome.before)
    throw new InfraError(`the rollout stopped at batch ${rollout.stopped.batch}: ${rollout.stopped.reason}`)
}

/**
 * The GitHub deployment, `in_progress` before anything ships; the report step finishes it with the verdict. The GitHub
 * stack loads only here, only with an `environment`. The id goes in the state file; the token never does.
 */
async function startDeployment(session: Session, settings: ActionSettings): Promise<{ id: number } | undefined> {
  const github = await openGitHub(session, 'deployment')
  if (!github) return undefined
  const { startDeployment: start } = await import('../github-deployment.js')
  return start(github.client, { context: github.context, settings, logger: session.logger })
}

/**
 * The workflow run, as the deploy lock names its holder. Read from the runner's variables, not @actions/github's context:
 * that module loads the Octokit stack, which only the report step needs.
 */
function lockHolder(env: Session['env']): string | undefined {
  return env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? 'github'} run ${env.GITHUB_RUN_ID}` : undefined
}
