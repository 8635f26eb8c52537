import { isAbsolute, resolve } from 'node:path'
import { UsageError } from '../core/errors.js'
import { parseLayerList } from '../core/layer-list.js'
import { LAYERS, type LayerName } from '../core/model.js'
import { DEPLOY_STRATEGIES } from '../deploy/strategy.js'

const COMMANDS = ['verify', 'deploy', 'preview'] as const
const FAIL_ON = ['drift', 'error', 'never'] as const

/**
 * What the action's inputs say, read and checked once by the first step and handed on in the state file: no secret in
 * here (those are `StepSecrets`, given only to the steps that need them).
 */
export interface ActionSettings {
  /** Absolute path of the driftcheck config (`config`, relative to `working-directory`). */
  config: string
  /**
   * `verify` checks what is there; `deploy` also ships and recreates the services before checking them; `preview` builds
   * the checkout and checks it on the runner's own engine under a throwaway project (one step, torn down).
   */
  command: (typeof COMMANDS)[number]
  /** The layers to check (`layers`, comma-separated); all five when empty. */
  layers: LayerName[]
  /** The compose services to deploy (`services`); empty = every service of the config. */
  services: string[]
  /** How `command: deploy` ships (`deploy-strategy`): the source tree (build on the target), the built image, or a registry. */
  strategy: (typeof DEPLOY_STRATEGIES)[number]
  /** On a fleet (`target.hosts`), hosts deployed and verified at a time (`deploy-batch`). */
  batch: number
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
  /** `command: deploy` records a GitHub deployment to this environment (`environment`); empty = none. */
  environment: string
  /** The deployment's `environment_url` (`environment-url`): where the environment is reached; empty = none. */
  environmentUrl: string
  /** On `schedule` / `workflow_dispatch`, keep one issue open while production drifts (`issue`). */
  issue: boolean
  /** Absolute folder the config and the checkout are resolved from (`working-directory`, relative to the workspace). */
  workingDirectory: string
}

/** The secret inputs: never saved, each read only by the step action.yml hands it to. */
export interface StepSecrets {
  /** Token for comments, check runs, statuses, release notes, deployments, issues (`github-token`); empty = no GitHub reports. */
  githubToken: string
  /** The private key the target's ssh uses (`ssh-private-key`); empty = the config's `target.ssh.identityFile`. */
  sshPrivateKey: string
  /** known_hosts lines for the target (`ssh-known-hosts`); empty = the config's `target.ssh.knownHostsFile`. */
  sshKnownHosts: string
}

/** Every input, read and checked: what the first step starts from. */
export type ActionInputs = ActionSettings & StepSecrets

type Env = Record<string, string | undefined>

/**
 * Reads one input. action.yml hands each input to the steps as `INPUT_<NAME>` with `-` spelled `_` (composite steps get
 * no INPUT_* of their own); the runner's own hyphenated spelling, as JavaScript actions receive it, is read too.
 */
function getInput(env: Env, name: string): string {
  const upper = name.toUpperCase().replace(/ /g, '_')
  return (env[`INPUT_${upper.replace(/-/g, '_')}`] ?? env[`INPUT_${upper}`] ?? '').trim()
}

export function getSettings(env: Env = process.env): ActionInputs {
  return {
    config: configPath(env),
    command: oneOf(env, 'command', COMMANDS, 'verify'),
    layers: layersInput(env),
    services: listInput(env, 'services'),
    strategy: oneOf(env, 'deploy-strategy', DEPLOY_STRATEGIES, 'source'),
    batch: positiveInteger(env, 'deploy-batch', 1),
    comment: booleanInput(env, 'comment', true),
    checkRun: booleanInput(env, 'check-run', true),
    commitStatus: booleanInput(env, 'commit-status', true),
    statusContext: getInput(env, 'status-context') || 'driftcheck',
    failOn: oneOf(env, 'fail-on', FAIL_ON, 'error'),
    environment: getInput(env, 'environment'),
    environmentUrl: urlInput(env, 'environment-url'),
    issue: booleanInput(env, 'issue', false),
    workingDirectory: workingDirectory(env),
    ...stepSecrets(env)
  }
}

/** The inputs without their secrets: what the state file may hold. */
export function withoutSecrets(inputs: ActionInputs): ActionSettings {
  const { githubToken: _token, sshPrivateKey: _key, sshKnownHosts: _hosts, ...settings } = inputs
  return settings
}

/** The secret inputs this step was given (action.yml hands each to its steps only; elsewhere they read empty). */
export function stepSecrets(env: Env): StepSecrets {
  return {
    githubToken: getInput(env, 'github-token'),
    sshPrivateKey: rawInput(env, 'ssh-private-key'),
    sshKnownHosts: rawInput(env, 'ssh-known-hosts')
  }
}

/**
 * The config's absolute path (`config` from `working-directory`, from the workspace). Every step reads these two inputs:
 * the path names the state file, so two driftcheck steps with different configs in one job never share one.
 */
export function configPath(env: Env): string {
  const config = getInput(env, 'config') || 'driftcheck.yml'
  return isAbsolute(config) ? config : resolve(workingDirectory(env), config)
}

function workingDirectory(env: Env): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd(), getInput(env, 'working-directory') || '.')
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

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = getInput(env, name)
  if (!value) return fallback
  if (/^[1-9]\d*$/.test(value)) return Number(value)
  throw new UsageError(`Invalid ${name} '${value}'. Expected a whole number >= 1.`)
}

/** YAML 1.2 core booleans, as `core.getBooleanInput` takes them. */
function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = getInput(env, name)
  if (!value) return fallback
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new UsageError(`Invalid ${name} '${value}'. Expected true or false.`)
}

/** An http(s) URL or empty: GitHub refuses anything else as a deployment's `environment_url`. */
function urlInput(env: Env, name: string): string {
  const value = getInput(env, name)
  if (!value || /^https?:\/\/\S+$/i.test(value)) return value
  throw new UsageError(`Invalid ${name} '${value}'. Expected an http:// or https:// URL.`)
}

function listInput(env: Env, name: string): string[] {
  return getInput(env, name)
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

function layersInput(env: Env): LayerName[] {
  const { layers, unknown } = parseLayerList(getInput(env, 'layers'))
  if (unknown.length) {
    throw new UsageError(
      `Invalid layers '${unknown.join(',')}'. Expected a comma-separated list of: ${LAYERS.join(', ')}.`
    )
  }
  return layers
}
