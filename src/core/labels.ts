/** The OCI annotations driftcheck stamps on every build and reads back from running images. */
export const REVISION_LABEL = 'org.opencontainers.image.revision'
export const CREATED_LABEL = 'org.opencontainers.image.created'
/** Appended to the revision of an image built from a checkout with uncommitted changes (`git describe --dirty` style). */
export const DIRTY_SUFFIX = '-dirty'
