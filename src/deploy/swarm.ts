import type { DriftConfig } from '../core/config.js'
import { InfraError, UsageError } from '../core/errors.js'
import type { BuiltImage, PinnedImage, SwarmNode, SwarmStack } from '../core/ports.js'
import { buildLabels, verify } from '../engine/engine.js'
import { expandConfig } from '../engine/expand.js'
import {
  explain,
  kib,
  resolveServices,
  selectServices,
  shipTreeStep,
  underLock,
  type DeployDeps,
  type DeployOptions,
  type DeployOutcome
} from './deploy.js'
import { pushImages } from './registry.js'
import { StepLog } from './steps.js'
import { convergence, pinnedRef } from './swarm-converge.js'

export interface SwarmDeployDeps extends DeployDeps {
  swarm: SwarmStack
}

export interface SwarmDeployOptions extends DeployOptions {
  /** How long the tasks may take to converge after `docker stack deploy` or a rollback (default 5 minutes). */
  convergeTimeoutMs?: number
  /** Between two looks at the tasks (default 1 s). */
  pollMs?: number
  sleep?: (ms: number) => Promise<void>
}

const DEFAULT_CONVERGE_MS = 5 * 60_000

/** service → its spec's image before the deploy (null: the service did not exist). */
type Before = Map<string, string | null>

/**
 * A Swarm deploy, under the deploy lock in `target.dir` on the manager: ship the tree (the compose files) → build and stamp
 * here → load the images into every node → `docker stack deploy` with them pinned → wait for the tasks to converge →
 * verify; with `rollbackOnFail`, a failed verification is `docker service rollback` of what changed, converge, verify.
 */
export async function orchestrateSwarmDeploy(
  written: DriftConfig,
  deps: SwarmDeployDeps,
  options: SwarmDeployOptions = {}
): Promise<DeployOutcome> {
  const strategy = options.strategy ?? 'image'
  if (strategy === 'source')
    throw new UsageError(
      '--strategy source does not apply to a Swarm stack: its images are built here, then loaded into every node (--strategy image) or pushed to target.registry for the nodes to pull (--strategy registry)'
    )
  // The discovered features are known (and a glob that matches nothing refused) before anything is shipped.
  const config = await expandConfig(written, deps.engine)
  const registry = config.target.registry
  if (strategy === 'registry' && !registry)
    throw new UsageError('--strategy registry needs target.registry (the repository the nodes pull from)')
  const asked = selectServices(config, options.services) ?? []
  const log = new StepLog(deps.engine.logger)
  const { swarm } = deps
  let nodes: SwarmNode[] = []
  const preflight = async () => {
    const [{ docker, nodes: found }, dir] = await Promise.all([swarm.preflight(), deps.ship.preflight()])
    nodes = found
    return `${deps.ship.dir} is writable (Docker ${dir.docker}); Swarm manager, Docker ${docker}; nodes ${found.map(nodeWords).join(', ')}`
  }
  return underLock(deps, options, log, preflight, async () => {
    const shipped = await shipTreeStep(deps, log)
    const revision = shipped?.revision ?? (await deps.engine.tree.revision())
    const local = deps.engine.build.compose
    if (!local)
      throw new InfraError('no local compose project to build the images from', 'add a compose file to the checkout')
    const defined = await local.services()
    const services = resolveServices(config, asked, defined, local.dir)
    if (services.length === 0)
      throw new UsageError(`nothing to deploy: no configured service is defined by the compose project in ${local.dir}`)
    const untouched = `the stack ${swarm.stack} was NOT changed`

    let built: BuiltImage[] = []
    const pinned = await log.run('build', `building locally: ${services.join(', ')}`, async () => {
      const labels = await buildLabels(
        deps.engine.tree,
        { revision },
        { fromWorkingTree: true, logger: deps.engine.logger }
      )
      try {
        built = await local.build(services, labels)
        const value = built.map((b): PinnedImage => ({
          service: b.service,
          source: b.ref,
          target: pinnedRef(b.ref, revision, b.id)
        }))
        return {
          value,
          detail: `built ${value.map((p) => `${p.service} as ${p.target}`).join(', ') || 'nothing (no build sections)'}`
        }
      } catch (error) {
        throw explain(error, untouched, 'fix the build, then deploy again')
      }
    })

    // The images reach every node: loaded into each (image), or pushed for the nodes to pull by digest (registry).
    let images = Object.fromEntries(pinned.map((p) => [p.service, p.target]))
    if (registry && strategy === 'registry') {
      const pushed = await log.run(
        'push',
        `pushing ${built.map((b) => b.service).join(', ')} to ${registry}`,
        async () => {
          try {
            const value = await pushImages(deps.publisher, registry, built)
            return { value, detail: value.map((p) => `${p.service} as ${p.ref}`).join(', ') || 'nothing was built' }
          } catch (error) {
            throw explain(error, untouched, 'fix the push (docker login, the registry), then deploy again')
          }
        }
      )
      images = Object.fromEntries(pushed.map((p) => [p.service, p.ref]))
    } else {
      const targets = nodes.filter((n) => n.state === 'ready' && n.availability !== 'drain').map((n) => n.hostname)
      await distribute(log, swarm, pinned, targets, nodes, untouched)
    }

    const before: Before = new Map()
    await log.run('stack-deploy', `docker stack deploy ${swarm.stack}: ${services.join(', ')}`, async () => {
      const states = await swarm.services(services)
      for (const service of services) before.set(service, states.get(service)?.image ?? null)
      // Pulled from the registry, the nodes resolve the tag to its digest (and take the manager's login); loaded, never.
      const fromRegistry = strategy === 'registry'
      const files = await swarm.deploy(images, {
        resolveImage: fromRegistry ? 'always' : 'never',
        ...(fromRegistry ? { withRegistryAuth: true } : {})
      })
      const created = services.filter((s) => before.get(s) === null)
      const detail = `deployed ${files.join(' + ')}${pinned.length ? ' with the images pinned' : ''}${created.length ? `; new: ${created.join(', ')}` : ''}`
      return { value: undefined, detail }
    })
    const wanted = Object.fromEntries(services.map((s) => [s, images[s] ?? null]))
    await converge(log, 'converge', swarm, services, wanted, options)

    const layers = options.layers
    const verifyStep = (name: 'verify' | 'verify-rollback', description: string) =>
      log.run(name, description, async () => {
        const value = await verify(config, deps.engine, layers ? { layers } : {})
        return { value, detail: `verdict ${value.verdict}` }
      })
    const result = await verifyStep('verify', `verifying ${config.features.length} feature(s) on every task`)
    const done = { revision, services, steps: log.steps }
    if (result.verdict === 'pass') return { ...done, result, rolledBack: false }
    if (!options.rollbackOnFail) {
      log.skip('rollback', 'not asked for (--rollback-on-fail)')
      return { ...done, result, rolledBack: false }
    }
    const back = await rollback(log, swarm, services, before, images)
    await converge(
      log,
      'converge-rollback',
      swarm,
      back,
      Object.fromEntries(back.map((s) => [s, before.get(s)!])),
      options
    )
    const after = await verifyStep('verify-rollback', 'verifying the previous version')
    return { ...done, result: after, before: result, rolledBack: true }
  })
}

