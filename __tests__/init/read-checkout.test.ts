// readCheckout picks the compose files compose itself would (core/compose/file-names.ts), from real files on disk.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCheckout } from '../../src/init/read-checkout.js'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function checkout(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-compose-rules-init-'))
  dirs.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('readCheckout: the compose file and override compose would read', () => {
  const api = 'services:\n  api:\n    build: .\n'
  const ports = "services:\n  api:\n    ports: ['127.0.0.1:18080:8080']\n"

  it('adds an override of another name than the file’s, as compose does', async () => {
    const snapshot = await readCheckout(checkout({ 'docker-compose.yml': api, 'compose.override.yml': ports }))
    expect(snapshot.composeFile).toBe('docker-compose.yml, compose.override.yml')
    expect(snapshot.services[0]!.ports).toEqual([
      { status: 'published', host: 18080, container: 8080, hostIp: '127.0.0.1' }
    ])
  })

  it('of several compose files, the one compose v2 prefers', async () => {
    const other = 'services:\n  other:\n    build: .\n'
    const snapshot = await readCheckout(checkout({ 'docker-compose.yaml': other, 'docker-compose.yml': api }))
    expect(snapshot.composeFile).toBe('docker-compose.yml')
    expect(snapshot.services.map((s) => s.name)).toEqual(['api'])
  })

  it('no compose file is one line naming what it looked for', async () => {
    await expect(readCheckout(checkout({ 'compose.prod.yaml': api }))).rejects.toThrow(
      /^no compose file in .*: looked for compose\.yaml, compose\.yml, docker-compose\.yml, docker-compose\.yaml; init maps a compose project$/
    )
  })
})
