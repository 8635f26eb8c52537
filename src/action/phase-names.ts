/** The composite action's steps, in order; action.yml runs `node dist/action/index.js <phase>` for each. */
export const ACTION_PHASES = [
  'check-node',
  'preview',
  'build',
  'artifact',
  'deploy',
  'container',
  'probe',
  'report',
  'cleanup'
] as const
export type ActionPhase = (typeof ACTION_PHASES)[number]

/** The step that reads and checks the inputs and starts the state; every later one loads it. */
export const FIRST_PHASE: ActionPhase = 'check-node'
