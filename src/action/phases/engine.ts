import * as core from '@actions/core'
import { createDeps } from '../../wiring/deps.js'
import { newState, phaseUses, requireCheckable, runPhase, type EngineDeps, type Phase } from '../../engine/engine.js'
import type { LayerName } from '../../core/model.js'
import type { DriftConfig } from '../../core/config.js'
import { loadActionConfig, runRecorded, settingsOf, type Session } from '../session.js'

const TITLES: Record<Phase, string> = {
  build: 'Source layer and image builds',
  artifact: 'Artifact layer: the built images',
  container: 'Container layer: the running containers',
  probe: 'Route and auth layers: probing'
}

/** One engine phase: loads the state the earlier steps left, runs the phase, saves the merged state for the next step. */
export async function enginePhase(phase: Phase, session: Session): Promise<void> {
  await runRecorded(phase, session, async () => {
    const { layers, command } = settingsOf(session)
    // The preview step verified in one process, on its own throwaway project.
    if (command === 'preview') return session.logger.info(`command is 'preview': the preview step checked every layer`)
    const config = await loadActionConfig(session, phaseUses(phase, layers))
    // Only the container step looks at the target: the others do not open an ssh connection.
    const connectTarget = phase === 'container'
    const deps = await createDeps(config, { logger: session.logger, redactor: session.redactor, connectTarget })
    try {
      const run = session.state.run ?? (await startRun(config, deps, layers))
      session.state.run = await core.group(TITLES[phase], () => runPhase(phase, run, config, deps))
    } finally {
      await deps.close()
    }
  })
}

/** The first engine step starts the run, refusing one that could only prove nothing (as the CLI does). */
async function startRun(config: DriftConfig, deps: EngineDeps, layers: readonly LayerName[]) {
  requireCheckable(config, layers)
  return newState(await deps.tree.revision(), layers)
}
