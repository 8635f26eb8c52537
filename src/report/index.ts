/**
 * Reports: pure functions of a `RunResult`. `render` picks the format; `parseResult` reads a saved JSON result back
 * for `driftcheck report RESULT.json`.
 */
import { UsageError } from '../core/errors.js'
import type { RunResult } from '../core/model.js'
import { renderJson } from './json.js'
import { renderJunit } from './junit.js'
import { renderMarkdown } from './markdown.js'
import { renderSarif } from './sarif.js'
import { renderText } from './text.js'

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'junit', 'sarif'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

export interface RenderOptions {
  /** ANSI colour in the text format; never anywhere else. Default false. */
  color?: boolean
  /** Markdown only: the longest report allowed (a GitHub comment holds 65536 characters). */
  maxLength?: number
  /** The report's title (text and Markdown heading, JUnit `testsuites` name). Default `driftcheck`. */
  title?: string
}

/** GitHub's limit for an issue/PR comment body. */
export const GITHUB_COMMENT_MAX_LENGTH = 65536

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value)
}

export function render(result: RunResult, format: ReportFormat, options: RenderOptions = {}): string {
  switch (format) {
    case 'text':
      return renderText(result, options)
    case 'json':
      return renderJson(result)
    case 'markdown':
      return renderMarkdown(result, options)
    case 'junit':
      return renderJunit(result, options)
    case 'sarif':
      return renderSarif(result)
    default:
      throw new UsageError(`Unknown report format '${String(format)}'. Expected one of ${REPORT_FORMATS.join(', ')}.`)
  }
}

/** The file extension a report of this format is usually saved with. */
export const REPORT_EXTENSION: Readonly<Record<ReportFormat, string>> = {
  text: 'txt',
  json: 'json',
  markdown: 'md',
  junit: 'xml',
  sarif: 'sarif'
}

export { parseResult } from './parse.js'
export { explainFeature, explainFault, explainService, VERDICT_CAUSE, VERDICT_HINT } from './explain.js'
export { toContract } from './json.js'
