import { describe, expect, it } from '@jest/globals'
import { createDeps } from '../../src/wiring/deps.js'
import { parseConfig } from '../../src/config/load.js'
import type { Logger } from '../../src/core/ports.js'
import { freePort } from '../helpers/http-server.js'
import { buildShelllessImage, removeImages, uniqueName } from '../helpers/images.js'

// createDeps against a remote target whose port is closed (the real ssh client, nothing listening).
async function remoteConfig() {
  const port = await freePort()
  const text = [
    'version: 1',
    `target: { host: "ssh://root@127.0.0.1:${port}", dir: /srv/app }`,
    'services: { api: { url: "http://127.0.0.1:1" } }',
    'features: { f: { artifact: { api: [/app] } } }'
  ].join('\n')
  return parseConfig(text, '/tmp/driftcheck.yml', {})
}

function recordingLogger(): Logger & { errors: string[]; debugs: string[] } {
  const errors: string[] = []
  const debugs: string[] = []
  return { errors, debugs, debug: (m) => debugs.push(m), info() {}, warn() {}, error: (m) => errors.push(m) }
}

describe('createDeps with a remote target', () => {
  // Said once: by the run that needs the target (it stops with this error), not also by the wiring (#8 "fail fast, say it once").
  it('connects by default: an unreachable host makes the target unavailable with the cause, not logged twice', async () => {
    const logger = recordingLogger()
    const deps = await createDeps(await remoteConfig(), { logger })
    try {
      expect(deps.target.unavailable?.message).toMatch(/refused/)
      expect(deps.ship).toBeNull()
      expect(logger.errors).toHaveLength(0)
      expect(logger.debugs.some((line) => /\bssh\b/.test(line))).toBe(true) // what the next test must not see
    } finally {
      await deps.close()
    }
  }, 30_000)

  it('connectTarget: false starts no ssh at all, and the target says it is not connected', async () => {
    const logger = recordingLogger()
    const deps = await createDeps(await remoteConfig(), { logger, connectTarget: false })
    try {
      expect(deps.target.unavailable?.message).toMatch(/not connected/)
      expect(logger.errors).toEqual([])
      expect(logger.debugs.filter((line) => /\bssh\b/.test(line))).toEqual([])
    } finally {
      await deps.close()
    }
  })
})

describe('createDeps with the local engine', () => {
  it('wires the archive fallback to the engine socket: a shell-less image is read with HEAD requests, no docker cp', async () => {
    const text = [
      'version: 1',
      'target: { dir: /tmp }',
      'services: { api: { url: "http://127.0.0.1:1" } }',
      'features: { f: { artifact: { api: [/app/x] } } }'
    ]
    const deps = await createDeps(parseConfig(text.join('\n'), '/tmp/driftcheck.yml', {}))
    const tag = uniqueName('archive-api-deps')
    try {
      await buildShelllessImage({ tag, files: { '/app/x': 'x' } })
      const listing = await deps.build.docker.listImagePaths(tag, ['/app/x', '/app/y'])
      expect(listing.entries.map((e) => e.exists)).toEqual([true, false])
      expect(listing.commands.filter((c) => c.startsWith('HEAD /containers/'))).toHaveLength(2)
      expect(listing.commands.filter((c) => c.startsWith('docker cp'))).toEqual([])
    } finally {
      await deps.close()
      await removeImages(tag)
    }
  }, 60_000)
})
