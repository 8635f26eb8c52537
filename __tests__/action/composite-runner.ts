/**
 * Runs action.yml's composite steps the way the GitHub runner does, read from action.yml itself (not a copy of it):
 * - each step's `if:` decides (no status function = `success() &&`): after a failed step only `always()` steps run;
 * - each step's environment is the job's (runner variables, the workflow's `env:`) plus the step's own `env:` with
 *   `${{ inputs.x }}` resolved from the `with:` inputs and action.yml's defaults — so a step sees exactly the inputs
 *   action.yml hands it, no more;
 * - the `run:` script runs as `bash --noprofile --norc -eo pipefail SCRIPT` in GITHUB_WORKSPACE, with GITHUB_ACTION_PATH set;
 * - each step gets its own GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file under RUNNER_TEMP; the action's outputs are
 *   action.yml's `outputs.*.value` expressions over the steps' outputs, the job summary is the steps' summaries in order.
 *
 * By default `dist/action/index.js` is a shim under RUNNER_TEMP that runs src/action/main.ts through tsx (the code the bundle
 * is built from); DRIFTCHECK_TEST_DIST=1 runs the committed bundle instead (GITHUB_ACTION_PATH = the repository).
 */
import { execa } from 'execa'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parse } from 'yaml'

const root = join(import.meta.dirname, '..', '..')
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const USE_DIST = process.env.DRIFTCHECK_TEST_DIST === '1'

interface StepYml {
  id: string
  name: string
  if?: string
  shell: string
  env?: Record<string, string>
  run: string
}

interface ActionYml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: StepYml[] }
}

export const actionYml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as ActionYml

export interface Job {
  workspace: string
  /** RUNNER_TEMP. */
  temp: string
  /** The job's environment: the runner's variables and the workflow's `env:` on the `uses:` step. */
  env: Record<string, string>
  /** The `with:` inputs. */
  inputs: Record<string, string>
  /** What `${{ github.token }}` stands for. */
  githubToken?: string
}

export interface StepRun {
  id: string
  outcome: 'success' | 'failure' | 'skipped'
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

export interface CompositeRun {
  steps: StepRun[]
  /** The action's outputs, as the workflow sees them. */
  outputs: Record<string, string>
  /** The job summary. */
  summary: string
  /** Every step's stdout and stderr: the job log before the runner masks it. */
  log: string
  outcome(id: string): StepRun['outcome'] | undefined
}

export interface RunOptions {
  /** Called after each step that ran (or was skipped), before the next one starts. */
  afterStep?: (run: StepRun) => void | Promise<void>
  stepTimeoutMs?: number
}

export async function runComposite(job: Job, options: RunOptions = {}): Promise<CompositeRun> {
  if (actionYml.runs.using !== 'composite') throw new Error(`action.yml runs.using is ${actionYml.runs.using}`)
  const actionPath = USE_DIST ? root : shimActionPath(job.temp)
  const steps: StepRun[] = []
  let failed = false
  for (const step of actionYml.runs.steps) {
    const run = shouldRun(step, job, failed)
      ? await runStep(step, job, actionPath, options.stepTimeoutMs ?? 300_000)
      : skipped(step)
    steps.push(run)
    if (run.outcome === 'failure') failed = true
    await options.afterStep?.(run)
  }
  const outputs = Object.fromEntries(
    Object.entries(actionYml.outputs).map(([name, { value }]) => [name, evaluate(value, job, steps)])
  )
  return {
    steps,
    outputs,
    summary: steps.map((s) => s.summary).join(''),
    log: steps.map((s) => `${s.stdout}\n${s.stderr}`).join('\n'),
    outcome: (id) => steps.find((s) => s.id === id)?.outcome
  }
}

/** Every file under RUNNER_TEMP (recursively), as text: where a secret must not be once the job is over. */
export function filesUnder(dir: string): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isDirectory()) found.push(...filesUnder(path))
    else if (stat.isFile()) found.push({ path, text: readFileSync(path, 'utf8') })
  }
  return found
}

