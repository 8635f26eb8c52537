/**
 * driftcheck as a library: load a config, wire the adapters, verify, render.
 *
 * ```ts
 * import { loadConfig, createDeps, verify, render } from 'driftcheck'
 * const config = await loadConfig('driftcheck.yml')
 * const deps = await createDeps(config)
 * try { console.log(render(await verify(config, deps), 'markdown')) } finally { await deps.close() }
 * ```
 */
export { loadConfig, parseConfig } from './config/load.js'
export type * from './core/config.js'
export { verify, newState, runPhase, finish, PHASES } from './engine/engine.js'
export type { EngineDeps, EngineSide, RunState, Phase } from './engine/engine.js'
export * from './core/model.js'
export type * from './core/ports.js'
export { judgeFeature, judgeRun, exitCodeFor, VERDICT_BY_FAULT_LINE } from './core/verdict.js'
export { ConfigError, UsageError, InfraError, CommandError, exitCodeForError } from './core/errors.js'
export { Redactor } from './core/redact.js'
export { createDeps } from './wiring/deps.js'
export type { Deps } from './wiring/deps.js'
export { render, parseResult, REPORT_FORMATS } from './report/index.js'
export type { ReportFormat } from './report/index.js'
export { VERSION } from './version.js'
