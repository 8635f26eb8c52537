import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'
import { freePort } from '../helpers/http-server.js'
import { requireDocker } from '../helpers/images.js'

// `driftcheck init` on repositories of real shapes, as users run it: the real CLI writes driftcheck.yml, the stack is built
// and started with compose on the real engine, `verify` with the written config passes; then a module is left out of the
// image (.dockerignore) and `verify` names it build-drift. Each fixture's folder is its compose project's name (init writes
// no project: compose's default), unique and with the branch's name in it.
const root = process.cwd()
const suffix = Math.random().toString(36).slice(2, 8)
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href
const made: string[] = []

type Feature = { name: string; verdict: string; layers: { layer: string; status: string }[] }

/** A fixture repository in its own folder (= compose project), committed. */
function repo(name: string, files: Record<string, string>) {
  const project = `dc-init-${name}-${suffix}`
  const dir = join(tmpdir(), project)
  made.push(project)
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, stdio: 'pipe' })
  mkdirSync(dir, { recursive: true })
  for (const [path, text] of Object.entries(files)) write(path, text)
  git('init', '-q')
  const commit = (message: string) => {
    git('add', '-A')
    git('commit', '-qm', message)
  }
  commit('fixture')
  const cli = (args: string[]) => {
    const out = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      encoding: 'utf8',
      timeout: 240_000
    })
    return { code: out.status, stdout: out.stdout, stderr: out.stderr }
  }
  const verify = () => {
    const run = cli(['verify', '--format', 'json'])
    const features = run.stdout ? (JSON.parse(run.stdout).features as Feature[]) : []
    return { ...run, verdicts: Object.fromEntries(features.map((f) => [f.name, f.verdict])), features }
  }
  const up = () =>
    execFileSync('docker-compose', ['-p', project, 'up', '-d', '--build'], {
      cwd: dir,
      stdio: 'pipe',
      timeout: 240_000
    })
  return { dir, project, write, commit, cli, verify, up }
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
}, 180_000)

afterAll(() => {
  for (const project of made) {
    const dir = join(tmpdir(), project)
    spawnSync('docker-compose', ['-p', project, 'down', '--volumes', '--rmi', 'local'], { cwd: dir, stdio: 'pipe' })
    // Images of earlier builds lost their tag to the rebuild: `down --rmi` no longer sees them.
    const left = spawnSync('docker', ['image', 'ls', '-q', '--filter', `reference=${project}*`], { encoding: 'utf8' })
    const ids = (left.stdout ?? '').split('\n').filter(Boolean)
    if (ids.length) spawnSync('docker', ['image', 'rm', '-f', ...ids], { stdio: 'pipe' })
    rmSync(dir, { recursive: true, force: true })
  }
}, 180_000)

/** A Node server for the fixtures: /health public, /api/v1/orders wants a bearer token, anything else 404. */
const SERVER = [
  "const { createServer } = require('node:http')",
  'createServer((req, res) => {',
  "  const path = req.url.split('?')[0]",
  "  const send = (status, body) => { res.writeHead(status, { 'content-type': 'application/json' }); res.end(JSON.stringify(body)) }",
  "  if (path === '/api/v1/health') return send(200, { status: 'ok' })",
  "  if (path === '/api/v1/orders') return req.headers.authorization === 'Bearer t0ken' ? send(200, []) : send(401, { error: 'unauthorized' })",
  "  send(404, { error: 'Route not found' })",
  '}).listen(8080)',
  "process.on('SIGTERM', () => process.exit(0))"
].join('\n')

