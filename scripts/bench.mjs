// `npm run bench`: what a user runs — `driftcheck verify` on a compose project, the compose build included — against the
// floor, at FEATURES features (default 50 and 200), median of RUNS runs (default 5). For each size, in a temp dir:
// a git-committed compose project of 2 services (scripts/bench/project.mjs), started with compose, then alternately
//   driftcheck — `node dist/cli/index.js verify -v` (whole process: wall time, peak RSS, the engine's own durationMs, and
//                when the first external command started, from the `-v` timestamps);
//   floor      — the least any tool must do for the same proof (scripts/bench/measure.mjs).
// Once, on the first project: a cached `compose build` with the classic builder vs BuildKit.
// Options: --context-mb N (N MB of extra files in the api's build context, like a node_modules), --write-readme (the table
// into README.md between the bench markers), --timeline (the `-v` log of each size's median run on stderr).
// BENCH_DOCKER=/path/to/docker puts that docker CLI first on PATH for everything (compose v1 builds through it).
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join, resolve } from 'node:path'
import { cleanup, containersOf, createProject, detectCompose, execFile, waitUntilServing } from './bench/project.mjs'
import { makeFloor, measureBuilders, median, pathWithDocker, runCli, timed } from './bench/measure.mjs'

const root = resolve(import.meta.dirname, '..')
const cliPath = join(root, 'dist/cli/index.js')
const SIZES = (process.env.FEATURES ?? '50,200').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 5)
const argv = process.argv.slice(2)
const contextMb = argv.includes('--context-mb') ? Number(argv[argv.indexOf('--context-mb') + 1]) : 0
const runId = `${process.pid}`
const BUILDKIT_ENV = { COMPOSE_DOCKER_CLI_BUILD: '1', DOCKER_BUILDKIT: '1' }

