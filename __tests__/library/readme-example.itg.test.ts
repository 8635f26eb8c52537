// The README's library example, run as a user would run it (its import pointed at this checkout's src/index.ts), against a real
// HTTP server: a route that is there passes (exit code 0), a route that is missing fails (1).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { startHttpServer, type TestServer } from '../helpers/http-server.js'

const root = resolve(import.meta.dirname, '../..')
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href

/** The first ```ts block of the README's "## Library" section. */
function readmeExample(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Library\n'))
  const block = /```ts\n([\s\S]*?)```/.exec(section)
  if (!block) throw new Error('README.md has no ts example under "## Library"')
  return block[1]!
}

describe('the README library example', () => {
  let server: TestServer
  let dir: string
  beforeAll(async () => {
    server = await startHttpServer({ routes: { '/api/workflows': { bearer: 'never-sent' } } })
    dir = mkdtempSync(join(tmpdir(), 'driftcheck-library-'))
    mkdirSync(join(dir, 'src/workflow'), { recursive: true })
    writeFileSync(join(dir, 'src/workflow/index.ts'), 'export {}\n')
  })
  afterAll(async () => {
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const run = async (path: string) => {
    writeFileSync(
      join(dir, 'driftcheck.yml'),
      [
        'version: 1',
        `services: { api: { url: "${server.url}" } }`,
        'features:',
        '  workflow:',
        '    source: [src/workflow/]',
        `    routes: [{ service: api, path: ${path}, expect: protected }]`
      ].join('\n')
    )
    const script = join(dir, 'example.mts')
    const source = readmeExample().replace(
      "from 'driftcheck'",
      `from '${pathToFileURL(join(root, 'src/index.ts')).href}'`
    )
    writeFileSync(script, source)
    // Asynchronously: the HTTP server answers from this process's event loop.
    return execa(process.execPath, ['--import', tsxLoader, script], { cwd: dir, reject: false, timeout: 60_000 })
  }

  it('imports only what the package exports and passes on a route that is there', async () => {
    expect(readmeExample()).toContain("from 'driftcheck'")
    const out = await run('/api/workflows')
    expect(out.stderr).toBe('')
    expect(out.exitCode).toBe(0)
    expect(out.stdout).toContain('driftcheck: pass')
    expect(out.stdout).toContain('| workflow | ✅ pass |')
  })

  it('fails (exit 1) on a route that is missing', async () => {
    const out = await run('/api/missing')
    expect(out.exitCode).toBe(1)
    expect(out.stdout).toContain('route-missing')
  })
})
