import type { DriftConfig, FeatureConfig, ServiceConfig } from '../../core/config.js'
import { UsageError } from '../../core/errors.js'
import type { PreviewResult } from '../../core/model.js'
import type { PreviewServiceState } from '../../core/ports.js'

/** The compose services a feature checks: its artifact paths and its probes name them. */
export function servicesOf(feature: FeatureConfig): string[] {
  const named = [...Object.keys(feature.artifact), ...[...feature.routes, ...feature.auth].map((p) => p.service)]
  return [...new Set(named)]
}

/** Features that check a service the preview does not run: left out (a preview proves nothing about them). */
export function leftOutFeatures(features: readonly FeatureConfig[], running: ReadonlySet<string>) {
  return features
    .map((feature) => ({ feature: feature.name, services: servicesOf(feature).filter((s) => !running.has(s)) }))
    .filter((left) => left.services.length > 0)
}

/** The URL's port as written, or its scheme's (80, 443). */
function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
}

/**
 * The remapped port a service's URL means: its only published tcp port, or, when it publishes several, the one the compose
 * file published on the URL's own port (`http://…:18080` ↔ `127.0.0.1:18080:8080`). Anything else is ambiguous: a usage
 * error naming the ports, never a guess.
 */
export function chooseLocalPort(
  service: string,
  url: string,
  state: PreviewServiceState
): { host: string; port: number } {
  const tcp = state.ports.filter((p) => p.protocol === 'tcp')
  if (tcp.length === 0)
    throw new UsageError(
      `services.${service}.url: the preview cannot probe ${service}: its compose service publishes no tcp port`
    )
  const wanted = portOf(new URL(url))
  const chosen = tcp.length === 1 ? tcp[0]! : tcp.find((p) => p.requested === wanted)
  if (!chosen)
    throw new UsageError(
      `services.${service}.url: the preview cannot tell which of ${service}'s published ports (${tcp.map((p) => p.requested ?? p.target).join(', ')}) its URL (port ${wanted}) is`
    )
  if (!chosen.published) throw new UsageError(`the preview found no published port ${chosen.target} of ${service}`)
  return chosen.published
}

/**
 * The URL the preview probes instead: plain http on loopback at the remapped port (the preview talks to the container, not
 * to a TLS proxy in front of it), the path and query as written (`https://api.example.com/v1/` → `http://127.0.0.1:49213/v1/`).
 */
export function localUrl(url: string, published: { host: string; port: number }): string {
  const parsed = new URL(url)
  const host = published.host === '0.0.0.0' || published.host === '::' ? '127.0.0.1' : published.host
  const shown = host.includes(':') ? `[${host}]` : host
  const path = parsed.pathname === '/' && !url.replace(/^[a-z]+:\/\/[^/]+/i, '').startsWith('/') ? '' : parsed.pathname
  return `http://${shown}:${published.port}${path}${parsed.search}`
}

/**
 * The config the preview verifies: each started service's `url` moved to its remapped local port (no `nodeUrl`: there is
 * no fleet; no `container:`: the preview's own containers are found by the project's labels), the left-out features
 * dropped. Returns it with the rewrites, as facts for the result.
 */
export function previewConfig(
  config: DriftConfig,
  states: readonly PreviewServiceState[],
  leftOut: PreviewResult['leftOut']
): { config: DriftConfig; urls: PreviewResult['urls'] } {
  const byService = new Map(states.map((s) => [s.service, s]))
  const urls: PreviewResult['urls'] = []
  const services: Record<string, ServiceConfig> = {}
  for (const [name, service] of Object.entries(config.services)) {
    const state = byService.get(name)
    if (!state) {
      services[name] = service
      continue
    }
    const { nodeUrl: _node, container: _container, ...kept } = service
    if (service.url) {
      const to = localUrl(service.url, chooseLocalPort(name, service.url, state))
      urls.push({ service: name, from: service.url, to })
      kept.url = to
    }
    services[name] = kept
  }
  const dropped = new Set(leftOut.map((l) => l.feature))
  return { config: { ...config, services, features: config.features.filter((f) => !dropped.has(f.name)) }, urls }
}
