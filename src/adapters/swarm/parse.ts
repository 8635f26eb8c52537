import type { SwarmServiceState } from '../../core/ports.js'

/**
 * Pure readers of what a Swarm manager says: `docker service inspect`, `docker inspect --type task`, `docker node inspect`,
 * `docker info --format '{{json .Swarm}}'`. Tested with output captured from the test Swarm.
 */

/** A service's spec, as far as driftcheck reads it: the port's service state without its tasks, and the service's ID. */
export type ServiceSpec = Omit<SwarmServiceState, 'tasks'> & { id: string }

/** One task, as `docker inspect --type task` says it. */
export interface TaskInfo {
  id: string
  serviceId: string
  /** Replicated services number their tasks' slots from 1; a global service's tasks have none (0). */
  slot: number
  /** Empty while the task is not assigned to a node. */
  nodeId: string
  /** What the orchestrator wants: `running`, `ready` (about to run), `shutdown`, `remove`. */
  desiredState: string
  /** What it is: `new` … `preparing`, `starting`, `running`, `complete`, `failed`, `rejected`, `shutdown`, `orphaned`. */
  state: string
  error: string | null
  /** The container on its node; empty before it is created. */
  containerId: string
  /** The image the task was created from (its own spec, which an update does not change). */
  image: string
  createdAt: number
}

export interface NodeInfo {
  id: string
  hostname: string
  /** The address the node talks to the Swarm from; null when it says none (or `0.0.0.0`). */
  address: string | null
  role: string
  /** `ready`, `down`, `unknown`, `disconnected`. */
  state: string
  /** `active`, `pause`, `drain`. */
  availability: string
}

export interface SwarmInfo {
  nodeId: string
  /** `active`, `inactive`, `pending`, `error`, `locked`. */
  state: string
  manager: boolean
  error: string
}

type Json = Record<string, unknown>

export function parseServiceInspect(stdout: string): ServiceSpec[] {
  return jsonArray(stdout, 'docker service inspect').map((raw) => {
    const spec = (raw.Spec ?? {}) as Json
    const previous = raw.PreviousSpec as Json | undefined
    const update = raw.UpdateStatus as { State?: string; Message?: string } | undefined
    const replicated = (spec.Mode as { Replicated?: { Replicas?: number } } | undefined)?.Replicated
    return {
      id: text(raw.ID),
      name: text(spec.Name),
      image: specImage(spec) ?? '',
      previousImage: previous ? specImage(previous) : null,
      replicas: replicated ? (replicated.Replicas ?? 1) : null,
      updateState: update?.State || null,
      updateMessage: update?.Message || null
    }
  })
}

export function parseTaskInspect(stdout: string): TaskInfo[] {
  return jsonArray(stdout, 'docker inspect --type task').map((raw) => {
    const status = (raw.Status ?? {}) as { State?: string; Err?: string; ContainerStatus?: { ContainerID?: string } }
    const spec = (raw.Spec ?? {}) as { ContainerSpec?: { Image?: string } }
    return {
      id: text(raw.ID),
      serviceId: text(raw.ServiceID),
      slot: typeof raw.Slot === 'number' ? raw.Slot : 0,
      nodeId: text(raw.NodeID),
      desiredState: text(raw.DesiredState),
      state: status.State ?? 'unknown',
      error: status.Err || null,
      containerId: status.ContainerStatus?.ContainerID ?? '',
      image: spec.ContainerSpec?.Image ?? '',
      createdAt: Date.parse(text(raw.CreatedAt)) || 0
    }
  })
}

export function parseNodeInspect(stdout: string): NodeInfo[] {
  return jsonArray(stdout, 'docker node inspect').map((raw) => {
    const status = (raw.Status ?? {}) as { State?: string; Addr?: string }
    const spec = (raw.Spec ?? {}) as { Role?: string; Availability?: string }
    const manager = raw.ManagerStatus as { Addr?: string } | undefined
    const description = (raw.Description ?? {}) as { Hostname?: string }
    return {
      id: text(raw.ID),
      hostname: description.Hostname ?? text(raw.ID),
      // A manager that listens on 0.0.0.0 reports that as its address; its manager address is the real one.
      address: usable(status.Addr) ?? usable(manager?.Addr?.replace(/:\d+$/, '')) ?? null,
      role: spec.Role ?? 'unknown',
      state: status.State ?? 'unknown',
      availability: spec.Availability ?? 'unknown'
    }
  })
}

export function parseSwarmInfo(stdout: string): SwarmInfo {
  const raw = JSON.parse(stdout.trim() || 'null') as Json | null
  if (!raw || typeof raw !== 'object') throw new Error('docker info: no Swarm section in the output')
  return {
    nodeId: text(raw.NodeID),
    state: text(raw.LocalNodeState) || 'inactive',
    manager: raw.ControlAvailable === true,
    error: text(raw.Error)
  }
}

/** The task that stands for a slot now, with what the slot's latest failure said (a task that keeps being rejected). */
export interface CurrentTask extends TaskInfo {
  /** `aibp_api.2`, or `aibp_api.<node id>` for a global service (as `docker service ps` names them). */
  name: string
  /** This task's error, else the latest error of an earlier task in the same slot. */
  lastError: string | null
}

// The orchestrator is done with a task it wants shut down or removed: it no longer stands for its slot.
const RETIRED = new Set(['shutdown', 'remove'])

/**
 * The current task of each slot of a service (each node, for a global one): the newest task the orchestrator still wants
 * to run. A slot whose tasks are all retired (scaled down) has none. In slot order.
 */
export function currentTasks(service: string, tasks: readonly TaskInfo[]): CurrentTask[] {
  const slots = new Map<string, TaskInfo[]>()
  for (const task of tasks) {
    const key = task.slot > 0 ? String(task.slot) : `node:${task.nodeId}`
    slots.set(key, [...(slots.get(key) ?? []), task])
  }
  const current: CurrentTask[] = []
  for (const slotTasks of slots.values()) {
    const newestFirst = [...slotTasks].sort((a, b) => b.createdAt - a.createdAt)
    const task = newestFirst.find((t) => !RETIRED.has(t.desiredState))
    if (!task) continue
    const lastError = task.error ?? newestFirst.find((t) => t.error)?.error ?? null
    current.push({ ...task, name: `${service}.${task.slot > 0 ? task.slot : task.nodeId}`, lastError })
  }
  return current.sort((a, b) => a.slot - b.slot || a.nodeId.localeCompare(b.nodeId))
}

/** `no such service: aibp_api` (CLI 20+), `Error: No such service: aibp_api` (older). */
export function isNoSuchService(stderr: string): boolean {
  return /no such service/i.test(stderr)
}

function specImage(spec: Json): string | null {
  const template = spec.TaskTemplate as { ContainerSpec?: { Image?: string } } | undefined
  return template?.ContainerSpec?.Image ?? null
}

function jsonArray(stdout: string, what: string): Json[] {
  const value = JSON.parse(stdout.trim() || '[]') as unknown
  if (!Array.isArray(value)) throw new Error(`${what}: expected a JSON array`)
  return value.filter((item): item is Json => !!item && typeof item === 'object')
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function usable(address: string | undefined): string | null {
  return address && address !== '0.0.0.0' && address !== '::' ? address : null
}
