/** The tag that keeps the image a service ran before a deploy, for `--rollback-on-fail`. */
export const PREVIOUS_TAG = 'driftcheck-previous'

/** `aibp-api` → `aibp-api:driftcheck-previous`; `reg:5000/app:1.2` → `reg:5000/app:driftcheck-previous`; digests dropped. */
export function previousRef(ref: string): string {
  const noDigest = ref.split('@')[0]!
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest
  return `${repo}:${PREVIOUS_TAG}`
}

// docker/distribution's grammar for one path component of a repository, and for a tag.
const REPOSITORY_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/
const TAG = /^[\w][\w.-]{0,127}$/

/**
 * `<registry>/<service>:<tag>`, what `--strategy registry` pushes and the target pulls; the tag is the image's revision label
 * (`<commit>`, or `<commit>-dirty` for a build of uncommitted changes). Null when docker would refuse the name (a service
 * name with capitals, a revision that is no tag).
 */
export function registryRef(registry: string, service: string, tag: string): string | null {
  if (!REPOSITORY_COMPONENT.test(service) || !TAG.test(tag)) return null
  return `${registry.replace(/\/+$/, '')}/${service}:${tag}`
}
