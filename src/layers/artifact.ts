import type { FeatureConfig } from '../core/config.js'
import type { Check, LayerResult, LayerStatus, SharedStep } from '../core/model.js'
import type { DockerEngine, Logger, PathListing } from '../core/ports.js'
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

export interface ArtifactLayerInput {
  features: FeatureConfig[]
  /** service → the image built from the checkout (or configured), or why there is none. */
  images: Map<string, { ref: string } | { error: string; output?: string }>
  docker: DockerEngine
  logger?: Logger
}

/** What listing one service's image gave: the listing, or why there is none (with the step, when a listing was tried). */
type ImageOutcome =
  | { ok: true; ref: string; listing: PathListing; durationMs: number; step: SharedStep }
  | { ok: false; reason: string; output?: string; durationMs: number; step?: SharedStep }

/**
 * Layer 2: is every artifact path of the feature in the image built from the checkout?
 * ONE listing per image covers the paths of every feature; the images are listed concurrently.
 */
export async function runArtifactLayer(input: ArtifactLayerInput): Promise<Map<string, LayerResult>> {
  const logger = input.logger ?? silentLogger
  const wanted = pathsByService(input.features)
  const outcomes = new Map<string, ImageOutcome>()
  await Promise.all(
    [...wanted].map(async ([service, paths]) => {
      outcomes.set(service, await listImage(service, paths, input, logger))
    })
  )

  const results = new Map<string, LayerResult>()
  for (const feature of input.features) results.set(feature.name, judge(feature, outcomes))
  return results
}

async function listImage(
  service: string,
  paths: string[],
  input: ArtifactLayerInput,
  logger: Logger
): Promise<ImageOutcome> {
  const image = input.images.get(service)
  if (!image) return { ok: false, reason: `no image for service ${service} (it was not built)`, durationMs: 0 }
  if ('error' in image)
    return { ok: false, reason: `no ${service} image to check: ${image.error}`, output: image.output, durationMs: 0 }
  const started = Date.now()
  try {
    const listing = await input.docker.listImagePaths(image.ref, paths)
    const observed = `listed ${paths.length} path(s) via ${listing.method}`
    logger.debug(`artifact ${service} (${image.ref}): ${observed}`)
    const durationMs = Date.now() - started
    const step: SharedStep = { layer: 'artifact', service, target: image.ref, status: 'pass', observed, durationMs }
    return { ok: true, ref: image.ref, listing, durationMs, step }
  } catch (error) {
    const reason = `could not list the ${service} image (${image.ref}): ${messageOf(error)}`
    logger.warn(reason)
    const durationMs = Date.now() - started
    const step: SharedStep = {
      layer: 'artifact',
      service,
      target: image.ref,
      status: 'error',
      observed: reason,
      durationMs
    }
    return { ok: false, reason, durationMs, step }
  }
}

function judge(feature: FeatureConfig, outcomes: Map<string, ImageOutcome>): LayerResult {
  const services = featurePaths(feature)
  if (services.length === 0) {
    return { layer: 'artifact', status: 'skip', evidence: { summary: 'no artifact paths configured' }, durationMs: 0 }
  }
  const checks: Check[] = []
  const commands: string[] = []
  const missing: string[] = []
  const errors: string[] = []
  const present: string[] = []
  const matches: string[] = []
  const shared: SharedStep[] = []
  let durationMs = 0
  for (const [service, paths] of services) {
    const outcome = outcomes.get(service)!
    durationMs = Math.max(durationMs, outcome.durationMs)
    if (outcome.step) shared.push(outcome.step)
    if (!outcome.ok) {
      checks.push(...errorChecks(service, paths, outcome.reason, outcome.output))
      errors.push(outcome.reason)
      continue
    }
    const judged = judgeListing(service, paths, outcome.listing)
    const { checks: serviceChecks, lacks, unlisted, matches: matched } = judged
    commands.push(...judged.commands)
    checks.push(...serviceChecks)
    matches.push(...matched)
    if (lacks.length) missing.push(`the ${service} image lacks ${joinWords(lacks)}`)
    if (unlisted.length) errors.push(`the ${service} image listing does not mention ${joinWords(unlisted)}`)
    if (!lacks.length && !unlisted.length) present.push(service)
  }

  // Proven drift first; then what could not be checked; pass only when every path was seen.
  const status: LayerStatus = missing.length ? 'fail' : errors.length ? 'error' : 'pass'
  const allPaths = services.flatMap(([, paths]) => paths)
  const summary =
    status === 'pass'
      ? [
          `${pathsPhrase(allPaths)} in the ${joinWords(present)} image${present.length > 1 ? 's' : ''}`,
          ...matches
        ].join('; ')
      : [...missing, ...errors].join('; ')
  const evidence = { summary, commands: uniqueStrings(commands), checks }
  return { layer: 'artifact', status, evidence, durationMs, ...(shared.length ? { shared } : {}) }
}
