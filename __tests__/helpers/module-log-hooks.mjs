// Module resolution hooks (node:module register): appends every module URL a process resolves to $DRIFTCHECK_MODULE_LOG.
import { appendFileSync } from 'node:fs'

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  if (process.env.DRIFTCHECK_MODULE_LOG) appendFileSync(process.env.DRIFTCHECK_MODULE_LOG, `${resolved.url}\n`)
  return resolved
}
