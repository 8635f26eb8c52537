import type { GitHubClient } from '../adapters/github.js'
import { actionsContext, readRunContext, type GitHubRunContext } from './context.js'
import { stepSecrets } from './inputs.js'
import type { Session } from './session.js'

export interface GitHubSession {
  client: GitHubClient
  context: GitHubRunContext
}

/**
 * The REST client and the run's context, or null (said in the log) when there is no token or no repository. The GitHub
 * stack (@actions/github, Octokit) loads here, with a dynamic import: only a step that writes to GitHub pays for it.
 */
export async function openGitHub(session: Session, what: string): Promise<GitHubSession | null> {
  const { githubToken } = stepSecrets(session.env)
  if (!githubToken) {
    session.logger.info(`no github-token: no ${what}`)
    return null
  }
  const workspace = session.env.GITHUB_WORKSPACE || process.cwd()
  const context = readRunContext(await actionsContext(), workspace)
  if (!context.owner) {
    session.logger.warn(`GITHUB_REPOSITORY is not set: no ${what}`)
    return null
  }
  const { createGitHubClient } = await import('../adapters/github.js')
  const client = createGitHubClient({ token: githubToken, baseUrl: context.apiUrl, logger: session.logger })
  return { client, context }
}
