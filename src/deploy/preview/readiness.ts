import type { PreviewNotReadyService } from '../../core/model.js'
import type { PreviewServiceState } from '../../core/ports.js'

/** Why a started service is not ready (yet): the facts the report turns into words. */
export type NotReady = PreviewNotReadyService

/** A container that stopped, or will not run again by itself: waiting longer cannot make it ready. */
const STOPPED = new Set(['exited', 'dead', 'removing'])

/**
 * One look at the started services: ready (every one has a running container whose published tcp ports accept a
 * connection), or what is not. `final`: the service cannot become ready by waiting (it exited).
 */
export function judgeReadiness(states: readonly PreviewServiceState[]): { service: NotReady; final: boolean }[] {
  const problems: { service: NotReady; final: boolean }[] = []
  for (const state of states) {
    const running = state.containers.find((c) => c.state === 'running')
    const stopped = state.containers.find((c) => STOPPED.has(c.state))
    if (!running && stopped) {
      const { name, state: how, exitCode } = stopped
      problems.push({
        service: { service: state.service, reason: 'exited', container: name, state: how, exitCode },
        final: true
      })
      continue
    }
    if (!running) {
      const other = state.containers[0]
      problems.push({
        service: other
          ? { service: state.service, reason: 'starting', container: other.name, state: other.state }
          : { service: state.service, reason: 'no-container' },
        final: false
      })
      continue
    }
    const closed = state.ports.find((p) => p.protocol === 'tcp' && p.accepts !== true)
    if (closed)
      problems.push({
        service: {
          service: state.service,
          reason: 'port-closed',
          container: running.name,
          port: closed.published?.port ?? 0,
          target: closed.target
        },
        final: false
      })
  }
  return problems
}

export interface WaitOptions {
  timeoutMs: number
  intervalMs?: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
  signal?: AbortSignal
}

/**
 * Looks again every `intervalMs` until every service is ready (→ its last look), every one that is not cannot become ready
 * by waiting (it exited), or the deadline passes (→ what is not ready). One that exited does not cut the wait short for the
 * others: a service still starting then is verified once it is ready. Bounded by the deadline and by the abort signal.
 */
export async function waitUntilReady(
  observe: () => Promise<PreviewServiceState[]>,
  options: WaitOptions
): Promise<{ states: PreviewServiceState[]; notReady: NotReady[] }> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const deadline = now() + options.timeoutMs
  for (;;) {
    const states = await observe()
    const problems = judgeReadiness(states)
    if (problems.length === 0) return { states, notReady: [] }
    if (problems.every((p) => p.final) || now() >= deadline || options.signal?.aborted)
      return { states, notReady: problems.map((p) => p.service) }
    await sleep(Math.min(options.intervalMs ?? 500, Math.max(0, deadline - now())))
  }
}
