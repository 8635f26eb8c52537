import type { PreviewNotReadyService, PreviewResult } from '../core/model.js'
import { oneLine } from './sanitize.js'

/**
 * A preview's facts in words: the headline, then one line per rewritten URL
 * (`api: http://api.example.com → http://127.0.0.1:49213 (preview)`) and per feature left out.
 */
export function previewLines(preview: PreviewResult): string[] {
  const lines = [
    `preview: project ${oneLine(preview.project)} on this machine's engine (started ${preview.services.map(oneLine).join(', ')}; torn down afterwards)`
  ]
  for (const url of preview.urls)
    lines.push(`${oneLine(url.service)}: ${oneLine(url.from)} → ${oneLine(url.to)} (preview)`)
  for (const left of preview.leftOut)
    lines.push(
      `${oneLine(left.feature)}: left out, it checks ${left.services.map(oneLine).join(', ')}, which the preview does not start`
    )
  return lines
}

/** Why one started service is not ready, in one line. */
export function notReadyLine(n: PreviewNotReadyService): string {
  switch (n.reason) {
    case 'no-container':
      return `${n.service}: no container was created`
    case 'exited':
      return `${n.service}: container ${n.container} ${n.state}${n.exitCode === null ? '' : ` with exit code ${n.exitCode}`} before it was ready`
    case 'starting':
      return `${n.service}: container ${n.container} is still ${n.state} at the deadline`
    case 'port-closed':
      return `${n.service}: container ${n.container} runs, but its port ${n.target} (127.0.0.1:${n.port}) accepts no connection at the deadline`
  }
}

/** The not-ready services, each with its last log lines (already redacted and cut), indented under it. */
export function notReadyText(services: readonly (PreviewNotReadyService & { logs: string })[]): string {
  const lines: string[] = []
  for (const service of services) {
    lines.push(`preview: ${notReadyLine(service)}`)
    const logs = service.logs.split('\n').filter((l) => l.trim())
    lines.push(logs.length ? `  its last log lines:` : `  it logged nothing`)
    for (const line of logs) lines.push(`    ${oneLine(line)}`)
  }
  return lines.join('\n') + '\n'
}
