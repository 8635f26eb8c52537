import { clipText } from '../../core/redact.js'
import type { GitHubClient } from './client.js'

/** The states driftcheck moves a deployment through: `in_progress` while it ships, then what the verification found. */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error'

export interface NewDeployment {
  owner: string
  repo: string
  /** The commit being deployed. */
  ref: string
  environment: string
  description: string
}

/**
 * Creates a deployment of `ref` to the environment. `required_contexts: []` because the verification is what decides,
 * not the commit's other statuses (the default would refuse a commit whose checks are still running); no auto-merge.
 */
export async function createDeployment(octokit: GitHubClient, deployment: NewDeployment): Promise<{ id: number }> {
  const { owner, repo, ref, environment, description } = deployment
  const { data, status } = await octokit.rest.repos.createDeployment({
    owner,
    repo,
    ref,
    environment,
    description,
    auto_merge: false,
    required_contexts: []
  })
  // 202 is GitHub merging the default branch first (only with auto_merge): no deployment was made.
  if ('id' in data) return { id: data.id }
  throw new Error(`GitHub made no deployment (${status}: ${data.message ?? 'no id'})`)
}

export interface DeploymentStatus {
  owner: string
  repo: string
  deploymentId: number
  state: DeploymentState
  description: string
  /** This workflow run's page. */
  logUrl?: string
  /** Where the environment is reached (`environment-url`). */
  environmentUrl?: string
}

/** GitHub cuts a deployment status's description at 140 characters. */
export const DEPLOYMENT_DESCRIPTION_MAX_LENGTH = 140

export async function setDeploymentStatus(octokit: GitHubClient, status: DeploymentStatus): Promise<void> {
  await octokit.rest.repos.createDeploymentStatus({
    owner: status.owner,
    repo: status.repo,
    deployment_id: status.deploymentId,
    state: status.state,
    description: clipText(status.description, DEPLOYMENT_DESCRIPTION_MAX_LENGTH),
    ...(status.logUrl ? { log_url: status.logUrl } : {}),
    ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {})
  })
}
