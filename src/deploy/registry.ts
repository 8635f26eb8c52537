import { InfraError, UsageError } from '../core/errors.js'
import type { BuiltImage, DeployTarget, ImagePublisher } from '../core/ports.js'
import { registryRef } from './refs.js'

/** A built image as pushed: where it is in the registry, and what the registry made of it. */
export interface PushedImage {
  service: string
  /** The local image it was pushed from (`aibp-api`). */
  source: string
  /** `<registry>/<service>:<revision>`. */
  ref: string
  /** The local image's ID. */
  id: string
  /** The stamped revision label, which is also the tag. */
  revision: string
  /** The manifest digest the registry answered with; null when docker printed none. */
  digest: string | null
}

/**
 * Pushes the built images as `<registry>/<service>:<revision>` from this machine's engine (its `docker login`). Names are
 * checked before anything is pushed. The step a fleet or a Swarm deploy shares: the targets then pull `ref`.
 */
export async function pushImages(
  publisher: ImagePublisher,
  registry: string,
  built: readonly BuiltImage[]
): Promise<PushedImage[]> {
  const planned = built.map((image) => {
    if (!image.revision) {
      throw new UsageError(
        `cannot push ${image.service}: its image has no revision label to tag it with (is the checkout a git repository with a commit?)`
      )
    }
    const ref = registryRef(registry, image.service, image.revision)
    if (!ref) {
      throw new UsageError(
        `cannot push ${image.service} as ${registry}/${image.service}:${image.revision}: docker repository names are lowercase letters, digits and . _ -`
      )
    }
    return { service: image.service, source: image.ref, ref, id: image.id, revision: image.revision }
  })
  const pushed: PushedImage[] = []
  for (const image of planned) pushed.push({ ...image, ...(await publisher.push(image.source, image.ref)) })
  return pushed
}

/**
 * Pulls the pushed images on the target (its own `docker login`) and tags each as the target's compose project names the
 * service's image, so `compose up -d --no-build` starts exactly the pulled image (compose v1 and v2 alike, no compose file
 * changed). A pulled image stamped with another revision than the one pushed means the tag was overwritten: an error.
 */
export async function pullPushed(
  target: DeployTarget,
  pushed: readonly PushedImage[],
  composeRefs: Record<string, { image: string }>
): Promise<string> {
  const pulled: string[] = []
  for (const image of pushed) {
    const { id, revision } = await target.pull(image.ref)
    if (revision !== image.revision) {
      throw new InfraError(
        `${target.where} pulled ${image.ref} stamped ${revision ?? 'without a revision'}, not ${image.revision}: the tag was pushed over`,
        'deploy again; give every deploy its own commit'
      )
    }
    const ref = composeRefs[image.service]?.image
    if (ref && ref !== image.ref) await target.tag(image.ref, ref)
    // The same ID on both engines unless one recomputes it (a containerd image store names images by manifest digest).
    pulled.push(`${image.service} ${short(id)}${id === image.id ? '' : ` (built here as ${short(image.id)})`}`)
  }
  return `pulled ${pulled.join(', ')} on ${target.where}`
}

const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12)
