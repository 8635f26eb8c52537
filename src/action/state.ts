import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunResult } from '../core/model.js'
import type { RunState } from '../engine/engine.js'
import type { ActionSettings } from './inputs.js'

/** A phase that threw: recorded so the report step can say so (and never report a pass). */
export interface PhaseError {
  phase: string
  message: string
  /** `usage` = bad input or config (always fails the job); `infra` = could not check. */
  kind: 'usage' | 'infra'
}

/** What one step hands the next. Lives in `$RUNNER_TEMP/driftcheck-state-<config hash>.json`. */
export interface ActionState {
  version: 2
  /** The config it belongs to (absolute). */
  config: string
  /** The inputs as the first step read and checked them (no secrets); null when it did not get that far. */
  settings: ActionSettings | null
  /** The engine's progress; null until the first engine phase. */
  run: RunState | null
  errors: PhaseError[]
  /** The ssh key / known_hosts files written from the inputs, removed by the report and cleanup steps. */
  ssh: { identityFile?: string; knownHostsFile?: string }
  /** True once the deploy step ran (successfully or not). */
  deployed: boolean
  /**
   * `command: preview`: the throwaway project, saved before anything starts so that the cleanup step (`if: always()`) can
   * remove it when the preview step was killed; `removed` once the preview step tore it down itself.
   */
  preview?: { project: string; removed: boolean }
  /** The finished result of a step that verified on its own (the preview step): the report step reports it as it is. */
  result?: RunResult
  /** The GitHub deployment the deploy step created (`in_progress`), for the report step to finish after the verification. */
  deployment?: { id: number }
}

/** Short, stable id of a config path: names the state file and the sticky comment's marker. */
export function configId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 12)
}

export function runnerTemp(env: Record<string, string | undefined> = process.env): string {
  return env.RUNNER_TEMP || tmpdir()
}

export function statePath(temp: string, config: string): string {
  return join(temp, `driftcheck-state-${configId(config)}.json`)
}

export function emptyState(config: string): ActionState {
  return { version: 2, config, settings: null, run: null, errors: [], ssh: {}, deployed: false }
}

/** The saved state, or a fresh one when no step saved any yet (or it belongs to another config). */
export async function loadState(file: string, config: string): Promise<ActionState> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return emptyState(config)
  }
  const saved = JSON.parse(text) as ActionState
  return saved.version === 2 && saved.config === config ? saved : emptyState(config)
}

/** Written 0600: the run state may name hosts and paths, not for other users of a shared runner. */
export async function saveState(file: string, state: ActionState): Promise<void> {
  await writeFile(file, JSON.stringify(state), { mode: 0o600 })
}

export async function removeState(file: string): Promise<void> {
  await rm(file, { force: true })
}

/** Records an error once (every later phase that meets the same bad config would repeat it). */
export function recordError(state: ActionState, error: PhaseError): ActionState {
  if (state.errors.some((e) => e.message === error.message)) return state
  return { ...state, errors: [...state.errors, error] }
}
