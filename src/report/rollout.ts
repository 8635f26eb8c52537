/** A fleet deploy's rollout in words: which host runs which revision now, and where (and why) the rollout stopped. */
import type { HostRollout, HostRolloutState, RolloutResult } from '../core/model.js'
import { oneLine } from './sanitize.js'
import { shortRevision } from '../core/units.js'

const STATE_WORDS: Record<HostRolloutState, string> = {
  deployed: 'deployed, verified',
  'rolled-back': 'rolled back',
  failed: 'failed, left as it is',
  'not-reached': 'not deployed: the rollout stopped before it'
}

/** `rollout of 9f8e7d6, 1 host at a time: stopped at batch 2 (node-2): …` */
export function rolloutHeadline(rollout: RolloutResult): string {
  const each = `${rollout.batchSize} host${rollout.batchSize === 1 ? '' : 's'} at a time`
  const head = `rollout of ${shortRevision(rollout.revision)}, ${each}`
  if (!rollout.stopped) return `${head}: every batch deployed and verified`
  const { batch, hosts, reason } = rollout.stopped
  return `${head}: stopped at batch ${batch} (${hosts.join(', ')}): ${oneLine(reason)}`
}

/** `node-2 runs a1b2c3d (rolled back)`; with services on other revisions, each named. */
export function hostRolloutLine(host: HostRollout): string {
  const state = STATE_WORDS[host.state]
  if (host.error) return `${host.host} (batch ${host.batch}, ${state}): could not be looked at: ${oneLine(host.error)}`
  const services = Object.entries(host.revisions)
  const running = services.filter(([, revisions]) => revisions.length > 0)
  const all = [...new Set(running.flatMap(([, revisions]) => revisions))]
  const runs =
    running.length === 0
      ? 'runs none of the services'
      : all.length === 1 && running.length === services.length
        ? `runs ${revisionWords(all[0]!)}`
        : services
            .map(([service, revisions]) =>
              revisions.length ? `${service} ${revisions.map(revisionWords).join(' and ')}` : `${service} not running`
            )
            .join(', ')
  return `${host.host} ${runs} (batch ${host.batch}, ${state})`
}

function revisionWords(revision: string | null): string {
  return revision ? shortRevision(oneLine(revision)) : 'an image without a revision label'
}
