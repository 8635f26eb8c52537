import type { FeatureConfig } from '../core/config.js'
import type { Check, LayerResult, LayerStatus, ServiceResult } from '../core/model.js'
import type { BuiltImage, DockerEngine, ImageInfo, Logger, PathListing, RunningContainer } from '../core/ports.js'
import { silentLogger } from '../core/ports.js'
import {
  errorChecks,
  featurePaths,
  joinWords,
  judgeListing,
  pathsByService,
  pathsPhrase,
  uniqueStrings
} from './paths.js'
import { messageOf } from '../core/errors.js'

export interface ContainerLayerInput {
  features: FeatureConfig[]
  /** service → its running container, null when none runs, or why it could not be looked up. */
  containers: Map<string, RunningContainer | null | { error: string }>
  /** service → the image just built from the checkout. */
  built: Map<string, BuiltImage>
  /** The commit being checked (HEAD), or null outside git. */
  revision: string | null
  docker: DockerEngine
  /** The compose project, for messages ('' when there is none). */
  project: string
  now?: Date
  logger?: Logger
}

export interface ContainerLayerOutput {
  features: Map<string, LayerResult>
  services: ServiceResult[]
}

export interface Staleness {
  stale: boolean
  /** `api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale` */
  sentence: string
}

/** What was found for one service. */
type ServiceOutcome =
  | { kind: 'absent' }
  | { kind: 'error'; reason: string; durationMs: number }
  | {
      kind: 'running'
      container: RunningContainer
      listing: PathListing | { error: string } | null
      image: ImageInfo | null
      staleness: Staleness
      durationMs: number
    }

/**
 * Layer 3: is every artifact path in the container that actually runs, and does it run the image built from HEAD?
 * ONE listing per running container covers the paths of every feature; the running image is inspected to name a stale one.
 */
export async function runContainerLayer(input: ContainerLayerInput): Promise<ContainerLayerOutput> {
  const logger = input.logger ?? silentLogger
  const wanted = pathsByService(input.features)
  const names = uniqueStrings([...input.containers.keys(), ...wanted.keys()])
  const outcomes = new Map<string, ServiceOutcome>()
  await Promise.all(
    names.map(async (service) => {
      outcomes.set(service, await inspectService(service, wanted.get(service) ?? [], input, logger))
    })
  )

  const features = new Map<string, LayerResult>()
  for (const feature of input.features) features.set(feature.name, judge(feature, outcomes, input.project))
  const services = [...input.containers.keys()].map((name) => serviceResult(name, outcomes.get(name)!, input.built))
  return { features, services }
}

async function inspectService(
  service: string,
  paths: string[],
  input: ContainerLayerInput,
  logger: Logger
): Promise<ServiceOutcome> {
  const found = input.containers.get(service)
  if (found === undefined) return { kind: 'error', reason: `the ${service} container was not looked up`, durationMs: 0 }
  if (found === null) return { kind: 'absent' }
  if ('error' in found)
    return { kind: 'error', reason: `could not find the ${service} container: ${found.error}`, durationMs: 0 }

  const started = Date.now()
  const [listing, image] = await Promise.all([
    paths.length === 0
      ? null
      : input.docker
          .listContainerPaths(found.name || found.id, paths)
          .catch((error: unknown) => ({ error: messageOf(error) })),
    input.docker.inspectImage(found.imageId).catch((error: unknown) => {
      logger.warn(`could not inspect the image of ${found.name}: ${messageOf(error)}`)
      return null
    })
  ])
  const staleness = describeStaleness({
    service,
    runningImageId: found.imageId,
    running: image,
    built: input.built.get(service),
    revision: input.revision,
    now: input.now ?? new Date()
  })
  logger.debug(`container ${service} (${found.name}): ${staleness.sentence}`)
  return { kind: 'running', container: found, listing, image, staleness, durationMs: Date.now() - started }
}

