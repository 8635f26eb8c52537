/**
 * The sentences every format shares: one per failing feature (text, markdown, JUnit, SARIF, GitHub annotations)
 * and one per service (a stale image said plainly).
 */
import type {
  ControlCheck,
  ControlComparison,
  FeatureResult,
  FeatureVerdict,
  LayerResult,
  ServiceResult
} from '../core/model.js'
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

/**
 * The plain sentence for a service: `api runs an image built 3 days ago (1111aaaa2222, revision 0f3e2d1), not the one built
 * from abc1234 (2222bbbb3333)`. `now` is the run's start, so the sentence does not change when the report is rendered later.
 */
export function explainService(service: ServiceResult, revision: string | null, now: string): string {
  const name = oneLine(service.name)
  const running = describeImage(service.runningImage, service.runningRevision)
  const built = `${revision ? `built from ${shortRevision(revision)}` : 'built from this checkout'}`
  if (service.stale) {
    const age = formatAge(service.runningCreated, now)
    const image = age ? `an image built ${age}` : 'an old image'
    const expected = service.builtImage
      ? `, not the one ${built} (${shortImageId(service.builtImage)})`
      : `, not the one ${built}`
    return `${name} runs ${image} (${running})${expected}`
  }
  if (service.runningImage) return `${name} runs the image ${built} (${running})`
  if (service.builtImage)
    return `${name}: image ${built} (${shortImageId(service.builtImage)}); no running container inspected`
  return `${name}: not inspected`
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
