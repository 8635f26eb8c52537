import type { PreviewNotReadyReport, PreviewNotReadyService, PreviewResult } from '../core/model.js'
import { formatDuration } from '../core/units.js'
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

/**
 * Why one started service is not ready, in one line; with the wait it was given (`readyTimeoutMs`), the deadline is named
 * by its length (a result saved before it was recorded says "at the deadline").
 */
export function notReadyLine(n: PreviewNotReadyService, readyTimeoutMs?: number): string {
  const deadline = readyTimeoutMs === undefined ? 'at the deadline' : `after ${formatDuration(readyTimeoutMs)}`
  const within = readyTimeoutMs === undefined ? 'at the deadline' : `within ${formatDuration(readyTimeoutMs)}`
  const service = oneLine(n.service)
  switch (n.reason) {
    case 'no-container':
      return `${service}: no container was created`
    case 'exited':
      return `${service}: container ${oneLine(n.container)} ${oneLine(n.state)}${n.exitCode === null ? '' : ` with exit code ${n.exitCode}`} before it was ready`
    case 'starting':
      return `${service}: container ${oneLine(n.container)} is still ${oneLine(n.state)} ${deadline}`
    case 'port-closed':
      return `${service}: container ${oneLine(n.container)} runs, but its port ${n.target} (127.0.0.1:${n.port}) accepts no connection ${within}`
  }
}

/** A not-ready service in words: its line, and its last log lines (already redacted and cut), each on one line. */
export interface NotReadyItem {
  line: string
  logs: string[]
}

export function notReadyItems(preview: PreviewResult): NotReadyItem[] {
  return (preview.notReady ?? []).map((n) => ({
    line: notReadyLine(n, preview.readyTimeoutMs),
    logs: logLines(n)
  }))
}

/** `its last log lines:` or `it logged nothing`: the head of a not-ready service's logs. */
export function logsHeadline(logs: readonly string[]): string {
  return logs.length ? 'its last log lines:' : 'it logged nothing'
}

function logLines(n: PreviewNotReadyReport): string[] {
  return n.logs
    .split('\n')
    .filter((l) => l.trim())
    .map(oneLine)
}

/** The not-ready services, each with its last log lines indented under it (stderr, the action's log). */
export function notReadyText(preview: PreviewResult): string {
  const lines: string[] = []
  for (const item of notReadyItems(preview)) {
    lines.push(`preview: ${item.line}`, `  ${logsHeadline(item.logs)}`)
    for (const line of item.logs) lines.push(`    ${line}`)
  }
  return lines.join('\n') + '\n'
}
