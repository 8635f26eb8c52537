import * as core from '@actions/core'
import { Redactor } from '../core/redact.js'
import { ACTION_PHASES, type ActionPhase } from './phase-names.js'
import { checkNodePhase } from './phases/check-node.js'
import { cleanupPhase } from './phases/cleanup.js'
import { deployPhase } from './phases/deploy.js'
import { enginePhase } from './phases/engine.js'
import { previewPhase, removePreview } from './phases/preview.js'
import { reportPhase } from './phases/report.js'
import { describeError, openSession, secretInputs } from './session.js'

/** Runs one step. Never throws: anything unexpected becomes one `setFailed` line, secrets hidden, no stack trace. */
export async function runAction(
  phase: string | undefined,
  env: Record<string, string | undefined> = process.env
): Promise<void> {
  let redactor = new Redactor(secretInputs(env))
  try {
    if (!(ACTION_PHASES as readonly string[]).includes(phase ?? '')) {
      throw new Error(`Invalid phase '${phase ?? ''}'. Expected one of: ${ACTION_PHASES.join(', ')}.`)
    }
    const session = await openSession(phase as ActionPhase, env)
    redactor = session.redactor
    switch (phase as ActionPhase) {
      case 'check-node':
        return await checkNodePhase(session)
      case 'build':
      case 'artifact':
      case 'container':
      case 'probe':
        return await enginePhase(phase as 'build' | 'artifact' | 'container' | 'probe', session)
      case 'deploy':
        return await deployPhase(session)
      case 'preview':
        return await previewPhase(session)
      case 'report':
        return await reportPhase(session)
      case 'cleanup':
        await removePreview(session)
        return await cleanupPhase(session)
    }
  } catch (error) {
    // Cleanup only ever warns (like actions/checkout's post step): it must not turn a green job red.
    if (phase === 'cleanup') core.warning(describeError(error, redactor))
    else core.setFailed(describeError(error, redactor))
  }
}
