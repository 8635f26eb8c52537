/**
 * Is a running image the content built from HEAD? The facts (`judgeFreshness`) and the sentence the container layer
 * says them in (`describeStaleness`).
 */
import type { FreshnessBasis } from '../core/model.js'
import type { BuiltImage, ImageInfo } from '../core/ports.js'
import { sameCommit } from '../core/revision.js'
import { humanAge, shortImageId as shortId, shortRevision as shortSha } from '../core/units.js'

/** The facts: is the running image stale, and what decided it (null: nothing could — freshness unknown). */
export interface Freshness {
  stale: boolean
  judgedBy: FreshnessBasis | null
}

export interface Staleness {
  stale: boolean
  /** `api runs an image built 3 days ago from a1b2c3d; HEAD is 9f8e7d6 — stale` */
  sentence: string
}

export interface StalenessInput {
  service: string
  runningImageId: string
  /** The running image, inspected; null when it could not be. */
  running: ImageInfo | null
  /** The image just built from the checkout, when there is one. */
  built?: BuiltImage
  revision: string | null
  now: Date
  /**
   * The built image comes from the engine the container runs on (false: built here for a remote target). Only then do layers
   * and IDs say anything about content: another machine's build of the same commit has other layers (its files carry other
   * times), so across engines the revision label decides.
   */
  sameEngine?: boolean
  /**
   * The replicas that run this image, when the service runs several: the sentence names them. `host`: they are every
   * replica of that fleet host (and other hosts run the rest): the sentence names the host.
   */
  replicas?: { names: string[]; of: number; host?: string }
  /** On a Swarm: the image the task was created from, and the one its service's spec names now. */
  task?: { image: string; specImage: string }
}

/**
 * Fresh = the container runs the content built from HEAD. Content decides when there is a built image to compare with:
 * the same image ID, or the same filesystem layers (labels live in the config, not the layers, so a plain rebuild of the
 * same commit is fresh and a HEAD label on other content is not). Without layers to compare, the revision label decides;
 * failing that a different ID from the build is all we know; with nothing at all, freshness is unknown.
 */
export function judgeFreshness(
  input: Pick<StalenessInput, 'runningImageId' | 'running' | 'built' | 'revision' | 'sameEngine' | 'task'>
): Freshness {
  const { running, built } = input
  // A Swarm task created from another spec than its service's is one the update has not reached, whatever it runs.
  if (input.task && input.task.image !== input.task.specImage) return { stale: true, judgedBy: 'service-spec' }
  // The same ID is the same image wherever it runs (shipped or pulled from here).
  if (built && built.id === input.runningImageId) return { stale: false, judgedBy: 'image-id' }
  const comparable = built !== undefined && input.sameEngine !== false
  if (comparable && running && built.layers.length > 0 && running.layers.length > 0) {
    return { stale: !sameLayers(built.layers, running.layers), judgedBy: 'layers' }
  }
  const labelled = input.revision && running?.revision ? sameCommit(input.revision, running.revision) : null
  if (labelled !== null) return { stale: !labelled, judgedBy: 'revision-label' }
  if (comparable) return { stale: true, judgedBy: 'image-id' }
  return { stale: false, judgedBy: null }
}

/** The facts of `judgeFreshness` in one sentence; the revision label and the age describe the image. */
export function describeStaleness(input: StalenessInput): Staleness {
  const { running, built, revision } = input
  const { stale, judgedBy } = judgeFreshness(input)
  const runningRevision = running?.revision ?? null
  const age = running?.created
    ? `built ${humanAge(input.now.getTime() - Date.parse(running.created))}`
    : 'of unknown age'
  const origin = runningRevision ? `from ${shortSha(runningRevision)}` : 'without a revision label'
  // Not inspected: its age and labels are unknown, so the sentence claims neither.
  const what = running ? `an image ${age} ${origin}` : 'an image that could not be inspected'
  const image = `${subject(input.service, input.replicas)} ${what}`
  const head = revision ? shortSha(revision) : ''
  const labelDiffers = revision && runningRevision ? !sameCommit(revision, runningRevision) : null
  const builtId = built ? shortId(built.id) : ''
  // An `image:` service's image was inspected, not built: the words must not say it was built.
  const reference = built?.configured ? 'the configured image' : 'the image just built'
  const ids = `${shortId(input.runningImageId)}, not ${built?.configured ? `the configured ${builtId}` : `${builtId} just built`}`

  if (judgedBy === 'service-spec') {
    const spec = `its task runs ${input.task!.image}, not ${input.task!.specImage} as the service's spec says`
    return { stale, sentence: `${image}; ${spec} (the update has not reached it) — stale` }
  }
  if (judgedBy === 'image-id' && !stale) return { stale, sentence: `${image}, ${reference} (${builtId}) — up to date` }
  if (judgedBy === 'layers' && !stale)
    return { stale, sentence: `${image}, the same content as ${reference} (${builtId}) — up to date` }
  if (judgedBy === 'layers' && labelDiffers === false) {
    const differ = `${shortId(input.runningImageId)}, not ${builtId}`
    return { stale, sentence: `${image}, but its layers differ from ${reference} (${differ}) — stale` }
  }
  if (judgedBy === 'revision-label' && !stale) return { stale, sentence: `${image} (HEAD) — up to date` }
  if ((judgedBy === 'layers' || judgedBy === 'revision-label') && labelDiffers === true)
    return { stale, sentence: `${image}; HEAD is ${head} — stale` }
  if (stale) return { stale, sentence: `${image} (${ids}) — stale` }
  return { stale, sentence: `${image}; nothing to compare it with — freshness unknown` }
}

/**
 * `api runs`, `1 of 3 api replicas (aibp_api_1) runs`, `2 of 3 api replicas (a, b) run`, `all 3 api replicas run`; on a
 * fleet, `api on node-2 runs`.
 */
function subject(service: string, replicas?: { names: string[]; of: number; host?: string }): string {
  if (replicas?.host) {
    const count = replicas.names.length
    return count === 1
      ? `${service} on ${replicas.host} runs`
      : `all ${count} ${service} replicas on ${replicas.host} (${replicas.names.join(', ')}) run`
  }
  if (!replicas || replicas.of <= 1) return `${service} runs`
  const { names, of } = replicas
  if (names.length === of) return `all ${of} ${service} replicas run`
  return `${names.length} of ${of} ${service} replicas (${names.join(', ')}) ${names.length === 1 ? 'runs' : 'run'}`
}

function sameLayers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((layer, i) => layer === b[i])
}
