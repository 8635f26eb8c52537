// The git commands that the entry also asks early (wiring/early.ts), in a module of its own: the early commands start
// before the rest of the CLI loads, and git.ts's glob matching (picomatch, tinyglobby) need not load for them.

/** The git commands every run starts with (run in the checkout): the early commands use the same argv (wiring/early.ts). */
export const GIT_ASKS = {
  revision: ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'],
  revisionDate: ['show', '-s', '--format=%cI', 'HEAD'],
  dirty: ['status', '--porcelain'],
  insideWorkTree: ['rev-parse', '--is-inside-work-tree']
} as const
