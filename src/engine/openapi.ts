import type { DriftConfig, FeatureConfig, OpenApiConfig } from '../core/config.js'
import { ApiDescriptionError, ConfigError, UsageError } from '../core/errors.js'
import { planOperations } from '../core/openapi.js'
import type { ApiDescription, ApiDescriptions } from '../core/ports.js'

/**
 * The config with every `openapi` entry's operations added as route probes (after `discover`, so a discovered module gets
 * the routes of its tag): an operation joins the feature of its name, literal or discovered, or a new routes-only feature
 * made in document order. Operations that are not probed stay on their feature as facts (`notProbed`). Every phase of a
 * run reads the same documents the same way; idempotent: the expanded config has no `openapi` left. A document that
 * cannot be used, or has no operation, is a config error at its `openapi.<service>` key (exit 2).
 */
export async function expandOpenApi(config: DriftConfig, apis: ApiDescriptions | undefined): Promise<DriftConfig> {
  const entries = config.openapi ?? []
  if (entries.length === 0) return config
  if (!apis) throw new UsageError('the config has `openapi`, and no reader of OpenAPI documents was given (deps.apis)')
  const docs = await Promise.all(entries.map((entry) => readDocument(apis, entry)))
  const features = config.features.map((feature) => ({ ...feature }))
  const byName = new Map(features.map((feature) => [feature.name, feature]))
  entries.forEach((entry, i) => {
    for (const plan of planOperations(entry, docs[i]!)) {
      let feature = byName.get(plan.feature)
      if (!feature) {
        feature = newFeature(plan.feature, entry)
        features.push(feature)
        byName.set(feature.name, feature)
      }
      if ('probe' in plan) feature.routes = [...feature.routes, plan.probe]
      else feature.notProbed = [...(feature.notProbed ?? []), plan.notProbed]
    }
  })
  return { ...config, features, openapi: [] }
}

function newFeature(name: string, entry: OpenApiConfig): FeatureConfig {
  return {
    name,
    source: [],
    artifact: {},
    routes: [],
    auth: [],
    ...(entry.location ? { location: entry.location } : {})
  }
}

async function readDocument(apis: ApiDescriptions, entry: OpenApiConfig): Promise<ApiDescription> {
  const where = `\`openapi.${entry.service}\` (\`${entry.written}\`)`
  let doc: ApiDescription
  try {
    doc = await apis.read(entry.file)
  } catch (error) {
    if (error instanceof ApiDescriptionError) throw new ConfigError(`${where}: ${error.message}`, entry.location)
    throw error
  }
  if (doc.operations.length === 0) {
    const message = `${where} describes no operation, expected an OpenAPI document with at least one path and method`
    throw new ConfigError(message, entry.location)
  }
  return doc
}
