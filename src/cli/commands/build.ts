import { buildLabels } from '../../engine/engine.js'
import { InfraError } from '../../core/errors.js'
import { openContext, type GlobalOptions } from '../context.js'

/** `driftcheck build`: compose-build the services from the checkout, stamped with the revision and creation labels. */
export async function buildCommand(options: GlobalOptions & { services?: string }): Promise<number> {
  // A build needs the compose project, never a probe's token or the target's settings.
  const ctx = await openContext(options, ['build'])
  // Images are built here from the checkout: the target is never contacted.
  return ctx.withDeps(
    async (deps) => {
      const compose = deps.build.compose
      if (!compose)
        throw new InfraError('no compose project to build from', `add a compose file to ${ctx.config.target.dir}`)
      const defined = await compose.services()
      const asked = options.services?.split(',').map((s) => s.trim()) ?? Object.keys(ctx.config.services)
      const services = asked.filter((svc) => defined[svc]?.builds)
      if (services.length === 0)
        throw new InfraError(`none of ${asked.join(', ')} has a build section in the compose project`)
      const labels = await buildLabels(deps.tree, undefined, { fromWorkingTree: true, logger: ctx.logger })
      const revision = labels['org.opencontainers.image.revision']
      ctx.logger.info(`building ${services.join(', ')} at ${revision?.slice(0, 7) ?? 'an uncommitted tree'}`)
      for (const image of await compose.build(services, labels)) {
        process.stdout.write(`${image.service}\t${image.ref}\t${image.id}\t${image.revision ?? '-'}\n`)
      }
      return 0
    },
    { connectTarget: false }
  )
}
