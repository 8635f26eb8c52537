/** A plain fake DockerEngine (layer unit tests, reusable by others): paths per image/container, calls recorded. */
import { listingPlan, parseArtifactPath } from '../../src/core/artifact-glob.js'
import type { DirectoryListing, DockerEngine, ImageInfo, PathListing, RunningContainer } from '../../src/core/ports.js'

export interface FakeDockerSetup {
  /** image ref or container name → the paths that exist in it (a glob lists the ones right under its directory), or an Error to throw. */
  filesystems?: Record<string, string[] | Error>
  /** image ID/ref → inspect answer. */
  images?: Record<string, ImageInfo>
  method?: PathListing['method']
}

export class FakeDocker implements DockerEngine {
  readonly where = 'local'
  readonly calls: { op: string; target: string; paths: string[] }[] = []
  /** The most listings in flight at once (proves images are listed concurrently). */
  maxInFlight = 0
  private inFlight = 0

  constructor(private readonly setup: FakeDockerSetup = {}) {}

  listImagePaths(image: string, paths: readonly string[]): Promise<PathListing> {
    return this.list('image', image, paths, `docker run --rm --entrypoint ls ${image} -ld -- ${paths.join(' ')}`)
  }

  listContainerPaths(container: string, paths: readonly string[]): Promise<PathListing> {
    return this.list('container', container, paths, `docker exec ${container} ls -ld -- ${paths.join(' ')}`)
  }

  async inspectImage(ref: string): Promise<ImageInfo | null> {
    this.calls.push({ op: 'inspectImage', target: ref, paths: [] })
    return this.setup.images?.[ref] ?? null
  }

  async inspectImages(refs: readonly string[]): Promise<ImageInfo[]> {
    this.calls.push({ op: 'inspectImages', target: refs.join(' '), paths: [] })
    return refs.flatMap((ref) => this.setup.images?.[ref] ?? [])
  }

  async findServiceContainers(): Promise<RunningContainer[]> {
    throw new Error('not used by the layers')
  }

  async findContainer(): Promise<RunningContainer | null> {
    throw new Error('not used by the layers')
  }

  async ping(): Promise<string> {
    return '20.10.24'
  }

  private async list(op: string, target: string, paths: readonly string[], command: string): Promise<PathListing> {
    this.calls.push({ op, target, paths: [...paths] })
    this.inFlight++
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight)
    await new Promise((resolve) => setTimeout(resolve, 5))
    this.inFlight--
    const fs = this.setup.filesystems?.[target]
    if (fs instanceof Error) throw fs
    if (!fs) throw new Error(`fake: nothing set up for ${target}`)
    const literals = paths.flatMap((p) => {
      const parsed = parseArtifactPath(p)
      return parsed.kind === 'literal' ? [parsed.path] : []
    })
    const { directories } = listingPlan(paths)
    return {
      method: this.setup.method ?? 'ls',
      commands: [command],
      entries: literals.map((path) =>
        fs.includes(path)
          ? { path, exists: true, detail: `drwxr-xr-x 2 0 0 4096 Nov 25 08:23 ${path}` }
          : { path, exists: false, detail: 'No such file or directory' }
      ),
      ...(directories.length ? { directories: directories.map(({ path }) => directoryOf(fs, path)) } : {})
    }
  }
}

/** A directory of a fake filesystem: the paths right under it are its entries; it exists when anything is under it. */
function directoryOf(fs: readonly string[], path: string): DirectoryListing {
  const inside = `${path.replace(/\/+$/, '')}/`
  const names = fs
    .filter((p) => p.startsWith(inside) && !p.slice(inside.length).includes('/'))
    .map((p) => p.slice(inside.length))
  if (!fs.some((p) => p.startsWith(inside)))
    return { path, exists: false, detail: 'No such file or directory', entries: [] }
  return {
    path,
    exists: true,
    detail: '',
    entries: names.map((name) => ({ name, detail: `-rw-r--r-- 1 0 0 3 Nov 25 08:23 ${inside}${name}` }))
  }
}
