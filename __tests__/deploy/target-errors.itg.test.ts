// The target-side errors of `driftcheck deploy` (issue 3) against a REAL sshd on this machine, through the code paths users hit:
// the CLI (`node --import tsx src/cli/index.ts deploy`) and the library's `deploy()`.
//   - docker missing on the target: sshd's sessions get a PATH (sshd_config `SetEnv`) made of /usr/bin without docker*.
//   - compose missing on the target: the same PATH with a `docker` (no compose v2 plugin) but no `docker-compose`.
//   - target.dir not writable: as root, permissions do not stop writes, so the directory is made immutable (`chattr +i`)
//     or is a read-only mount (`mount -t tmpfs` remounted `ro`).
// Each: exit 3 / InfraError, one line with the cause and what to do, nothing shipped, no lock left behind, and the
// compose project already running in target.dir untouched (same container, same start time). Never a pass.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { execa } from 'execa'
import { createDeps } from '../../src/wiring/deps.js'
import { LOCK_DIR } from '../../src/adapters/ship.js'
import { loadConfig } from '../../src/config/load.js'
import { InfraError } from '../../src/core/errors.js'
import { deploy } from '../../src/deploy/index.js'
import { buildBusyboxImage, removeImages, requireDocker, uniqueName } from '../helpers/images.js'
import { startSshd, type TestSshd } from '../helpers/sshd.js'

const repo = process.cwd()
// By URL: the CLI runs from a temp checkout, where a bare `tsx` would not resolve.
const tsxLoader = pathToFileURL(join(repo, 'node_modules/tsx/dist/loader.mjs')).href
const suffix = Math.random().toString(36).slice(2, 8)

let root: string
let checkout: string
let image: string
const sshds: TestSshd[] = []
const projects: { name: string }[] = []
const cleanups: (() => Promise<unknown>)[] = []

beforeAll(async () => {
  await requireDocker()
  root = await mkdtemp(join(tmpdir(), 'driftcheck-target-errors-'))
  image = (await buildBusyboxImage({ tag: `${uniqueName('svc')}:latest` })).tag
  // The checkout: a committed tree that WOULD be shipped and built if a check let the deploy through.
  checkout = join(root, 'checkout')
  await mkdir(join(checkout, 'api'), { recursive: true })
  await writeFile(join(checkout, 'api/Dockerfile'), `FROM ${image}\nRUN echo built >/built\n`)
  await writeFile(join(checkout, 'docker-compose.yml'), composeFile({ build: './api' }))
  await execa('git', ['-C', checkout, 'init', '-q'])
  await execa('git', ['-C', checkout, 'add', '-A'])
  await execa('git', ['-C', checkout, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'new version'])
}, 300_000)

afterAll(async () => {
  // By label, not `compose down`: a test may have failed with its directory unmounted or immutable.
  for (const { name } of projects) {
    await execa(
      'sh',
      ['-c', `docker ps -aq --filter label=com.docker.compose.project=${name} | xargs -r docker rm -f`],
      {
        reject: false
      }
    )
    await execa('docker', ['network', 'rm', `${name}_default`], { reject: false })
  }
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {})
  for (const sshd of sshds) await sshd.stop()
  if (image) await removeImages(image)
  if (root) await rm(root, { recursive: true, force: true })
}, 120_000)

function composeFile(api: { image?: string; build?: string }): string {
  const source = api.image ? `image: ${api.image}` : `build: ${api.build}`
  return `version: '3.8'\nservices:\n  api:\n    ${source}\n    network_mode: none\n    init: true\n`
}

/** A directory of symlinks to everything in /usr/bin except Docker's and Compose's programs, plus the given extras. */
async function binFarm(name: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = join(root, name)
  await mkdir(dir)
  for (const entry of await readdir('/usr/bin')) {
    if (/docker|compose/i.test(entry)) continue
    await symlink(join('/usr/bin', entry), join(dir, entry))
  }
  for (const [entry, target] of Object.entries(extra)) await symlink(target, join(dir, entry))
  return dir
}

/** A compose project running in `dir` (as a previous deploy left it), started with the local compose. */
async function runningProject(dir: string): Promise<{ name: string; container: () => Promise<string> }> {
  const name = `dc-terr-${suffix}-${projects.length}`
  await writeFile(join(dir, 'docker-compose.yml'), composeFile({ image }))
  projects.push({ name })
  await execa('docker-compose', ['-p', name, 'up', '-d'], { cwd: dir })
  const container = async () => {
    const ids = (
      await execa('docker', ['ps', '-aq', '--no-trunc', '--filter', `label=com.docker.compose.project=${name}`])
    ).stdout.trim()
    if (!ids) return 'no container'
    return (
      await execa('docker', [
        'inspect',
        '--format',
        '{{.Id}} {{.Image}} {{.State.Status}} {{.State.StartedAt}}',
        ...ids.split('\n')
      ])
    ).stdout.trim()
  }
  expect(await container()).toMatch(/ running /)
  return { name, container }
}

