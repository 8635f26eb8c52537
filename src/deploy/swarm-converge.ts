/** Pure rules of a Swarm deploy: the pinned image reference, and when a stack's services have converged. */
import type { SwarmServiceState } from '../core/ports.js'

/**
 * The reference a built image is pinned to: its repository with a tag of the commit and the image ID
 * (`aibp_api:1a2b3c4d5e6f-3f9a1c2b4d5e`). A new commit or new content is a new tag, so `docker stack deploy` sees a new
 * spec and rolls the tasks; the same image keeps its tag, so an unchanged service is left alone.
 */
export function pinnedRef(ref: string, revision: string | null, imageId: string): string {
  const noDigest = ref.split('@')[0]!
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  const repository = colon > slash ? noDigest.slice(0, colon) : noDigest
  const commit = revision ? revision.replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 12) : 'uncommitted'
  return `${repository}:${commit}-${imageId.replace(/^sha256:/, '').slice(0, 12)}`
}

/** Whether a spec's image is the one pinned (the manager may have added the digest it resolved: `ref@sha256:…`). */
export function isImage(specImage: string, wanted: string): boolean {
  return specImage === wanted || specImage.startsWith(`${wanted}@`)
}

export interface Convergence {
  /** Every service runs all its tasks on the wanted image. */
  done: boolean
  /** Swarm gave up (an update or rollback paused on failures): waiting longer will not help. */
  failed: string | null
  /** One line per service: `aibp_api 1/2 tasks running the new spec (aibp_api.2 on node-2: preparing)`. */
  lines: string[]
}

/**
 * Where the services stand against what was deployed: `wanted[service]` is the image its spec must name (null: whatever
 * it names). A service has converged when its update is not in progress and every task of every slot runs its spec's
 * image; a service that is absent has not.
 */
export function convergence(
  services: readonly string[],
  states: Map<string, SwarmServiceState>,
  wanted: Record<string, string | null>
): Convergence {
  let done = true
  const failures: string[] = []
  const lines = services.map((service) => {
    const state = states.get(service)
    if (!state) {
      done = false
      return `${service}: no such service in the stack yet`
    }
    const want = wanted[service] ?? null
    const specOk = want === null || isImage(state.image, want)
    const ready = state.tasks.filter((t) => t.state === 'running' && t.image === state.image)
    const expected = state.replicas ?? state.tasks.length
    const others = state.tasks.filter((t) => !ready.includes(t))
    const updating = state.updateState === 'updating' || state.updateState === 'rollback_started'
    if (state.updateState === 'paused' || state.updateState === 'rollback_paused')
      failures.push(
        `${state.name}: ${state.updateState.replace('_', ' ')}${state.updateMessage ? ` (${state.updateMessage})` : ''}`
      )
    const converged = specOk && !updating && ready.length === expected && others.length === 0 && expected > 0
    if (!converged) done = false
    const pending = others.map(describeTask).join(', ')
    const spec = specOk ? '' : `; its spec still names ${state.image}`
    return `${state.name} ${ready.length}/${expected} task(s) running its spec${pending ? ` (${pending})` : ''}${spec}`
  })
  return { done: done && failures.length === 0, failed: failures.length ? failures.join('; ') : null, lines }
}

/** `aibp_api.2 on node-2: rejected (No such image: …)`, `aibp_api.1 on node-1: running the old spec`. */
export function describeTask(task: SwarmServiceState['tasks'][number]): string {
  const where = `${task.name}${task.node ? ` on ${task.node}` : ''}`
  if (task.state === 'running' && task.image !== task.specImage) return `${where}: running the old spec (${task.image})`
  return `${where}: ${task.state}${task.error ? ` (${task.error})` : ''}`
}
