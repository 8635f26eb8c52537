import * as core from '@actions/core'
import { createDeps } from '../../adapters/index.js'
import { deployOnly } from '../../deploy/index.js'
import { loadActionConfig, runRecorded, type Session } from '../session.js'

/** `command: deploy`: ship and recreate the services on the target (under its deploy lock); the later steps verify them. */
export async function deployPhase(session: Session): Promise<void> {
  const { settings } = session
  if (settings.command !== 'deploy') {
    session.logger.info(`command is '${settings.command}': nothing to deploy`)
    return
  }
  await runRecorded('deploy', session, async () => {
    const config = await loadActionConfig(session)
    const services = settings.services.length ? settings.services : Object.keys(config.services)
    const deps = await createDeps(config, { logger: session.logger, redactor: session.redactor })
    try {
      await core.group(`Deploy ${services.join(', ')} (${settings.strategy})`, () =>
        deployOnly(config, deps, { services, strategy: settings.strategy })
      )
    } finally {
      session.state.deployed = true
      await deps.close()
    }
  })
}
