import type { Logger } from '../core/ports.js'
import { firstLineOf } from '../core/errors.js'
import { formatDuration } from '../core/units.js'

export const STEP_NAMES = [
  'preflight',
  'lock',
  'ship',
  'build',
  'push',
  'pull',
  'snapshot',
  'recreate',
  'distribute',
  'stack-deploy',
  'converge',
  'verify',
  'rollback',
  'converge-rollback',
  'verify-rollback',
  'unlock'
] as const
export type StepName = (typeof STEP_NAMES)[number]

export interface DeployStep {
  name: StepName
  /** The fleet host it ran on (`node-2`); absent on the single target. */
  host?: string
  status: 'ok' | 'failed' | 'skipped'
  /** One line: what happened (`shipped 1a2b3c4 (120 KiB) to /srv/app`), or why it failed. */
  detail: string
  durationMs: number
}

/** Runs the steps of a deploy in order, one progress line each, and keeps what happened for the report. */
export class StepLog {
  readonly steps: DeployStep[] = []

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    /** The fleet host these steps run on: each line and step names it. */
    private readonly host?: string
  ) {}

  async run<T>(name: StepName, start: string, work: () => Promise<{ value: T; detail: string }>): Promise<T> {
    this.logger.info(`${this.label(name)}: ${start}`)
    const began = this.now()
    try {
      const { value, detail } = await work()
      this.record(name, 'ok', detail, began)
      return value
    } catch (error) {
      this.record(name, 'failed', firstLineOf(error), began)
      throw error
    }
  }

  /** A line while a long step runs (the tasks converging), so the wait is never silent. */
  progress(name: StepName, line: string): void {
    this.logger.info(`deploy ${name}: ${line}`)
  }

  skip(name: StepName, why: string): void {
    this.logger.info(`${this.label(name)}: skipped (${why})`)
    this.steps.push({ name, ...this.on(), status: 'skipped', detail: why, durationMs: 0 })
  }

  /** `deploy build`, `deploy node-2 build`. */
  private label(name: StepName): string {
    return `deploy ${this.host ? `${this.host} ` : ''}${name}`
  }

  private on(): { host?: string } {
    return this.host ? { host: this.host } : {}
  }

  private record(name: StepName, status: DeployStep['status'], detail: string, began: number): void {
    const durationMs = Math.max(0, this.now() - began)
    this.steps.push({ name, ...this.on(), status, detail, durationMs })
    if (status === 'ok') this.logger.info(`${this.label(name)}: ${detail} (${formatDuration(durationMs, 'seconds')})`)
    else this.logger.error(`${this.label(name)} failed: ${detail}`)
  }
}
