import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

const DEFAULT_SOCKET = '/var/run/docker.sock'

/**
 * The unix socket of the engine the local `docker` CLI talks to, when the environment says so plainly (the CLI's own order:
 * DOCKER_HOST, then DOCKER_CONTEXT, then the config's current context). null for a tcp/ssh host or a named context: the
 * caller then reads through the CLI, which is right for any engine.
 */
export function engineSocketPath(
  env: Record<string, string | undefined>,
  currentContext: string | null
): string | null {
  const host = env.DOCKER_HOST
  if (host) return host.startsWith('unix://') && host.length > 'unix://'.length ? host.slice('unix://'.length) : null
  const context = env.DOCKER_CONTEXT || currentContext
  return !context || context === 'default' ? DEFAULT_SOCKET : null
}

/** `engineSocketPath` for this process: reads `currentContext` from `$DOCKER_CONFIG/config.json` (default ~/.docker). */
export async function localEngineSocket(env: Record<string, string | undefined> = process.env): Promise<string | null> {
  const file = join(env.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    // No config file: the default context. Unreadable: unknown, so not the socket.
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? engineSocketPath(env, null) : null
  }
  try {
    const { currentContext } = JSON.parse(text) as { currentContext?: unknown }
    return engineSocketPath(env, typeof currentContext === 'string' ? currentContext : null)
  } catch {
    return null
  }
}
