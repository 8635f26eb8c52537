import type { Expectation } from './config.js'

/**
 * `{{revision}}` / `{{revision.short}}` in an `expect`: the checked commit (the checkout's HEAD). Unlike `${ENV}` values they
 * are no secrets: they are filled in after the config is loaded, and shown in reports as they are.
 */
const TEMPLATE = /\{\{\s*([^{}]*?)\s*\}\}/g
export const REVISION_TEMPLATES = ['revision', 'revision.short'] as const

/** How a commit is shown in sentences (`9f8e7d6`). */
export const shortCommit = (revision: string): string => revision.slice(0, 7)

/** The `{{…}}` names in `text` that are none of ours (a typo like `{{revison}}`). */
export function unknownTemplates(text: string): string[] {
  return [...text.matchAll(TEMPLATE)]
    .map((m) => m[1]!)
    .filter((name) => !(REVISION_TEMPLATES as readonly string[]).includes(name))
}

/** Every string an expectation compares with: bodyContains, header values, and the strings anywhere in JSON values. */
export function expectationStrings(expect: Expectation): string[] {
  return [...expect.bodyContains, ...Object.values(expect.headers), ...Object.values(expect.json).flatMap(stringsIn)]
}

export function usesRevision(expect: Expectation): boolean {
  return expectationStrings(expect).some((text) => [...text.matchAll(TEMPLATE)].some((m) => isRevisionName(m[1]!)))
}

/**
 * The expectation with the templates filled, and `revision` set so the words of a mismatch can name both commits.
 * Unchanged when it has none.
 */
export function fillRevision(expect: Expectation, revision: string): Expectation {
  if (!usesRevision(expect)) return expect
  const fill = (text: string) =>
    text.replace(TEMPLATE, (whole, name: string) =>
      name === 'revision' ? revision : name === 'revision.short' ? shortCommit(revision) : whole
    )
  return {
    ...expect,
    bodyContains: expect.bodyContains.map(fill),
    headers: Object.fromEntries(Object.entries(expect.headers).map(([k, v]) => [k, fill(v)])),
    json: Object.fromEntries(Object.entries(expect.json).map(([k, v]) => [k, mapStrings(v, fill)])),
    revision
  }
}

/** A value that is the checked commit as a whole (`{{revision}}` or `{{revision.short}}` filled), not text around it. */
export function isRevisionValue(value: unknown, revision: string | undefined): value is string {
  return revision !== undefined && (value === revision || value === shortCommit(revision))
}

function isRevisionName(name: string): boolean {
  return (REVISION_TEMPLATES as readonly string[]).includes(name)
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

function mapStrings(value: unknown, fill: (text: string) => string): unknown {
  if (typeof value === 'string') return fill(value)
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fill))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fill)]))
  }
  return value
}
