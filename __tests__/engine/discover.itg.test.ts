import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireDocker } from '../helpers/images.js'

// `discover` on the real engine, as users run the CLI: a Node-shaped API whose `src/modules/*` a multi-stage Dockerfile builds
// into `dist/modules/*`. The config names no module: each is a feature because its folder is there.
const root = process.cwd()
const suffix = Math.random().toString(36).slice(2, 8)
const project = `dc-test-discover-${suffix}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-discover-'))
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href

function cli(args: string[]) {
  const out = spawnSync(process.execPath, ['--import', tsxLoader, join(root, 'src/cli/index.ts'), ...args], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 180_000
  })
  return { code: out.status, stdout: out.stdout, stderr: out.stderr }
}
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: work, stdio: 'pipe' })
const write = (path: string, text: string) => {
  mkdirSync(join(work, path, '..'), { recursive: true })
  writeFileSync(join(work, path), text)
}
const commit = (message: string) => {
  git('add', '-A')
  git('commit', '-qm', message)
}

const DOCKERFILE = [
  'FROM driftcheck/busybox:local AS build',
  'WORKDIR /src',
  'COPY src/ ./src/',
  // The "compile" step: every module folder under src/modules becomes dist/modules/<name>/index.js.
  'RUN mkdir -p dist/modules && for m in src/modules/*/; do n=$(basename "$m"); mkdir -p dist/modules/$n; cp "$m"index.js dist/modules/$n/; done && cp src/main.js dist/',
  'FROM driftcheck/busybox:local',
  'WORKDIR /app',
  'COPY --from=build /src/dist/ /app/dist/',
  'CMD ["sleep", "3600"]'
]

const CONFIG = [
  'version: 1',
  `target: { compose: { project: ${project} } }`,
  'services:',
  '  api: {}',
  'features:',
  '  main:',
  '    source: src/main.js',
  '    artifact: { api: /app/dist/main.js }',
  'discover:',
  '  - source: src/modules/*/',
  '    artifact: { api: "/app/dist/modules/{name}/index.js" }'
]

type Feature = {
  name: string
  verdict: string
  layers: { layer: string; status: string; evidence: { summary: string } }[]
}
const verify = () => {
  const run = cli(['verify', '--layers', 'source,artifact', '--format', 'json'])
  const features = run.stdout ? (JSON.parse(run.stdout).features as Feature[]) : []
  return { ...run, features }
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  write('src/main.js', 'require("./modules")\n')
  for (const name of ['billing', 'users', 'workflow'])
    write(`src/modules/${name}/index.js`, `exports.name = '${name}'\n`)
  write('Dockerfile', DOCKERFILE.join('\n') + '\n')
  write('docker-compose.yml', 'services:\n  api:\n    build: .\n')
  write('driftcheck.yml', CONFIG.join('\n') + '\n')
  git('init', '-q')
  commit('api with three modules')
}, 180_000)

afterAll(async () => {
  try {
    execFileSync('docker-compose', ['-p', project, 'down', '--rmi', 'local'], { cwd: work, stdio: 'pipe' })
  } finally {
    const left = execFileSync('docker', ['image', 'ls', '-q', '--filter', `reference=${project}*`], {
      encoding: 'utf8'
    })
    const ids = left.split('\n').filter(Boolean)
    if (ids.length) execFileSync('docker', ['image', 'rm', '-f', ...ids], { stdio: 'pipe' })
    rmSync(work, { recursive: true, force: true })
  }
}, 120_000)

describe('discover on the real engine: one feature per module folder', () => {
  it('every module is a feature, checked in the built image: pass', () => {
    const run = verify()
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: expect.any(String) })
    expect(run.features.map((f) => [f.name, f.verdict])).toEqual([
      ['main', 'pass'],
      ['billing', 'pass'],
      ['users', 'pass'],
      ['workflow', 'pass']
    ])
    const users = run.features.find((f) => f.name === 'users')!
    expect(users.layers.find((l) => l.layer === 'artifact')!.evidence.summary).toContain(
      '/app/dist/modules/users/index.js'
    )
  }, 240_000)

  it('a module added to the source and left out of the image is build-drift by name, without touching the config', () => {
    write('src/modules/reports/index.js', "exports.name = 'reports'\n")
    // The build skips it (the incident: a new module that never reached the image).
    write('.dockerignore', 'src/modules/reports\n')
    commit('reports module (not in the image)')
    const run = verify()
    expect(run.code).toBe(1)
    const verdicts = Object.fromEntries(run.features.map((f) => [f.name, f.verdict]))
    expect(verdicts).toEqual({ main: 'pass', billing: 'pass', reports: 'build-drift', users: 'pass', workflow: 'pass' })
    const reports = run.features.find((f) => f.name === 'reports')!
    expect(reports.layers.find((l) => l.layer === 'source')!.status).toBe('pass')
    const artifact = reports.layers.find((l) => l.layer === 'artifact')!
    expect(artifact.status).toBe('fail')
    expect(artifact.evidence.summary).toContain('/app/dist/modules/reports/index.js')
    // The text report names it too.
    const text = cli(['verify', '--layers', 'source,artifact'])
    expect(text.code).toBe(1)
    expect(text.stdout).toMatch(/reports[^\n]*build-drift|build-drift[^\n]*reports/)
  }, 240_000)

  it('a discover glob that matches nothing is exit 2 with its position, not an empty pass', () => {
    write('driftcheck.yml', CONFIG.join('\n').replace('src/modules/*/', 'src/modulse/*/') + '\n')
    try {
      const run = cli(['verify', '--layers', 'source,artifact'])
      expect(run.code).toBe(2)
      expect(run.stderr.trim()).toBe(
        'driftcheck: driftcheck.yml:10:5: `discover[0].source` `src/modulse/*/` matches no folder in the checkout (tracked files), expected a glob that matches at least one'
      )
    } finally {
      write('driftcheck.yml', CONFIG.join('\n') + '\n')
    }
  }, 60_000)
})
