import { CommandError, InfraError } from '../core/errors.js'
import type { CommandResult, CommandRunner, ImagePublisher } from '../core/ports.js'
import { imageInspectArgs } from './docker/args.js'
import { classifyDockerError, unreachableError } from './docker/errors.js'
import { parseImageInspect } from './docker/inspect.js'
import { parsePushDigest, pullArgs, pushArgs, tagArgs } from './registry/args.js'
import { registryError } from './registry/errors.js'

const QUICK_TIMEOUT_MS = 120_000
const TRANSFER_TIMEOUT_MS = 30 * 60_000

/**
 * `docker tag` + `docker push` through a runner (this machine's). The docker CLI reads the credentials from its own config
 * (`docker login`, credential helpers): driftcheck passes none, so none can reach a log.
 */
export class DockerPublisher implements ImagePublisher {
  readonly where: string

  constructor(private readonly runner: CommandRunner) {
    this.where = runner.where
  }

  async push(source: string, ref: string): Promise<{ digest: string | null }> {
    await docker(this.runner, tagArgs(source, ref), QUICK_TIMEOUT_MS)
    const pushed = await docker(this.runner, pushArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) =>
      registryError('push', ref, this.runner.where, result.stderr, error)
    )
    return { digest: parsePushDigest(pushed.stdout) }
  }
}

/** `docker pull REF` through a runner (the target's, with its own docker login), then the pulled image's ID and revision. */
export async function pullImage(runner: CommandRunner, ref: string): Promise<{ id: string; revision: string | null }> {
  await docker(runner, pullArgs(ref), TRANSFER_TIMEOUT_MS, (result, error) =>
    registryError('pull', ref, runner.where, result.stderr, error)
  )
  const inspected = await docker(runner, imageInspectArgs(ref), QUICK_TIMEOUT_MS)
  try {
    const { id, revision } = parseImageInspect(inspected.stdout)
    return { id, revision }
  } catch (error) {
    throw new InfraError(`cannot read the image ${ref} pulled on ${runner.where}: ${(error as Error).message}`)
  }
}

/** One docker command; an unreachable engine is said as such, any other failure through `failure` (default: the command's). */
async function docker(
  runner: CommandRunner,
  args: string[],
  timeoutMs: number,
  failure: (result: CommandResult, error: CommandError) => Error = (_, error) => error
): Promise<CommandResult> {
  const result = await runner.run('docker', args, { allowFailure: true, timeoutMs })
  if (result.exitCode === 0) return result
  const error = new CommandError(result.command, result.exitCode, result.stderr)
  if (classifyDockerError(result.stderr) === 'unreachable')
    throw unreachableError(runner.where, result.stderr, { cause: error })
  throw failure(result, error)
}
