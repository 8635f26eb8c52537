import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { EngineApiError, EngineSocket, EngineSocketUnreachable } from '../../src/adapters/docker/engine-api.js'
import { describePathStat } from '../../src/adapters/docker/path-stat.js'
import { startEngineStandin, type EngineStandin } from '../helpers/engine-standin.js'

let engine: EngineStandin
let api: EngineSocket

beforeAll(async () => {
  engine = await startEngineStandin({
    c0ffee: {
      '/app/dist': { stat: { mode: 2147484141, size: 4096 } },
      '/app/current': { stat: { mode: 134218239, size: 9, linkTarget: '/app/dist' } },
      '/app/index.js/x': {
        status: 500,
        message: 'lstat /var/lib/docker/overlay2/abc/merged/app/index.js/x: not a directory'
      },
      '/app/broken': { status: 500, message: 'error during stat: input/output error' },
      '/app/garbled': { rawStat: 'bm90IGpzb24=' },
      '/app/headerless': { rawStat: null }
    }
  })
  api = new EngineSocket(engine.socketPath, 5_000)
})

afterAll(async () => {
  await api?.close()
  await engine?.close()
})

describe('EngineSocket.statPath: HEAD /containers/{id}/archive?path=P', () => {
  it('a stat from the header, with ONE HEAD and no archive', async () => {
    const before = engine.requests.length
    const answer = await api.statPath('c0ffee', '/app/dist')
    expect(answer.exists && describePathStat(answer.stat, '/app/dist')).toBe(
      'drwxr-xr-x 4096 2026-12-01 15:40 /app/dist'
    )
    const link = await api.statPath('c0ffee', '/app/current')
    expect(link.exists && describePathStat(link.stat, '/app/current')).toMatch(/^lrwxrwxrwx 9 .* -> \/app\/dist$/)
    expect(engine.requests.slice(before)).toEqual(['HEAD c0ffee /app/dist', 'HEAD c0ffee /app/current'])
  })

  it.each([
    ['a missing path', '/app/nope', 'No such file or directory'],
    ['a path under a file', '/app/index.js/x', 'Not a directory']
  ])('%s is absent, its reason read from the GET that follows the HEAD', async (_name, path, reason) => {
    const before = engine.requests.length
    expect(await api.statPath('c0ffee', path)).toEqual({ exists: false, reason })
    expect(engine.requests.slice(before)).toEqual([`HEAD c0ffee ${path}`, `GET c0ffee ${path}`])
  })

  it.each([
    ['no such container (a 404 that is NOT "absent")', 'gone', '/app/dist', 404, /^No such container: gone$/],
    ['another engine error', 'c0ffee', '/app/broken', 500, /input\/output error/],
    ['a stat header that is not base64 JSON', 'c0ffee', '/app/garbled', 200, /not base64 JSON/],
    ['a 200 without the stat header', 'c0ffee', '/app/headerless', 200, /no x-docker-container-path-stat header/]
  ])('%s → EngineApiError, never an answer', async (_name, container, path, status, message) => {
    const error = await api.statPath(container, path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(EngineApiError)
    expect((error as EngineApiError).status).toBe(status)
    expect((error as Error).message).toMatch(message)
  })

  it('a socket nobody listens on is EngineSocketUnreachable (the caller may read another way)', async () => {
    const nowhere = new EngineSocket(`${engine.socketPath}.absent`, 2_000)
    try {
      await expect(nowhere.statPath('c0ffee', '/app/dist')).rejects.toBeInstanceOf(EngineSocketUnreachable)
    } finally {
      await nowhere.close()
    }
  })

  it('describes the request for logs and evidence', () => {
    expect(api.describe('c0ffee', '/app/a b')).toBe(
      `HEAD /containers/c0ffee/archive?path=/app/a b (unix://${engine.socketPath})`
    )
  })
})
