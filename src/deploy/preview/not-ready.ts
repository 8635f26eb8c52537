import type { DriftConfig, FeatureConfig } from '../../core/config.js'
import type {
  Check,
  FeatureResult,
  LayerName,
  LayerResult,
  PreviewNotReadyReport,
  PreviewResult,
  RunResult,
  ServiceResult
} from '../../core/model.js'
import { formatDuration } from '../../core/units.js'
import { judgeRun } from '../../core/verdict.js'
import { configuredLayers } from '../../engine/engine.js'
import { servicesOf } from './urls.js'

/** The layers that need the service running: a not-ready service's feature can be checked up to the first of them. */
export const NEEDS_RUNNING: readonly LayerName[] = ['container', 'route', 'auth']

/** The layers a not-ready service's feature is still checked at: the checkout and the image just built. */
export function beforeRunning(layers: readonly LayerName[]): LayerName[] {
  return layers.filter((layer) => !NEEDS_RUNNING.includes(layer))
}

/**
 * The features (not left out) that check a service which did not become ready, with those services. They are not probed:
 * a not-ready service has no local URL, and its configured one is production.
 */
export function blockedFeatures(
  features: readonly FeatureConfig[],
  leftOut: PreviewResult['leftOut'],
  notReady: readonly PreviewNotReadyReport[]
): PreviewResult['leftOut'] {
  const left = new Set(leftOut.map((l) => l.feature))
  const down = new Set(notReady.map((n) => n.service))
  return features
    .filter((feature) => !left.has(feature.name))
    .map((feature) => ({ feature: feature.name, services: servicesOf(feature).filter((s) => down.has(s)) }))
    .filter((blocked) => blocked.services.length > 0)
}

/**
 * What was seen of a not-ready service's container (the check's `target`), as a layer's evidence says what it saw:
 * `exited with code 1`, `running, but not accepting on port 8080 (127.0.0.1:49213) within 30.0 s`.
 */
export function notReadyObserved(n: PreviewNotReadyReport, readyTimeoutMs: number): string {
  const within = formatDuration(readyTimeoutMs)
  switch (n.reason) {
    case 'no-container':
      return `no container was created within ${within}`
    case 'exited':
      return `${n.state}${n.exitCode === null ? '' : ` with code ${n.exitCode}`}`
    case 'starting':
      return `still ${n.state} after ${within}`
    case 'port-closed':
      return `running, but not accepting on port ${n.target} (127.0.0.1:${n.port}) within ${within}`
  }
}

/** `api did not become ready in the preview: container p_api_1 exited with code 1`. */
function notReadySentence(n: PreviewNotReadyReport, observed: string): string {
  return `${n.service} did not become ready in the preview: ${'container' in n ? `container ${n.container} ` : ''}${observed}`
}

/**
 * A blocked feature's layers from the first one that needs a running service on: that one `error`, naming each not-ready
 * service, its state and (as the check's `output`) its last log lines; the later ones `skip`, not reached. Only the
 * layers asked for and configured for the feature.
 */
export function notReadyLayers(
  feature: FeatureConfig,
  notReady: readonly PreviewNotReadyReport[],
  options: { layers: readonly LayerName[]; readyTimeoutMs: number; waitedMs: number }
): Partial<Record<LayerName, LayerResult>> {
  const own = notReady.filter((n) => servicesOf(feature).includes(n.service))
  const configured = configuredLayers(feature)
  const running = NEEDS_RUNNING.filter((layer) => options.layers.includes(layer) && configured.includes(layer))
  const [first, ...later] = running
  if (!first || own.length === 0) return {}
  const sentences: string[] = []
  const checks = own.map((n): Check => {
    const observed = notReadyObserved(n, options.readyTimeoutMs)
    const sentence = notReadySentence(n, observed)
    sentences.push(sentence)
    return {
      target: 'container' in n ? n.container : n.service,
      service: n.service,
      status: 'error',
      expected: 'running, accepting on its published ports',
      observed,
      // At a probe layer (a feature without artifact paths) the check's own sentence is what reports list.
      ...(first === 'container' ? {} : { summary: sentence }),
      ...(n.logs ? { output: n.logs } : {})
    }
  })
  const summary = sentences.join('; ')
  const names = own.map((n) => n.service).join(', ')
  const out: Partial<Record<LayerName, LayerResult>> = {
    [first]: { layer: first, status: 'error', evidence: { summary, checks }, durationMs: options.waitedMs }
  }
  for (const layer of later)
    out[layer] = {
      layer,
      status: 'skip',
      evidence: { summary: `not reached: ${names} did not become ready in the preview` },
      durationMs: 0
    }
  return out
}

/** The layers a verification of the blocked features before the running ones returned (`beforeRunning`), by feature. */
export function earlyLayers(result: RunResult | null): Map<string, Partial<Record<LayerName, LayerResult>>> {
  const out = new Map<string, Partial<Record<LayerName, LayerResult>>>()
  for (const feature of result?.features ?? []) {
    const layers: Partial<Record<LayerName, LayerResult>> = {}
    for (const layer of feature.layers) if (!NEEDS_RUNNING.includes(layer.layer)) layers[layer.layer] = layer
    out.set(feature.name, layers)
  }
  return out
}

/**
 * One result of the verified features (`ready`, of ready services) and the blocked ones, in the config's order. The run is
 * `incomplete` when a started service was not ready (never a pass, by the one rule). A service keeps the facts of the part
 * that built or inspected it.
 */
export function combineResults(
  config: DriftConfig,
  parts: { ready: RunResult | null; blocked: RunResult; blockedServices?: readonly ServiceResult[] },
  options: { incomplete: boolean; now?: Date }
): RunResult {
  const { ready, blocked } = parts
  const byName = new Map<string, FeatureResult>()
  for (const feature of [...(ready?.features ?? []), ...blocked.features]) byName.set(feature.name, feature)
  const features = config.features.flatMap((f) => byName.get(f.name) ?? [])
  const known = (s: ServiceResult | undefined) => !!s && (s.builtImage !== null || s.runningImage !== null)
  const services = (ready ?? blocked).services.map((service) => {
    const other = parts.blockedServices?.find((s) => s.name === service.name)
    return known(service) || !known(other) ? service : other!
  })
  const startedAt = [ready?.startedAt, blocked.startedAt].filter((t): t is string => !!t).sort()[0]!
  const now = options.now ?? new Date()
  return {
    version: 1,
    verdict: judgeRun(features, { incomplete: options.incomplete }),
    revision: ready?.revision ?? blocked.revision,
    startedAt,
    durationMs: Math.max(0, now.getTime() - Date.parse(startedAt)),
    services,
    features
  }
}
