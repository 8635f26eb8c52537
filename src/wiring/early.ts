import { dirname, resolve } from 'node:path'
import { COMPOSE_PLUGIN, versionArgs } from '../adapters/compose/command.js'
import { DOCKER_BUILDX_VERSION, DOCKER_CLIENT_VERSION } from '../adapters/compose/builder.js'
import { DOCKER_SERVER_VERSION } from '../adapters/docker/asks.js'
import { EarlyCommands, type EarlyCommand } from '../adapters/early.js'
import { GIT_ASKS } from '../adapters/git/asks.js'
import type { LayerName } from '../core/model.js'

/**
 * What a verify of `layers` asks first of this machine, known before the config is read: the checkout is the config file's
 * folder, and images are always built on the local engine. The revision (every run); git's view of the checkout (the source
 * layer); for a build (artifact, or container on the local engine): the Compose plugin, the builder probe (the CLI's
 * version, buildx), the engine's answer and the build's labels. All read-only; what the config turns out not to need is ended unseen (`EarlyCommands`).
 */
export function earlyCommandsFor(configFile: string, layers: readonly LayerName[]): EarlyCommand[] {
  const checkout = dirname(resolve(configFile))
  const git = (args: readonly string[]): EarlyCommand => ({ file: 'git', args, cwd: checkout })
  const commands = [git(GIT_ASKS.revision)]
  if (layers.includes('artifact') || layers.includes('container')) {
    commands.push(
      { file: COMPOSE_PLUGIN.file, args: versionArgs(COMPOSE_PLUGIN) },
      { file: 'docker', args: DOCKER_CLIENT_VERSION },
      // Asked only of a CLI from 23 on; an older one's answer is never read.
      { file: 'docker', args: DOCKER_BUILDX_VERSION },
      { file: 'docker', args: DOCKER_SERVER_VERSION },
      git(GIT_ASKS.revisionDate),
      git(GIT_ASKS.dirty)
    )
  }
  if (layers.includes('source')) commands.push(git(GIT_ASKS.insideWorkTree))
  return commands
}

/** Starts them; `log` sees each command line as it starts (constant argv: no secret in it). */
export function startEarly(configFile: string, layers: readonly LayerName[], log?: (line: string) => void) {
  return new EarlyCommands(earlyCommandsFor(configFile, layers), log)
}
