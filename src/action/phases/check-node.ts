import * as core from '@actions/core'
import { usesOfLayers, type ConfigUse } from '../../core/uses.js'
import { getSettings, withoutSecrets, type ActionInputs } from '../inputs.js'
import { describeError, isUsageError, loadActionConfig, runRecorded, type Session } from '../session.js'
import { writeSshFiles } from '../ssh-files.js'
import { configId, recordError, saveState } from '../state.js'

/**
 * The first step (after action.yml's shell check of Node.js): reads and checks every input once and saves the settings for
 * the later steps, writes the ssh key / known_hosts inputs to 0600 files for the steps that reach the target, and checks
 * the config. A bad input or config fails here, before anything is built.
 */
export async function checkNodePhase(session: Session): Promise<void> {
  const inputs = await readInputs(session)
  if (!inputs) return
  session.state.settings = withoutSecrets(inputs)
  const failure = await runRecorded('check-node', session, async () => {
    session.state.ssh = await writeSshFiles(
      { privateKey: inputs.sshPrivateKey, knownHosts: inputs.sshKnownHosts },
      session.temp,
      configId(inputs.config)
    )
    // What this run will need (a deploy reaches the target whatever its layers): missing there, it fails here, once.
    const deploying: ConfigUse[] = inputs.command === 'deploy' ? ['build', 'target'] : []
    const config = await loadActionConfig(session, [...usesOfLayers(inputs.layers), ...deploying])
    session.logger.info(
      `driftcheck ${inputs.command}: ${config.features.length} feature(s), layers ${inputs.layers.join(', ')} — ${config.file}`
    )
  })
  if (failure) core.setFailed(session.state.errors.at(-1)?.message ?? failure.message)
}

/** The inputs, or null after a bad one: then the state says why (for the report step) and the step fails with one line. */
async function readInputs(session: Session): Promise<ActionInputs | null> {
  try {
    return getSettings(session.env)
  } catch (error) {
    if (!isUsageError(error)) throw error
    const message = describeError(error, session.redactor)
    session.state = recordError(session.state, { phase: 'check-node', message, kind: 'usage' })
    await saveState(session.stateFile, session.state)
    core.setFailed(message)
    return null
  }
}
