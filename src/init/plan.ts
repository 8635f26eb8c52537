import { posix } from 'node:path'
import { type ComposeServiceModel, serviceUrl } from './compose.js'
import { detectConventions, type Convention } from './conventions.js'
import { parseDockerfile } from './dockerfile.js'
import { dockerignore } from './dockerignore.js'
import { mapImage, placeInImage, type Compiler, type ImageMap } from './image-map.js'

/**
 * What `init` will write, decided from what the checkout says (pure: the files were read before). Every entry carries the
 * evidence it was made from, as the comment the writer puts beside it; what cannot be mapped is a `todo` with its reason.
 */
export interface InitPlan {
  /** The files read, for the header comment. */
  read: string[]
  services: { name: string; url: string | null; comment: string }[]
  discover: { source: string; name?: string; artifact: Record<string, string[]>; comment: string }[]
  features: { name: string; source: string[]; artifact: Record<string, string[]>; comment: string }[]
  openapi: { service: string; document: string; comment: string }[]
  todos: Todo[]
}

export interface Todo {
  section: 'services' | 'discover' | 'openapi' | 'features'
  text: string
}

/** What was read of the checkout: every file's path (repository-relative, posix), and the texts `textsToRead` asked for. */
export interface CheckoutSnapshot {
  composeFile: string
  services: readonly ComposeServiceModel[]
  files: readonly string[]
  texts: Readonly<Record<string, string>>
}

/** The files the plan reads beyond the compose file: each build's Dockerfile, .dockerignore and tsconfig.json files. */
export function textsToRead(services: readonly ComposeServiceModel[], files: readonly string[]): string[] {
  const wanted = new Set<string>()
  for (const { build } of services) {
    if (!build) continue
    wanted.add(dockerfilePath(build))
    wanted.add(joinPath(build.context, '.dockerignore'))
    for (const file of files)
      if (inside(build.context, file) && posix.basename(file) === 'tsconfig.json') wanted.add(file)
  }
  return [...wanted].filter((f) => files.includes(f))
}

const OPENAPI_DOCUMENT = /^(openapi|swagger)\.(ya?ml|json)$/i
const MAX_FALLBACK_PATHS = 8

interface BuiltService {
  name: string
  context: string
  dockerfile: string
  map: ImageMap
  ignored: (contextPath: string) => boolean
}

export function planInit(snapshot: CheckoutSnapshot): InitPlan {
  const todos: Todo[] = []
  const read = [snapshot.composeFile]
  const built: BuiltService[] = []
  const services: InitPlan['services'] = []
  for (const service of snapshot.services) {
    if (!service.build) {
      const what = service.image ? `runs the image ${service.image}` : 'has neither build nor image'
      todos.push({
        section: 'services',
        text: `${service.name} ${what}, not built from this repository: nothing of the source to check in it (add it here with a \`url\` to probe its routes)`
      })
      continue
    }
    const dockerfile = dockerfilePath(service.build)
    const text = snapshot.texts[dockerfile]
    if (text === undefined) {
      todos.push({
        section: 'services',
        text: `${service.name}: ${dockerfile} is not in the checkout, so nothing maps into its image`
      })
      services.push({ name: service.name, url: serviceUrl(service.ports), comment: portComment(service) })
      continue
    }
    read.push(dockerfile)
    const ignoreFile = joinPath(service.build.context, '.dockerignore')
    const ignoreText = snapshot.texts[ignoreFile]
    if (ignoreText !== undefined) read.push(ignoreFile)
    const map = mapImage(parseDockerfile(text), contextFacts(snapshot, service.build.context), service.build.target)
    built.push({
      name: service.name,
      context: service.build.context,
      dockerfile,
      map,
      ignored: ignoreText === undefined ? () => false : dockerignore(ignoreText)
    })
    services.push({ name: service.name, url: serviceUrl(service.ports), comment: portComment(service) })
    const unknown = service.ports.filter((p) => p.status === 'unknown')
    if (!serviceUrl(service.ports))
      todos.push({
        section: 'services',
        text: `${service.name} publishes no port driftcheck can reach${unknown[0]?.status === 'unknown' ? ` (${unknown[0].written}: ${unknown[0].reason})` : ''}: add its \`url\` to probe its routes`
      })
  }
  const discover = discoverEntries(detectConventions(snapshot.files), built, todos)
  const openapi = openapiEntries(snapshot.files, built, services, todos)
  const covered = new Set(discover.flatMap((d) => Object.keys(d.artifact)))
  const features = built.filter((b) => !covered.has(b.name)).flatMap((b) => fallbackFeature(b, snapshot.files, todos))
  return { read: [...new Set(read)], services, discover, features, openapi, todos }
}

