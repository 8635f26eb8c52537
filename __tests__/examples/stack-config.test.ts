import { describe, it, expect } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { parseConfig } from '../../src/config/load.js'

// The example's driftcheck.yml must load as written and point at things that exist in the example.
const stackDir = join(process.cwd(), 'examples/stack')
const file = join(stackDir, 'driftcheck.yml')
const text = readFileSync(file, 'utf8')

describe('examples/stack/driftcheck.yml', () => {
  const config = parseConfig(text, file, { API_TOKEN: 'example-token' })

  it('targets the local engine and the driftcheck-demo compose project in its own folder', () => {
    expect(config.target.host).toBeNull()
    expect(config.target.dir).toBe(stackDir)
    expect(config.target.compose.project).toBe('driftcheck-demo')
    expect(config.features.map((f) => f.name)).toEqual(['workflow', 'health'])
  })

  it('names source paths that exist in the example', () => {
    for (const feature of config.features) {
      for (const path of feature.source) expect([path, existsSync(join(stackDir, path))]).toEqual([path, true])
    }
  })

  it('keeps the token a secret and lets tests move the URLs', () => {
    expect(config.secrets).toContain('example-token')
    const moved = parseConfig(text, file, { API_TOKEN: 't0ken', API_URL: 'http://127.0.0.1:5555' })
    expect(moved.services.api!.url).toBe('http://127.0.0.1:5555')
    expect(moved.services.dashboard!.url).toBe('http://127.0.0.1:18081')
  })

  it('names compose services the compose file defines, on the ports the URLs default to', () => {
    const compose = parse(readFileSync(join(stackDir, 'docker-compose.yml'), 'utf8'))
    expect(Object.keys(compose.services).sort()).toEqual(Object.keys(config.services).sort())
    expect(compose.services.api.ports).toEqual(['127.0.0.1:${API_PORT:-18080}:8080'])
    expect(compose.services.dashboard.ports).toEqual(['127.0.0.1:${DASHBOARD_PORT:-18081}:8080'])
  })
})
