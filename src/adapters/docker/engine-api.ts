import type { Agent } from 'undici'
import { messageOf } from '../../core/errors.js'
import { loadUndici } from '../undici.js'
import { decodeContainerPathStat, type PathStat } from './path-stat.js'

/** A path's stat, or proof that it is absent (the reason in ls's words). */
export type StatAnswer = { exists: true; stat: PathStat } | { exists: false; reason: string }

/** The socket could not be reached at all: nothing was learnt, and the caller may read the container another way. */
export class EngineSocketUnreachable extends Error {
  override readonly name = 'EngineSocketUnreachable'
}

/** The engine answered, but neither with a stat nor with "no such path". */
export class EngineApiError extends Error {
  override readonly name = 'EngineApiError'
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

const STAT_HEADER = 'x-docker-container-path-stat'
// Errors of connecting, not of the engine's answer.
const UNREACHABLE_CODES = new Set(['ENOENT', 'ECONNREFUSED', 'EACCES', 'EPERM', 'ENOTSOCK'])

/**
 * The Engine API over its unix socket, for the one call the archive fallback needs:
 * `HEAD /containers/{id}/archive?path=P` answers with the path's stat in a header, and no archive at all.
 * Open one per listing and `close()` it (one connection pool on the socket).
 */
export class EngineSocket {
  private agent: Promise<Agent> | undefined

  constructor(
    readonly socketPath: string,
    private readonly timeoutMs: number
  ) {}

  /** The request as shown in logs and evidence. */
  describe(container: string, path: string): string {
    return `HEAD /containers/${container}/archive?path=${path} (unix://${this.socketPath})`
  }

  async statPath(container: string, path: string): Promise<StatAnswer> {
    const head = await this.send('HEAD', container, path)
    await head.body.dump()
    if (head.statusCode === 200) {
      const header = head.headers[STAT_HEADER]
      if (typeof header !== 'string') throw new EngineApiError(200, `the engine sent no ${STAT_HEADER} header`)
      try {
        return { exists: true, stat: decodeContainerPathStat(header) }
      } catch (error) {
        throw new EngineApiError(200, messageOf(error))
      }
    }
    // A HEAD answer has no body: the same GET says why (an error is sent at once, as JSON, never as an archive).
    const message = await this.errorMessage(container, path, head.statusCode)
    if (head.statusCode === 404 && /could not find the file/i.test(message))
      return { exists: false, reason: 'No such file or directory' }
    if (/: not a directory$/im.test(message)) return { exists: false, reason: 'Not a directory' }
    throw new EngineApiError(head.statusCode, message)
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).destroy()
  }

  private async errorMessage(container: string, path: string, headStatus: number): Promise<string> {
    const get = await this.send('GET', container, path)
    if (get.statusCode === 200) {
      // The path appeared between the two requests: do not read a whole archive to find out what it is.
      get.body.destroy()
      return `HTTP ${headStatus}, then HTTP 200: the path changed while being read`
    }
    const text = await get.body.text().catch(() => '')
    try {
      const { message } = JSON.parse(text) as { message?: unknown }
      if (typeof message === 'string' && message.trim()) return message.trim()
    } catch {
      // Not the engine's JSON: its text, or the status, says what there is to say.
    }
    return text.trim().split('\n')[0] || `HTTP ${get.statusCode}`
  }

  private async send(method: 'HEAD' | 'GET', container: string, path: string) {
    const url = `http://docker/containers/${encodeURIComponent(container)}/archive?path=${encodeURIComponent(path)}`
    try {
      const { request, Agent } = await loadUndici()
      this.agent ??= Promise.resolve(new Agent({ connect: { socketPath: this.socketPath } }))
      return await request(url, {
        dispatcher: await this.agent,
        method,
        headersTimeout: this.timeoutMs,
        bodyTimeout: this.timeoutMs
      })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (UNREACHABLE_CODES.has(code))
        throw new EngineSocketUnreachable(`${this.socketPath}: ${code}`, { cause: error })
      throw new EngineApiError(0, `${method} ${this.socketPath}: ${messageOf(error)}`)
    }
  }
}
