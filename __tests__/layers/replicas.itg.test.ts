/**
 * Every replica, judged by content, on the real engine and the real docker-compose v1 of this machine: `up --scale api=3
 * --no-recreate` after a rebuild leaves one replica on the old image; the verification is not a pass and names it. After
 * a recreate every replica is fresh: pass. A commit that touches only driftcheck.yml rebuilds the same content with
 * another revision label: still fresh.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RunResult } from '../../src/core/model.js'
import { verify } from '../../src/wiring/library.js'
import { requireDocker, uniqueName } from '../helpers/images.js'

const WORKFLOW = '/app/dist/modules/workflow'
const project = uniqueName('replicas')
const work = mkdtempSync(join(tmpdir(), 'driftcheck-replicas-'))
const configFile = join(work, 'driftcheck.yml')

const files: Record<string, string> = {
  'docker-compose.yml': `version: '3.8'
services:
  api:
    build: ./api
    network_mode: none
`,
  'api/Dockerfile': `FROM driftcheck/busybox:local
COPY app/ /app/
CMD ["sh", "-c", "trap 'exit 0' TERM; sleep 600 & wait"]
`,
  'api/app/dist/modules/billing/index.js': 'billing\n',
  'driftcheck.yml': `version: 1
target:
  compose: { project: ${project}, files: [docker-compose.yml] }
services:
  api: {}
features:
  workflow:
    artifact:
      api: [${WORKFLOW}]
`
}

const compose = (...args: string[]) =>
  execFileSync('docker-compose', ['-p', project, ...args], { cwd: work, stdio: 'pipe', encoding: 'utf8' })
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: work,
    stdio: 'pipe',
    encoding: 'utf8'
  })
const write = (path: string, content: string) => {
  mkdirSync(join(work, path, '..'), { recursive: true })
  writeFileSync(join(work, path), content)
}
/** Every image the project's api ran or was built as: rebuilt ones lose their tag, `down --rmi` would miss them. */
const imageIds = new Set<string>()

async function check(): Promise<RunResult> {
  // The library call users make: load the config, open the adapters, verify, close them.
  const result = await verify(configFile, { layers: ['artifact', 'container'] })
  for (const s of result.services) {
    if (s.builtImage) imageIds.add(s.builtImage)
    for (const r of s.replicas ?? []) imageIds.add(r.image)
  }
  return result
}

function containerLayer(result: RunResult) {
  return result.features.find((f) => f.name === 'workflow')!.layers.find((l) => l.layer === 'container')!
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(process.cwd(), 'scripts/base-image.sh')], { stdio: 'pipe' })
  for (const [path, content] of Object.entries(files)) write(path, content)
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'old: no workflow module')
  // The old version runs, built by plain compose (no revision label at all).
  compose('up', '-d', '--build')
}, 180_000)

afterAll(() => {
  try {
    spawnSync('docker-compose', ['-p', project, 'down', '-v', '--rmi', 'local'], { cwd: work, stdio: 'ignore' })
    if (imageIds.size) spawnSync('docker', ['rmi', '-f', ...imageIds], { stdio: 'ignore' })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}, 120_000)

describe('replicas on the real engine (docker-compose v1, --scale api=3)', () => {
  it('one replica left on the old image by --no-recreate: not a pass, that replica named as stale', async () => {
    write('api/app/dist/modules/workflow/index.js', 'workflow\n')
    git('add', '-A')
    git('commit', '-qm', 'add the workflow module')
    // The verification builds HEAD (tagging it as the service's image); the old container keeps running.
    const before = await check()
    expect(before.features[0]!.verdict).toBe('runtime-drift')

    compose('up', '-d', '--scale', 'api=3', '--no-recreate')
    const result = await check()
    expect(result.verdict).toBe('fail')
    expect(result.features[0]).toMatchObject({ verdict: 'runtime-drift', faultLine: 'container' })
    const api = result.services.find((s) => s.name === 'api')!
    expect(api.replicas).toHaveLength(3)
    const stale = api.replicas!.filter((r) => r.stale)
    expect(stale.map((r) => r.container)).toEqual([`${project}_api_1`])
    expect(stale[0]).toMatchObject({ revision: null, judgedBy: 'layers' })
    expect(api.replicas!.filter((r) => !r.stale).every((r) => r.image === api.builtImage)).toBe(true)
    expect(api).toMatchObject({ stale: true, container: `${project}_api_1`, runningImage: stale[0]!.image })

    const layer = containerLayer(result)
    expect(layer.status).toBe('fail')
    expect(layer.evidence.summary).toMatch(
      new RegExp(
        `^1 of 3 api replicas \\(${project}_api_1\\) runs an image built .* without a revision label \\(.*\\) — stale; ` +
          `the running api container \\(${project}_api_1\\) lacks ${WORKFLOW}$`
      )
    )
    expect(layer.evidence.checks).toEqual([
      expect.objectContaining({
        status: 'fail',
        observed: `No such file or directory — in 1 of 3 replicas (${project}_api_1)`
      })
    ])
    expect(layer.evidence.commands).toHaveLength(3)
  }, 240_000)

  it('every replica recreated on the new image: pass, all three fresh', async () => {
    compose('up', '-d', '--scale', 'api=3', '--force-recreate')
    const result = await check()
    expect(result.verdict).toBe('pass')
    const api = result.services.find((s) => s.name === 'api')!
    expect(api.stale).toBe(false)
    expect(api.replicas).toHaveLength(3)
    expect(api.replicas!.every((r) => !r.stale && r.judgedBy === 'image-id')).toBe(true)
    expect(containerLayer(result).evidence.summary).toMatch(/^\/app\/dist\/modules\/workflow is in all 3 running api/)
  }, 240_000)

  it('a commit that touches only driftcheck.yml: same content, another revision label: still fresh', async () => {
    const running = await check()
    const runningRevision = running.services[0]!.replicas![0]!.revision
    writeFileSync(configFile, `${files['driftcheck.yml']}# a comment, nothing else\n`)
    git('commit', '-qam', 'touch only the config')

    const result = await check()
    const api = result.services.find((s) => s.name === 'api')!
    // The image just built from the new commit has another ID (its labels changed) but the same layers.
    expect(api.builtImage).not.toBe(api.replicas![0]!.image)
    expect(api.replicas!.map((r) => r.revision)).toEqual([runningRevision, runningRevision, runningRevision])
    expect(runningRevision).not.toBe(result.revision)
    expect(api.replicas!.every((r) => !r.stale && r.judgedBy === 'layers')).toBe(true)
    expect(result.verdict).toBe('pass')
    expect(containerLayer(result).evidence.summary).toMatch(/the same content as the image just built .* — up to date$/)
  }, 240_000)
})
