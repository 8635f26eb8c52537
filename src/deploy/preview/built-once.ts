import { CREATED_LABEL } from '../../core/labels.js'
import type { BuildOptions, BuiltImage, ComposeProject } from '../../core/ports.js'

/**
 * The same build, as far as the images are concerned: the same labels but `created`. A dirty checkout is stamped with the
 * clock (`buildLabels`), so the engine's own request a moment later carries another `created`; its revision
 * (`<commit>-dirty`) is the one the running containers were built with.
 */
export function sameBuildLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const rest = (labels: Record<string, string>) =>
    Object.entries(labels)
      .filter(([key]) => key !== CREATED_LABEL)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
  return JSON.stringify(rest(a)) === JSON.stringify(rest(b))
}

/**
 * The project, with the images the preview built before `up` handed back when the engine's build phase asks for them again
 * (services it built, labels the same but `created`): one build per preview, not two, and the images checked are the ones
 * the containers were started from. Anything else is built.
 */
export class BuiltOnce implements ComposeProject {
  readonly project: string
  readonly dir: string

  constructor(
    private readonly inner: ComposeProject,
    private readonly images: readonly BuiltImage[],
    private readonly labels: Record<string, string>
  ) {
    this.project = inner.project
    this.dir = inner.dir
  }

  version() {
    return this.inner.version()
  }

  services() {
    return this.inner.services()
  }

  async build(
    services: readonly string[],
    labels: Record<string, string>,
    options: BuildOptions = {}
  ): Promise<BuiltImage[]> {
    const have = new Map(this.images.map((i) => [i.service, i]))
    const defined = await this.inner.services()
    const wanted = services.filter((s) => defined[s]?.builds)
    if (sameBuildLabels(labels, this.labels) && wanted.every((s) => have.has(s))) {
      options.started?.() // nothing to wait for: what it built is the answer
      return wanted.map((s) => have.get(s)!)
    }
    return this.inner.build(services, labels, options)
  }

  up(services: readonly string[], options?: { noBuild?: boolean; forceRecreate?: boolean }) {
    return this.inner.up(services, options)
  }
}
