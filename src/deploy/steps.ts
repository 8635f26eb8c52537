import type { Logger } from '../core/ports.js'
import { firstLineOf } from '../core/errors.js'

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
    private readonly now: () => number = Date.now
  ) {}

  async run<T>(name: StepName, start: string, work: () => Promise<{ value: T; detail: string }>): Promise<T> {
    this.logger.info(`deploy ${name}: ${start}`)
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
    this.logger.info(`deploy ${name}: skipped (${why})`)
    this.steps.push({ name, status: 'skipped', detail: why, durationMs: 0 })
  }

  private record(name: StepName, status: DeployStep['status'], detail: string, began: number): void {
    const durationMs = Math.max(0, this.now() - began)
    this.steps.push({ name, status, detail, durationMs })
    if (status === 'ok') this.logger.info(`deploy ${name}: ${detail} (${(durationMs / 1000).toFixed(1)} s)`)
    else this.logger.error(`deploy ${name} failed: ${detail}`)
  }
}
