import type { DriftConfig } from '../core/config.js'
import { InfraError, UsageError } from '../core/errors.js'
import type { DeployTarget, ImagePublisher, SwarmStack } from '../core/ports.js'
import type { EngineDeps } from '../engine/engine.js'
import {
  orchestrateFleetDeploy,
  type FleetDeployDeps,
  type FleetDeployOptions,
  type FleetDeployOutcome
} from './fleet.js'
import {
  orchestrateDeploy,
  orchestrateDeployOnly,
  type DeployDeps,
  type DeployOnlyOutcome,
  type DeployOptions,
  type DeployOutcome
} from './deploy.js'
import { orchestrateSwarmDeploy, type SwarmDeployOptions } from './swarm.js'

export * from './deploy.js'
export { orchestrateSwarmDeploy, type SwarmDeployOptions } from './swarm.js'
export { PREVIOUS_TAG, previousRef, registryRef } from './refs.js'
export { pullPushed, pushImages, type PushedImage } from './registry.js'
export { batchesOf, DEFAULT_BATCH, type FleetDeployOptions, type FleetDeployOutcome } from './fleet.js'
export type { DeployStep, StepName } from './steps.js'

/** The engine plus the target side of a deploy (null when the target could not be reached), as `createDeps` wires them. */
export interface DeployInputs extends EngineDeps {
  ship: DeployTarget | null
  /** This machine's engine as the pusher of `--strategy registry`. */
  publisher: ImagePublisher
  /** `target.swarm`: the manager's side (null without a Swarm, or when the manager could not be reached). */
  swarm?: SwarmStack | null
  /** A fleet (`target.hosts`): its hosts, and the engine narrowed to a batch. */
  fleet?: Omit<FleetDeployDeps, 'engine' | 'publisher'>
}

function deployDeps(config: DriftConfig, deps: DeployInputs): DeployDeps {
  if (deps.fleet)
    throw new UsageError('a fleet (target.hosts) is deployed batch by batch, each verified: use deploy, not deployOnly')
  if (!deps.ship) {
    throw (
      deps.target.unavailable ??
      new InfraError(`cannot reach ${config.target.host?.raw ?? 'the target'}`, 'fix the connection, then deploy again')
    )
  }
  return { engine: deps, ship: deps.ship, publisher: deps.publisher }
}

/** lock → ship → build → `up -d` → unlock, on the target `createDeps` connected to. */
export function deployOnly(
  config: DriftConfig,
  deps: DeployInputs,
  options: DeployOptions = {}
): Promise<DeployOnlyOutcome> {
  if (config.target.swarm)
    throw new UsageError(
      'a Swarm stack is deployed and verified in one run: use `driftcheck deploy`, not a deploy-only step'
    )
  return orchestrateDeployOnly(config, deployDeps(config, deps), options)
}

/**
 * `deployOnly` + verification (+ rollback with `rollbackOnFail`), all under the deploy lock. On a fleet: the rolling deploy,
 * `batch` hosts at a time (its outcome has `rollout`); on a Swarm: `docker stack deploy`.
 */
export function deploy(
  config: DriftConfig,
  deps: DeployInputs,
  options: SwarmDeployOptions & FleetDeployOptions = {}
): Promise<DeployOutcome | FleetDeployOutcome> {
  if (deps.fleet)
    return orchestrateFleetDeploy(config, { ...deps.fleet, engine: deps, publisher: deps.publisher }, options)
  if (options.batch !== undefined && options.batch !== 1)
    throw new UsageError('--batch is for a fleet (target.hosts); this target is one host')
  if (config.target.swarm) {
    const base = deployDeps(config, deps)
    if (!deps.swarm) throw new InfraError(`cannot reach the Swarm manager ${config.target.host?.raw ?? 'local'}`)
    return orchestrateSwarmDeploy(config, { ...base, swarm: deps.swarm }, options)
  }
  return orchestrateDeploy(config, deployDeps(config, deps), options)
}
