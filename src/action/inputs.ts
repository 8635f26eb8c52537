import { isAbsolute, resolve } from 'node:path'
import { UsageError } from '../core/errors.js'
import { LAYERS, type LayerName } from '../core/model.js'

export const COMMANDS = ['verify', 'deploy'] as const
export const FAIL_ON = ['drift', 'error', 'never'] as const
export const STRATEGIES = ['source', 'image'] as const

/** Everything the action's inputs say, read and checked once. Every phase reads this; nothing else reads INPUT_*. */
export interface ActionSettings {
  /** Absolute path of the driftcheck config (`config`, relative to `working-directory`). */
  config: string
  /** `verify` checks what is there; `deploy` also ships and recreates the services before checking them. */
  command: (typeof COMMANDS)[number]
  /** The layers to check (`layers`, comma-separated); all five when empty. */
  layers: LayerName[]
  /** The compose services to deploy (`services`); empty = every service of the config. */
  services: string[]
  /** How `command: deploy` ships (`deploy-strategy`): the source tree (build on the target) or the built image. */
  strategy: (typeof STRATEGIES)[number]
  /** Token for comments, check runs, statuses and release notes (`github-token`); empty = no GitHub reports. */
  githubToken: string
  /** Post or update the sticky PR comment (`comment`). */
  comment: boolean
  /** Create a check run with annotations (`check-run`). */
  checkRun: boolean
  /** Set a commit status on the PR head / pushed commit (`commit-status`). */
  commitStatus: boolean
  /** The status's context, and the check run's name (`status-context`): what branch protection requires. */
  statusContext: string
  /** When the report step fails the job (`fail-on`): on drift, on drift or error, or never. */
  failOn: (typeof FAIL_ON)[number]
  /** The private key the target's ssh uses (`ssh-private-key`); empty = the config's `target.ssh.identityFile`. */
  sshPrivateKey: string
  /** known_hosts lines for the target (`ssh-known-hosts`); empty = the config's `target.ssh.knownHostsFile`. */
  sshKnownHosts: string
  /** Absolute folder the config and the checkout are resolved from (`working-directory`, relative to the workspace). */
  workingDirectory: string
}

type Env = Record<string, string | undefined>

/**
 * Reads one input. action.yml hands each input to the steps as `INPUT_<NAME>` with `-` spelled `_` (composite steps get
 * no INPUT_* of their own); the runner's own hyphenated spelling, as JavaScript actions receive it, is read too.
 */
export function getInput(env: Env, name: string): string {
  const upper = name.toUpperCase().replace(/ /g, '_')
  return (env[`INPUT_${upper.replace(/-/g, '_')}`] ?? env[`INPUT_${upper}`] ?? '').trim()
}

export function getSettings(env: Env = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  const workingDirectory = resolve(workspace, getInput(env, 'working-directory') || '.')
  const config = getInput(env, 'config') || 'driftcheck.yml'
  return {
    config: isAbsolute(config) ? config : resolve(workingDirectory, config),
    command: oneOf(env, 'command', COMMANDS, 'verify'),
    layers: layersInput(env),
    services: listInput(env, 'services'),
    strategy: oneOf(env, 'deploy-strategy', STRATEGIES, 'source'),
    githubToken: getInput(env, 'github-token'),
    comment: booleanInput(env, 'comment', true),
    checkRun: booleanInput(env, 'check-run', true),
    commitStatus: booleanInput(env, 'commit-status', true),
    statusContext: getInput(env, 'status-context') || 'driftcheck',
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'error'),
    sshPrivateKey: rawInput(env, 'ssh-private-key'),
    sshKnownHosts: rawInput(env, 'ssh-known-hosts'),
    workingDirectory
  }
}

/** Multi-line values keep their inner line breaks; keys need them. */
function rawInput(env: Env, name: string): string {
  return getInput(env, name).replace(/\r\n/g, '\n')
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(env, name)
  if (!value) return fallback
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(', ')}.`)
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` takes them. */
function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name)
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new UsageError(`Invalid ${name} '${value}'. Expected true or false.`)
}

function listInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function layersInput(env: Env): LayerName[] {
  const asked = listInput(env, 'layers')
  if (asked.length === 0) return [...LAYERS]
  const unknown = asked.filter((l) => !(LAYERS as readonly string[]).includes(l))
  if (unknown.length) {
    throw new UsageError(
      `Invalid layers '${unknown.join(',')}'. Expected a comma-separated list of: ${LAYERS.join(', ')}.`
    )
  }
  return [...new Set(asked)] as LayerName[]
}
