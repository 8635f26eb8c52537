import { LAYERS, type LayerName } from './model.js'

export interface LayerList {
  /** The layers asked for, each once, in the order first named; all five when none is named. */
  layers: LayerName[]
  /** The names that are no layer, for the caller's error (the CLI and the action word it their own way). */
  unknown: string[]
}

/** Reads `--layers` / the `layers` input: names separated by commas or line breaks, blanks ignored, duplicates dropped. */
export function parseLayerList(text: string | undefined): LayerList {
  const asked = (text ?? '')
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
  const unknown = asked.filter((name) => !(LAYERS as readonly string[]).includes(name))
  const layers = asked.length ? ([...new Set(asked)].filter((n) => !unknown.includes(n)) as LayerName[]) : [...LAYERS]
  return { layers, unknown: [...new Set(unknown)] }
}
