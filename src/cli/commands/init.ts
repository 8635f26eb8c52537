import { access, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseConfig } from '../../config/load.js'
import { messageOf, UsageError } from '../../core/errors.js'
import { planInit } from '../../init/plan.js'
import { readCheckout } from '../../init/read-checkout.js'
import { renderConfig } from '../../init/writer.js'
import { sourceTreeAt } from '../../wiring/deps.js'

export interface InitOptions {
  config: string
  dryRun?: boolean
  force?: boolean
}

/**
 * `driftcheck init`: a commented driftcheck.yml from what the repository already says (compose file, Dockerfiles, folder
 * conventions, OpenAPI documents), written beside `--config`'s folder as the checkout's root. Never overwrites without --force.
 */
export async function initCommand(options: InitOptions): Promise<number> {
  const file = options.config
  if (!options.dryRun && !options.force && (await exists(file)))
    throw new UsageError(
      `${file} already exists; init never overwrites it (--force replaces it, --dry-run prints instead)`
    )
  const root = dirname(resolve(file))
  const plan = planInit(await readCheckout(root, await trackedFiles(root)))
  if (plan.services.length === 0)
    throw new UsageError(
      `${plan.read[0]}: no service has a \`build:\`; init maps the source into images built from this repository`
    )
  if (plan.discover.length === 0 && plan.features.length === 0)
    throw new UsageError(
      `nothing of the source could be mapped into an image: ${plan.todos.map((t) => t.text).join('; ')}`
    )
  const text = renderConfig(plan)
  try {
    parseConfig(text, file, {})
  } catch (error) {
    // The writer's own output must load: a config init cannot stand behind is never written.
    throw new Error(`init made a config driftcheck refuses (a bug in init, please report it): ${messageOf(error)}`)
  }
  if (options.dryRun) {
    process.stdout.write(text)
    return 0
  }
  await writeFile(file, text)
  const counts = [
    `${plan.services.length} service${plan.services.length === 1 ? '' : 's'}`,
    `${plan.discover.length} discover entr${plan.discover.length === 1 ? 'y' : 'ies'}`,
    `${plan.openapi.length} OpenAPI document${plan.openapi.length === 1 ? '' : 's'}`,
    `${plan.features.length} feature${plan.features.length === 1 ? '' : 's'}`,
    `${plan.todos.length} TODO${plan.todos.length === 1 ? '' : 's'}`
  ]
  process.stderr.write(`wrote ${file}: ${counts.join(', ')}\n`)
  return 0
}

/**
 * In a git checkout, the files git tracks — what `discover` matches at verify, so an untracked or ignored folder (a build
 * output, a scratch module) never becomes a discover entry that verify then refuses. Null outside git.
 */
async function trackedFiles(root: string): Promise<string[] | null> {
  const tree = sourceTreeAt(root)
  if ((await tree.revision()) === null) return null
  return (await tree.match('**')).filter((path) => !path.endsWith('/'))
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}
