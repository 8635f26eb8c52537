/**
 * The sentences every format shares: one per failing feature (text, markdown, JUnit, SARIF, GitHub annotations)
 * and one per service (a stale image said plainly).
 */
import type {
  Check,
  ControlCheck,
  ControlComparison,
  FeatureResult,
  FeatureVerdict,
  LayerResult,
  ServiceResult
} from '../core/model.js'
import { sameCommit } from '../core/revision.js'
import { clip, oneLine } from './sanitize.js'
import { formatAge, shortImageId, shortRevision } from './units.js'

/** docs/architecture.md "Verdicts": the typical cause of each verdict. */
export const VERDICT_CAUSE: Readonly<Record<FeatureVerdict, string>> = {
  pass: 'all configured layers pass',
  'missing-in-source': 'feature removed/renamed, or wrong path in config',
  'build-drift': 'Dockerfile COPY, .dockerignore, build excludes the module',
  'runtime-drift': 'an old image is still running (not rebuilt/recreated)',
  'route-missing': 'route not registered, proxy/ingress not forwarding',
  'auth-failed': 'route there but broken after login',
  error: 'a layer could not be checked — never reported as pass'
}

/** What to do about each verdict, for a person reading a PR comment or an annotation. */
export const VERDICT_HINT: Readonly<Record<FeatureVerdict, string>> = {
  pass: 'nothing to do: all configured layers pass',
  'missing-in-source':
    'the feature was removed or renamed, or the config points at the wrong path: restore it or fix the source paths',
  'build-drift':
    'the image built from this source does not contain it: check the Dockerfile COPY, .dockerignore and build excludes',
  'runtime-drift': 'an old image is still running: rebuild and recreate the service',
  'route-missing': 'the route is not registered, or the proxy/ingress does not forward it',
  'auth-failed': 'the route is there but broken after login: check the credentials, the handler and its data',
  error:
    'a layer could not be checked (daemon down, host unreachable…): fix that and run again; it never counts as pass'
}

// A clause is one summary inside a longer sentence; a runaway summary must not swallow the report.
const MAX_CLAUSE = 300

/** A layer's summary as a clause: one line, no final period, lower-case start unless it is an acronym or a name. */
function clause(layer: LayerResult): string {
  const text = oneLine(layer.evidence.summary).replace(/[.\s]+$/, '')
  if (!text) return layer.status === 'error' ? `${layer.layer} could not be checked` : `${layer.layer} failed`
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
  return clip(lowered, MAX_CLAUSE)
}

/**
 * Why the feature is not `pass`, without its name: the fault line's summary, then what the later layers that also
 * failed saw (`api runs an old image …; the route answered 404`). For a passing feature, which layers proved it.
 */
export function explainFault(feature: FeatureResult): string {
  if (feature.verdict === 'pass') {
    const passed = feature.layers.filter((l) => l.status === 'pass').map((l) => l.layer)
    const skipped = feature.layers.filter((l) => l.status === 'skip').map((l) => l.layer)
    return `${passed.join(', ')} pass${skipped.length ? `; ${skipped.join(', ')} skipped` : ''}`
  }
  const fault = feature.layers.find((l) => l.layer === feature.faultLine)
  if (!fault) {
    return feature.verdict === 'error'
      ? 'nothing was checked: every layer was skipped'
      : 'no layer explains this verdict'
  }
  const later = feature.layers
    .slice(feature.layers.indexOf(fault) + 1)
    .filter((l) => l.status === 'fail' || l.status === 'error')
    .slice(0, 2)
  return [fault, ...later].map(clause).join('; ')
}

/**
 * The one sentence per feature: `workflow: runtime-drift at container — api runs an old image …; the route answered 404`.
 * One line, control characters made visible, safe to put in an annotation.
 */
export function explainFeature(feature: FeatureResult): string {
  const name = oneLine(feature.name)
  const where = feature.faultLine ? ` at ${feature.faultLine}` : ''
  return `${name}: ${feature.verdict}${where} — ${explainFault(feature)}`
}

/** What a service's mark says: `stale`, `fresh`, `unknown` (nothing to compare with), or null (nothing running was inspected). */
export type ServiceFreshness = 'stale' | 'fresh' | 'unknown'

export function serviceFreshness(service: ServiceResult): ServiceFreshness | null {
  if (service.stale) return 'stale'
  if (!service.runningImage) return null
  // A result saved before replicas were reported has no judgement to read: it said fresh then, and still does.
  return (service.replicas ?? []).some((r) => r.judgedBy === null) ? 'unknown' : 'fresh'
}