describe('init on a Node API: src/modules/* compiled into dist/modules/* by a multi-stage build', () => {
  let fixture: ReturnType<typeof repo>

  beforeAll(async () => {
    const port = await freePort()
    fixture = repo('node', {
      'docker-compose.yml': `services:\n  api:\n    build: .\n    ports: ['127.0.0.1:${port}:8080']\n`,
      Dockerfile: [
        'FROM driftcheck/node-base:local AS build',
        'WORKDIR /build',
        'COPY package.json tsconfig.json build.js ./',
        'COPY src/ ./src/',
        'RUN node build.js',
        'FROM driftcheck/node-base:local',
        'WORKDIR /app',
        'COPY --from=build /build/dist ./dist',
        'CMD ["node", "dist/main.js"]'
      ].join('\n'),
      'package.json': '{ "name": "api", "scripts": { "build": "node build.js" } }\n',
      'tsconfig.json':
        '{\n  // as tsc reads it\n  "compilerOptions": { "rootDir": "src", "outDir": "dist", "module": "commonjs" },\n}\n',
      // The "compiler": every src/**/*.ts becomes dist/**/*.js (the fixture's code is plain JS in .ts files).
      'build.js': [
        "const fs = require('node:fs'), path = require('node:path')",
        'const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)])',
        "for (const file of walk('src')) {",
        "  const out = path.join('dist', path.relative('src', file)).replace(/\\.ts$/, '.js')",
        '  fs.mkdirSync(path.dirname(out), { recursive: true })',
        '  fs.copyFileSync(file, out)',
        '}'
      ].join('\n'),
      'src/main.ts': SERVER,
      'src/modules/billing/index.ts': "exports.name = 'billing'\n",
      'src/modules/users/index.ts': "exports.name = 'users'\n",
      'src/modules/workflow/index.ts': "exports.name = 'workflow'\n"
    })
  }, 60_000)

  it('init writes a config that maps the modules through the build stage and the tsconfig', () => {
    const run = fixture.cli(['init'])
    expect({ code: run.code, stderr: run.stderr }).toEqual({
      code: 0,
      stderr: expect.stringContaining('wrote driftcheck.yml')
    })
    fixture.commit('driftcheck.yml from init')
    const written = execFileSync('cat', [join(fixture.dir, 'driftcheck.yml')], { encoding: 'utf8' })
    expect(parse(written).discover).toEqual([
      { source: 'src/modules/*/', artifact: { api: ['/app/dist/modules/{name}'] } }
    ])
    expect(written).toContain('compiles src into /build/dist (tsconfig.json: rootDir src, outDir dist)')
  }, 60_000)

  it('an existing config is not overwritten without --force (exit 2, one line); --dry-run prints it', () => {
    const again = fixture.cli(['init'])
    expect(again.code).toBe(2)
    expect(again.stderr.trim().split('\n')).toEqual([
      'driftcheck: driftcheck.yml already exists; init never overwrites it (--force replaces it, --dry-run prints instead)'
    ])
    const dry = fixture.cli(['init', '--dry-run'])
    expect(dry.code).toBe(0)
    expect(parse(dry.stdout).discover[0].source).toBe('src/modules/*/')
    expect(fixture.cli(['init', '--force']).code).toBe(0)
  }, 60_000)

  it('passes against the freshly built and started stack, then names the module left out of the image', () => {
    fixture.up()
    const pass = fixture.verify()
    expect({ code: pass.code, verdicts: pass.verdicts }).toEqual({
      code: 0,
      verdicts: { billing: 'pass', users: 'pass', workflow: 'pass' }
    })
    expect(pass.features[0]!.layers.map((l) => [l.layer, l.status])).toEqual(
      expect.arrayContaining([
        ['artifact', 'pass'],
        ['container', 'pass']
      ])
    )
    fixture.write('.dockerignore', 'src/modules/workflow\n')
    fixture.commit('workflow left out of the build context')
    const drift = fixture.verify()
    expect({ code: drift.code, verdicts: drift.verdicts }).toEqual({
      code: 1,
      verdicts: { billing: 'pass', users: 'pass', workflow: 'build-drift' }
    })
  }, 480_000)
})

describe('init on a monorepo: apps/api and apps/web, each its own build context', () => {
  let fixture: ReturnType<typeof repo>
  const httpd = (dir: string) => `CMD ["sh", "-c", "trap 'exit 0' TERM INT; httpd -f -p 8080 -h ${dir} & wait"]`

  beforeAll(async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()]
    fixture = repo('mono', {
      'docker-compose.yml': [
        'services:',
        '  api:',
        '    build: ./apps/api',
        `    ports: ['127.0.0.1:${apiPort}:8080']`,
        '  web:',
        '    build: { context: apps/web, dockerfile: docker/Dockerfile }',
        `    ports: ['127.0.0.1:${webPort}:8080']`
      ].join('\n'),
      'apps/api/Dockerfile': ['FROM driftcheck/busybox:local', 'WORKDIR /srv', 'COPY . .', httpd('/srv')].join('\n'),
      'apps/api/src/routes/orders.js': 'module.exports = "orders"\n',
      'apps/api/src/routes/users.js': 'module.exports = "users"\n',
      'apps/web/docker/Dockerfile': [
        'FROM driftcheck/busybox:local',
        'COPY index.html /www/',
        'COPY pages /www/pages',
        httpd('/www')
      ].join('\n'),
      'apps/web/index.html': '<h1>web</h1>\n',
      'apps/web/pages/Home.html': '<h1>home</h1>\n',
      'apps/web/pages/Orders.html': '<h1>orders</h1>\n',
      'packages/ui/index.js': 'module.exports = {}\n'
    })
  }, 60_000)

  it('init maps each app’s conventions into its own image and marks the package nothing copies as a TODO', () => {
    const run = fixture.cli(['init'])
    expect(run.code).toBe(0)
    fixture.commit('driftcheck.yml from init')
    const written = execFileSync('cat', [join(fixture.dir, 'driftcheck.yml')], { encoding: 'utf8' })
    const config = parse(written)
    expect(config.services).toEqual({
      api: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) },
      web: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) }
    })
    expect(config.discover).toEqual([
      { source: 'apps/api/src/routes/*.js', artifact: { api: ['/srv/src/routes/{name}.js'] } },
      { source: 'apps/web/pages/*.html', artifact: { web: ['/www/pages/{name}.html'] } }
    ])
    expect(written).toContain(
      '# TODO: packages/*/ (1 folder) is not mapped: it is not copied into any image built here'
    )
  }, 60_000)

  it('passes against the started stack; a route file left out of the api image is build-drift by name', () => {
    fixture.up()
    const pass = fixture.verify()
    expect({ code: pass.code, verdicts: pass.verdicts }).toEqual({
      code: 0,
      verdicts: { Home: 'pass', Orders: 'pass', orders: 'pass', users: 'pass' }
    })
    fixture.write('apps/api/.dockerignore', 'src/routes/orders.js\n')
    fixture.commit('orders route left out of the api image')
    const drift = fixture.verify()
    expect({ code: drift.code, verdicts: drift.verdicts }).toEqual({
      code: 1,
      verdicts: { Home: 'pass', Orders: 'pass', orders: 'build-drift', users: 'pass' }
    })
  }, 480_000)
})

