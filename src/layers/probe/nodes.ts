/**
 * Fleet nodes probed directly (`services.<name>.nodeUrl`) besides the public URL: two vantage points. A node whose own
 * answer meets the expectation, but with another status than the public URL's, serves something else than what the
 * balancer shows (an old build behind it, a node that lost a route): it fails, named. Pure.
 */
import type { Check } from '../../core/model.js'

/** A probe's check on a node, with the check of the same probe at the public URL. */
export interface NodeCheck {
  node: Check
  /** The public URL's check of the same probe. */
  public: Check
  /** `GET /api/x on node-2`: the request as the sentences say it. */
  request: string
}

/** The node's check, failed when it answered as expected but otherwise than the public URL did. */
export function judgeNodeAgainstPublic({ node, public: pub, request }: NodeCheck): Check {
  if (node.status !== 'pass' || pub.status !== 'pass') return node
  if (node.httpStatus === undefined || pub.httpStatus === undefined || node.httpStatus === pub.httpStatus) return node
  return {
    ...node,
    status: 'fail',
    expected: `${node.expected ?? ''}, as the public URL answers (${pub.httpStatus})`.replace(/^, /, ''),
    summary:
      `${request} answered ${node.httpStatus} where the public URL answered ` +
      `${pub.httpStatus}: this node serves something else`
  }
}