function judge(feature: FeatureConfig, outcomes: Map<string, ServiceOutcome>, project: string): LayerResult {
  const services = featurePaths(feature)
  if (services.length === 0) {
    return { layer: 'container', status: 'skip', evidence: { summary: 'no artifact paths configured' }, durationMs: 0 }
  }
  const checks: Check[] = []
  const commands: string[] = []
  const failures: string[] = []
  const errors: string[] = []
  const passed: string[] = []
  const notes: string[] = []
  let durationMs = 0
  for (const [service, paths] of services) {
    const outcome = outcomes.get(service)!
    if (outcome.kind === 'absent') {
      const reason = `no running container for service ${service}${project ? ` (compose project ${project})` : ''}`
      checks.push(
        ...paths.map((path): Check => ({ service, target: path, status: 'fail', expected: 'exists', observed: reason }))
      )
      failures.push(reason)
      continue
    }
    durationMs = Math.max(durationMs, outcome.durationMs)
    if (outcome.kind === 'error') {
      checks.push(...errorChecks(service, paths, outcome.reason))
      errors.push(outcome.reason)
      continue
    }
    const { container, listing, staleness } = outcome
    if (!listing || 'error' in listing) {
      const reason = `could not list the running ${service} container (${container.name}): ${listing?.error ?? 'not listed'}`
      checks.push(...errorChecks(service, paths, reason))
      errors.push(reason)
      continue
    }
    commands.push(...listing.commands)
    const { checks: serviceChecks, lacks, unlisted } = judgeListing(service, paths, listing)
    checks.push(...serviceChecks)
    const where = `the running ${service} container (${container.name})`
    // A stale image is the cause of missing paths: say it first.
    if (lacks.length && staleness.stale) failures.push(`${staleness.sentence}; ${where} lacks ${joinWords(lacks)}`)
    else if (lacks.length) failures.push(`${where} lacks ${joinWords(lacks)}`)
    if (unlisted.length) errors.push(`the listing of ${where} does not mention ${joinWords(unlisted)}`)
    if (!lacks.length && !unlisted.length) {
      passed.push(`${pathsPhrase(paths)} in ${where}`)
      notes.push(staleness.sentence)
    }
  }

  const status: LayerStatus = failures.length ? 'fail' : errors.length ? 'error' : 'pass'
  const summary = status === 'pass' ? [...passed, ...notes].join('; ') : [...failures, ...errors].join('; ')
  return { layer: 'container', status, evidence: { summary, commands: uniqueStrings(commands), checks }, durationMs }
}

function serviceResult(name: string, outcome: ServiceOutcome, built: Map<string, BuiltImage>): ServiceResult {
  const builtImage = built.get(name)?.id ?? null
  if (outcome.kind !== 'running') {
    return {
      name,
      builtImage,
      runningImage: null,
      runningRevision: null,
      stale: false,
      runningCreated: null,
      container: null
    }
  }
  return {
    name,
    builtImage,
    runningImage: outcome.container.imageId,
    runningRevision: outcome.image?.revision ?? null,
    stale: outcome.staleness.stale,
    runningCreated: outcome.image?.created ?? null,
    container: outcome.container.name
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Staleness
// ---------------------------------------------------------------------------------------------------------------------

export interface StalenessInput {
  service: string
  runningImageId: string
  /** The running image, inspected; null when it could not be. */
  running: ImageInfo | null
  /** The image just built from the checkout, when there is one. */
  built?: BuiltImage
  revision: string | null
  now: Date
}

/**
 * Stale = the container does not run the image built from HEAD. The same image ID proves it is fresh; the revision label
 * decides otherwise (a rebuild of the same commit may get a new ID); with neither, a different ID is all we know.
 */
export function describeStaleness(input: StalenessInput): Staleness {
  const { service, running, built, revision } = input
  const runningRevision = running?.revision ?? null
  const age = running?.created
    ? `built ${humanAge(input.now.getTime() - Date.parse(running.created))}`
    : 'of unknown age'
  const origin = runningRevision ? `from ${shortSha(runningRevision)}` : 'without a revision label'
  const image = `${service} runs an image ${age} ${origin}`
  const sameId = built ? built.id === input.runningImageId : null
  const sameRevision = revision && runningRevision ? sameCommit(revision, runningRevision) : null

  if (sameId === true)
    return { stale: false, sentence: `${image}, the image just built (${shortId(built!.id)}) — up to date` }
  if (sameRevision === true) return { stale: false, sentence: `${image} (HEAD) — up to date` }
  if (sameRevision === false) return { stale: true, sentence: `${image}; HEAD is ${shortSha(revision!)} — stale` }
  if (sameId === false) {
    const ids = `${shortId(input.runningImageId)}, not ${shortId(built!.id)} just built`
    return { stale: true, sentence: `${image} (${ids}) — stale` }
  }
  return { stale: false, sentence: `${image}; nothing to compare it with — freshness unknown` }
}

/** `just now`, `42 seconds ago`, `5 minutes ago`, `3 hours ago`, `3 days ago`. */
export function humanAge(ms: number): string {
  if (!Number.isFinite(ms)) return 'at an unknown time'
  const seconds = Math.floor(ms / 1000)
  if (seconds < 5) return 'just now'
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second']
  ]
  // Hours up to two days, then days: "36 hours ago" says more than "1 day ago".
  const [size, unit] = units.find(([size, unit]) => seconds >= (unit === 'day' ? 2 * size : size))!
  const count = Math.floor(seconds / size)
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`
}

/** A 40-hex commit → its 7-character short form; anything else (a tag, a short SHA) as it is. */
export function shortSha(revision: string): string {
  return /^[0-9a-f]{12,64}$/i.test(revision) ? revision.slice(0, 7).toLowerCase() : revision
}

/** `sha256:32efee6247a1…` → `32efee6247a1`. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12)
}

/** The same commit, allowing one side to be a short SHA (at least 7 hex digits). */
export function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return true
  const hex = /^[0-9a-f]{7,64}$/
  return hex.test(x) && hex.test(y) && (x.startsWith(y) || y.startsWith(x))
}