/** A driftcheck.yml in the checkout that deploys to `targetDir` through `sshd`. */
async function writeConfig(sshd: TestSshd, targetDir: string, project: string): Promise<string> {
  const target = sshd.target(targetDir)
  const file = join(checkout, `driftcheck-${project}.yml`)
  await writeFile(
    file,
    [
      'version: 1',
      'target:',
      `  host: ssh://root@127.0.0.1:${sshd.port}`,
      `  ssh: { identityFile: ${JSON.stringify(target.ssh.identityFile)}, knownHostsFile: ${JSON.stringify(target.ssh.knownHostsFile)} }`,
      `  dir: ${JSON.stringify(targetDir)}`,
      `  compose: { project: ${project}, files: [docker-compose.yml] }`,
      'services:',
      '  api: { url: "http://127.0.0.1:9" }',
      'features:',
      '  up:',
      '    routes:',
      '      - { service: api, path: /, expect: 200 }',
      ''
    ].join('\n')
  )
  return file
}

interface Failure {
  code: number | undefined
  /** The `driftcheck: …` lines on stderr. */
  errorLines: string[]
  reportWritten: boolean
}

/** `driftcheck deploy` as users run it. */
async function cliDeploy(configFile: string): Promise<Failure> {
  const report = join(root, `report-${Math.random().toString(36).slice(2)}.json`)
  const { FORCE_COLOR: _ignored, ...env } = process.env
  const out = await execa(
    process.execPath,
    [
      '--import',
      tsxLoader,
      join(repo, 'src/cli/index.ts'),
      'deploy',
      '--config',
      configFile,
      '--format',
      'json',
      '--output',
      report,
      '--no-color'
    ],
    { cwd: checkout, env: { ...env, NO_COLOR: '1' }, extendEnv: false, reject: false, timeout: 180_000 }
  )
  return {
    code: out.exitCode,
    errorLines: out.stderr.split('\n').filter((l) => l.startsWith('driftcheck: ')),
    reportWritten: existsSync(report)
  }
}

/** The library's `deploy()`; resolves to the error it throws (a resolved deploy fails the test). */
async function libraryDeploy(configFile: string): Promise<InfraError> {
  const config = await loadConfig(configFile)
  const deps = await createDeps(config)
  try {
    const outcome = await deploy(config, deps)
    throw new Error(`deploy did not fail: verdict ${outcome.result.verdict}`)
  } catch (error) {
    if (!(error instanceof InfraError)) throw error
    return error
  } finally {
    await deps.close()
  }
}

/**
 * Runs the deploy both ways and checks what every target error must give: exit 3 / InfraError, one line with the cause
 * (`cause`) and what to do (`todo`), no report (never a pass), no lock left, nothing shipped, the running service untouched.
 */
async function expectCleanFailure(opts: {
  configFile: string
  targetDir: string
  container: () => Promise<string>
  cause: RegExp
  todo: RegExp
}): Promise<void> {
  const before = await opts.container()
  const filesBefore = (await readdir(opts.targetDir)).sort()

  const cli = await cliDeploy(opts.configFile)
  expect(cli.code).toBe(3)
  expect(cli.errorLines).toHaveLength(1)
  expect(cli.errorLines[0]).toMatch(opts.cause)
  expect(cli.errorLines[0]).toMatch(opts.todo)
  expect(cli.reportWritten).toBe(false)

  const error = await libraryDeploy(opts.configFile)
  expect(error.message).not.toMatch(/\n/)
  expect(error.message).toMatch(opts.cause)
  expect(error.hint ?? '').toMatch(opts.todo)

  expect(existsSync(join(opts.targetDir, LOCK_DIR))).toBe(false)
  expect((await readdir(opts.targetDir)).sort()).toEqual(filesBefore)
  expect(await opts.container()).toBe(before)
}

