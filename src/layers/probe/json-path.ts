import { Redactor } from '../../core/redact.js'

export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]))
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  return keysA.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
  )
}

/** A JSON value in at most 60 characters, for expected/observed words. */
export function describeValue(value: unknown, redactor: Redactor = new Redactor()): string {
  // The value is redacted before it is serialised too: JSON escaping would hide a secret with a quote in it from the redactor.
  const safe = redactor.redactValue(value)
  return redactor.excerpt(JSON.stringify(safe) ?? String(safe), 60)
}