// ---------------------------------------------------------------------------------------------------------------------

function discoverEntries(conventions: readonly Convention[], built: readonly BuiltService[], todos: Todo[]) {
  const entries: (InitPlan['discover'][number] & { names: string[]; kind: string })[] = []
  for (const convention of conventions) {
    const artifact: Record<string, string[]> = {}
    const why: string[] = []
    const doubts: string[] = []
    const contexts = built.filter((b) => convention.names.some((n) => b.context === `${convention.folder}/${n}`))
    for (const service of built) {
      if (!inside(service.context, convention.folder)) continue
      const contextPath = relativeTo(service.context, convention.folder)
      if (service.ignored(contextPath)) {
        doubts.push(`${service.name}: ${service.context || '.'}/.dockerignore leaves it out of the build context`)
        continue
      }
      const placement = placeInImage(service.map, contextPath)
      if (placement.status === 'ambiguous') doubts.push(`${service.name}: ${placement.reason}`)
      if (placement.status !== 'placed') continue
      const usable = placement.at.filter((a) => convention.children === 'folders' || !a.mount.compiled)
      if (!usable.length) {
        doubts.push(`${service.name}: its ${convention.extension} files are compiled (their names change in the image)`)
        continue
      }
      artifact[service.name] = usable.map(({ image }) =>
        convention.children === 'folders' ? `${image}/{name}` : `${image}/{name}${convention.extension}`
      )
      why.push(
        `${service.name}: ${usable.map((a) => `${a.image} (${service.dockerfile}: ${a.mount.via.join(' ← ')})`).join(', ')}`
      )
    }
    const count = `${convention.names.length} ${convention.children === 'folders' ? 'folder' : 'file'}${convention.names.length === 1 ? '' : 's'}`
    if (Object.keys(artifact).length) {
      entries.push({
        source: convention.glob,
        artifact,
        comment: `${convention.glob} (${count}: ${listed(convention.names)}) → ${why.join('; ')}`,
        names: convention.names,
        kind: convention.kind
      })
    } else if (contexts.length) {
      // apps/api is itself a build context: its own conventions are mapped in its own image.
      continue
    } else {
      const reason = doubts.length ? doubts.join('; ') : 'it is not copied into any image built here'
      todos.push({ section: 'discover', text: `${convention.glob} (${count}) is not mapped: ${reason}` })
    }
  }
  return nameCollisions(entries).map(({ names: _names, kind: _kind, ...entry }) => entry)
}

/** Two entries that would make the same feature name (a `users` module and a `users` page) get a prefix: a name is unique. */
function nameCollisions<T extends { names: string[]; kind: string; source: string; name?: string }>(entries: T[]): T[] {
  return entries.map((entry) => {
    const clash = entries.some((other) => other !== entry && other.names.some((n) => entry.names.includes(n)))
    if (!clash) return entry
    const sameKind = entries.some((other) => other !== entry && other.kind === entry.kind)
    const prefix = sameKind ? entry.source.replace(/\/?\*.*$/, '').replace(/[^A-Za-z0-9]+/g, '-') : entry.kind
    return { ...entry, name: `${prefix}-{name}` }
  })
}

function openapiEntries(
  files: readonly string[],
  built: readonly BuiltService[],
  services: InitPlan['services'],
  todos: Todo[]
): InitPlan['openapi'] {
  const documents = files.filter((f) => OPENAPI_DOCUMENT.test(posix.basename(f)) && !skipped(f))
  const entries: InitPlan['openapi'] = []
  for (const document of documents) {
    const deepest = Math.max(-1, ...built.filter((b) => inside(b.context, document)).map((b) => b.context.length))
    const owners = built.filter((b) => inside(b.context, document) && b.context.length === deepest)
    const owner =
      owners.length === 1
        ? { service: owners[0]!, why: `it is in ${owners[0]!.name}'s build context (${owners[0]!.context || '.'})` }
        : owners.length === 0 && built.length === 1
          ? { service: built[0]!, why: `${built[0]!.name} is the only service built here` }
          : null
    if (!owner) {
      const which = owners.length
        ? `${owners.map((o) => o.name).join(' and ')} build from its folder`
        : 'no service builds from its folder'
      todos.push({ section: 'openapi', text: `${document}: which service serves it? ${which}` })
      continue
    }
    const name = owner.service.name
    if (entries.some((e) => e.service === name)) {
      todos.push({
        section: 'openapi',
        text: `${document}: ${name} already has ${entries.find((e) => e.service === name)!.document}`
      })
      continue
    }
    if (!services.find((s) => s.name === name)?.url) {
      todos.push({ section: 'openapi', text: `${document} (${name}): ${name} has no url to probe its operations at` })
      continue
    }
    entries.push({
      service: name,
      document,
      comment: `every operation of ${document} is a route probe of ${name}: ${owner.why}`
    })
  }
  return entries
}