describe('deploy: the target lacks docker or compose (real sshd, session PATH set by sshd_config SetEnv)', () => {
  it('docker is not installed on the target: exit 3, says so and to install it; nothing touched', async () => {
    const path = await binFarm('bin-no-docker')
    const sshd = await startSshd({ setEnv: { PATH: path } })
    sshds.push(sshd)
    // The premise, seen through this very sshd: its sessions have no docker, yet sh and the tools are there.
    const probe = await execa(
      'ssh',
      [
        '-o',
        'BatchMode=yes',
        '-o',
        `UserKnownHostsFile=${sshd.knownHosts}`,
        '-i',
        sshd.clientKey,
        '-p',
        String(sshd.port),
        'root@127.0.0.1',
        'command -v docker docker-compose; command -v sh tar mkdir'
      ],
      { reject: false }
    )
    expect(probe.stdout.split('\n')).toEqual([join(path, 'sh'), join(path, 'tar'), join(path, 'mkdir')])

    const targetDir = join(root, 'target-no-docker')
    await mkdir(targetDir)
    const { name, container } = await runningProject(targetDir)
    await expectCleanFailure({
      configFile: await writeConfig(sshd, targetDir, name),
      targetDir,
      container,
      cause: /`docker` is not installed or not on PATH on ssh:\/\/root@127\.0\.0\.1:\d+/,
      todo: /install docker on the target/
    })
  }, 300_000)

  // Both docker CLIs of this machine: 20.10 (`'compose' is not a docker command.`) and 28 (`unknown flag: --short`).
  const dockers = ['/usr/bin/docker', '/usr/local/bin/docker'].filter((file) => existsSync(file))

  it('this machine has a docker CLI to play the target with', () => {
    expect(dockers.length).toBeGreaterThan(0)
  })

  it.each(dockers)(
    'docker (%s) but no compose (no docker-compose, no v2 plugin): exit 3, names both and how to install',
    async (docker) => {
      const tag = docker.replace(/\W+/g, '-')
      const dockerConfig = join(root, `docker-config${tag}`)
      await mkdir(dockerConfig)
      // The premise: this docker has no compose plugin (not even system-wide), so the target really has no compose.
      const plugin = await execa(docker, ['compose', 'version'], {
        env: { DOCKER_CONFIG: dockerConfig },
        reject: false
      })
      expect(plugin.exitCode).not.toBe(0)

      const path = await binFarm(`bin-no-compose${tag}`, { docker })
      const sshd = await startSshd({ setEnv: { PATH: path, DOCKER_CONFIG: dockerConfig } })
      sshds.push(sshd)
      const targetDir = join(root, `target-no-compose${tag}`)
      await mkdir(targetDir)
      const { name, container } = await runningProject(targetDir)
      await expectCleanFailure({
        configFile: await writeConfig(sshd, targetDir, name),
        targetDir,
        container,
        // The cause is docker's first line (its last one is only `Run 'docker --help'…`).
        cause:
          /Docker Compose is not available on ssh:\/\/root@127\.0\.0\.1:\d+ \(`docker compose`: no Compose plugin \((docker: 'compose' is not a docker command\.|unknown flag: --short)\); `docker-compose`: `docker-compose` is not installed or not on PATH/,
        todo: /install the Compose plugin \(`docker compose`, v2\) or `docker-compose` \(v1\)/
      })
    },
    300_000
  )
})

describe('deploy: target.dir is not writable (real sshd, ssh user root)', () => {
  let sshd: TestSshd
  beforeAll(async () => {
    sshd = await startSshd()
    sshds.push(sshd)
  }, 60_000)

  it('an immutable directory (chattr +i): exit 3, names the directory and the cause; nothing touched', async () => {
    const targetDir = join(root, 'target-immutable')
    await mkdir(targetDir)
    const { name, container } = await runningProject(targetDir)
    const configFile = await writeConfig(sshd, targetDir, name)
    await execa('chattr', ['+i', targetDir])
    const unlock = () => execa('chattr', ['-i', targetDir])
    cleanups.push(unlock)
    try {
      // The premise: even root cannot create anything in it.
      await expect(mkdir(join(targetDir, 'probe'))).rejects.toThrow(/EPERM/)
      await expectCleanFailure({
        configFile,
        targetDir,
        container,
        cause:
          /target\.dir \S+target-immutable is not writable on ssh:\/\/root@127\.0\.0\.1:\d+ \(Operation not permitted\)/,
        todo: /write access.*immutable attribute \(lsattr -d \S+target-immutable\)/
      })
    } finally {
      await unlock()
    }
  }, 300_000)

  it('a read-only mount: exit 3, names the directory and the cause; nothing touched', async () => {
    const targetDir = join(root, 'target-readonly')
    await mkdir(targetDir)
    await execa('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'driftcheck-test', targetDir])
    const unmount = () => execa('umount', [targetDir])
    cleanups.push(unmount)
    try {
      const { name, container } = await runningProject(targetDir)
      const configFile = await writeConfig(sshd, targetDir, name)
      await execa('mount', ['-o', 'remount,ro', targetDir])
      await expect(mkdir(join(targetDir, 'probe'))).rejects.toThrow(/EROFS/)
      await expectCleanFailure({
        configFile,
        targetDir,
        container,
        cause:
          /target\.dir \S+target-readonly is not writable on ssh:\/\/root@127\.0\.0\.1:\d+ \(Read-only file system\)/,
        todo: /write access.*mounted read-only/
      })
    } finally {
      await unmount()
    }
  }, 300_000)
})
