/** Escaping for the Markdown report: user text must render as text, never as markup, HTML or a mention. */
import { oneLine, visibleControls } from './sanitize.js'

// An `@` GitHub would turn into a mention (not one inside `user@host`).
const MENTION = /(?<![\w.+-])@/g

/**
 * Inline Markdown (table cells, list items): one line; `|` escaped so a cell cannot split a table, `<` `>` `&` as
 * entities so no HTML gets through, Markdown punctuation backslash-escaped, and `@` broken with a zero-width space so a
 * report never pings a person or a team.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]~|#!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION, '@&#8203;')
}

/** Text inside raw HTML (`<summary>`): Markdown escapes are not processed there, entities are. */
export function htmlText(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/`/g, '&#96;')
    .replace(/\|/g, '&#124;')
    .replace(MENTION, '@&#8203;')
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(lines: readonly string[]): string {
  const content = lines.map((line) => visibleControls(line).replace(/\r/g, '')).join('\n')
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return `${fence}\n${content}\n${fence}`
}
