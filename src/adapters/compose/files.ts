import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { COMPOSE_FILE_NAMES, OVERRIDE_FILE_NAMES, composeFilesIn } from '../../core/compose/file-names.js'
import { escapedForCompose, interpolateCompose } from '../../core/compose/interpolate.js'
import { isMapping } from '../../core/compose/mapping.js'
import { readComposeYaml } from './yaml.js'

/**
 * Reading a local compose project's files directly, instead of asking `compose config`: with docker-compose v1 that round is
 * a Python start-up (~0.5 s) the build waited for. What the build needs is little: the files compose would read, which
 * services exist, the `image:` of each and whether it has a `build:`. Whatever this reader does not handle exactly as
 * compose does (listed in `fallback` reasons) is left to `compose config`: a wrong answer here would build or inspect
 * another image than the one compose made.
 */

/** A service as the files define it: its `image:` (interpolated) when it has one, and whether compose builds it. */
export interface FileService {
  image: string | null
  builds: boolean
}

export interface ComposeFiles {
  /** The files compose reads, as `-f` arguments (relative to the project's directory unless absolute). */
  files: string[]
  /** The first file's `version:` (compose v1 wants every file of a project to say the same). */
  version: string | undefined
  services: Record<string, FileService>
}

/** Why this project is left to `compose config`. */
export interface NeedsCompose {
  fallback: string
}

/** What the reader needs from the file system (tests pass a table). Null: no such file. */
export type ReadText = (path: string) => Promise<string | null>

/**
 * Synchronous on purpose: a few small files on the build's critical path, while the thread pool that asynchronous reads
 * queue on is busy with the source layer's file system work (0.2 s of waiting, measured).
 */
export const readLocalText: ReadText = async (path) => {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/**
 * The project in `dir` as compose would read it: `files` (the config's `-f`), else `COMPOSE_FILE`, else the one file compose
 * discovers there plus its override. `env` is the environment compose runs with; the project's `.env` fills what it lacks.
 */
export async function readComposeFiles(
  dir: string,
  files: readonly string[] | undefined,
  env: Readonly<Record<string, string | undefined>>,
  read: ReadText = readLocalText
): Promise<ComposeFiles | NeedsCompose> {
  const dotenv = await read(join(dir, '.env'))
  const fromFile = dotenv === null ? {} : parseDotEnv(dotenv)
  if (!fromFile) return { fallback: 'the project’s .env uses more than plain NAME=value lines' }
  const vars = { ...fromFile, ...env }
  const chosen = await chooseFiles(dir, files, vars, read)
  if ('fallback' in chosen) return chosen
  const texts = await Promise.all(chosen.map((file) => read(file.startsWith('/') ? file : join(dir, file))))
  const missing = chosen.find((_, i) => texts[i] === null)
  if (missing !== undefined) return { fallback: `${missing} does not exist` } // compose says so, in its words
  return servicesOf(chosen, texts as string[], vars)
}

async function chooseFiles(
  dir: string,
  files: readonly string[] | undefined,
  env: Readonly<Record<string, string | undefined>>,
  read: ReadText
): Promise<string[] | NeedsCompose> {
  if (files?.length) return [...files]
  if (env.COMPOSE_FILE) return env.COMPOSE_FILE.split(env.COMPOSE_PATH_SEPARATOR || ':').filter(Boolean)
  const names = [...COMPOSE_FILE_NAMES, ...OVERRIDE_FILE_NAMES]
  const texts = await Promise.all(names.map((name) => read(join(dir, name))))
  const { files: found, overrides } = composeFilesIn(names.filter((_, i) => texts[i] !== null))
  // None here: compose searches the parent folders. Several: v1 and v2 pick different ones (core/compose/file-names.ts).
  if (found.length !== 1) return { fallback: `${found.length} compose files in ${dir}` }
  if (overrides.length > 1) return { fallback: `${overrides.length} compose override files in ${dir}` }
  return [found[0]!, ...overrides]
}

/** The services of the files, merged as compose merges them (a later file's `image:` wins; a `build:` anywhere builds). */
export function servicesOf(
  files: readonly string[],
  texts: readonly string[],
  env: Readonly<Record<string, string | undefined>>
): ComposeFiles | NeedsCompose {
  const services: Record<string, FileService> = {}
  let version: string | undefined
  for (const [i, text] of texts.entries()) {
    const file = files[i]!
    let doc: unknown
    try {
      // YAML 1.1, as v1's PyYAML reads it (merge keys included).
      doc = readComposeYaml(text, '1.1')
    } catch {
      return { fallback: `${file} is not YAML compose can read here` } // compose's own error names the line
    }
    if (!isMapping(doc) || !isMapping(doc.services)) return { fallback: `${file} has no services: mapping` }
    // `include:` (v2) pulls in other projects' files.
    if ('include' in doc) return { fallback: `${file} uses include:` }
    if (i === 0 && doc.version !== undefined) {
      if (typeof doc.version !== 'string') return { fallback: `${file}: version: is not a string` }
      version = doc.version
    }
    for (const [name, definition] of Object.entries(doc.services)) {
      const service = definition ?? {}
      if (!isMapping(service)) return { fallback: `${file}: service ${name} is not a mapping` }
      // `extends:` takes image and build from another service or file; v1 lists a service of an inactive profile, v2 not.
      for (const key of ['extends', 'profiles'])
        if (key in service) return { fallback: `${file}: service ${name} uses ${key}:` }
      let image: string | null = null
      if (service.image !== undefined && service.image !== null) {
        if (typeof service.image !== 'string') return { fallback: `${file}: the image: of ${name} is not a string` }
        image = interpolateCompose(service.image, env)
        if (image === null)
          return { fallback: `${file}: the image: of ${name} uses interpolation compose reads itself` }
      }
      const known = services[name]
      services[name] = {
        image: image || known?.image || null,
        builds: (known?.builds ?? false) || (service.build !== undefined && service.build !== null)
      }
    }
  }
  return { files: [...files], version, services }
}

/**
 * A `.env` of plain lines only (`NAME=value`, comments, blank lines), or null: quotes, `export`, a `$` in a value and the like
 * are python-dotenv's (v1) and godotenv's (v2) to read, and they do not always agree.
 */
export function parseDotEnv(text: string): Record<string, string> | null {
  const vars: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=([^'"`$\\#\s]*)$/.exec(line)
    if (!match) return null
    vars[match[1]!] = match[2]!
  }
  return vars
}

/**
 * The override file that stamps `labels` on the `build:` of `services`: compose merges it over the project's own files (a
 * build's labels merge key by key, in v1 and v2), so everything else is built exactly as `compose build` would. JSON, so
 * v1's YAML 1.1 parser cannot turn a timestamp or `on` into another type; `$` escaped as `$$`, since compose interpolates
 * this file too.
 */
export function labelsOverride(
  version: string | undefined,
  services: readonly string[],
  labels: Record<string, string>
): string {
  const definitions = Object.fromEntries(services.map((s) => [s, { build: { labels: escapedForCompose(labels) } }]))
  return JSON.stringify({ ...(version === undefined ? {} : { version }), services: definitions }, null, 2)
}

/** A file of this machine's temp folder for one command (the labels override), and its removal. */
export function writeTemporary(name: string, text: string): { path: string; remove(): Promise<void> } {
  // Synchronous for the reason readLocalText is.
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-compose-'))
  const path = join(dir, name)
  writeFileSync(path, text, { mode: 0o600 })
  return { path, remove: () => rm(dir, { recursive: true, force: true }) }
}
