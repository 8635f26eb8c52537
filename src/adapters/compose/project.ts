import { posix } from 'node:path'

/**
 * Compose's default project name from the project directory's folder name. Both keep only `[a-z0-9_-]` after lowercasing
 * (v1 1.29 `normalize_name`); v2 (compose-go `NormalizeProjectName`) also trims leading `_`/`-`.
 * The directory may be on a remote target, hence POSIX paths.
 */
export function defaultProjectName(dir: string, flavour: 'v1' | 'v2'): string {
  const folder = posix.basename(posix.normalize(dir.replace(/\/+$/, '') || '/'))
  return normaliseProjectName(folder, flavour) || 'default'
}

/**
 * A project name as compose stores it in its labels (`com.docker.compose.project`): v1 normalises even an explicit
 * `-p My.App` to `myapp`; v2 refuses names that need it, so normalising is what both end up with.
 */
export function normaliseProjectName(name: string, flavour: 'v1' | 'v2'): string {
  const kept = name.toLowerCase().replace(/[^-_a-z0-9]/g, '')
  return flavour === 'v2' ? kept.replace(/^[-_]+/, '') : kept
}

/** The reference compose tags a built image with when the service has no `image:`: v1 `<project>_<service>`, v2 `<project>-<service>`. */
export function defaultImageRef(project: string, service: string, flavour: 'v1' | 'v2'): string {
  // v1 strips leading `_`/`-` from the project here (`Service.image_name`).
  return flavour === 'v1' ? `${project.replace(/^[-_]+/, '')}_${service}` : `${project}-${service}`
}

/**
 * Does an image with these `RepoTags` carry compose's default name (`defaultImageRef`: no registry, no tag)? Docker lists
 * it as `name:latest`, an engine with the containerd image store may as `docker.io/library/name:latest`.
 */
export function hasDefaultName(tags: readonly string[], name: string): boolean {
  return tags.some((tag) => tag === `${name}:latest` || tag === `docker.io/library/${name}:latest`)
}
