import { hostname, userInfo } from 'node:os'
import { UsageError } from '../../core/errors.js'
import { exitCodeFor } from '../../core/verdict.js'
import { deploy, DEPLOY_STRATEGIES, type DeployStrategy } from '../../deploy/index.js'
import { emitReport, openContext, parseFormat, parseLayers, useColor, type GlobalOptions } from '../context.js'
import { render } from '../../report/index.js'

export interface DeployCommandOptions extends GlobalOptions {
  services?: string
  strategy?: string
  rollbackOnFail?: boolean
  batch?: string
  layers?: string
  format?: string
  output?: string
}

/**
 * `driftcheck deploy`: exit 0 when the deployed version verifies, 1 when it does not (rolled back or not), 3 when a step
 * could not be done (ssh, lock, build, up), 2 for bad usage.
 */
export async function deployCommand(options: DeployCommandOptions): Promise<number> {
  const layers = parseLayers(options.layers)
  parseFormat(options.format)
  const strategy = options.strategy as DeployStrategy | undefined
  if (strategy !== undefined && !DEPLOY_STRATEGIES.includes(strategy)) {
    throw new UsageError(`unknown strategy '${options.strategy}'; expected one of ${DEPLOY_STRATEGIES.join(', ')}`)
  }
  const batch = options.batch === undefined ? undefined : parseBatch(options.batch)
  const services = options.services
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const ctx = await openContext(options)
  return ctx.withDeps(async (deps) => {
    const outcome = await deploy(ctx.config, deps, {
      services,
      strategy,
      rollbackOnFail: !!options.rollbackOnFail,
      layers,
      who: whoAmI(),
      ...(batch === undefined ? {} : { batch })
    })
    if (outcome.before) {
      // What failed before the rollback is for the person watching (stderr): stdout only ever holds the report.
      const color = useColor(options, process.stderr)
      const stopped = 'rollout' in outcome ? outcome.rollout.stopped : null
      const what = stopped ? `batch ${stopped.batch} (${stopped.hosts.join(', ')})` : 'verification'
      const then = outcome.rolledBack ? 'rolled back' : 'left as it is (no --rollback-on-fail)'
      process.stderr.write(
        `Deployed ${outcome.revision?.slice(0, 12) ?? 'HEAD'}: ${stopped ? `the verification of ${what}` : what} failed, ${then}.\n\n` +
          render(outcome.before, 'text', { color }) +
          `\n${stopped ? 'The fleet after the rollout:' : 'After the rollback:'}\n\n`
      )
    }
    await emitReport(outcome.result, options)
    // A fleet's rollout that stopped because a step could not be done (a build, a lock) is exit 3, like a single target's.
    if ('rollout' in outcome && outcome.rollout.stopped && !outcome.before) return 3
    // The deploy's own verdict: a rolled-back deploy failed, whatever the previous version's verification says.
    return exitCodeFor((outcome.before ?? outcome.result).verdict)
  })
}

/** `--batch 2` → 2; anything but a whole number >= 1 is a usage error. */
export function parseBatch(value: string): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--batch is '${value}', expected a whole number of hosts >= 1`)
  return n
}

/** Who holds the deploy lock: the user and machine, and the CI run when there is one. */
export function whoAmI(env: NodeJS.ProcessEnv = process.env): string {
  let user = env.USER ?? 'unknown'
  try {
    user = userInfo().username
  } catch {
    // no passwd entry (containers): keep $USER
  }
  const ci =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? ` (${env.GITHUB_REPOSITORY} run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? 1})`
      : ''
  return `${user}@${hostname()}${ci}`
}
