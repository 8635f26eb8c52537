import { REVISION_LABEL } from '../../core/labels.js'
import { rootLayers } from '../docker/inspect.js'
/** What `BuiltImage` needs from `docker image inspect REF` (a JSON array with one object). */
export interface InspectedImage {
  id: string
  created: string | null
  revision: string | null
  layers: string[]
}

export function parseImageInspect(text: string): InspectedImage {
  const parsed: unknown = JSON.parse(text)
  const image = (Array.isArray(parsed) ? parsed[0] : parsed) as
    | {
        Id?: string
        Created?: string
        Config?: { Labels?: Record<string, string> | null }
        RootFS?: { Layers?: unknown }
      }
    | undefined
  if (!image?.Id) throw new Error('docker image inspect printed no image ID')
  return {
    id: image.Id,
    created: image.Created || null,
    revision: image.Config?.Labels?.[REVISION_LABEL] ?? null,
    layers: rootLayers(image)
  }
}
