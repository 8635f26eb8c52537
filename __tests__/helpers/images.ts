/**
 * Offline test images and containers for integration tests (there is no registry: nothing is pulled).
 *
 *   const tag = uniqueName('api')                       // `dc-test-api-k3x9q2`: unique, so test files can run in parallel
 *   const image = await buildBusyboxImage({ tag, files: { '/app/dist/modules/workflow/index.js': 'ok' }, labels })
 *   const id = await runLabelledContainer({ image: image.tag, project: 'aibp-x', service: 'api' })
 *   …
 *   await removeContainers(id); await removeImages(image.tag)
 *
 * - `buildBusyboxImage`: FROM scratch + the host's static busybox installed in /bin (ls, sh, sleep…) + your files.
 * - `buildShelllessImage`: FROM scratch + your files only: no ls, no shell (like distroless). With `keepAlive: true` it also gets
 *   a busybox binary at `/.keepalive/busybox` (outside PATH, so `ls` still does not resolve) and an entrypoint that sleeps,
 *   so it can run as a container.
 * - `relabelImage(base, { tag, labels })`: the same filesystem layers as `base` under other labels (a new image ID).
 * - `runLabelledContainer` / `removeContainers` / `removeImages`: containers "of a compose service" without compose.
 * - `withEnv(runner, { DOCKER_HOST: DEAD_DOCKER_HOST })`: a runner that talks to a dead engine (InfraError paths).
 * - `leftoverTemporaryContainers(image)`: the throw-away containers DockerCli's archive fallback left behind (must be none).
 * Every function throws loudly when Docker is missing (`requireDocker`): integration tests must never skip silently.
 */
