/**
 * driftcheck as a library: load a config, verify (or deploy), render. Adapters are opened and closed inside each call.
 *
 * ```ts
 * import { loadConfig, verify, render } from 'driftcheck'
 * const result = await verify(await loadConfig('driftcheck.yml'), { layers: ['source', 'route'] })
 * console.log(render(result, 'markdown'))
 * ```
 */
export { loadConfig, parseConfig, type LoadOptions } from './config/load.js'
export { CONFIG_USES, usesOfLayers, requireResolved, type ConfigUse } from './core/uses.js'
export { verify, deploy, type ConfigInput, type LibraryOptions } from './wiring/library.js'
export { withDeps, type Deps } from './wiring/deps.js'
export type { DeployOptions, DeployOutcome, DeployStrategy } from './deploy/index.js'
export { render, parseResult, REPORT_FORMATS, type ReportFormat } from './report/index.js'
export { judgeFeature, judgeRun, exitCodeFor, VERDICT_BY_FAULT_LINE } from './core/verdict.js'
export { ConfigError, UsageError, InfraError, CommandError, exitCodeForError } from './core/errors.js'
export * from './core/model.js'
export type * from './core/config.js'
export type * from './core/ports.js'
export { VERSION } from './version.js'
