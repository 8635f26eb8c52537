import * as core from '@actions/core'
import { messageOf } from '../../core/errors.js'
import { usesOfLayers } from '../../core/uses.js'
import { orchestratePreview, PreviewNotReady } from '../../deploy/preview.js'
import { notReadyText } from '../../report/preview.js'
import { cancelOnSignals, createPreviewDeps, previewProjectName } from '../../wiring/preview.js'
import { saveState } from '../state.js'
import { loadActionConfig, runRecorded, settingsOf, type Session } from '../session.js'

/**
 * `command: preview`, in ONE step (the composite's steps are separate processes, and the containers must live from the build
 * to the probes): build, start under a throwaway project, verify, tear down. The project's name is saved first, so the
 * cleanup step (`if: always()`) removes it even when this step was killed; a cancelled job (SIGINT/SIGTERM) tears down here.
 */
export async function previewPhase(session: Session): Promise<void> {
  await runRecorded('preview', session, async () => {
    const settings = settingsOf(session)
    if (settings.command !== 'preview') return session.logger.info(`command is '${settings.command}': no preview`)
    // The preview never reaches the configured target: its settings need not be set.
    const uses = usesOfLayers(settings.layers).filter((use) => use !== 'target')
    const config = await loadActionConfig(session, uses)
    const project = previewProjectName()
    session.state.preview = { project, removed: false }
    await saveState(session.stateFile, session.state)
    const cancel = cancelOnSignals()
    try {
      const deps = await createPreviewDeps(config, {
        logger: session.logger,
        redactor: session.redactor,
        signal: cancel.signal,
        project
      })
      try {
        const result = await core.group(`Preview (project ${project})`, () =>
          orchestratePreview(config, deps, { layers: settings.layers, signal: cancel.signal })
        )
        session.state.result = result
        // The result names them (the report step shows it); the step itself failed to check everything: recorded too.
        const notReady = result.preview?.notReady ?? []
        if (notReady.length) {
          for (const line of notReadyText(result.preview!).trimEnd().split('\n')) session.logger.error(line)
          throw new PreviewNotReady(project, notReady)
        }
      } finally {
        // `removed` stays false: the cleanup step runs `down` once more (a no-op when this step removed everything).
        await deps.close()
      }
    } finally {
      cancel.dispose()
    }
  })
}

/**
 * The cleanup step's part: a preview project the preview step did not get to remove (it was killed) goes now. Only warns.
 */
export async function removePreview(session: Session): Promise<void> {
  const saved = session.state.preview
  if (!saved || saved.removed) return
  try {
    const config = await loadActionConfig(session, [])
    const deps = await createPreviewDeps(config, {
      logger: session.logger,
      redactor: session.redactor,
      project: saved.project
    })
    try {
      await deps.project.down()
      session.logger.info(`preview: project ${saved.project} removed by the cleanup step`)
    } finally {
      await deps.close()
    }
    session.state.preview = { ...saved, removed: true }
  } catch (error) {
    session.logger.warn(`driftcheck cleanup: the preview project ${saved.project} may be left: ${messageOf(error)}`)
  }
}
