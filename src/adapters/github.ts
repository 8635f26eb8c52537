/** GitHub's REST API for the action: one retrying, throttled Octokit and the few things driftcheck writes. */
export { createGitHubClient, DO_NOT_RETRY, type GitHubClient, type GitHubClientOptions } from './github/client.js'
export { describeGitHubError, httpStatus, isPermissionDenied } from './github/errors.js'
export { ACTIONS_BOT_LOGIN, tokenLogin } from './github/identity.js'
export { COMMENT_MAX_LENGTH, upsertStickyComment, type CommentOutcome, type StickyComment } from './github/comment.js'
export {
  ANNOTATIONS_PER_REQUEST,
  CHECK_SUMMARY_MAX_LENGTH,
  chunk,
  publishCheckRun,
  type Annotation,
  type CheckRunReport
} from './github/check-run.js'
export { setCommitStatus, STATUS_DESCRIPTION_MAX_LENGTH, type CommitStatus } from './github/status.js'
export { getPullRequestHead } from './github/pulls.js'
export {
  RELEASE_BODY_MAX_LENGTH,
  replaceSection,
  SECTION_END,
  SECTION_START,
  updateReleaseNotes
} from './github/release.js'
export {
  createDeployment,
  DEPLOYMENT_DESCRIPTION_MAX_LENGTH,
  setDeploymentStatus,
  type DeploymentState,
  type DeploymentStatus,
  type NewDeployment
} from './github/deployment.js'
export {
  closeIssue,
  findWatchIssue,
  ISSUE_BODY_MAX_LENGTH,
  openIssue,
  updateIssue,
  type FoundIssue,
  type WatchIssueWhere
} from './github/issue.js'
