import { CONFIG_USES, type ConfigUse } from '../core/uses.js'
import type { Path } from './positions.js'

/**
 * What needs the value at `path` (so a `${VAR}` in it must be set): the target's settings are needed to reach it (the
 * compose project and a local `dir` also to build), a service's `url` by both probe layers, each feature's lists by their
 * own layer (artifact paths by the container layer too). Anything else (`version`, unknown keys) by everything.
 * `remote`: the target has a `host` (its `dir` is then a path on that host, never built from).
 */
export function needsOf(path: Path, remote: boolean): ConfigUse[] {
  const [top, name, key] = path
  if (top === 'target') {
    if (name === 'compose') return ['build', 'target']
    if (name === 'dir') return remote ? ['target'] : ['build', 'target']
    return ['target']
  }
  if (top === 'services') {
    if (key === 'url' || key === 'nodeUrl') return ['route', 'auth']
    if (key === 'image') return ['build']
    if (key === 'container') return ['target']
  }
  // A `discover` entry's own fields sit one level higher (`discover[0].routes`); its `source` makes the features of every layer.
  const field = top === 'discover' ? name : key
  if (top === 'features' || top === 'discover') {
    if (field === 'source') return top === 'features' ? ['source'] : [...CONFIG_USES]
    if (field === 'artifact') return ['artifact', 'container']
    if (field === 'routes') return ['route']
    if (field === 'auth') return ['auth']
  }
  return [...CONFIG_USES]
}
