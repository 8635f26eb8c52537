import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import type { Logger } from '../../core/ports.js'
import { silentLogger } from '../../core/ports.js'

/** The one Octokit the action uses: retries transient failures, waits out rate limits, never retries a 4xx that will not change. */
const DriftOctokit = Octokit.plugin(retry, throttling)
/** The REST client; the plugins only change how requests are retried, not what it can call. */
export type GitHubClient = Octokit

/** 4xx answers that a retry cannot change (bad request, no permission, not found, gone, invalid). 429 is left to the throttler. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 451]

export interface GitHubClientOptions {
  token: string
  /** `GITHUB_API_URL` (GitHub Enterprise, or a test stand-in); defaults to https://api.github.com. */
  baseUrl?: string
  logger?: Logger
  /** Retries of a 5xx / network failure (default 3). */
  retries?: number
  /** Base delay of the retry back-off in ms (default 1000; tests shorten it). */
  retryAfterBaseValue?: number
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const logger = options.logger ?? silentLogger
  const maxRateLimitRetries = 2
  return new DriftOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'driftcheck-action',
    // Octokit's own log goes through our logger: debug noise stays out of the job log.
    log: {
      debug: () => {},
      info: () => {},
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m)
    },
    retry: {
      doNotRetry: DO_NOT_RETRY,
      retries: options.retries ?? 3,
      ...(options.retryAfterBaseValue !== undefined ? { retryAfterBaseValue: options.retryAfterBaseValue } : {})
    },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        logger.warn(`GitHub rate limit hit on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
        return retryCount < maxRateLimitRetries
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        request: { method: string; url: string },
        _octokit: unknown,
        retryCount: number
      ) => {
        logger.warn(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`)
        return retryCount < 1
      }
    }
  })
}
