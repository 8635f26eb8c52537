/** The OpenAPI operations a run did not probe, in words: every report lists them, since a pass says nothing of them. */
import type { NotProbedOperation, RunResult } from '../core/model.js'
import { oneLine } from './sanitize.js'

/** Above this many, a report lists the first ones and says how many more the JSON holds. */
export const NOT_PROBED_SHOWN = 20

export interface NotProbedLine {
  feature: string
  text: string
}

/** `GET /api/v1/orders/{orderId} (getOrder): path parameter orderId has no example …`, feature by feature. */
export function notProbedLines(result: RunResult): { lines: NotProbedLine[]; leftOut: number; total: number } {
  const all = result.features.flatMap((feature) =>
    (feature.notProbed ?? []).map((operation) => ({
      feature: oneLine(feature.name),
      text: oneLine(notProbedSentence(operation))
    }))
  )
  const lines = all.slice(0, NOT_PROBED_SHOWN)
  return { lines, leftOut: all.length - lines.length, total: all.length }
}

export function notProbedHeadline(total: number): string {
  return `not probed: ${total} OpenAPI operation${total === 1 ? '' : 's'} (a pass says nothing about ${total === 1 ? 'it' : 'them'})`
}

export function notProbedSentence(operation: NotProbedOperation): string {
  const request = `${operation.method} ${operation.path}${operation.operationId ? ` (${operation.operationId})` : ''}`
  switch (operation.reason) {
    case 'unfilled-parameter': {
      const names = operation.parameters ?? []
      const which = names.length === 1 ? `path parameter ${names[0]} has` : `path parameters ${names.join(', ')} have`
      return `${request}: ${which} no example to send, and a 404 on a made-up value proves nothing; give it \`x-driftcheck-example\`, an \`example\`, or a schema \`example\`/\`default\`/\`enum\``
    }
    case 'unsafe-method':
      return `${request}: anyone may call it (no security requirement) and ${operation.method} acts on the server, so it is not sent to production; \`x-driftcheck-probe: true\` on the operation sends it`
    case 'opted-out':
      return `${request}: \`x-driftcheck-probe: false\` on the operation`
  }
}
