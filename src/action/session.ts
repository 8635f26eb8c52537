import { relative, sep } from 'node:path'
import { loadConfig } from '../config/load.js'
import type { DriftConfig } from '../core/config.js'
import { ConfigError, InfraError, UsageError, messageOf } from '../core/errors.js'
import type { Logger } from '../core/ports.js'
import { Redactor } from '../core/redact.js'
import { oneLine } from '../report/sanitize.js'
import { getSettings, type ActionSettings } from './inputs.js'
import { actionsLogger, maskSecrets, secretParts } from './logger.js'
import { configId, loadState, recordError, runnerTemp, saveState, statePath, type ActionState } from './state.js'

type Env = Record<string, string | undefined>

/** What every phase starts from: the inputs, the state the earlier steps left, a redacting logger. */
export interface Session {
  env: Env
  settings: ActionSettings
  temp: string
  stateFile: string
  state: ActionState
  redactor: Redactor
  logger: Logger
}

export async function openSession(env: Env = process.env): Promise<Session> {
  const settings = getSettings(env)
  const secrets = [settings.githubToken, ...secretParts(settings.sshPrivateKey)].filter(Boolean)
  maskSecrets(secrets)
  const redactor = new Redactor(secrets)
  const temp = runnerTemp(env)
  const stateFile = statePath(temp, settings.config)
  const state = await loadState(stateFile, settings.config)
  return { env, settings, temp, stateFile, state, redactor, logger: actionsLogger(redactor) }
}

/**
 * Loads the config with the step's environment (`${API_TOKEN}` comes from the workflow's `env:`), masks what came from it,
 * and points the target's ssh at the key / known_hosts files written from the inputs.
 */
export async function loadActionConfig(session: Session): Promise<DriftConfig> {
  const config = await loadConfig(session.settings.config, session.env)
  maskSecrets(config.secrets)
  session.redactor = session.redactor.with(config.secrets)
  session.logger = actionsLogger(session.redactor)
  const ssh = session.state.ssh
  if (ssh.identityFile || ssh.knownHostsFile) {
    config.target = { ...config.target, ssh: { ...config.target.ssh, ...ssh } }
  }
  return config
}

/** The config path relative to the checkout, `/`-separated: stable across runners, so it names the PR comment. */
export function configLabel(session: Pick<Session, 'settings' | 'env'>): string {
  const workspace = session.env.GITHUB_WORKSPACE || process.cwd()
  const rel = relative(workspace, session.settings.config)
  return (rel && !rel.startsWith('..') ? rel : session.settings.config).split(sep).join('/')
}

export function commentMarker(session: Pick<Session, 'settings' | 'env'>): string {
  return `<!-- driftcheck:comment ${configId(configLabel(session))} -->`
}

/** One line for the log and the report: the message, the hint, secrets hidden. Never a stack trace. */
export function describeError(error: unknown, redactor: Redactor): string {
  const message = messageOf(error)
  const hint = error instanceof InfraError && error.hint ? ` (${error.hint})` : ''
  return redactor.redact(oneLine(message + hint))
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
