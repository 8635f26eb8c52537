/** The composite action's steps, in order; action.yml runs `node dist/action/index.js <phase>` for each. */
export const ACTION_PHASES = [
  'check-node',
  'build',
  'artifact',
  'deploy',
  'container',
  'probe',
  'report',
  'cleanup'
] as const
export type ActionPhase = (typeof ACTION_PHASES)[number]
