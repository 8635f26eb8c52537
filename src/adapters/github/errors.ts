/** What GitHub said, in one line, without the request (its headers carry the token). */
export function describeGitHubError(error: unknown): string {
  const status = httpStatus(error)
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return status ? `${status} ${message}` : (message ?? 'unknown error')
}

export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * The token may not write here: a fork PR's read-only GITHUB_TOKEN (403 "Resource not accessible by integration"),
 * a workflow without `permissions:` for it, or a repository the token cannot see (404).
 */
export function isPermissionDenied(error: unknown): boolean {
  const status = httpStatus(error)
  return status === 401 || status === 403 || status === 404
}
