/**
 * `command: preview` in the composite action, on the real engine (compose v1): the preview runs in ONE step, the report step
 * reports its result, and nothing of the throwaway project is left. A preview step that is killed outright (SIGKILL, no
 * chance to tear down) leaves a project the cleanup step (`if: always()`) removes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { requireDocker } from '../helpers/images.js'
import { runComposite, type Job } from './composite-runner.js'

const root = join(import.meta.dirname, '..', '..')
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const suffix = Math.random().toString(36).slice(2, 8)
const API_TOKEN = `sk-preview-action-${suffix}-${Math.random().toString(36).slice(2)}`
const work = mkdtempSync(join(tmpdir(), 'driftcheck-preview-action-'))
const checkout = join(work, 'checkout')
const projects = new Set<string>()

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: checkout, stdio: 'pipe' })

function leftovers(project: string): string[] {
  const list = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).split('\n').filter(Boolean)
  const label = `label=com.docker.compose.project=${project}`
  return [
    ...list('ps', '-a', '--filter', label, '--format', 'container {{.Names}}'),
    ...list('network', 'ls', '--filter', label, '--format', 'network {{.Name}}'),
    ...list('volume', 'ls', '--filter', label, '--format', 'volume {{.Name}}'),
    ...list('images', '--format', 'image {{.Repository}}').filter((i) => i.includes(project))
  ]
}

function job(inputs: Record<string, string>): Job {
  const temp = mkdtempSync(join(work, 'runner-temp-'))
  return {
    workspace: checkout,
    temp,
    inputs: { 'github-token': '', ...inputs },
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? work,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: checkout,
      RUNNER_TEMP: temp,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: '1'.repeat(40),
      API_TOKEN
    }
  }
}

const stateOf = (temp: string) => {
  const file = execFileSync('sh', ['-c', `ls ${temp}/driftcheck-state-*.json`], { encoding: 'utf8' }).trim()
  return JSON.parse(readFileSync(file, 'utf8')) as { preview?: { project: string } }
}

beforeAll(async () => {
  await requireDocker()
  execFileSync('bash', [join(root, 'scripts/base-image.sh')], { stdio: 'pipe' })
  execFileSync('mkdir', ['-p', checkout])
  execFileSync('cp', ['-a', `${join(root, 'examples/stack')}/.`, checkout])
  // The PR's router registers only the modules it names: the workflow module is in the image, its route is not.
  const server = join(checkout, 'api/src/server.js')
  writeFileSync(
    server,
    readFileSync(server, 'utf8').replace(
      /const modules = readdirSync\([\s\S]*?\.sort\(\)\n/,
      `const modules = ['health']\n`
    )
  )
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'the router misses workflow')
}, 120_000)

afterAll(() => {
  for (const project of projects)
    spawnSync('docker-compose', ['-p', project, 'down', '-v', '--remove-orphans', '--rmi', 'local'], {
      cwd: checkout,
      stdio: 'ignore'
    })
  rmSync(work, { recursive: true, force: true })
}, 120_000)

describe('command: preview', () => {
  it('verifies in one step, reports route-missing, skips the per-phase steps, and leaves nothing behind', async () => {
    const j = job({ command: 'preview' })
    const run = await runComposite(j)
    const project = /project (driftcheck-preview-[0-9a-f]+)/.exec(run.log)?.[1]
    expect(project).toBeDefined()
    projects.add(project!)
    expect(run.outcome('preview')).toBe('success')
    expect(run.outputs.verdict).toBe('fail')
    expect(JSON.parse(run.outputs['fault-lines']!)).toEqual([
      expect.objectContaining({ feature: 'workflow', verdict: 'route-missing', faultLine: 'route' })
    ])
    // The steps per phase said there was nothing for them to do; the report is the preview's own.
    expect(run.log).toContain("command is 'preview': the preview step checked every layer")
    const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))
    expect(report.preview.project).toBe(project)
    expect(report.preview.urls.map((u: { service: string }) => u.service)).toEqual(['api', 'dashboard'])
    expect(run.summary).toContain('route-missing')
    expect(leftovers(project!)).toEqual([])
    // Only the runner's own masking command may name it (the runner hides it everywhere after).
    expect(run.log.replace(/^::add-mask::.*$/gm, '')).not.toContain(API_TOKEN)
  }, 300_000)

  it('a service that does not become ready: the report step reports it (verdict error, the logs), and nothing is left', async () => {
    const compose = join(checkout, 'docker-compose.yml')
    const original = readFileSync(compose, 'utf8')
    // It prints the token it was given (a secret of the config) and exits 1 at start.
    writeFileSync(
      compose,
      original.replace(
        '      API_TOKEN: ${API_TOKEN:-demo-token}\n',
        '      API_TOKEN: ${API_TOKEN:-demo-token}\n' +
          `    command: ['sh', '-c', 'echo "giving up; token $$API_TOKEN"; exit 1']\n`
      )
    )
    try {
      const run = await runComposite(job({ command: 'preview' }))
      const project = /project (driftcheck-preview-[0-9a-f]+)/.exec(run.log)?.[1]
      expect(project).toBeDefined()
      projects.add(project!)
      expect(run.outputs.verdict).toBe('error')
      expect(JSON.parse(run.outputs['fault-lines']!)).toEqual([
        expect.objectContaining({ feature: 'workflow', verdict: 'error', faultLine: 'container' }),
        expect.objectContaining({ feature: 'health', verdict: 'error', faultLine: 'container' })
      ])
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'))
      expect(report.preview.notReady).toEqual([
        expect.objectContaining({
          service: 'api',
          reason: 'exited',
          exitCode: 1,
          logs: expect.stringContaining('giving up; token ***')
        })
      ])
      // The job summary (and so the PR comment) says which service, how, and what it logged; the step's log too.
      expect(run.summary).toMatch(/api: container \S+ exited with exit code 1 before it was ready/)
      expect(run.summary).toContain('giving up; token ***')
      expect(run.log).toContain('its last log lines:')
      expect(leftovers(project!)).toEqual([])
      expect(run.log.replace(/^::add-mask::.*$/gm, '')).not.toContain(API_TOKEN)
      expect(run.summary + readFileSync(run.outputs['report-path']!, 'utf8')).not.toContain(API_TOKEN)
    } finally {
      writeFileSync(compose, original)
    }
  }, 300_000)

  it('a preview step killed outright (SIGKILL) leaves its project to the cleanup step, which removes it', async () => {
    const j = job({ command: 'preview' })
    const env = {
      ...j.env,
      INPUT_CONFIG: 'driftcheck.yml',
      INPUT_WORKING_DIRECTORY: '.',
      INPUT_COMMAND: 'preview',
      NODE_OPTIONS: `--import=${TSX}`
    }
    const phase = (name: string) =>
      spawnSync(process.execPath, [join(root, 'src/action/main.ts'), name], { cwd: checkout, env, encoding: 'utf8' })
    expect(phase('check-node').status).toBe(0)

    const child = spawn(process.execPath, [join(root, 'src/action/main.ts'), 'preview'], { cwd: checkout, env })
    let output = ''
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    // Killed once its containers run: the step never gets to tear down.
    await new Promise<void>((resolve) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString()
        if (/preview: api http/.test(output)) resolve()
      }
      child.stdout.on('data', look)
      child.stderr.on('data', look)
      void exited.then(() => resolve())
    })
    const project = stateOf(j.temp).preview?.project
    expect(project).toMatch(/^driftcheck-preview-[0-9a-f]+$/)
    projects.add(project!)
    child.kill('SIGKILL')
    await exited
    expect(leftovers(project!).filter((l) => l.startsWith('container ')).length).toBeGreaterThan(0)

    const cleanup = phase('cleanup')
    expect(cleanup.status).toBe(0)
    expect(cleanup.stdout).toContain(`preview: project ${project} removed by the cleanup step`)
    expect(leftovers(project!)).toEqual([])
  }, 300_000)
})
