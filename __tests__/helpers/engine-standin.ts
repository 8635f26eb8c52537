/**
 * A stand-in for the Docker Engine API on a unix socket, for the answers a real engine cannot be made to give on demand
 * (a 500, a malformed stat header). Only `/containers/{id}/archive?path=P`, HEAD and GET, as the engine answers them:
 * a stat in `X-Docker-Container-Path-Stat` (HEAD and GET alike), or an error status with a JSON `message` (no body on HEAD).
 *
 *   const engine = await startEngineStandin({ c0ffee: { '/app/x': { stat: { mode: 2147484141, size: 4096 } } } })
 *   new EngineSocket(engine.socketPath, 5_000) …  engine.requests  // ['HEAD c0ffee /app/x']
 *   await engine.close()
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export type StandinAnswer =
  /** Stat fields (name, size, mode, mtime, linkTarget); missing ones get plausible values. */
  | { stat: Record<string, unknown> }
  /** The header's raw value, as is. */
  | { rawStat: string | null }
  | { status: number; message: string }

export interface EngineStandin {
  socketPath: string
  /** `METHOD container path`, in arrival order. */
  requests: string[]
  close(): Promise<void>
}

/** container → path → answer. An unknown container is "No such container", an unknown path "Could not find the file". */
export async function startEngineStandin(
  containers: Record<string, Record<string, StandinAnswer>>
): Promise<EngineStandin> {
  const dir = await mkdtemp(join(tmpdir(), 'driftcheck-engine-'))
  const socketPath = join(dir, 'docker.sock')
  const requests: string[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://docker')
    const match = /^\/containers\/([^/]+)\/archive$/.exec(url.pathname)
    const container = decodeURIComponent(match?.[1] ?? '')
    const path = url.searchParams.get('path') ?? ''
    requests.push(`${req.method} ${container} ${path}`)
    const fail = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify({ message }))
    }
    if (!match) return fail(404, 'page not found')
    const files = containers[container]
    if (!files) return fail(404, `No such container: ${container}`)
    const answer = files[path]
    if (!answer) return fail(404, `Could not find the file ${path} in container ${container}`)
    if ('status' in answer) return fail(answer.status, answer.message)
    const header =
      'rawStat' in answer
        ? answer.rawStat
        : Buffer.from(
            JSON.stringify({
              name: path.split('/').pop(),
              size: 0,
              mtime: '2026-12-01T15:40:53Z',
              linkTarget: '',
              ...answer.stat
            })
          ).toString('base64')
    res.writeHead(200, header === null ? {} : { 'x-docker-container-path-stat': header })
    // A GET of a path that exists is an archive: the client must never ask for one.
    res.end(req.method === 'HEAD' ? undefined : Buffer.alloc(1024 * 1024))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(socketPath, resolve)
  })
  return {
    socketPath,
    requests,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await rm(dir, { recursive: true, force: true })
    }
  }
}