import { mkdtemp, mkdir, rm, symlink, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { execa } from 'execa'
import type { CommandRunner } from '../../src/core/ports.js'

export const BUSYBOX = '/bin/busybox'

export interface ImageSpec {
  /** The tag to build (`dc-test-api-k3x9q2:latest`); use `uniqueName()`. */
  tag: string
  /** Absolute path in the image → file content. A path ending in `/` is an empty directory (content ignored). */
  files?: Record<string, string>
  /** Absolute path in the image → symlink target. */
  symlinks?: Record<string, string>
  /** Image labels, e.g. `{ 'org.opencontainers.image.revision': 'a1b2c3d…' }`. */
  labels?: Record<string, string>
}

export interface BuiltTestImage {
  tag: string
  /** `sha256:…` */
  id: string
}

/** `prefix` + a random suffix, valid as a docker image/container name and a compose project name. */
export function uniqueName(prefix: string): string {
  return `dc-test-${prefix}-${Math.random().toString(36).slice(2, 8)}`.toLowerCase()
}

/** Fails loudly (never skips) when the Docker engine is not usable. */
export async function requireDocker(): Promise<void> {
  const result = await execa('docker', ['version', '--format', '{{.Server.Version}}'], { reject: false })
  if (result.exitCode !== 0) {
    throw new Error(`integration tests need a running Docker engine: ${String(result.stderr || result.message).trim()}`)
  }
}

/** FROM scratch + busybox (`ls`, `sh`, `sleep` in /bin) + the given files, labels. Default command: `sleep 3600`. */
export async function buildBusyboxImage(spec: ImageSpec): Promise<BuiltTestImage> {
  return build(spec, [
    'FROM scratch',
    'COPY busybox /bin/busybox',
    'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
    'COPY rootfs/ /',
    'CMD ["/bin/sleep", "3600"]'
  ])
}

/**
 * FROM scratch + the given files only: no `ls`, no shell. `keepAlive: true` adds a sleeping entrypoint (busybox outside PATH)
 * so the image can run as a container whose `docker exec ls` fails.
 */
export async function buildShelllessImage(spec: ImageSpec & { keepAlive?: boolean }): Promise<BuiltTestImage> {
  const lines = ['FROM scratch', 'COPY rootfs/ /']
  if (spec.keepAlive)
    lines.push('COPY busybox /.keepalive/busybox', 'ENTRYPOINT ["/.keepalive/busybox", "sleep", "3600"]')
  return build(spec, lines)
}

/** `FROM base` + labels only: a new image ID, the same content (RootFS layers) as `base`. */
export async function relabelImage(base: string, spec: { tag: string; labels: Record<string, string> }) {
  return build({ tag: spec.tag, labels: spec.labels }, [`FROM ${base}`])
}

export interface ContainerSpec {
  image: string
  /** Sets `com.docker.compose.project` (with `service`), as compose v1 and v2 do. */
  project?: string
  service?: string
  /** Defaults to a unique name. */
  name?: string
}

/** `docker run -d` with compose labels; returns the container name. */
export async function runLabelledContainer(spec: ContainerSpec): Promise<string> {
  await requireDocker()
  const name = spec.name ?? uniqueName('ctr')
  const labels = [
    ...(spec.project ? ['--label', `com.docker.compose.project=${spec.project}`] : []),
    ...(spec.service ? ['--label', `com.docker.compose.service=${spec.service}`] : [])
  ]
  await execa('docker', ['run', '-d', '--network', 'none', '--name', name, ...labels, spec.image])
  return name
}

export async function removeContainers(...names: string[]): Promise<void> {
  const list = names.filter(Boolean)
  if (list.length) await execa('docker', ['rm', '-f', '--volumes', ...list], { reject: false })
}

export async function removeImages(...tags: string[]): Promise<void> {
  const list = tags.filter(Boolean)
  if (list.length) await execa('docker', ['rmi', '-f', ...list], { reject: false })
}

// ---------------------------------------------------------------------------------------------------------------------

async function build(spec: ImageSpec, dockerfile: string[]): Promise<BuiltTestImage> {
  await requireDocker()
  const context = await mkdtemp(join(tmpdir(), 'driftcheck-image-'))
  try {
    const rootfs = join(context, 'rootfs')
    // `COPY rootfs/ /` needs something to copy even when the image has no files.
    await mkdir(join(rootfs, 'tmp'), { recursive: true })
    for (const [path, content] of Object.entries(spec.files ?? {})) {
      const target = join(rootfs, path)
      if (path.endsWith('/')) {
        await mkdir(target, { recursive: true })
      } else {
        await mkdir(dirname(target), { recursive: true })
        await writeFile(target, content)
      }
    }
    for (const [path, target] of Object.entries(spec.symlinks ?? {})) {
      await mkdir(dirname(join(rootfs, path)), { recursive: true })
      await symlink(target, join(rootfs, path))
    }
    await copyFile(BUSYBOX, join(context, 'busybox'))
    await writeFile(join(context, 'Dockerfile'), dockerfile.join('\n') + '\n')
    const labels = Object.entries(spec.labels ?? {}).flatMap(([k, v]) => ['--label', `${k}=${v}`])
    // The legacy builder: no buildx plugin on these machines, and nothing to pull.
    await execa('docker', ['build', '--quiet', '--tag', spec.tag, ...labels, context], {
      env: { DOCKER_BUILDKIT: '0' }
    })
    const { stdout } = await execa('docker', ['image', 'inspect', '--format', '{{.Id}}', spec.tag])
    return { tag: spec.tag, id: stdout.trim() }
  } finally {
    await rm(context, { recursive: true, force: true })
  }
}

/**
 * A runner whose every command sees `env` on top of the process environment, e.g. a dead engine:
 * `withEnv(new LocalRunner(), { DOCKER_HOST: DEAD_DOCKER_HOST })`.
 */
export function withEnv(runner: CommandRunner, env: Record<string, string>): CommandRunner {
  return {
    where: runner.where,
    run: (file, args, options = {}) => runner.run(file, args, { ...options, env: { ...options.env, ...env } }),
    stream: (file, args, read, options = {}) =>
      runner.stream(file, args, read, { ...options, env: { ...options.env, ...env } }),
    runWithStdinFile: (file, args, path, options = {}) =>
      runner.runWithStdinFile(file, args, path, { ...options, env: { ...options.env, ...env } })
  }
}

/** A DOCKER_HOST where no daemon listens. */
export const DEAD_DOCKER_HOST = 'unix:///nonexistent.sock'

/** Temporary containers driftcheck left behind for an image (should always be none). */
export async function leftoverTemporaryContainers(image: string): Promise<string[]> {
  const { stdout } = await execa('docker', [
    'ps',
    '--all',
    '--quiet',
    '--filter',
    'label=io.driftcheck.temporary=true',
    '--filter',
    `ancestor=${image}`
  ])
  return stdout.split('\n').filter(Boolean)
}
