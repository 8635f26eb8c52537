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
