import type { RunResult } from '../core/model.js'
import { render } from '../report/index.js'
import { MIN_MARKDOWN_LENGTH } from '../report/markdown.js'
import { mdText } from '../report/markdown-escape.js'
import { clip } from '../report/sanitize.js'
import type { PhaseError } from './state.js'

const MAX_LISTED_ERRORS = 5

/**
 * The Markdown report for the job summary, the PR comment, the check run and the release notes: the layer matrix and fault
 * lines from the report module, then the steps that failed. Never longer than `maxLength` (the report module truncates with a note).
 */
export function actionMarkdown(
  result: RunResult | null,
  errors: readonly PhaseError[],
  options: { title: string; maxLength?: number }
): string {
  const failed = errorsSection(errors)
  if (!result) return `## ${mdText(options.title)}\n\n**verdict: error** — nothing was checked.\n\n${failed}`
  const room =
    options.maxLength === undefined ? undefined : Math.max(MIN_MARKDOWN_LENGTH, options.maxLength - failed.length - 2)
  const body = render(result, 'markdown', { title: options.title, ...(room ? { maxLength: room } : {}) })
  return failed ? `${body.replace(/\s+$/, '')}\n\n${failed}` : body
}

function errorsSection(errors: readonly PhaseError[]): string {
  if (!errors.length) return ''
  const lines = errors
    .slice(0, MAX_LISTED_ERRORS)
    .map((e) => `- **${mdText(e.phase)}**: ${mdText(clip(e.message, 300))}`)
  if (errors.length > MAX_LISTED_ERRORS)
    lines.push(`- … and ${errors.length - MAX_LISTED_ERRORS} more (see the job log)`)
  return `### Steps that failed\n\n${lines.join('\n')}\n`
}
