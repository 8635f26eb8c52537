import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { FeatureResult, RunResult } from '../core/model.js'
import type { Annotation } from '../adapters/github.js'
import { explainFeature } from '../report/explain.js'
import { clip, oneLine } from '../report/sanitize.js'

export interface AnnotationPlaces {
  /** The checkout root: annotation paths are relative to it. */
  workspace: string
  /** The config file (absolute): where a feature is declared. */
  configFile: string
  /** The config's folder: `source` paths are relative to it. */
  baseDir: string
}

const GLOB = /[*?[\]{}!]/

/**
 * One annotation per failing feature and source path (`failure`; `warning` when it could not be checked). A feature that is
 * missing in source, or whose source paths are globs or lie outside the checkout, is annotated where the config declares it.
 */
export function annotationsFor(result: RunResult, places: AnnotationPlaces): Annotation[] {
  return result.features.filter((f) => f.verdict !== 'pass').flatMap((f) => featureAnnotations(f, places))
}

function featureAnnotations(feature: FeatureResult, places: AnnotationPlaces): Annotation[] {
  const base = {
    annotation_level: feature.verdict === 'error' ? ('warning' as const) : ('failure' as const),
    title: clip(oneLine(`driftcheck: ${feature.name} — ${feature.verdict}`), 255),
    message: clip(explainFeature(feature), 60_000)
  }
  const sources =
    feature.verdict === 'missing-in-source'
      ? []
      : (feature.source ?? [])
          .filter((p) => !GLOB.test(p))
          .map((p) => inWorkspace(resolve(places.baseDir, p), places.workspace))
          .filter((p): p is string => p !== null)
  if (sources.length) return [...new Set(sources)].map((path) => ({ ...base, path, start_line: 1, end_line: 1 }))
  const path = inWorkspace(places.configFile, places.workspace) ?? 'driftcheck.yml'
  const line = feature.location?.line ?? 1
  return [{ ...base, path, start_line: line, end_line: line }]
}

/** The path relative to the checkout in `/` form, or null when it lies outside it. */
function inWorkspace(absolute: string, workspace: string): string | null {
  const rel = relative(workspace, absolute)
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return null
  return rel.split(sep).join('/').replace(/\/+$/, '')
}