/**
 * The plain sentence for a service: `api runs an image built 3 days ago (1111aaaa2222, revision 0f3e2d1), not the one built
 * from abc1234 (2222bbbb3333)`. `now` is the run's start, so the sentence does not change when the report is rendered later.
 * With several replicas it counts the stale ones; `staleReplicaLines` then names each. "Built from" is said only where a
 * revision label says so.
 */
export function explainService(service: ServiceResult, revision: string | null, now: string): string {
  const name = oneLine(service.name)
  const replicas = service.replicas ?? []
  const built = `${revision ? `built from ${shortRevision(revision)}` : 'built from this checkout'}`
  const expected = service.builtImage
    ? `, not the one ${built} (${shortImageId(service.builtImage)})`
    : `, not the one ${built}`
  if (service.stale && replicas.length > 1) {
    const stale = replicas.filter((r) => r.stale).length
    return `${name}: ${stale} of ${replicas.length} replicas ${stale === 1 ? 'runs' : 'run'} an old image${expected}`
  }
  if (service.stale) {
    const age = formatAge(service.runningCreated, now)
    const image = age ? `an image built ${age}` : 'an old image'
    return `${name} runs ${image} (${describeImage(service.runningImage, service.runningRevision)})${expected}`
  }
  const onAll = replicas.length > 1 ? ` on all ${replicas.length} replicas` : ''
  if (service.runningImage) return `${name}${runningSentence(service, revision, built)}${onAll}`
  if (service.builtImage)
    return `${name}: image ${built} (${shortImageId(service.builtImage)}); no running container inspected`
  return `${name}: not inspected`
}

/** ` runs the image built from abc1234 (…)` when its label says so; otherwise what is known, and no more. */
function runningSentence(service: ServiceResult, revision: string | null, built: string): string {
  const running = describeImage(service.runningImage, service.runningRevision)
  const label = service.runningRevision
    ? `revision ${shortRevision(oneLine(service.runningRevision))}`
    : 'no revision label'
  const image = `${shortImageId(service.runningImage)} (${label})`
  const labelled = !!service.runningRevision && !!revision && sameCommit(service.runningRevision, revision)
  const lead = service.replicas?.find((r) => r.container === service.container) ?? service.replicas?.[0]
  const judgedBy = lead ? lead.judgedBy : undefined
  if (judgedBy === null) return ` runs ${image}; nothing to compare it with — freshness unknown`
  if (labelled) return ` runs the image ${built} (${running})`
  const checked = service.builtImage ? shortImageId(service.builtImage) : null
  if (judgedBy === 'layers' && checked)
    return ` runs ${image}, the same content as the image it was checked against (${checked})`
  if (service.runningImage === service.builtImage) return ` runs ${image}, the image it was checked against`
  return ` runs ${image}`
}

/** One line per stale replica, when the service runs several: `aibp_api_1 runs an image built 3 days ago (…, revision …)`. */
export function staleReplicaLines(service: ServiceResult, now: string): string[] {
  const replicas = service.replicas ?? []
  if (replicas.length < 2) return []
  return replicas
    .filter((r) => r.stale)
    .map((r) => {
      const age = formatAge(r.created, now)
      const where = r.host ? ` on ${oneLine(r.host)}` : ''
      const image = age ? `an image built ${age}` : 'an old image'
      return `${oneLine(r.container)}${where} runs ${image} (${describeImage(r.image, r.revision)})`
    })
}

function describeImage(id: string | null, revision: string | null): string {
  const parts = [shortImageId(id)]
  parts.push(revision ? `revision ${shortRevision(oneLine(revision))}` : 'no revision label')
  return parts.join(', ')
}

/** What a control probe's answer says about the probe it was compared with. */
export const CONTROL_COMPARISON_WORDS: Readonly<Record<ControlComparison, string>> = {
  different: 'answers differently: the probe discriminates',
  same: 'the same answer: the probe alone proves nothing',
  unknown: 'nothing to compare with: the probe alone proves nothing'
}

/** `control GET https://x/api/driftcheck-control-3f9a: 404 Route not found — answers differently: …`, on one line. */
export function describeControl(control: ControlCheck, maxObserved = MAX_CLAUSE): string {
  return `control ${oneLine(control.target)}: ${clip(oneLine(control.observed), maxObserved)} — ${CONTROL_COMPARISON_WORDS[control.comparison]}`
}

/** `path /api/articles/:slug with slug = hello-drift`: the template a probe's path was filled from, and the values used. */
export function describeTemplate(check: Pick<Check, 'template' | 'params'>): string {
  if (!check.template) return ''
  const values = Object.entries(check.params ?? {}).map(([name, value]) => `${name} = ${value}`)
  return oneLine(`path ${check.template}${values.length ? ` with ${values.join(', ')}` : ''}`)
}