// ---------------------------------------------------------------------------------------------------------------------

function inputValue(job: Job, name: string): string {
  const declared = actionYml.inputs[name]
  if (!declared) throw new Error(`action.yml declares no input '${name}'`)
  const value = job.inputs[name] ?? declared.default ?? ''
  return value.replace(/\$\{\{\s*github\.token\s*\}\}/g, job.githubToken ?? '')
}

/** `${{ … }}` in a string: `inputs.x` and `steps.<id>.outputs.<name>`; anything else is refused loudly. */
function evaluate(text: string, job: Job, steps: StepRun[] = []): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_all, expression: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expression)
    if (input) return inputValue(job, input[1]!)
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)
    if (output) return steps.find((s) => s.id === output[1])?.outputs[output[2]!] ?? ''
    throw new Error(`composite-runner: unsupported expression \${{ ${expression} }}`)
  })
}

/** The step's `if:`: `always()`, or `inputs.x == 'v'` / `!= 'v'` (GitHub compares strings case-insensitively). */
function shouldRun(step: StepYml, job: Job, failed: boolean): boolean {
  const condition = (step.if ?? '').trim()
  if (condition === 'always()') return true
  if (failed) return false // no status function: `success() && …`
  if (!condition) return true
  const compare = /^inputs\.([\w-]+)\s*(==|!=)\s*'([^']*)'$/.exec(condition)
  if (!compare) throw new Error(`composite-runner: unsupported if: ${condition}`)
  const equal = inputValue(job, compare[1]!).toLowerCase() === compare[3]!.toLowerCase()
  return compare[2] === '==' ? equal : !equal
}

async function runStep(step: StepYml, job: Job, actionPath: string, timeout: number): Promise<StepRun> {
  if (step.shell !== 'bash') throw new Error(`composite-runner: step ${step.id} uses shell ${step.shell}`)
  const files = join(job.temp, '_runner_file_commands')
  mkdirSync(files, { recursive: true })
  const output = join(files, `set_output_${step.id}`)
  const summary = join(files, `step_summary_${step.id}`)
  const script = join(job.temp, `${step.id}-${Math.random().toString(36).slice(2)}.sh`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  writeFileSync(script, step.run)
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, job)]))
  const env: Record<string, string> = {
    ...job.env,
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    ...(USE_DIST ? {} : { NODE_OPTIONS: `--import=${TSX}` }),
    ...stepEnv
  }
  const out = await execa('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: job.workspace,
    env,
    extendEnv: false,
    reject: false,
    timeout
  })
  return {
    id: step.id,
    outcome: out.exitCode === 0 ? 'success' : 'failure',
    exitCode: out.exitCode ?? null,
    stdout: out.stdout,
    stderr: out.stderr,
    outputs: parseOutputs(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8')
  }
}

function skipped(step: StepYml): StepRun {
  return { id: step.id, outcome: 'skipped', exitCode: null, stdout: '', stderr: '', outputs: {}, summary: '' }
}

/** GITHUB_OUTPUT: `name<<DELIMITER` blocks (what @actions/core writes) and `name=value` lines. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const block = /^([\w-]+)<<(.+)$/.exec(line)
    if (block) {
      const end = lines.indexOf(block[2]!, i + 1)
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${block[2]} for ${block[1]}`)
      out[block[1]!] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (/^[\w-]+=/.test(line)) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

/** `$GITHUB_ACTION_PATH/dist/action/index.js` that runs the sources (tsx is loaded through NODE_OPTIONS). */
function shimActionPath(temp: string): string {
  const dir = join(temp, '_actions', 'driftcheck')
  const entry = join(dir, 'dist', 'action', 'index.js')
  if (!existsSync(entry)) {
    mkdirSync(join(dir, 'dist', 'action'), { recursive: true })
    const main = pathToFileURL(join(root, 'src', 'action', 'main.ts')).href
    writeFileSync(entry, `await import(${JSON.stringify(main)})\n`)
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  }
  return dir
}
