/** The oldest Node.js the bundled action runs on. */
export const MIN_NODE_MAJOR = 20

/** null when `version` (`v20.18.0` or `20.18.0`) is new enough; otherwise what to add to the workflow. */
export function nodeVersionProblem(version: string): string | null {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1])
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return null
  return (
    `driftcheck needs Node.js >= ${MIN_NODE_MAJOR} on the runner, found '${version}'. ` +
    `Add a step before it: uses: actions/setup-node@v4 with node-version: ${MIN_NODE_MAJOR}`
  )
}
