import type { Expectation, StatusExpectation } from '../../core/config.js'
import { jsonPathGet } from '../../core/json-path.js'
import { Redactor } from '../../core/redact.js'
import { sameCommit } from '../../core/revision.js'
import { isRevisionValue, shortCommit } from '../../core/revision-template.js'
import { describeValue, deepEqual } from './json-path.js'

/** The part of an answer an expectation looks at. */
export interface Answer {
  status: number
  headers: Record<string, string>
  body: string
}

export interface Evaluation {
  ok: boolean
  /** What was expected, in words: `401 or 403 (protected)`. */
  expected: string
  /** What was seen, in words: `404 Route not found`. Excerpts of the answer are redacted (then cut); the rest is not yet. */
  observed: string
  /** The unmet check beyond the status (`body lacks "x"`), when there is one. */
  detail?: string
}

/** For callers with no secrets to hide (tests, library use without `${ENV}`). */
const NO_SECRETS = new Redactor()

/** Statuses that say "no such route" (`exists` refuses them). */
export const ABSENT_STATUSES: readonly number[] = [404, 405, 501]

export function statusMatches(expectation: StatusExpectation, status: number): boolean {
  switch (expectation.kind) {
    // Only these two say "the route is there and wants credentials"; any other 4xx proves nothing.
    case 'protected':
      return status === 401 || status === 403
    case 'exists':
      return status >= 100 && status <= 599 && !ABSENT_STATUSES.includes(status)
    case 'codes':
      return expectation.codes.includes(status)
  }
}

export function describeStatusExpectation(expectation: StatusExpectation): string {
  switch (expectation.kind) {
    case 'protected':
      return '401 or 403 (protected)'
    case 'exists':
      return 'any answer but 404/405/501 (exists)'
    case 'codes':
      return orList(expectation.codes.map(String))
  }
}

export function describeExpectation(expect: Expectation, redactor: Redactor = NO_SECRETS): string {
  const parts = [describeStatusExpectation(expect.status)]
  for (const text of expect.bodyContains) parts.push(`body contains ${quote(text)}`)
  const shown = (value: unknown) =>
    isRevisionValue(value, expect.revision) ? `HEAD (${shortCommit(value)})` : describeValue(value, redactor)
  for (const [path, value] of Object.entries(expect.json)) parts.push(`${path} = ${shown(value)}`)
  for (const [name, value] of Object.entries(expect.headers)) {
    parts.push(`header ${name.toLowerCase()}: ${isRevisionValue(value, expect.revision) ? shown(value) : value}`)
  }
  return parts.join(', ')
}

/**
 * Pure: does `answer` meet `expect`? The first unmet check names what was observed. Every excerpt of the answer (body,
 * header, JSON value) is redacted with `redactor` before it is cut: a cut token is no longer a secret the redactor knows.
 */
export function evaluate(expect: Expectation, answer: Answer, redactor: Redactor = NO_SECRETS): Evaluation {
  const expected = describeExpectation(expect, redactor)
  const head = describeAnswer(answer, redactor)
  const unmet = (detail: string): Evaluation => ({ ok: false, expected, observed: `${head}, ${detail}`, detail })
  if (!statusMatches(expect.status, answer.status)) return { ok: false, expected, observed: head }

  const atHead = expect.revision === undefined ? '' : ` (HEAD is ${shortCommit(expect.revision)})`
  for (const text of expect.bodyContains) {
    if (answer.body.includes(text)) continue
    const revision = expect.revision !== undefined && text.includes(shortCommit(expect.revision))
    return unmet(`body lacks ${quote(text)}${revision ? atHead : ''}`)
  }

  const jsonPaths = Object.entries(expect.json)
  if (jsonPaths.length > 0) {
    let document: unknown
    try {
      document = JSON.parse(answer.body)
    } catch {
      return unmet(`body is not JSON`)
    }
    for (const [path, want] of jsonPaths) {
      let found: ReturnType<typeof jsonPathGet>
      try {
        found = jsonPathGet(document, path)
      } catch (error) {
        return unmet((error as Error).message)
      }
      if (!found.found) return unmet(`${path} is missing${isRevisionValue(want, expect.revision) ? atHead : ''}`)
      if (isRevisionValue(want, expect.revision)) {
        if (isCommit(found.value, expect.revision)) continue
        return unmet(`${path} says ${commitShown(found.value, redactor)}; HEAD is ${shortCommit(expect.revision!)}`)
      }
      if (!deepEqual(found.value, want)) {
        return unmet(`${path} = ${describeValue(found.value, redactor)}`)
      }
    }
  }

  for (const [name, want] of Object.entries(expect.headers)) {
    const got = headerValue(answer.headers, name)
    const revision = isRevisionValue(want, expect.revision)
    if (got === undefined) return unmet(`no ${name.toLowerCase()} header${revision ? atHead : ''}`)
    if (revision) {
      if (isCommit(got, expect.revision)) continue
      return unmet(
        `header ${name.toLowerCase()} says ${commitShown(got, redactor)}; HEAD is ${shortCommit(expect.revision!)}`
      )
    }
    if (got !== want) return unmet(`header ${name.toLowerCase()}: ${redactor.excerpt(got, 80)}`)
  }

  return { ok: true, expected, observed: head }
}

/** The answer names the checked commit, short or full (an app may expose either). */
function isCommit(value: unknown, revision: string | undefined): boolean {
  return typeof value === 'string' && revision !== undefined && sameCommit(value.trim(), revision)
}

/** Another commit is shown short, like HEAD; anything else as a value. */
function commitShown(value: unknown, redactor: Redactor): string {
  if (typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value.trim())) return shortCommit(value.trim())
  return describeValue(value, redactor)
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase()
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value
  return undefined
}

/** `404 Route not found`: the status and a short, single-line hint of the body. */
export function describeAnswer(answer: Pick<Answer, 'status' | 'body'>, redactor: Redactor = NO_SECRETS): string {
  const snippet = bodySnippet(answer.body, 80, redactor)
  return snippet ? `${answer.status} ${snippet}` : String(answer.status)
}

const MESSAGE_FIELDS = ['message', 'error', 'detail', 'title', 'msg']

/**
 * At most `max` characters on one line; a JSON error's message field is more telling than the raw JSON. The excerpt is
 * redacted before it is cut, so a long token echoed in the body leaves no part of itself behind.
 */
export function bodySnippet(body: string, max = 80, redactor: Redactor = NO_SECRETS): string {
  const clip = (text: string, limit: number) => redactor.excerpt(text, limit)
  const trimmed = body.trim()
  if (!trimmed) return ''
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as Record<string, unknown>
      for (const field of MESSAGE_FIELDS) {
        const value = parsed[field]
        if (typeof value === 'string' && value.trim()) return clip(value, max)
        if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string') {
          return clip((value as { message: string }).message, max)
        }
      }
    } catch {
      // Not JSON after all: show the raw start.
    }
  }
  if (trimmed.startsWith('<')) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(trimmed)?.[1]
    const text = title?.trim() || trimmed.replace(/<[^>]*>/g, ' ')
    return clip(text, max)
  }
  return clip(trimmed, max)
}

function quote(text: string): string {
  return JSON.stringify(text)
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}
