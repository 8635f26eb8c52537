import { posix } from 'node:path'
import type { DockerStage, StageStep } from './dockerfile.js'

/**
 * Where the build context's files land in an image, from its Dockerfile's stages: the pure mapping `init` writes artifact
 * paths from. COPY/ADD rules as docker applies them: a directory source copies its *contents* into the destination; a file
 * goes to `dest/<name>` when the destination ends in `/` or there are several sources, else to `dest` itself; a relative
 * destination is relative to the WORKDIR (itself relative to the one before); `COPY --from=<stage>` takes paths of that
 * stage's filesystem, so a chain of stages is followed back to the context. A glob or a `$VARIABLE` in a path is not
 * resolved: what it places is `ambiguous`, never guessed.
 */

/** A context path (posix, relative, '' = the context's root) placed at an absolute path of an image. */
export interface Mount {
  source: string
  image: string
  kind: 'dir' | 'file'
  /** The instructions that put it there, outermost (the final stage's) first: `COPY --from=build /src/dist/ /app/dist/ (line 9)`. */
  via: string[]
  /** Placed by a compile step (tsconfig `rootDir` → `outDir`): folders are kept, file names may change (`.ts` → `.js`). */
  compiled?: true
}

/** A source that could not be resolved: paths under it cannot be placed without a guess. */
export interface Unresolved {
  /** The context path (or glob) as written, normalised. */
  source: string
  reason: string
}

export interface ImageMap {
  mounts: Mount[]
  unresolved: Unresolved[]
}

/** What the mapping needs to know of the context: which paths are folders (a COPY of a folder copies its contents). */
export interface ContextFacts {
  isDirectory(contextPath: string): boolean
  exists(contextPath: string): boolean
  /** tsconfig.json files in the context (context path) and the folder each compiles into which (`rootDir` → `outDir`). */
  compilers?: readonly Compiler[]
}

export interface Compiler {
  config: string
  rootDir: string
  outDir: string
}

/** The final image's map: the last stage, or `target` (compose `build.target`). */
export function mapImage(stages: readonly DockerStage[], facts: ContextFacts, target?: string): ImageMap {
  const maps: ImageMap[] = []
  const workdirs: string[] = []
  stages.forEach((stage, index) => {
    const parent = stageIndex(stages, stage.base, index)
    const inherited = parent === null ? { mounts: [], unresolved: [] } : maps[parent]!
    const map: ImageMap = { mounts: [...inherited.mounts], unresolved: [...inherited.unresolved] }
    let workdir = parent === null ? '/' : workdirs[parent]!
    for (const step of stage.steps) {
      if (step.kind === 'workdir') workdir = posix.resolve(workdir, step.path)
      else if (step.kind === 'copy') applyCopy(map, step, workdir, facts, stages, index, maps)
      else applyCompilers(map, step, facts)
    }
    maps.push(map)
    workdirs.push(workdir)
  })
  const final = target === undefined ? maps.length - 1 : stageIndex(stages, target, stages.length)
  return final === null || final < 0 ? { mounts: [], unresolved: [] } : maps[final]!
}

/** Every place a context path is in the image (a folder copied twice is in both), or why it cannot be told. */
export type Placement =
  | { status: 'placed'; at: { image: string; mount: Mount }[] }
  | { status: 'absent' }
  | { status: 'ambiguous'; reason: string }

export function placeInImage(map: ImageMap, contextPath: string): Placement {
  const path = normaliseSource(contextPath)
  const blocker = map.unresolved.find((u) => u.source === '' || covers(u.source, path) || covers(path, u.source))
  const at = map.mounts
    .filter((m) => (m.kind === 'dir' ? covers(m.source, path) : m.source === path))
    .map((mount) => ({ image: posix.join(mount.image, posix.relative(mount.source || '.', path || '.')), mount }))
  const unique = at.filter((a, i) => at.findIndex((b) => b.image === a.image) === i)
  if (unique.length) return { status: 'placed', at: unique }
  if (blocker) return { status: 'ambiguous', reason: blocker.reason }
  return { status: 'absent' }
}

// ---------------------------------------------------------------------------------------------------------------------

