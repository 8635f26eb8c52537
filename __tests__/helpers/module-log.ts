/** Which modules a spawned process loads: `node --import MODULE_LOG …` with DRIFTCHECK_MODULE_LOG naming the log file. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const MODULE_LOG = pathToFileURL(join(import.meta.dirname, 'module-log-register.mjs')).href

/** The GitHub stack: @actions/github and Octokit from the sources, or the bundle's chunks (ncc splits off only those). */
export const GITHUB_STACK = /\/node_modules\/(@octokit\/|@actions\/github\/)|\/dist\/action\/\d+\.index\.js$/

export function loadedModules(logFile: string): string[] {
  return existsSync(logFile) ? [...new Set(readFileSync(logFile, 'utf8').split('\n').filter(Boolean))] : []
}