describe('init on a repository with an OpenAPI document', () => {
  let fixture: ReturnType<typeof repo>
  const OPENAPI = [
    'openapi: 3.0.3',
    'info: { title: orders, version: "1" }',
    'components:',
    '  securitySchemes:',
    '    bearer: { type: http, scheme: bearer }',
    'paths:',
    '  /api/v1/health:',
    '    get:',
    '      tags: [health]',
    "      responses: { '200': { description: ok } }",
    '  /api/v1/orders:',
    '    get:',
    '      tags: [orders]',
    '      security: [{ bearer: [] }]',
    "      responses: { '200': { description: the orders }, '401': { description: no token } }"
  ].join('\n')

  beforeAll(async () => {
    const port = await freePort()
    fixture = repo('openapi', {
      // `${VAR:-default}` as compose files write it: init takes the default.
      'compose.yaml': `services:\n  api:\n    build: .\n    ports: ['127.0.0.1:\${API_PORT:-${port}}:8080']\n`,
      Dockerfile: [
        'FROM driftcheck/node-base:local',
        'WORKDIR /app',
        'COPY openapi.yaml server.js ./',
        'COPY src ./src',
        'CMD ["node", "server.js"]'
      ].join('\n'),
      'openapi.yaml': OPENAPI + '\n',
      'server.js': SERVER,
      'src/modules/health/index.js': "exports.name = 'health'\n",
      'src/modules/orders/index.js': "exports.name = 'orders'\n"
    })
  }, 60_000)

  it('init writes the document as the api’s openapi entry beside the discovered modules', () => {
    const run = fixture.cli(['init'])
    expect(run.code).toBe(0)
    fixture.commit('driftcheck.yml from init')
    const config = parse(execFileSync('cat', [join(fixture.dir, 'driftcheck.yml')], { encoding: 'utf8' }))
    expect(config.openapi).toEqual({ api: 'openapi.yaml' })
    expect(config.discover).toEqual([{ source: 'src/modules/*/', artifact: { api: ['/app/src/modules/{name}'] } }])
  }, 60_000)

  it('passes against the started stack; a module left out of the image is build-drift by name', () => {
    fixture.up()
    const pass = fixture.verify()
    expect({ code: pass.code, stderr: pass.stderr, verdicts: pass.verdicts }).toEqual({
      code: 0,
      stderr: expect.any(String),
      verdicts: expect.objectContaining({ health: 'pass', orders: 'pass' })
    })
    // The document's operations are probed (openapi: merged by tag into the discovered features): GET /api/v1/orders is 401.
    const route = (name: string) => pass.features.find((f) => f.name === name)!.layers.find((l) => l.layer === 'route')
    expect([route('orders')?.status, route('health')?.status]).toEqual(['pass', 'pass'])
    fixture.write('.dockerignore', 'src/modules/orders\n')
    fixture.commit('orders module left out of the image')
    const drift = fixture.verify()
    expect(drift.code).toBe(1)
    expect(drift.verdicts).toEqual(expect.objectContaining({ health: 'pass', orders: 'build-drift' }))
  }, 480_000)
})

describe('init without a compose file', () => {
  it('is exit 2 with one line saying what it looked for', () => {
    const fixture = repo('empty', { 'README.md': '# nothing to run\n' })
    const run = fixture.cli(['init'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      `driftcheck: no compose file in ${fixture.dir}: looked for compose.yaml, compose.yml, docker-compose.yml, docker-compose.yaml; init maps a compose project`
    ])
  }, 60_000)
})

describe('init in a git checkout maps what git tracks', () => {
  it('leaves untracked and ignored folders out: discover matches tracked files at verify', async () => {
    const port = await freePort()
    const fixture = repo('tracked', {
      'docker-compose.yml': `services:\n  api:\n    build: .\n    ports: ['127.0.0.1:${port}:8080']\n`,
      Dockerfile: 'FROM driftcheck/node-base:local\nCOPY modules/ /app/modules/\n',
      '.gitignore': 'modules/generated/\n',
      'modules/alpha/index.js': 'module.exports = 1\n',
      'modules/beta/index.js': 'module.exports = 2\n'
    })
    fixture.write('modules/scratch/index.js', 'module.exports = 3\n')
    fixture.write('modules/generated/index.js', 'module.exports = 4\n')
    const run = fixture.cli(['init', '--dry-run'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('modules/*/ (2 folders: alpha, beta)')
    expect(run.stdout).not.toMatch(/scratch|generated/)
  })
})