/**
 * A service no convention covers is still checked: one feature with what its Dockerfile copies from the context's top
 * level (each entry's path in the image), so a build that stops copying one of them is build-drift.
 */
function fallbackFeature(service: BuiltService, files: readonly string[], todos: Todo[]): InitPlan['features'] {
  const top = new Set(
    files
      .filter((f) => inside(service.context, f) && !skipped(relativeTo(service.context, f)))
      .map((f) => relativeTo(service.context, f).split('/')[0]!)
  )
  const source: string[] = []
  const artifact: string[] = []
  const via: string[] = []
  for (const entry of [...top].sort()) {
    if (source.length >= MAX_FALLBACK_PATHS || service.ignored(entry)) continue
    const placement = placeInImage(service.map, entry)
    if (placement.status !== 'placed') continue
    const isDir = files.some((f) => f.startsWith(`${joinPath(service.context, entry)}/`))
    source.push(joinPath(service.context, entry) + (isDir ? '/' : ''))
    artifact.push(...placement.at.map((a) => a.image))
    via.push(...placement.at.map((a) => a.mount.via[0]!))
  }
  if (!source.length) {
    todos.push({
      section: 'features',
      text: `${service.name}: nothing of its build context (${service.context || '.'}) could be placed in its image by ${service.dockerfile}; write its feature's artifact paths by hand`
    })
    return []
  }
  return [
    {
      name: service.name,
      source,
      artifact: { [service.name]: [...new Set(artifact)] },
      comment: `${service.name}: no folder convention maps into its image; what ${service.dockerfile} copies (${[...new Set(via)].join('; ')})`
    }
  ]
}

function contextFacts(snapshot: CheckoutSnapshot, context: string) {
  const inContext = snapshot.files.filter((f) => inside(context, f)).map((f) => relativeTo(context, f))
  const files = new Set(inContext)
  const dirs = new Set(
    inContext.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/'))
    )
  )
  const compilers: Compiler[] = inContext
    .filter((f) => posix.basename(f) === 'tsconfig.json')
    .flatMap((f) => compilerOf(f, snapshot.texts[joinPath(context, f)]))
  return {
    isDirectory: (path: string) => path === '' || dirs.has(path),
    exists: (path: string) => path === '' || dirs.has(path) || files.has(path),
    compilers
  }
}

/** tsconfig.json's `compilerOptions.rootDir`/`outDir` (tsconfig allows comments and trailing commas: stripped first). */
export function compilerOf(config: string, text: string | undefined): Compiler[] {
  if (text === undefined) return []
  try {
    const json = JSON.parse(
      text.replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1').replace(/,(\s*[}\]])/g, '$1')
    ) as { compilerOptions?: { rootDir?: unknown; outDir?: unknown } }
    const { rootDir, outDir } = json.compilerOptions ?? {}
    if (typeof outDir !== 'string') return []
    return [{ config, rootDir: typeof rootDir === 'string' ? rootDir : '.', outDir }]
  } catch {
    return []
  }
}

function portComment(service: ComposeServiceModel): string {
  const port = service.ports.find((p) => p.status === 'published')
  const build = service.build ? `built from ${service.build.context || '.'}` : ''
  if (!port || port.status !== 'published') return build
  return `${build}; publishes ${port.hostIp ? `${port.hostIp}:` : ''}${port.host} → ${port.container}`
}

function listed(names: readonly string[]): string {
  return names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ')
}

const dockerfilePath = (build: NonNullable<ComposeServiceModel['build']>) => joinPath(build.context, build.dockerfile)
const joinPath = (dir: string, path: string) => (dir ? posix.join(dir, path) : posix.normalize(path))
const inside = (dir: string, path: string) => dir === '' || path === dir || path.startsWith(`${dir}/`)
const relativeTo = (dir: string, path: string) => (dir === '' ? path : path === dir ? '' : path.slice(dir.length + 1))
const skipped = (path: string) =>
  path.split('/').some((p) => p === 'node_modules' || p === 'dist' || p === 'build' || p.startsWith('.'))
