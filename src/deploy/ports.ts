/**
 * What a deploy needs from the target besides the engine's Docker and compose adapters. `src/adapters/ship.ts` implements it
 * over a CommandRunner (ssh or local); the deploy logic in this folder only sees this interface, so its tests use fakes.
 */

export interface LockInfo {
  /** `user@machine`, plus the CI run when there is one. */
  who: string
  /** ISO 8601. */
  since: string
  pid: number
  revision: string | null
}

export interface ShippedTree {
  /** The commit whose tracked tree was shipped. */
  revision: string
  bytes: number
  /** True when the checkout had uncommitted changes to tracked files (they were NOT shipped: HEAD was). */
  dirty: boolean
}

export interface DeployTarget {
  /** `ssh://user@host:port` or `local`. */
  readonly where: string
  /** The compose project's directory on the target. */
  readonly dir: string
  /** `target.dir` exists and is writable, and the Docker engine answers (its version). InfraError otherwise. */
  preflight(): Promise<{ docker: string }>
  /** Atomically takes the deploy lock in `dir` (InfraError naming the holder when it is held); resolves to its release. */
  lock(info: LockInfo): Promise<() => Promise<void>>
  /** Ships the tracked tree at HEAD of the checkout into `dir` (null when `dir` is the checkout itself: nothing to ship). */
  shipTree(): Promise<ShippedTree | null>
  /** Copies local images to the target's engine (`docker save | ssh docker load`). */
  shipImages(refs: readonly string[]): Promise<{ bytes: number }>
  /** `docker tag SOURCE TARGET` on the target's engine. */
  tag(source: string, target: string): Promise<void>
}
