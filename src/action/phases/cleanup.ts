import { removeSshFiles } from '../ssh-files.js'
import { removeState, type ActionState } from '../state.js'
import type { Session } from '../session.js'
import { messageOf } from '../../core/errors.js'

/** Runs `if: always()` last: the ssh key and known_hosts files and the state file go. It only ever warns, never fails the job. */
export async function cleanupPhase(session: Session): Promise<void> {
  const ssh: ActionState['ssh'] = session.state.ssh
  try {
    await removeSshFiles(ssh)
    await removeState(session.stateFile)
  } catch (error) {
    session.logger.warn(`driftcheck cleanup: ${messageOf(error)}`)
  }
}
