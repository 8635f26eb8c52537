import * as core from '@actions/core'
import { nodeVersionProblem } from '../node-version.js'
import { loadActionConfig, runRecorded, type Session } from '../session.js'
import { writeSshFiles } from '../ssh-files.js'
import { configId, emptyState, saveState } from '../state.js'

/**
 * The first step: Node.js is new enough, the inputs and the config are valid, and the ssh key / known_hosts inputs are on
 * disk (0600) for the later steps. Bad inputs or config fail here, before anything is built.
 */
export async function checkNodePhase(session: Session, nodeVersion = process.version): Promise<void> {
  const problem = nodeVersionProblem(nodeVersion)
  if (problem) {
    core.setFailed(problem)
    return
  }
  // A fresh run: whatever an earlier job on this runner left is not ours.
  session.state = emptyState(session.settings.config)
  const { settings } = session
  session.state.ssh = await writeSshFiles(
    { privateKey: settings.sshPrivateKey, knownHosts: settings.sshKnownHosts },
    session.temp,
    configId(settings.config)
  )
  await saveState(session.stateFile, session.state)
  const failure = await runRecorded('check-node', session, async () => {
    const config = await loadActionConfig(session)
    session.logger.info(
      `driftcheck ${settings.command}: ${config.features.length} feature(s), layers ${settings.layers.join(', ')} — ${config.file}`
    )
  })
  if (failure) core.setFailed(session.state.errors.at(-1)?.message ?? failure.message)
}
