import type { GitHubClient } from './client.js'
import { httpStatus } from './errors.js'

/** The login every workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app) writes comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]'

/**
 * Who the token writes as, so the sticky comment we update is only ever one of our own. `GET /user` answers for personal
 * tokens; installation tokens (GITHUB_TOKEN) get 403 "Resource not accessible by integration" and write as the Actions bot.
 */
export async function tokenLogin(octokit: GitHubClient): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated()
    return data.login
  } catch (error) {
    if (httpStatus(error) === 403) return ACTIONS_BOT_LOGIN
    throw error
  }
}