/**
 * The `distribute` step: the images into every node that can run tasks (a node that is down or drained gets none, and the
 * line says so). `--strategy registry` is the other way to make them available: a push step in its place.
 */
export async function distribute(
  log: StepLog,
  swarm: SwarmStack,
  pinned: PinnedImage[],
  targets: string[],
  nodes: SwarmNode[],
  untouched: string
): Promise<void> {
  if (pinned.length === 0) return log.skip('distribute', 'nothing was built')
  await log.run(
    'distribute',
    `loading ${pinned.map((p) => p.target).join(', ')} into ${targets.join(', ')}`,
    async () => {
      try {
        const { bytes, nodes: loaded } = await swarm.loadImages(pinned, targets)
        const skipped = nodes.filter((n) => !targets.includes(n.hostname)).map(nodeWords)
        return {
          value: undefined,
          detail: `loaded ${kib(bytes)} of images into ${loaded.join(', ')}${skipped.length ? `; not into ${skipped.join(', ')}` : ''}`
        }
      } catch (error) {
        throw explain(error, untouched, 'fix the node, then deploy again')
      }
    }
  )
}

/** Polls the tasks until they run the wanted specs, Swarm gives up, or the time is up; a progress line on each change. */
async function converge(
  log: StepLog,
  step: 'converge' | 'converge-rollback',
  swarm: SwarmStack,
  services: string[],
  wanted: Record<string, string | null>,
  options: SwarmDeployOptions
): Promise<void> {
  if (services.length === 0) return log.skip(step, 'nothing to wait for')
  const timeoutMs = options.convergeTimeoutMs ?? DEFAULT_CONVERGE_MS
  const pollMs = options.pollMs ?? 1000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  await log.run(
    step,
    `waiting up to ${Math.round(timeoutMs / 1000)} s for the tasks of ${services.join(', ')}`,
    async () => {
      const deadline = Date.now() + timeoutMs
      let said = ''
      for (;;) {
        const state = convergence(services, await swarm.services(services), wanted)
        const line = state.lines.join('; ')
        if (state.done) return { value: undefined, detail: line }
        if (state.failed)
          throw new InfraError(
            `Swarm stopped the update: ${state.failed}`,
            `see docker service ps on the manager; ${line}`
          )
        if (Date.now() >= deadline)
          throw new InfraError(
            `the tasks did not converge within ${Math.round(timeoutMs / 1000)} s: ${line}`,
            'see docker service ps on the manager'
          )
        if (line !== said) log.progress(step, line)
        said = line
        await sleep(pollMs)
      }
    }
  )
}

/** `docker service rollback` of each service this deploy changed; one it created has nothing to go back to. */
async function rollback(
  log: StepLog,
  swarm: SwarmStack,
  services: string[],
  before: Before,
  images: Record<string, string>
): Promise<string[]> {
  const changed = services.filter((s) => before.get(s) && images[s] && before.get(s) !== images[s])
  const created = services.filter((s) => before.get(s) === null)
  return log.run(
    'rollback',
    `docker service rollback ${changed.map((s) => `${swarm.stack}_${s}`).join(' ') || '(nothing)'}`,
    async () => {
      for (const service of changed) await swarm.rollback(service)
      const fresh = created.length ? `; ${created.join(', ')} did not exist before: left as deployed` : ''
      return { value: changed, detail: `${changed.join(', ') || 'nothing'} back on the previous spec${fresh}` }
    }
  )
}

function nodeWords(node: SwarmNode): string {
  const odd = [node.state !== 'ready' ? node.state : null, node.availability !== 'active' ? node.availability : null]
  const says = odd.filter(Boolean).join(', ')
  return says ? `${node.hostname} (${says})` : node.hostname
}
