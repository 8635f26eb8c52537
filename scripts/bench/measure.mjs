// What the bench times: the bundled CLI as a user runs it, the floor (the least any tool must do for the same proof), and a
// cached `compose build` with each builder.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { Agent, request } from 'undici'
import { execFile, onCleanup } from './project.mjs'

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
export async function timed(fn) {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** A `-v` line: `   0.52s $ git rev-parse HEAD` (seconds since the process started, then the command). */
const COMMAND_LINE = /^.\s*(\d+\.\d+)s \$ (.*)$/

/**
 * `driftcheck verify -v` as a user runs it (whole process, from the project's folder), under GNU time for the peak RSS.
 * Fails unless every feature passes all four layers: anything else would time a different proof.
 */
export function runCli(cliPath, project) {
  return new Promise((resolveRun, reject) => {
    const args = [
      '-f',
      '%M',
      process.execPath,
      cliPath,
      'verify',
      '-c',
      project.config,
      '--format',
      'json',
      '-v',
      '--no-color'
    ]
    const t0 = performance.now()
    const child = spawn('/usr/bin/time', args, {
      cwd: project.dir,
      env: project.env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - t0
      const lines = stderr.trimEnd().split('\n')
      const rssKb = Number(lines.pop())
      if (code !== 0) return reject(new Error(`driftcheck verify exited ${code} on a healthy project:\n${stderr}`))
      const result = JSON.parse(stdout)
      const notPassed = result.features.flatMap((f) =>
        f.layers
          .filter((l) => l.layer !== 'auth' && l.status !== 'pass')
          .map((l) => `${f.name}/${l.layer}: ${l.status}`)
      )
      if (notPassed.length) return reject(new Error(`not every layer passed: ${notPassed.slice(0, 5).join('; ')}`))
      const first = lines.map((l) => COMMAND_LINE.exec(l)).find(Boolean)
      resolveRun({
        ms,
        rssKb,
        engineMs: result.durationMs,
        firstCommand: first ? { ms: Number(first[1]) * 1000, command: first[2] } : null,
        buildkit: lines.some((l) => /compose build .*BuildKit/.test(l)),
        log: lines
      })
    })
  })
}

/**
 * The floor: `compose build` (cached) → one `docker run … ls` per image, and beside that chain one `docker exec … ls` per
 * container, `git ls-files` and one parallel round of the probes over keep-alive connections. No process start-up, no
 * config to read, container IDs known in advance.
 */
export function makeFloor(project, containers, builderEnv) {
  const agent = new Agent({ connections: 8, pipelining: 1 })
  onCleanup(() => agent.close())
  const paths = {
    api: Array.from({ length: project.features }, (_, i) => `/app/modules/m${i}/index.html`),
    web: Array.from({ length: project.features }, (_, i) => `/www/pages/p${i}.html`)
  }
  const urls = [
    ...paths.api.map((p) => `http://127.0.0.1:${project.ports.api}${p.replace('/app', '')}`),
    ...paths.web.map((p) => `http://127.0.0.1:${project.ports.web}${p.replace('/www', '')}`)
  ]
  const docker = (...args) => execFile('docker', args, { env: project.env, maxBuffer: 64 << 20 })
  const get = async (url) => {
    const response = await request(url, { dispatcher: agent })
    const body = await response.body.text()
    if (response.statusCode !== 200 || !body.includes(' ok'))
      throw new Error(`floor probe ${url}: ${response.statusCode}`)
  }
  return () =>
    Promise.all([
      project
        .compose(['build', 'api', 'web'], builderEnv)
        .then(() =>
          Promise.all(
            ['api', 'web'].map((s) =>
              docker('run', '--rm', '--entrypoint', 'ls', project.images[s], '-ld', ...paths[s])
            )
          )
        ),
      ...['api', 'web'].map((s) => docker('exec', containers[s], 'ls', '-ld', ...paths[s])),
      execFile('git', ['ls-files'], { cwd: project.dir, maxBuffer: 64 << 20 }),
      ...urls.map(get)
    ])
}

/** The first `docker` on PATH whose CLI can build with BuildKit (a CLI < 23 has it built in; later ones need buildx). */
export async function buildkitDocker(env) {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'docker')
    const version = await execFile(candidate, ['version', '--format', '{{.Client.Version}}']).catch((e) => e)
    if (version.code === 'ENOENT' || version.code === 'EACCES') continue
    if (Number(/^(\d+)\./.exec(version.stdout ?? '')?.[1]) < 23) return realpathSync(candidate)
    if (
      await execFile(candidate, ['buildx', 'version']).then(
        () => true,
        () => false
      )
    )
      return realpathSync(candidate)
  }
  return null
}

/** A PATH whose first `docker` is `cli` (compose v1 runs the first `docker` on PATH). */
export function pathWithDocker(cli, env) {
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-bench-docker-'))
  mkdirSync(dir, { recursive: true })
  symlinkSync(cli, join(dir, 'docker'))
  onCleanup(async () => rmSync(dir, { recursive: true, force: true }))
  return `${dir}${delimiter}${env.PATH ?? ''}`
}

/**
 * A cached `compose build` of both services with the classic builder and with BuildKit (v1: the docker CLI's, switched on
 * with COMPOSE_DOCKER_CLI_BUILD=1 DOCKER_BUILDKIT=1; v2: its default). One untimed build each first, to fill the cache.
 */
export async function measureBuilders(project, compose, runs) {
  const builders = { classic: { DOCKER_BUILDKIT: '0' } }
  let buildkitCli = null
  if (compose.flavour === 'v2') builders.buildkit = { DOCKER_BUILDKIT: '1' }
  else {
    buildkitCli = await buildkitDocker(project.env)
    if (buildkitCli) {
      const PATH = pathWithDocker(buildkitCli, project.env)
      builders.buildkit = { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1', PATH }
    }
  }
  const out = { buildkitCli }
  for (const [builder, env] of Object.entries(builders)) {
    console.error(`bench: cached compose build with ${builder}…`)
    await project.compose(['build', 'api', 'web'], env)
    const times = []
    for (let i = 0; i < runs; i++) times.push(await timed(() => project.compose(['build', 'api', 'web'], env)))
    out[builder] = median(times)
  }
  return out
}