async function main() {
  if (SIZES.some((n) => !(n > 0)) || !(RUNS > 0) || !(contextMb >= 0))
    throw new Error('FEATURES, RUNS, --context-mb: numbers')
  // The user's builder choice is theirs to test; the bench decides per measurement.
  const baseEnv = { ...process.env }
  delete baseEnv.DOCKER_BUILDKIT
  delete baseEnv.COMPOSE_DOCKER_CLI_BUILD
  if (process.env.BENCH_DOCKER) baseEnv.PATH = pathWithDocker(process.env.BENCH_DOCKER, baseEnv)
  const compose = await detectCompose(baseEnv)
  const machine = await describeMachine(compose, baseEnv)
  console.error(`bench: ${SIZES.join(' and ')} features, ${RUNS} runs each, ${machine}`)

  const rows = []
  let builders = null
  for (const features of SIZES) {
    const project = await createProject({ features, contextMb, runId, baseEnv, compose })
    if (!builders) builders = await measureBuilders(project, compose, RUNS)
    console.error(`bench: ${features} features: starting ${project.name}`)
    await project.compose(['up', '-d', '--build'])
    // driftcheck picks its builder; the containers then run what it builds, and the floor builds the same way.
    const warm = await runCli(cliPath, project)
    await project.compose(['up', '-d', '--no-build'])
    await waitUntilServing(project)
    const floor = makeFloor(project, await containersOf(project), warm.buildkit ? BUILDKIT_ENV : {})
    await floor() // the floor's first round opens its connections

    const cli = []
    const floors = []
    for (let i = 0; i < RUNS; i++) {
      cli.push(await runCli(cliPath, project))
      floors.push(await timed(floor))
    }
    const byTime = [...cli].sort((a, b) => a.ms - b.ms)
    const mid = byTime[Math.floor(byTime.length / 2)]
    if (argv.includes('--timeline')) {
      // One line per command or step (the per-probe lines and the long path lists left out).
      const steps = mid.log.filter((l) => !/^\s+\S+s (route|auth) /.test(l)).map((l) => l.slice(0, 150))
      console.error(`bench: -v of the median run at ${features} features:\n${steps.join('\n')}`)
    }
    rows.push({
      features,
      cli: mid.ms,
      engine: median(cli.map((r) => r.engineMs)),
      floor: median(floors),
      first: median(cli.map((r) => r.firstCommand?.ms ?? NaN)),
      firstCommand: mid.firstCommand?.command ?? '?',
      rssMb: Math.max(...cli.map((r) => r.rssKb)) / 1024,
      buildkit: warm.buildkit
    })
    console.error(`bench: ${features} features: driftcheck ${fmt(mid.ms)}, floor ${fmt(median(floors))}`)
  }

  const table = render(rows, builders, machine)
  console.log(table)
  if (argv.includes('--write-readme')) {
    const readme = join(root, 'README.md')
    const text = readFileSync(readme, 'utf8')
    const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/
    if (!marked.test(text)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers')
    writeFileSync(readme, text.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`))
    console.error('bench: README.md updated')
  }
}

async function describeMachine(compose, env) {
  if (process.env.BENCH_MACHINE) return process.env.BENCH_MACHINE
  const engine = await execFile('docker', ['version', '--format', '{{.Server.Version}}'], { env }).catch(() => null)
  const client = await execFile('docker', ['version', '--format', '{{.Client.Version}}'], { env }).catch(() => null)
  return (
    `${cpus().length} cores, Docker engine ${engine?.stdout.trim() ?? '?'}, docker CLI ${client?.stdout.trim() ?? '?'}, ` +
    `compose ${compose.version}`
  )
}

function render(rows, builders, machine) {
  const cells = (fn) => rows.map(fn).join(' | ')
  const builder = rows.some((r) => r.buildkit) ? 'BuildKit' : 'the classic builder'
  const ratio = (r) => r.cli / r.floor
  const lines = [
    `Measured by \`npm run bench\` on ${machine}; driftcheck built with ${builder}; median of ${RUNS} run(s).`,
    'Each feature checks source, artifact, container and route on both services of the generated compose project' +
      (contextMb ? ` (${contextMb} MB of extra files in the api's build context).` : '.'),
    '',
    `| | ${cells((r) => `${r.features} features`)} |`,
    `|---|${cells(() => '---')}|`,
    `| driftcheck \`verify\` (bundled CLI, whole process, the compose build included) | ${cells((r) => `**${fmt(r.cli)}**`)} |`,
    `| floor: cached \`compose build\` → one \`docker run … ls\` per image, beside one \`docker exec … ls\` per container, \`git ls-files\` and one parallel round of probes | ${cells((r) => fmt(r.floor))} |`,
    `| driftcheck ÷ floor (goal ≤ 1.2×) | ${cells((r) => `${ratio(r).toFixed(2)}×`)} |`,
    `| driftcheck's engine alone (the result's \`durationMs\`) | ${cells((r) => fmt(r.engine))} |`,
    `| first external command, after process start (goal ≤ 150 ms) | ${cells((r) => `${fmt(r.first)} (\`${r.firstCommand.split(' ').slice(0, 2).join(' ')}\`)`)} |`,
    `| peak RSS of the CLI (goal < 100 MB) | ${cells((r) => `${r.rssMb.toFixed(0)} MB`)} |`
  ]
  if (builders) {
    const size = contextMb ? `${contextMb} MB of extra files in the api's context` : 'no extra files in the context'
    const buildkit =
      builders.buildkit === undefined
        ? 'BuildKit: no docker CLI here can use it (a CLI < 23, or the buildx plugin, is needed)'
        : `BuildKit **${fmt(builders.buildkit)}**${builders.buildkitCli ? ` (through ${builders.buildkitCli})` : ''}`
    lines.push(
      '',
      `Cached \`compose build\` of both services (${size}): classic builder **${fmt(builders.classic)}**, ${buildkit}.`
    )
  }
  return lines.join('\n')
}

const fmt = (ms) => (Number.isNaN(ms) ? '?' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

let exiting = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (exiting) return
    exiting = true
    console.error(`bench: ${signal}: cleaning up`)
    cleanup().finally(() => process.exit(130))
  })
}

main().then(cleanup, async (error) => {
  console.error(`bench: ${error.message}`)
  await cleanup()
  process.exitCode = 1
})
