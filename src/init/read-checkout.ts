import { readdir, readFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { UsageError } from '../core/errors.js'
import { COMPOSE_FILE_NAMES, composeFilesIn } from '../core/compose/file-names.js'
import { mergeOverride, parseComposeFile } from './compose.js'
import { textsToRead, type CheckoutSnapshot } from './plan.js'

/** Folders never walked: VCS data and dependencies (thousands of files that are no feature of the repository). */
const NOT_WALKED = new Set(['.git', 'node_modules'])
/** A bound on the walk: a checkout larger than this is read up to it (conventions sit near the top). */
const MAX_FILES = 100_000

/**
 * Reads what `init` plans from: the compose file compose itself would find in `root` (and its override), the list of the
 * checkout's files, and the Dockerfiles, .dockerignore and tsconfig.json files of each build. Local files only.
 * `tracked`: the checkout's files as git lists them (the files `discover` will match at verify); null outside git, where
 * the folder is walked.
 */
export async function readCheckout(root: string, tracked: readonly string[] | null = null): Promise<CheckoutSnapshot> {
  const files = await (tracked ? Promise.resolve([...tracked]) : walk(root)).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      `cannot read the checkout ${root}: ${error.code === 'ENOENT' ? 'no such folder' : (error.code ?? error.message)}`
    )
  })
  // The files compose v2 would pick (it takes the first of several; v1 refuses several overrides).
  const found = composeFilesIn(files)
  const [composeFile] = found.files
  const [override] = found.overrides
  if (!composeFile)
    throw new UsageError(
      `no compose file in ${root}: looked for ${COMPOSE_FILE_NAMES.join(', ')}; init maps a compose project`
    )
  let services = parseCompose(await readFile(join(root, composeFile), 'utf8'), composeFile)
  if (override) services = mergeOverride(services, parseCompose(await readFile(join(root, override), 'utf8'), override))
  const texts: Record<string, string> = {}
  for (const path of textsToRead(services, files)) texts[path] = await readFile(join(root, path), 'utf8')
  return { composeFile: override ? `${composeFile}, ${override}` : composeFile, services, files, texts }
}

function parseCompose(text: string, file: string) {
  try {
    return parseComposeFile(text, file)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

async function walk(root: string): Promise<string[]> {
  const files: string[] = []
  const pending = ['']
  while (pending.length && files.length < MAX_FILES) {
    const dir = pending.shift()!
    const entries = await readdir(join(root, dir), { withFileTypes: true })
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = dir ? posix.join(dir, entry.name) : entry.name
      if (entry.isDirectory() && !NOT_WALKED.has(entry.name)) pending.push(path)
      else if (entry.isFile()) files.push(path)
    }
  }
  return files
}
