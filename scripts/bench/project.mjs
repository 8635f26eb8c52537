// The bench's compose project, generated in a temp dir: 2 services built offline FROM driftcheck/busybox:local (made by
// scripts/base-image.sh), each serving its static files with busybox httpd:
//   api  /app/modules/m<i>/index.html  (+ /app/vendor: `contextMb` MB of files, like node_modules; git-ignored)
//   web  /www/pages/p<i>.html
// committed to git, with a driftcheck.yml whose features check source + artifact + container + route of both services.
import { execFile as execFileCb } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export const execFile = promisify(execFileCb)
const BIG = { maxBuffer: 256 << 20 }

/** Every image the bench builds carries this label with the run's id: cleanup finds them all, dangling ones too. */
export const RUN_LABEL = 'org.driftcheck.bench'

/** Cleanups run in reverse order at the end, also after a failure or Ctrl-C. */
const cleanups = []
export const onCleanup = (fn) => cleanups.push(fn)
export async function cleanup() {
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((e) => console.error(`bench: cleanup: ${e.message}`))
}

/** `docker compose` (v2) if the plugin is there, else `docker-compose` (v1 1.29 here, or a standalone v2). */
export async function detectCompose(env) {
  for (const [file, pre] of [
    ['docker', ['compose']],
    ['docker-compose', []]
  ]) {
    const out = await execFile(file, [...pre, 'version', '--short'], { env }).catch(() => null)
    const version = out && /(\d+)\.\d+\.\d+/.exec(out.stdout)
    if (version) return { file, pre, version: version[0], flavour: Number(version[1]) >= 2 ? 'v2' : 'v1' }
  }
  throw new Error('neither `docker compose` nor `docker-compose` is installed')
}

async function freePort() {
  const server = createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  await new Promise((resolve) => server.close(resolve))
  return port
}

const dockerfile = (dir, extra = '') =>
  `FROM driftcheck/busybox:local\n${extra}COPY ${dir} /${dir === 'modules' ? 'app/modules' : 'www/pages'}\n` +
  `CMD ["httpd", "-f", "-p", "8080", "-h", "/${dir === 'modules' ? 'app' : 'www'}"]\n`

function composeFile() {
  const service = (name, port) => [
    `  ${name}:`,
    '    build:',
    `      context: ./${name}`,
    // The labels driftcheck stamps (revision, created = the commit's date), so a plain `compose build` makes the very image
    // `driftcheck verify` builds; and the run's label, for the cleanup.
    '      labels:',
    '        org.opencontainers.image.revision: ${BENCH_REVISION}',
    '        org.opencontainers.image.created: ${BENCH_CREATED}',
    `        ${RUN_LABEL}: \${BENCH_RUN}`,
    `    ports: ['127.0.0.1:\${${port}}:8080']`,
    // httpd as PID 1 ignores SIGTERM: no 10 s wait on `down`.
    '    stop_signal: SIGKILL'
  ]
  return ["version: '3.8'", 'services:', ...service('api', 'API_PORT'), ...service('web', 'WEB_PORT'), ''].join('\n')
}

function driftcheckConfig(name, features, ports) {
  const lines = [
    'version: 1',
    `target: { compose: { project: ${name}, files: [docker-compose.yml] } }`,
    'services:',
    `  api: { url: "http://127.0.0.1:${ports.api}" }`,
    `  web: { url: "http://127.0.0.1:${ports.web}" }`,
    'features:'
  ]
  for (let i = 0; i < features; i++) {
    // A file that exists answers 200 with its own body; any other path 404 (discriminating against control probes).
    lines.push(
      `  f${i}:`,
      `    source: [api/modules/m${i}/, web/pages/p${i}.html]`,
      `    artifact: { api: [/app/modules/m${i}/index.html], web: [/www/pages/p${i}.html] }`,
      '    routes:',
      `      - { service: api, path: /modules/m${i}/index.html, expect: { status: 200, bodyContains: "module m${i} ok" } }`,
      `      - { service: web, path: /pages/p${i}.html, expect: { status: 200, bodyContains: "page p${i} ok" } }`
    )
  }
  return lines.join('\n') + '\n'
}

