// Verifies the example stack with FEATURES features over its 2 images and compares, in the same run:
//   driftcheck — the bundled CLI (`verify --layers artifact,container,route`), median of RUNS runs, peak RSS;
//   naive      — one `docker run … ls` per path, one `docker exec … ls` per path, one `curl` per route, one after another;
//   floor      — one container start per image + one exec per container + one round of parallel probes (the least any tool can do).
// `--write-readme` puts the table into README.md between the bench markers.
import { execFile as execFileCb, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { Agent, request } from 'undici'

const execFile = promisify(execFileCb)
const FEATURES = Number(process.env.FEATURES ?? 100)
const RUNS = Number(process.env.RUNS ?? 5)
const root = resolve(import.meta.dirname, '..')
const project = `driftcheck-bench-${process.pid}`
const ports = { api: 18280, dashboard: 18281 }
const stack = join(root, 'examples/stack')
const env = {
  ...process.env,
  COMPOSE_PROJECT_NAME: project,
  API_PORT: String(ports.api),
  DASHBOARD_PORT: String(ports.dashboard)
}

const compose = async (...args) => {
  const v2 = await execFile('docker', ['compose', 'version']).then(
    () => true,
    () => false
  )
  const [file, pre] = v2 ? ['docker', ['compose']] : ['docker-compose', []]
  return execFile(file, [...pre, ...args], { cwd: stack, env, maxBuffer: 64 << 20 })
}
const sh = (file, args) => execFile(file, args, { maxBuffer: 64 << 20 }).catch((e) => e)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const timed = async (fn) => {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

async function main() {
  console.error(`bench: ${FEATURES} features, ${RUNS} runs each; starting the example stack (${project})`)
  await compose('up', '-d', '--build')
  try {
    const ids = {}
    for (const svc of ['api', 'dashboard']) {
      const { stdout } = await compose('ps', '-q', svc)
      ids[svc] = stdout.trim()
      const { stdout: image } = await execFile('docker', ['inspect', '--format', '{{.Image}}', ids[svc]])
      ids[`${svc}Image`] = image.trim()
    }
    // Distinct real paths: busybox's applets exist as /bin/<name> in both images.
    const { stdout: applets } = await execFile('/bin/busybox', ['--list'])
    const names = applets
      .split('\n')
      .filter((name) => /^[a-z0-9_-]+$/.test(name))
      .slice(0, FEATURES)
    const probes = {
      api: (i) => `/api/v1/workflows/steps/definitions?bench=${i}`,
      dashboard: (i) => `/pages/Workflow.html?bench=${i}`
    }
    const dir = mkdtempSync(join(tmpdir(), 'driftcheck-bench-'))
    const config = join(dir, 'driftcheck.yml')
    writeFileSync(config, renderConfig(names, ids, probes))
    await waitForStack()

    const cliRuns = []
    const engineRuns = []
    let rss = 0
    for (let i = 0; i < RUNS; i++) {
      const { ms, maxRssKb, code, engineMs } = await runCli(config)
      if (code !== 0) throw new Error(`driftcheck verify exited ${code} on a healthy stack`)
      cliRuns.push(ms)
      engineRuns.push(engineMs)
      rss = Math.max(rss, maxRssKb)
    }
    const floorRuns = []
    for (let i = 0; i < RUNS; i++) floorRuns.push(await timed(() => floor(names, ids, probes)))
    console.error('bench: naive run (one process per check)…')
    const naiveMs = await timed(() => naive(names, ids, probes))

    const cli = median(cliRuns)
    const engine = median(engineRuns)
    const fl = median(floorRuns)
    const checks = names.length * 2 * 2 + names.length * 2
    const table = [
      `Measured by \`npm run bench\` on ${process.env.BENCH_MACHINE ?? 'a 2-core Debian 12 VM, Docker 20.10, compose v1'}: the example`,
      `stack with ${names.length} features over 2 images — ${names.length * 2} image paths, ${names.length * 2} container paths and`,
      `${names.length * 2} route probes (${checks} checks), layers artifact + container + route. Median of ${RUNS} runs.`,
      '',
      '| approach | wall time | vs driftcheck |',
      '|---|---|---|',
      `| driftcheck \`verify\` (bundled CLI, whole process) | **${fmt(cli)}** | 1× |`,
      `| driftcheck's engine alone (the result's \`durationMs\`: no Node start-up, no config parsing) | ${fmt(engine)} | engine is ${(engine / fl).toFixed(2)}× the floor |`,
      `| naive: one \`docker run … ls\` / \`docker exec … ls\` per path, one \`curl\` per route | ${fmt(naiveMs)} | ${(naiveMs / cli).toFixed(1)}× slower |`,
      `| floor: one container start per image + one exec per container + one parallel round of probes | ${fmt(fl)} | driftcheck is ${(cli / fl).toFixed(2)}× the floor |`,
      '',
      `Peak RSS of the CLI: **${(rss / 1024).toFixed(0)} MB** (GNU time, max resident set size).`
    ].join('\n')
    console.log(table)
    if (process.argv.includes('--write-readme')) {
      const readme = join(root, 'README.md')
      const text = readFileSync(readme, 'utf8')
      writeFileSync(
        readme,
        text.replace(
          /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
          `<!-- bench:start -->\n${table}\n<!-- bench:end -->`
        )
      )
      console.error('bench: README.md updated')
    }
  } finally {
    await floorAgent.close()
    await compose('down', '-v').catch(() => {})
  }
}

function renderConfig(names, ids, probes) {
  const lines = [
    'version: 1',
    'services:',
    `  api: { url: "http://127.0.0.1:${ports.api}", image: "${ids.apiImage}", container: "${ids.api}" }`,
    `  dashboard: { url: "http://127.0.0.1:${ports.dashboard}", image: "${ids.dashboardImage}", container: "${ids.dashboard}" }`,
    'features:'
  ]
  names.forEach((name, i) => {
    lines.push(
      `  f${i}:`,
      `    artifact: { api: [/bin/${name}], dashboard: [/bin/${name}] }`,
      '    routes:',
      `      - { service: api, path: "${probes.api(i)}", expect: protected }`,
      `      - { service: dashboard, path: "${probes.dashboard(i)}", expect: 200 }`
    )
  })
  return lines.join('\n') + '\n'
}

async function waitForStack() {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${ports.api}/api/v1/health`).then(
      (r) => r.ok,
      () => false
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('the example stack did not come up')
}

function runCli(config) {
  return new Promise((resolveRun, reject) => {
    const t0 = performance.now()
    const args = ['-f', '%M', 'node', join(root, 'dist/cli/index.js'), 'verify', '--config', config]
    const child = spawn('/usr/bin/time', [...args, '--layers', 'artifact,container,route', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stderr = ''
    let stdout = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = performance.now() - t0
      const maxRssKb = Number(stderr.trim().split('\n').pop())
      if (code !== 0) console.error(stderr)
      const engineMs = code === 0 ? JSON.parse(stdout).durationMs : NaN
      resolveRun({ ms, maxRssKb, code, engineMs })
    })
  })
}

// The floor's HTTP: one keep-alive pool per origin (200 fresh connections at once would be slower, not a floor).
const floorAgent = new Agent({ connections: 8, pipelining: 1 })

async function floor(names, ids, probes) {
  const paths = names.map((n) => `/bin/${n}`)
  const get = (url) => request(url, { dispatcher: floorAgent }).then((r) => r.body.text())
  await Promise.all([
    sh('docker', ['run', '--rm', '--entrypoint', 'ls', ids.apiImage, '-ld', ...paths]),
    sh('docker', ['run', '--rm', '--entrypoint', 'ls', ids.dashboardImage, '-ld', ...paths]),
    sh('docker', ['exec', ids.api, 'ls', '-ld', ...paths]),
    sh('docker', ['exec', ids.dashboard, 'ls', '-ld', ...paths]),
    ...names.flatMap((_, i) => [
      get(`http://127.0.0.1:${ports.api}${probes.api(i)}`),
      get(`http://127.0.0.1:${ports.dashboard}${probes.dashboard(i)}`)
    ])
  ])
}

async function naive(names, ids, probes) {
  for (const [i, name] of names.entries()) {
    for (const image of [ids.apiImage, ids.dashboardImage]) {
      await sh('docker', ['run', '--rm', '--entrypoint', 'ls', image, '-ld', `/bin/${name}`])
    }
    for (const container of [ids.api, ids.dashboard])
      await sh('docker', ['exec', container, 'ls', '-ld', `/bin/${name}`])
    await sh('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code}', `http://127.0.0.1:${ports.api}${probes.api(i)}`])
    await sh('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      `http://127.0.0.1:${ports.dashboard}${probes.dashboard(i)}`
    ])
  }
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

main().catch((error) => {
  console.error(`bench: ${error.message}`)
  process.exit(1)
})
