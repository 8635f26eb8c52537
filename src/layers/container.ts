import type { FeatureConfig } from '../core/config.js'
import type { Check, LayerResult, LayerStatus, Replica, ServiceResult, SharedStep } from '../core/model.js'
import type {
  BuiltImage,
  DockerEngine,
  DownReplica,
  HostFailure,
  ImageInfo,
  Logger,
  PathListing,
  RunningContainer,
  ReplicaEntry,
  ReplicaTask,
  RunningReplica
} from '../core/ports.js'
import { isDownReplica, isHostFailure, silentLogger } from '../core/ports.js'
import {
  errorChecks,
  featurePaths,
  joinWords,
  judgeListing,
  matchSentences,
  mergeMatches,
  pathsByService,
  pathsPhrase,
  uniqueStrings
} from './paths.js'
import { messageOf } from '../core/errors.js'
import { describeStaleness, judgeFreshness, type Freshness, type Staleness } from './staleness.js'

export interface ContainerLayerInput {
  features: FeatureConfig[]
  /**
   * service → its running replicas on every host (newest first; empty when none runs) and the hosts that could not be asked,
   * or why the service could not be looked up at all (ServiceRuntime.replicas).
   */
  containers: Map<string, ReplicaEntry[] | { error: string }>
  /**
   * service → the image just built from the checkout (or the configured `image:`, inspected). A promise lets the lookups and
   * listings run while the build does: only the freshness of each replica waits for it.
   */
  built: Map<string, BuiltImage> | Promise<Map<string, BuiltImage>>
  /**
   * The engine the built images are on: a replica on the same engine is compared by content; one elsewhere only by ID or
   * revision label (see `StalenessInput.sameEngine`). Omitted: every replica counts as the same engine.
   */
  buildEngine?: DockerEngine
  /** The commit being checked (HEAD), or null outside git. */
  revision: string | null
  /** The compose project, for messages ('' when there is none). */
  project: string
  now?: Date
  logger?: Logger
}

/** The input once the build is done: what judging the replicas reads. */
type Resolved = ContainerLayerInput & { built: Map<string, BuiltImage> }

export interface ContainerLayerOutput {
  features: Map<string, LayerResult>
  services: ServiceResult[]
}

/** One running container of a service, inspected. */
interface ReplicaOutcome {
  host: string | null
  /** On the engine the built images are on: its content can be compared with theirs. */
  sameEngine: boolean
  container: RunningContainer
  /** On a Swarm: the task it runs. */
  task?: ReplicaTask
  listing: PathListing | { error: string } | null
  image: ImageInfo | null
  freshness: Freshness
}

/** What was found for one service. */
type ServiceOutcome =
  | { kind: 'absent' }
  | { kind: 'error'; reason: string; durationMs: number }
  | { kind: 'running'; replicas: ReplicaOutcome[]; failures: HostFailure[]; down: DownReplica[]; durationMs: number }