function applyCopy(
  map: ImageMap,
  step: Extract<StageStep, { kind: 'copy' }>,
  workdir: string,
  facts: ContextFacts,
  stages: readonly DockerStage[],
  index: number,
  maps: readonly ImageMap[]
): void {
  const written = `${step.keyword}${step.from ? ` --from=${step.from}` : ''} ${step.sources.join(' ')} ${step.dest} (line ${step.line})`
  if (hasVariable(step.dest) || (!step.from && step.sources.some(hasVariable))) {
    for (const source of step.sources)
      map.unresolved.push({ source: normaliseSource(source), reason: `${written} uses a variable` })
    return
  }
  const dest = posix.resolve(workdir, step.dest)
  const intoFolder = step.dest.endsWith('/') || step.sources.length > 1
  if (step.from !== null) {
    const from = stageIndex(stages, step.from, index)
    if (from === null) return // an outside image: nothing of the context comes with it
    for (const source of step.sources) copyFromStage(map, maps[from]!, source, dest, intoFolder, written)
    return
  }
  for (const raw of step.sources) {
    if (/^[a-z]+:\/\//i.test(raw)) continue // ADD of a URL
    const source = normaliseSource(raw)
    if (isGlob(source)) {
      const reason = `${written} copies a glob: where each match lands depends on what it matches`
      map.unresolved.push({ source: literalBase(source), reason })
      continue
    }
    if (!facts.exists(source)) continue
    const isDir = facts.isDirectory(source)
    const image = isDir || !intoFolder ? dest : posix.join(dest, posix.basename(source))
    map.mounts.push({ source, image, kind: isDir ? 'dir' : 'file', via: [written] })
  }
}

/** `COPY --from=stage P D`: whatever of the context that stage holds at or under P (or above it) moves under D. */
function copyFromStage(
  map: ImageMap,
  stage: ImageMap,
  raw: string,
  dest: string,
  intoFolder: boolean,
  written: string
): void {
  if (hasVariable(raw) || isGlob(raw)) {
    map.unresolved.push({ source: '', reason: `${written} copies a glob or variable from another stage` })
    return
  }
  const from = posix.resolve('/', raw)
  for (const mount of stage.mounts) {
    const via = [written, ...mount.via]
    const extra = mount.compiled ? { compiled: true as const } : {}
    if (covers(mount.image, from) && from !== mount.image) {
      // The copied path is inside what the mount placed: it maps back to a context path below the mount's.
      if (mount.kind !== 'dir') continue
      const source = posix.join(mount.source || '.', posix.relative(mount.image, from)).replace(/^\.$/, '')
      map.mounts.push({ source, image: dest, kind: 'dir', via, ...extra })
    } else if (covers(from, mount.image)) {
      const below = posix.relative(from, mount.image)
      const image =
        below === '' && mount.kind === 'file' && intoFolder
          ? posix.join(dest, posix.basename(from))
          : posix.join(dest, below)
      map.mounts.push({ ...mount, image, via, ...extra })
    }
  }
  for (const unresolved of stage.unresolved) map.unresolved.push(unresolved)
}

/**
 * A RUN in a stage that holds a tsconfig.json compiles its `rootDir` into its `outDir` (the project's own statement of
 * where the output goes), so the output folder is placed as the compiled form of the source folder.
 */
function applyCompilers(map: ImageMap, step: Extract<StageStep, { kind: 'run' }>, facts: ContextFacts): void {
  for (const compiler of facts.compilers ?? []) {
    const config = placeInImage({ mounts: map.mounts, unresolved: [] }, compiler.config)
    if (config.status !== 'placed') continue
    const folder = posix.dirname(compiler.config) === '.' ? '' : posix.dirname(compiler.config)
    const source = normaliseSource(posix.join(folder || '.', compiler.rootDir))
    const rootDirs = placeInImage({ mounts: map.mounts, unresolved: [] }, source)
    for (const { image } of config.at) {
      // tsc reads rootDir beside its tsconfig: compiled only when the source folder is there in this stage.
      const rootDir = posix.join(posix.dirname(image), compiler.rootDir)
      if (rootDirs.status !== 'placed' || !rootDirs.at.some((a) => a.image === rootDir)) continue
      const out = posix.join(posix.dirname(image), compiler.outDir)
      if (map.mounts.some((m) => m.compiled && m.image === out && m.source === source)) continue
      const via = `RUN (line ${step.line}) compiles ${source || '.'} into ${out} (${compiler.config}: rootDir ${compiler.rootDir}, outDir ${compiler.outDir})`
      map.mounts.push({ source, image: out, kind: 'dir', via: [via], compiled: true })
    }
  }
}

/** The stage a `--from` or `FROM` names (by name or index) among those before `before`, or null for an outside image. */
function stageIndex(stages: readonly DockerStage[], ref: string, before: number): number | null {
  const lower = ref.toLowerCase()
  if (/^\d+$/.test(ref)) return Number(ref) < before ? Number(ref) : null
  for (let i = before - 1; i >= 0; i--) if (stages[i]!.name === lower) return i
  return null
}

/** `./src/`, `/src`, `src` → `src`; `.` and `./` → ''. COPY sources are relative to the context even when written absolute. */
export function normaliseSource(path: string): string {
  const normal = posix.normalize(`/${path}`).replace(/\/+$/, '')
  return normal.slice(1)
}

/** `ancestor` is `path` or a folder above it ('' is the root, above everything). */
function covers(ancestor: string, path: string): boolean {
  return ancestor === '' || ancestor === path || path.startsWith(`${ancestor.replace(/\/$/, '')}/`)
}

/** `src/*\/x` → `src`: the folder a glob's matches are under. */
function literalBase(glob: string): string {
  const parts = glob.split('/')
  return parts.slice(0, parts.findIndex(isGlob)).join('/')
}

const isGlob = (path: string) => /[*?[]/.test(path)
const hasVariable = (path: string) => path.includes('$')
