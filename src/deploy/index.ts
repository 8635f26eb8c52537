import type { Deps } from '../adapters/index.js'
import { ShipTarget } from '../adapters/ship.js'
import type { DriftConfig } from '../config/types.js'
import { InfraError } from '../core/errors.js'
import {
  orchestrateDeploy,
  orchestrateDeployOnly,
  type DeployDeps,
  type DeployOnlyOutcome,
  type DeployOptions,
  type DeployOutcome
} from './deploy.js'

export * from './deploy.js'
export type { DeployTarget, LockInfo, ShippedTree } from './ports.js'
export { PREVIOUS_TAG, previousRef } from './refs.js'
export type { DeployStep, StepName } from './steps.js'

/** The deploy's view of the wired adapters: the engine, plus the target side over the target's runner (ssh or local). */
export function deployDeps(config: DriftConfig, deps: Deps): DeployDeps {
  if (!deps.targetRunner) {
    const why = (deps.target as { unavailable?: string }).unavailable
    throw new InfraError(
      why ?? `cannot reach ${config.target.host?.raw ?? 'the target'}`,
      'fix the connection, then deploy again'
    )
  }
  const ship = new ShipTarget({
    local: deps.localRunner,
    remote: deps.targetRunner,
    checkout: config.baseDir,
    dir: config.target.dir,
    logger: deps.logger
  })
  return { engine: deps, ship }
}

/** lock → ship → build → `up -d` → unlock, on the target `createDeps` connected to. */
export function deployOnly(config: DriftConfig, deps: Deps, options: DeployOptions = {}): Promise<DeployOnlyOutcome> {
  return orchestrateDeployOnly(config, deployDeps(config, deps), options)
}

/** `deployOnly` + verification (+ rollback with `rollbackOnFail`), all under the deploy lock. */
export function deploy(config: DriftConfig, deps: Deps, options: DeployOptions = {}): Promise<DeployOutcome> {
  return orchestrateDeploy(config, deployDeps(config, deps), options)
}