/**
 * Layer 3: is every artifact path in every container that actually runs (each replica), and do they run the content built
 * from HEAD? ONE listing per running container covers the paths of every feature, the replicas in parallel; each running
 * image is inspected once to name a stale one.
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

  const now = input.now ?? new Date()
  const resolved: Resolved = { ...input, built: await input.built }
  const features = new Map<string, LayerResult>()
  for (const feature of input.features) features.set(feature.name, judge(feature, outcomes, resolved, now))
  const services = [...input.containers.keys()].map((name) => serviceResult(name, outcomes.get(name)!, resolved.built))
  return { features, services }
}

async function inspectService(
  service: string,
  paths: string[],
  input: ContainerLayerInput,
  logger: Logger
): Promise<ServiceOutcome> {
  const looked = input.containers.get(service)
  if (looked === undefined)
    return { kind: 'error', reason: `the ${service} container was not looked up`, durationMs: 0 }
  if (!Array.isArray(looked))
    return { kind: 'error', reason: `could not find the ${service} container: ${looked.error}`, durationMs: 0 }
  const failures = looked.filter(isHostFailure)
  const down = looked.filter(isDownReplica)
  const found = looked.filter((entry): entry is RunningReplica => !isHostFailure(entry) && !isDownReplica(entry))
  if (found.length === 0 && failures.length === 0 && down.length === 0) return { kind: 'absent' }

  const started = Date.now()
  // Each image is inspected once per engine it runs on (a fleet's hosts each have their own copy).
  const inspections = new Map<string, Promise<ImageInfo | null>>()
  const inspect = (replica: RunningReplica) => {
    const key = `${replica.host ?? ''}\0${replica.container.imageId}`
    if (!inspections.has(key)) {
      const inspected = replica.docker.inspectImage(replica.container.imageId).catch((error: unknown) => {
        const users = found.filter(
          (r) => r.docker === replica.docker && r.container.imageId === replica.container.imageId
        )
        logger.warn(`could not inspect the image of ${users.map(replicaName).join(', ')}: ${messageOf(error)}`)
        return null
      })
      inspections.set(key, inspected)
    }
    return inspections.get(key)!
  }
  const [listings, images] = await Promise.all([
    Promise.all(
      found.map((replica) =>
        paths.length === 0
          ? null
          : replica.docker
              .listContainerPaths(replica.container.name || replica.container.id, paths)
              .catch((error: unknown) => ({ error: messageOf(error) }))
      )
    ),
    Promise.all(found.map(inspect))
  ])
  // Everything above ran beside the build; only the freshness of each replica needs what it built.
  const built = (await input.built).get(service)
  const replicas = found.map((replica, i): ReplicaOutcome => {
    const image = images[i] ?? null
    const onBuildEngine = input.buildEngine === undefined || input.buildEngine === replica.docker
    const facts = {
      runningImageId: replica.container.imageId,
      running: image,
      built,
      revision: input.revision,
      sameEngine: onBuildEngine,
      task: replica.task
    }
    return {
      host: replica.host,
      ...(replica.task ? { task: replica.task } : {}),
      sameEngine: onBuildEngine,
      container: replica.container,
      listing: listings[i] ?? null,
      image,
      freshness: judgeFreshness(facts)
    }
  })
  for (const r of replicas) logger.debug(`container ${service} (${replicaName(r)}): ${judged(r.freshness)}`)
  return { kind: 'running', replicas, failures, down, durationMs: Date.now() - started }
}

/** `aibp_api_1`, `aibp_api_1 on node-2` in a fleet, `aibp_api.2 on node-2` (the task) on a Swarm. */
function replicaName(replica: { host: string | null; container?: RunningContainer; task?: ReplicaTask }): string {
  const name = replica.task?.name ?? replica.container?.name ?? 'a replica'
  return replica.host ? `${name} on ${replica.host}` : name
}

/** `aibp_api.2 on node-2 is rejected (No such image: aibp-api:1a2b3c4)`: a replica Swarm wants that does not run. */
function downReason(replica: DownReplica): string {
  const { task } = replica
  return `${replicaName(replica)} is ${task.state}${task.error ? ` (${task.error})` : ''}, not running`
}

function judged({ stale, judgedBy }: Freshness): string {
  return judgedBy ? `${stale ? 'stale' : 'fresh'} by ${judgedBy}` : 'freshness unknown'
}

