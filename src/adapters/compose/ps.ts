import type { ProjectContainer } from '../../core/ports.js'

/**
 * `docker ps --all --format '{{.Label "…service"}}\t{{.Names}}\t{{.State}}\t{{.Status}}'` → the containers. The exit code
 * is only in the status's words (`Exited (1) 3 seconds ago`); null while the container runs.
 */
export function parseProjectContainers(output: string): ProjectContainer[] {
  return output
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [service = '', name = '', state = '', status = ''] = line.split('\t')
      const exited = /^Exited \((-?\d+)\)/.exec(status.trim())
      return { service, name, state: state.trim(), exitCode: exited ? Number(exited[1]) : null }
    })
}

/** `compose port` prints `127.0.0.1:49213` (v2 may print `0.0.0.0:…`, IPv6 as `[::1]:…`); null when it printed no port. */
export function parsePortOutput(output: string): { host: string; port: number } | null {
  const match = /^\s*(\[[^\]]*\]|[^\s:]*):(\d+)\s*$/m.exec(output)
  if (!match || !Number(match[2])) return null
  return { host: match[1]!.replace(/^\[|\]$/g, '') || '127.0.0.1', port: Number(match[2]) }
}