/** `contextMb` MB of incompressible 10 KB files in folders of 100, like a node_modules. */
function writeVendor(dir, contextMb) {
  const files = Math.round((contextMb * 1024) / 10)
  for (let i = 0; i < files; i++) {
    if (i % 100 === 0) mkdirSync(join(dir, `p${i / 100}`), { recursive: true })
    writeFileSync(join(dir, `p${Math.floor(i / 100)}`, `f${i % 100}.js`), randomBytes(10 * 1024))
  }
}

/**
 * Writes and commits the project; returns what the bench needs to drive it. Registers its own cleanup (compose down,
 * every image with the run's label, the folder).
 */
export async function createProject({ features, contextMb, runId, baseEnv, compose }) {
  const dir = mkdtempSync(join(tmpdir(), 'driftcheck-bench-'))
  const name = `driftcheck-bench-${runId}-${features}`
  const ports = { api: await freePort(), web: await freePort() }
  const write = (path, text) => {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  write('docker-compose.yml', composeFile())
  write('driftcheck.yml', driftcheckConfig(name, features, ports))
  write('.gitignore', 'api/vendor/\n')
  write('api/Dockerfile', dockerfile('modules', contextMb > 0 ? 'COPY vendor /app/vendor\n' : ''))
  write('web/Dockerfile', dockerfile('pages'))
  for (let i = 0; i < features; i++) {
    write(`api/modules/m${i}/index.html`, `module m${i} ok\n`)
    write(`web/pages/p${i}.html`, `<h1>page p${i} ok</h1>\n`)
  }
  if (contextMb > 0) writeVendor(join(dir, 'api/vendor'), contextMb)

  const git = (...args) => execFile('git', args, { cwd: dir })
  await git('init', '-q')
  await git('add', '-A')
  await git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench project')
  const revision = (await git('rev-parse', 'HEAD')).stdout.trim()
  const created = (await git('show', '-s', '--format=%cI', 'HEAD')).stdout.trim()

  const env = {
    ...baseEnv,
    API_PORT: String(ports.api),
    WEB_PORT: String(ports.web),
    BENCH_REVISION: revision,
    BENCH_CREATED: created,
    BENCH_RUN: runId
  }
  const images = Object.fromEntries(
    ['api', 'web'].map((s) => [s, compose.flavour === 'v1' ? `${name}_${s}` : `${name}-${s}`])
  )
  const run = (args, extraEnv = {}) =>
    execFile(compose.file, [...compose.pre, '-p', name, ...args], { cwd: dir, env: { ...env, ...extraEnv }, ...BIG })

  onCleanup(async () => {
    rmSync(dir, { recursive: true, force: true })
  })
  onCleanup(async () => {
    const { stdout } = await execFile('docker', ['images', '-a', '-q', '--filter', `label=${RUN_LABEL}=${runId}`])
    const ids = [...new Set(stdout.split('\n').filter(Boolean))]
    if (ids.length) await execFile('docker', ['rmi', '-f', ...ids]).catch(() => {})
  })
  onCleanup(() => run(['down', '-v', '--rmi', 'local', '--remove-orphans']))

  return { dir, name, ports, env, images, features, config: join(dir, 'driftcheck.yml'), compose: run }
}

/** Until both services answer their first page (bounded: 20 s). */
export async function waitUntilServing(project) {
  for (let i = 0; i < 200; i++) {
    const ok = await Promise.all([
      fetch(`http://127.0.0.1:${project.ports.api}/modules/m0/index.html`).then(
        (r) => r.ok,
        () => false
      ),
      fetch(`http://127.0.0.1:${project.ports.web}/pages/p0.html`).then(
        (r) => r.ok,
        () => false
      )
    ])
    if (ok.every(Boolean)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`the bench project ${project.name} did not start serving`)
}

/** The running container of each service. */
export async function containersOf(project) {
  const ids = {}
  for (const svc of ['api', 'web']) {
    const { stdout } = await project.compose(['ps', '-q', svc])
    ids[svc] = stdout.trim()
    if (!ids[svc]) throw new Error(`compose started no ${svc} container`)
  }
  return ids
}