function judge(feature: FeatureConfig, outcomes: Map<string, ServiceOutcome>, input: Resolved, now: Date): LayerResult {
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
  const shared: SharedStep[] = []
  let durationMs = 0
  for (const [service, paths] of services) {
    const outcome = outcomes.get(service)!
    if (outcome.kind === 'absent') {
      const reason = `no running container for service ${service}${input.project ? ` (compose project ${input.project})` : ''}`
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
    const { replicas, failures: unreachable, down } = outcome
    shared.push(listingStep(service, outcome))
    const sentence = (group: ReplicaOutcome[]) => staleness(service, group, replicas, input, now).sentence
    const perReplica: Check[][] = []
    let complete = true
    for (const { host, error } of unreachable) {
      const reason = `could not look up the ${service} containers${host ? ` on ${host}` : ''}: ${messageOf(error)}`
      checks.push(...errorChecks(service, paths, reason))
      errors.push(reason)
      complete = false
    }
    // A task that does not run lacks every path: the service does not run as deployed there.
    for (const replica of down) {
      const reason = downReason(replica)
      checks.push(
        ...paths.map((path): Check => ({ service, target: path, status: 'fail', expected: 'exists', observed: reason }))
      )
      failures.push(reason)
      complete = false
    }
    for (const replica of replicas) {
      const { listing } = replica
      const where = `the running ${service} container (${replicaName(replica)})`
      if (!listing || 'error' in listing) {
        const reason = `could not list ${where}: ${listing?.error ?? 'not listed'}`
        perReplica.push(errorChecks(service, paths, reason))
        errors.push(reason)
        complete = false
        continue
      }
      const { checks: replicaChecks, lacks, unlisted, commands: listed } = judgeListing(service, paths, listing)
      commands.push(...listed)
      perReplica.push(replicaChecks)
      // A stale image is the cause of missing paths: say it first.
      if (lacks.length && replica.freshness.stale)
        failures.push(`${sentence([replica])}; ${where} lacks ${joinWords(lacks)}`)
      else if (lacks.length) failures.push(`${where} lacks ${joinWords(lacks)}`)
      if (unlisted.length) errors.push(`the listing of ${where} does not mention ${joinWords(unlisted)}`)
      if (lacks.length || unlisted.length) complete = false
    }
    const merged = replicas.length ? mergeReplicaChecks(perReplica, replicas) : []
    checks.push(...merged)
    if (complete) {
      const names = replicas.map(replicaName)
      passed.push(
        replicas.length === 1
          ? `${pathsPhrase(paths)} in the running ${service} container (${names[0]})`
          : `${pathsPhrase(paths)} in all ${replicas.length} running ${service} containers (${names.join(', ')})`,
        ...matchSentences(merged)
      )
      notes.push(...byImage(replicas).map(sentence))
    }
  }

  const status: LayerStatus = failures.length ? 'fail' : errors.length ? 'error' : 'pass'
  const summary = status === 'pass' ? [...passed, ...notes].join('; ') : [...failures, ...errors].join('; ')
  const evidence = { summary, commands: uniqueStrings(commands), checks }
  return { layer: 'container', status, evidence, durationMs, ...(shared.length ? { shared } : {}) }
}

/** A service's listings (one per replica, in parallel, with the image inspects), which every feature with paths in it waited for. */
function listingStep(service: string, outcome: Extract<ServiceOutcome, { kind: 'running' }>): SharedStep {
  const { replicas, failures, durationMs } = outcome
  const target = replicas.map(replicaName).join(', ') || service
  const step = { layer: 'container' as const, service, target, durationMs }
  const listed = replicas.flatMap((r) => (r.listing && !('error' in r.listing) ? [r.listing.method] : []))
  const failed = [
    ...failures.map(({ host, error }) => `${host ?? 'the engine'}: ${messageOf(error)}`),
    ...replicas.flatMap((r) =>
      r.listing && !('error' in r.listing) ? [] : [`${replicaName(r)}: ${r.listing?.error ?? 'not listed'}`]
    )
  ]
  if (failed.length) return { ...step, status: 'error', observed: failed.join('; ') }
  return { ...step, status: 'pass', observed: `listed via ${joinWords(uniqueStrings(listed))}` }
}

/**
 * One check per path for the service, whatever the number of replicas: it passes only when every replica has the path;
 * otherwise it names the replicas that lack it (or could not be read). One replica: its checks as they are.
 */
function mergeReplicaChecks(perReplica: Check[][], replicas: ReplicaOutcome[]): Check[] {
  if (perReplica.length === 1) return perReplica[0]!
  const total = replicas.length
  const replicaNames = replicas.map(replicaName)
  return perReplica[0]!.map((first, i) => {
    const column = perReplica.map((checks) => checks[i]!)
    const status = column.some((c) => c.status === 'fail')
      ? 'fail'
      : column.some((c) => c.status === 'error')
        ? 'error'
        : 'pass'
    if (status === 'pass') {
      const { matched, note } = mergeMatches(column, replicaNames)
      return {
        ...first,
        observed: `${first.observed} — in all ${total} replicas${note}`,
        ...(matched ? { matched } : {})
      }
    }
    const odd = column.flatMap((c, j) => (c.status === status ? [{ check: c, name: replicaName(replicas[j]!) }] : []))
    const names = odd.map((o) => o.name).join(', ')
    return {
      ...odd[0]!.check,
      observed: `${odd[0]!.check.observed} — in ${odd.length} of ${total} replicas (${names})`
    }
  })
}

/** Replicas grouped by the image they run, in the order they came (newest first). */
function byImage(replicas: ReplicaOutcome[]): ReplicaOutcome[][] {
  const groups = new Map<string, ReplicaOutcome[]>()
  for (const r of replicas) {
    // On a Swarm, the same image under another spec (an update not yet there) is told apart.
    const key = `${r.container.imageId}\0${r.task?.image ?? ''}`
    groups.set(key, [...(groups.get(key) ?? []), r])
  }
  return [...groups.values()]
}

/** The staleness sentence of replicas that run one image (`1 of 3 api replicas (aibp_api_1) runs …`). */
function staleness(
  service: string,
  group: ReplicaOutcome[],
  all: ReplicaOutcome[],
  input: Resolved,
  now: Date
): Staleness {
  const [first] = group
  // Every replica one fleet host runs, and only those: the sentence names the host (`api on node-2 runs …`). A Swarm's
  // replicas are tasks, which move between nodes: their sentence names the task.
  const hosts = uniqueStrings(group.map((r) => r.host ?? ''))
  const host = hosts.length === 1 && hosts[0] ? hosts[0] : undefined
  const wholeHost = host !== undefined && all.filter((r) => r.host === host).length === group.length
  const others = all.some((r) => r.host !== host)
  return describeStaleness({
    service,
    runningImageId: first!.container.imageId,
    running: first!.image,
    built: input.built.get(service),
    revision: input.revision,
    sameEngine: first!.sameEngine,
    task: first!.task,
    now,
    replicas: {
      names: group.map(replicaName),
      of: all.length,
      ...(wholeHost && others && !first!.task ? { host, names: group.map((r) => r.container.name) } : {})
    }
  })
}

function serviceResult(name: string, outcome: ServiceOutcome, built: Map<string, BuiltImage>): ServiceResult {
  const builtImage = built.get(name)?.id ?? null
  // Nothing runs (or only hosts that could not be asked): no running image; `replicas` is absent only when the lookup failed.
  if (outcome.kind !== 'running' || outcome.replicas.length === 0) {
    return {
      name,
      builtImage,
      runningImage: null,
      runningRevision: null,
      stale: false,
      runningCreated: null,
      container: null,
      ...(outcome.kind === 'error' ? {} : { replicas: [] })
    }
  }
  const replicas = outcome.replicas.map((r): Replica => ({
    ...(r.host ? { host: r.host } : {}),
    ...(r.task
      ? { task: { name: r.task.name, state: r.task.state, image: r.task.image, specImage: r.task.specImage } }
      : {}),
    container: r.container.name,
    image: r.container.imageId,
    revision: r.image?.revision ?? null,
    created: r.image?.created ?? null,
    stale: r.freshness.stale,
    judgedBy: r.freshness.judgedBy
  }))
  // The single-valued fields describe the replica that matters most: the first stale one, else the newest.
  const lead = outcome.replicas.find((r) => r.freshness.stale) ?? outcome.replicas[0]!
  return {
    name,
    builtImage,
    runningImage: lead.container.imageId,
    runningRevision: lead.image?.revision ?? null,
    stale: replicas.some((r) => r.stale),
    runningCreated: lead.image?.created ?? null,
    container: lead.container.name,
    replicas
  }
}
