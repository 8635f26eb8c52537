import { describe, expect, it } from '@jest/globals'
import type { SwarmServiceState } from '../../src/core/ports.js'
import { convergence, pinnedRef } from '../../src/deploy/swarm-converge.js'

const NEW = 'aibp_api:9f8e7d6c5b4a-111111111111'
const OLD = 'aibp_api:a1b2c3d4e5f6-000000000000'
type Task = SwarmServiceState['tasks'][number]
const task = (slot: number, node: string, state = 'running', image = NEW, error: string | null = null): Task => ({
  name: `aibp_api.${slot}`,
  node,
  state,
  image,
  specImage: NEW,
  error
})
const api = (tasks: Task[], extra: Partial<SwarmServiceState> = {}): Map<string, SwarmServiceState> =>
  new Map([
    [
      'api',
      {
        name: 'aibp_api',
        image: NEW,
        previousImage: OLD,
        replicas: 2,
        updateState: 'completed',
        updateMessage: null,
        tasks,
        ...extra
      }
    ]
  ])

describe('convergence', () => {
  it.each<[string, Map<string, SwarmServiceState>, boolean, string | null, string]>([
    [
      'every task runs the new spec',
      api([task(1, 'node-1'), task(2, 'node-2')]),
      true,
      null,
      'aibp_api 2/2 task(s) running its spec'
    ],
    [
      'one task still on the old spec',
      api([task(1, 'node-1'), task(2, 'node-2', 'running', OLD)], { updateState: 'updating' }),
      false,
      null,
      `aibp_api 1/2 task(s) running its spec (aibp_api.2 on node-2: running the old spec (${OLD}))`
    ],
    [
      'one task rejected',
      api([task(1, 'node-1'), task(2, 'node-2', 'rejected', NEW, 'No such image: x')]),
      false,
      null,
      'aibp_api 1/2 task(s) running its spec (aibp_api.2 on node-2: rejected (No such image: x))'
    ],
    ['fewer tasks than replicas', api([task(1, 'node-1')]), false, null, 'aibp_api 1/2 task(s) running its spec'],
    [
      'an update Swarm paused',
      api([task(1, 'node-1'), task(2, 'node-2', 'failed', NEW, 'exit 1')], {
        updateState: 'paused',
        updateMessage: 'update paused due to failure'
      }),
      false,
      'aibp_api: paused (update paused due to failure)',
      'aibp_api 1/2 task(s) running its spec (aibp_api.2 on node-2: failed (exit 1))'
    ],
    ['a service not created yet', new Map(), false, null, 'api: no such service in the stack yet']
  ])('%s', (_, states, done, failed, line) => {
    const state = convergence(['api'], states, { api: NEW })
    expect(state).toEqual({ done, failed, lines: [line] })
  })

  it('waits while the spec still names another image (the deploy has not reached the manager yet)', () => {
    const states = api([task(1, 'node-1', 'running', OLD), task(2, 'node-2', 'running', OLD)], { image: OLD })
    for (const t of states.get('api')!.tasks) t.specImage = OLD
    const state = convergence(['api'], states, { api: NEW })
    expect(state.done).toBe(false)
    expect(state.lines[0]).toBe(`aibp_api 2/2 task(s) running its spec; its spec still names ${OLD}`)
  })

  it('accepts the digest a manager resolved onto the pinned reference', () => {
    const resolved = `${NEW}@sha256:${'a'.repeat(64)}`
    const states = api([{ ...task(1, 'node-1', 'running', resolved), specImage: resolved }], {
      image: resolved,
      replicas: 1
    })
    expect(convergence(['api'], states, { api: NEW }).done).toBe(true)
  })
})

describe('pinnedRef', () => {
  it.each([
    ['aibp_api', 'abcdef0123456789', 'sha256:1111222233334444', 'aibp_api:abcdef012345-111122223333'],
    [
      'reg:5000/acme/api:latest',
      'abcdef0123456789',
      'sha256:1111222233334444',
      'reg:5000/acme/api:abcdef012345-111122223333'
    ],
    ['api@sha256:ffff', 'abcdef0-dirty', 'sha256:1111222233334444', 'api:abcdef0-dirt-111122223333'],
    ['api', null, 'sha256:1111222233334444', 'api:uncommitted-111122223333']
  ])('%s at %s → %s', (ref, revision, id, pinned) => {
    expect(pinnedRef(ref, revision, id)).toBe(pinned)
  })
})
