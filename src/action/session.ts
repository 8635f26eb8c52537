import { relative, sep } from 'node:path'
import { loadConfig } from '../config/load.js'
import type { DriftConfig } from '../core/config.js'
import { ConfigError, InfraError, UsageError, messageOf } from '../core/errors.js'
import type { Logger } from '../core/ports.js'
import { Redactor, secretParts } from '../core/redact.js'
import type { ConfigUse } from '../core/uses.js'
import { expandConfig } from '../engine/expand.js'
import { oneLine } from '../report/sanitize.js'
import { apiDescriptionsFor, sourceTreeFor } from '../wiring/deps.js'
import { configPath, stepSecrets, type ActionSettings } from './inputs.js'
import { actionsLogger, maskSecrets } from './logger.js'
import { FIRST_PHASE, type ActionPhase } from './phase-names.js'
import {
  configId,
  emptyState,
  loadState,
  recordError,
  runnerTemp,
  saveState,
  statePath,
  type ActionState
} from './state.js'

type Env = Record<string, string | undefined>

/** What every phase starts from: the state the earlier steps left (the settings the first step read in it), a redacting logger. */
export interface Session {
  env: Env
  /** The config's absolute path: names the state file. */
  configFile: string
  temp: string
  stateFile: string
  state: ActionState
  redactor: Redactor
  logger: Logger
}

/**
 * Opens the state for this step: the first step starts a fresh one (whatever an earlier job on this runner left is not
 * ours), the later ones load what it saved. The secret inputs this step was given are masked and redacted from the start.
 */
export async function openSession(phase: ActionPhase, env: Env = process.env): Promise<Session> {
  const secrets = secretInputs(env)
  maskSecrets(secrets)
  const redactor = new Redactor(secrets)
  const configFile = configPath(env)
  const temp = runnerTemp(env)
  const stateFile = statePath(temp, configFile)
  const state = phase === FIRST_PHASE ? emptyState(configFile) : await loadState(stateFile, configFile)
  return { env, configFile, temp, stateFile, state, redactor, logger: actionsLogger(redactor) }
}

/** The secret inputs this step was given, as the redactor hides them (a key line by line too). */
export function secretInputs(env: Env): string[] {
  const { githubToken, sshPrivateKey } = stepSecrets(env)
  return [githubToken, ...secretParts(sshPrivateKey)].filter(Boolean)
}

/** The settings the first step saved; a later step without them has nothing to work from. */
export function settingsOf(session: Session): ActionSettings {
  if (session.state.settings) return session.state.settings
  throw new UsageError(`driftcheck's first step ('${FIRST_PHASE}') did not check the inputs; see its log`)
}

/**
 * Loads the config with the step's environment (`${API_TOKEN}` comes from the workflow's `env:`), masks what came from it,
 * and points the target's ssh at the key / known_hosts files written from the inputs. `uses`: what this step needs from the
 * config; a variable only other steps need may be unset (the build step of a fork's PR has no probe token).
 */
export async function loadActionConfig(session: Session, uses: readonly ConfigUse[]): Promise<DriftConfig> {
  const config = await loadConfig(session.configFile, session.env, { uses })
  maskSecrets(config.secrets)
  session.redactor = session.redactor.with(config.secrets)
  session.logger = actionsLogger(session.redactor)
  const ssh = session.state.ssh
  if (ssh.identityFile || ssh.knownHostsFile) {
    config.target = { ...config.target, ssh: { ...config.target.ssh, ...ssh } }
  }
  // Every step expands `discover` and `openapi` on the same checkout the same way: the features a step judges are those the others ran.
  return expandConfig(config, {
    tree: sourceTreeFor(config, session.logger, session.redactor),
    apis: apiDescriptionsFor()
  })
}

/** The config path relative to the checkout, `/`-separated: stable across runners, so it names the PR comment. */
export function configLabel(session: Pick<Session, 'configFile' | 'env'>): string {
  const workspace = session.env.GITHUB_WORKSPACE || process.cwd()
  const rel = relative(workspace, session.configFile)
  return (rel && !rel.startsWith('..') ? rel : session.configFile).split(sep).join('/')
}

export function commentMarker(session: Pick<Session, 'configFile' | 'env'>): string {
  return `<!-- driftcheck:comment ${configId(configLabel(session))} -->`
}

/** Names the one issue a scheduled watch of this config keeps open while production drifts. */
export function watchMarker(session: Pick<Session, 'configFile' | 'env'>): string {
  return `<!-- driftcheck:watch ${configId(configLabel(session))} -->`
}

/** One line for the log and the report: the message, the hint, secrets hidden. Never a stack trace. */
export function describeError(error: unknown, redactor: Redactor): string {
  const message = messageOf(error)
  const hint = error instanceof InfraError && error.hint ? ` (${error.hint})` : ''
  // Redacted before it is folded to one line: folding changes the whitespace a multi-line secret is matched by.
  return oneLine(redactor.redact(message + hint))
}

export function isUsageError(error: unknown): boolean {
  return error instanceof ConfigError || error instanceof UsageError
}

/**
 * Runs a phase's body. A failure is logged as an error annotation and recorded for the report step, which decides with
 * `fail-on` whether the job fails; the step itself goes on so the later phases still show what they can. The state is
 * saved whatever happens.
 */
export async function runRecorded(phase: string, session: Session, body: () => Promise<void>): Promise<Error | null> {
  let failure: Error | null = null
  try {
    await body()
  } catch (error) {
    const message = describeError(error, session.redactor)
    session.state = recordError(session.state, { phase, message, kind: isUsageError(error) ? 'usage' : 'infra' })
    session.logger.error(`${phase}: ${message}`)
    failure = error instanceof Error ? error : new Error(message)
  } finally {
    await saveState(session.stateFile, session.state)
  }
  return failure
}
