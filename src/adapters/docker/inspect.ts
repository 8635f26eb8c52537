import type { ImageInfo, RunningContainer } from '../../core/ports.js'
import { REVISION_LABEL } from '../../core/labels.js'

/** `docker image inspect` prints a JSON array; the first element is the image. */
export function parseImageInspect(stdout: string): ImageInfo {
  return toImageInfo(firstOf(stdout, 'docker image inspect'))
}

/** `docker image inspect` of several refs: every image it printed, in its order (`[]` when none was found). */
export function parseImagesInspect(stdout: string): ImageInfo[] {
  return arrayOf(stdout, 'docker image inspect').map(toImageInfo)
}

function toImageInfo(value: unknown): ImageInfo {
  const raw = value as {
    Id?: string
    Created?: string
    RepoTags?: string[] | null
    Config?: { Labels?: Record<string, string> | null } | null
    RootFS?: { Layers?: unknown } | null
  }
  if (!raw.Id) throw new Error('docker image inspect: no Id in the output')
  const labels = raw.Config?.Labels ?? {}
  return {
    id: raw.Id,
    created: isoOrNull(raw.Created),
    revision: labels[REVISION_LABEL] || null,
    labels,
    tags: raw.RepoTags ?? [],
    layers: rootLayers(raw)
  }
}

/** `RootFS.Layers` of one image of `docker image inspect`: its content, without the config (labels, created). */
export function rootLayers(raw: { RootFS?: { Layers?: unknown } | null }): string[] {
  const layers = raw.RootFS?.Layers
  return Array.isArray(layers) ? layers.filter((l): l is string => typeof l === 'string') : []
}

/** `docker container inspect` of one or more containers, in the order given. */
export function parseContainersInspect(stdout: string): RunningContainer[] {
  return arrayOf(stdout, 'docker container inspect').map(toRunningContainer)
}

function toRunningContainer(value: unknown): RunningContainer {
  const raw = value as {
    Id?: string
    Name?: string
    Image?: string
    Config?: { Image?: string } | null
    State?: { Status?: string; Running?: boolean; StartedAt?: string } | null
  }
  if (!raw.Id || !raw.Image) throw new Error('docker container inspect: no Id/Image in the output')
  return {
    id: raw.Id,
    name: (raw.Name ?? '').replace(/^\//, '') || raw.Id.slice(0, 12),
    imageId: raw.Image,
    imageRef: raw.Config?.Image ?? raw.Image,
    state: raw.State?.Status ?? (raw.State?.Running ? 'running' : 'unknown'),
    startedAt: isoOrNull(raw.State?.StartedAt)
  }
}

/**
 * `docker ps --format '{{json .}}'`: one object per line. Returns the IDs, in docker's order (newest first), leaving out
 * one-off containers (`compose run`, label `com.docker.compose.oneoff=True`): they are not the service that serves traffic.
 */
export function parsePsIds(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { ID?: string; Labels?: string })
    .filter((row) => !(row.Labels ?? '').split(',').includes('com.docker.compose.oneoff=True'))
    .map((row) => {
      if (!row.ID) throw new Error(`docker ps: no ID in ${JSON.stringify(row)}`)
      return row.ID
    })
}

function firstOf(stdout: string, what: string): unknown {
  const first = arrayOf(stdout, what)[0]
  if (!first) throw new Error(`${what}: empty output`)
  return first
}

function arrayOf(stdout: string, what: string): unknown[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new Error(`${what}: output is not JSON`)
  }
  const items = Array.isArray(parsed) ? parsed : [parsed]
  if (items.some((item) => !item || typeof item !== 'object')) throw new Error(`${what}: unexpected output`)
  return items
}

/** Docker's zero time (`0001-01-01T00:00:00Z`) means "never". */
function isoOrNull(value: string | undefined): string | null {
  if (!value || value.startsWith('0001-01-01')) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}
