/**
 * The sentences every format shares: one per failing feature (JUnit, SARIF, GitHub annotations), its short items — one per
 * failing service and probe (text, markdown) — and one per service (a stale image said plainly).
 */
import type {
  Check,
  ControlCheck,
  ControlComparison,
  FeatureResult,
  FeatureVerdict,
  LayerName,
  LayerResult,
  ServiceResult
} from '../core/model.js'
import { sameCommit } from '../core/revision.js'
import { clip, clipWords, oneLine } from './sanitize.js'
import { formatAge, shortImageId, shortRevision } from '../core/units.js'

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
// The later layers that also failed, after the fault line's own clause.
const MAX_LATER_CLAUSES = 2

/** A layer's summary as a clause: one line, no final period, lower-case start unless it is an acronym or a name. */
function clause(layer: LayerResult): string {
  const text = oneLine(layer.evidence.summary).replace(/[.\s]+$/, '')
  if (!text) return layer.status === 'error' ? `${layer.layer} could not be checked` : `${layer.layer} failed`
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
  return clipWords(lowered, MAX_CLAUSE)
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
  const later = laterFailures(feature, fault)
  const shown = [fault, ...later.slice(0, MAX_LATER_CLAUSES)].map(clause)
  const left = later.length - MAX_LATER_CLAUSES
  if (left > 0) shown.push(`and ${left} more failing ${left === 1 ? 'layer' : 'layers'}`)
  return shown.join('; ')
}

function laterFailures(feature: FeatureResult, fault: LayerResult): LayerResult[] {
  return feature.layers
    .slice(feature.layers.indexOf(fault) + 1)
    .filter((l) => l.status === 'fail' || l.status === 'error')
}

/** `workflow: runtime-drift at container`: the verdict, without the why. */
export function explainHeadline(feature: FeatureResult): string {
  const where = feature.faultLine ? ` at ${feature.faultLine}` : ''
  return `${oneLine(feature.name)}: ${feature.verdict}${where}`
}

/** One short line of a fault: a failing service (`api lacks /app/dist/x`) or probe, under the layer that saw it. */
export interface FaultItem {
  layer: LayerName
  text: string
}

// Items a report shows per feature, and the length of one: the rest is counted, never cut mid-word.
export const MAX_FAULT_ITEMS = 6
const MAX_ITEM = 320

/** What the items may add about a service: the run's services, for a stale image, and when the run started. */
export interface FaultContext {
  services?: readonly ServiceResult[]
  revision?: string | null
  now?: string
}

/**
 * Why the feature is not `pass`, as short items: the fault line's layer first, then every later layer that also failed;
 * in each, one item per failing probe (route, auth) or per service (source, artifact, container). At most `max` items,
 * each cut at a word; `leftOut` counts the rest. Empty for a passing feature or one where no layer ran.
 */
export function faultItems(
  feature: FeatureResult,
  context: FaultContext = {},
  max = MAX_FAULT_ITEMS
): { items: FaultItem[]; leftOut: number } {
  const fault = feature.verdict === 'pass' ? undefined : feature.layers.find((l) => l.layer === feature.faultLine)
  if (!fault) return { items: [], leftOut: 0 }
  const all = [fault, ...laterFailures(feature, fault)].flatMap((layer) =>
    layerItems(layer, context).map((text) => ({ layer: layer.layer, text: clipWords(oneLine(text), MAX_ITEM) }))
  )
  return { items: all.slice(0, max), leftOut: Math.max(0, all.length - max) }
}

function layerItems(layer: LayerResult, context: FaultContext): string[] {
  const bad = (layer.evidence.checks ?? []).filter((c) => c.status !== 'pass')
  if (!bad.length) return [clause(layer)]
  if (layer.layer === 'route' || layer.layer === 'auth') return bad.map(probeItem)
  return groupBy(bad, (c) => c.service ?? '').flatMap(([service, checks]) =>
    service ? [serviceItem(layer.layer, service, checks, context)] : checks.map(pathItem)
  )
}

function probeItem(check: Check): string {
  // The probe layer's own sentence for this probe (a control probe's "this proves nothing" among them) says it best.
  if (check.summary) return check.summary
  if (check.status === 'error') return `${check.target} could not be checked: ${check.observed}`
  const expected = check.expected ? `, expected ${check.expected}` : ''
  return `${check.target} answered ${check.observed}${expected}`
}

/** A check without a service (a source path): `backend/x/: not in the checkout`. */
function pathItem(check: Check): string {
  return `${check.target}: ${check.observed}`
}

/** `api lacks /a and /b`, `api: could not check /c: <why>`, and for a stale running image, which image runs instead. */
function serviceItem(layer: LayerName, service: string, checks: Check[], context: FaultContext): string {
  const parts: string[] = []
  const missing = checks.filter((c) => c.status === 'fail').map((c) => c.target)
  if (missing.length) parts.push(`lacks ${namesOf(missing)}`)
  for (const [why, unchecked] of groupBy(
    checks.filter((c) => c.status === 'error'),
    (c) => c.observed
  )) {
    parts.push(`could not check ${namesOf(unchecked.map((c) => c.target))}: ${why}`)
  }
  const found = layer === 'container' ? context.services?.find((s) => s.name === service) : undefined
  const stale = found?.stale ? ` — ${explainService(found, context.revision ?? null, context.now ?? '')}` : ''
  // Several replicas: name the stale ones, the containers to recreate.
  const replicas = found?.stale && (found.replicas?.length ?? 0) > 1 ? found.replicas!.filter((r) => r.stale) : []
  const which = replicas.length ? `; stale: ${namesOf(replicas.map((r) => oneLine(r.container)))}` : ''
  return `${service} ${parts.join('; ')}${stale}${which}`
}

/** `a`, `a and b`, `a, b and 3 more`. */
function namesOf(items: readonly string[]): string {
  const shown = items.length > 3 ? [...items.slice(0, 2), `${items.length - 2} more`] : [...items]
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return [...groups]
}

/**
 * The one sentence per feature: `workflow: runtime-drift at container — api runs an old image …; the route answered 404`.
 * One line, control characters made visible, safe to put in an annotation.
 */
export function explainFeature(feature: FeatureResult): string {
  return `${explainHeadline(feature)} — ${explainFault(feature)}`
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
      // A Swarm task the update has not reached: its spec is the fact, whatever the image's age.
      const spec =
        r.judgedBy === 'service-spec' && r.task ? `; its service's spec names ${oneLine(r.task.specImage)}` : ''
      const name = r.task ? oneLine(r.task.name) : oneLine(r.container)
      return `${name}${where} runs ${image} (${describeImage(r.image, r.revision)})${spec}`
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
