import type { ErrorObject, ValidateFunction } from 'ajv'
import { displayPath } from './positions.js'
import type { NodeInfo, PositionIndex, Problem } from './positions.js'
import { validate as generatedValidator } from './schema-validator.js'
import { closest, didYouMean } from './suggest.js'

type Schema = Record<string, unknown>

/** ajv's code for configSchema, compiled ahead (schema-validator.ts, kept current by its test): no compile at start-up. */
const validate = generatedValidator as unknown as ValidateFunction

/** Schema violations as problems positioned in the file; empty when the value matches the schema. */
export function schemaProblems(value: unknown, index: PositionIndex): Problem[] {
  if (validate(value)) return []
  return group(validate.errors ?? []).map((node) => explain(node, index, undefined))
}

interface ErrorNode {
  error: ErrorObject
  /** For anyOf: the errors of its branches. */
  branches: ErrorNode[]
}

const isUnder = (path: string, parent: string) => path === parent || path.startsWith(parent + '/')

/** ajv lists a failed anyOf's branch errors right before it: fold them under it. */
function group(errors: ErrorObject[]): ErrorNode[] {
  const stack: ErrorNode[] = []
  for (const error of errors) {
    const branches: ErrorNode[] = []
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      while (stack.length && isUnder(stack.at(-1)!.error.instancePath, error.instancePath))
        branches.unshift(stack.pop()!)
    }
    stack.push({ error, branches })
  }
  return stack
}

/** Branch errors that mean "the type fitted, something inside did not" — more precise than "none of the forms". */
const fitted = (node: ErrorNode, parent: ErrorNode) =>
  node.error.instancePath !== parent.error.instancePath ||
  !['type', 'enum', 'const', 'anyOf', 'oneOf'].includes(node.error.keyword)

/** `fallback`: the enclosing anyOf's wording, for a branch (at the same value) that has none of its own. */
function explain(node: ErrorNode, index: PositionIndex, fallback: string | undefined): Problem {
  const { error } = node
  const schema = (error.parentSchema ?? {}) as Schema
  const expected = typeof schema['x-expected'] === 'string' ? schema['x-expected'] : (fallback ?? expectedOf(schema))
  if (node.branches.length) {
    const inner = node.branches
      .filter((b) => fitted(b, node))
      .map((b) => explain(b, index, b.error.instancePath === error.instancePath ? expected : undefined))
    const firstInner = inner.sort((a, b) => (a.sortOffset ?? a.offset) - (b.sortOffset ?? b.offset))[0]
    if (firstInner) return firstInner
  }
  const info = index.get(error.instancePath)
  const path = info?.path ?? []
  const name = path.length ? `\`${displayPath(path)}\`` : 'the config'
  const valueAt = index.valueOffset(error.instancePath)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty)
      const allowed = Object.keys((schema.properties ?? {}) as Schema)
      const offset = index.keyOffset([...path, key])
      if (!allowed.length) return { offset, message: `unknown key \`${key}\` in ${name}, expected ${expected}` }
      const list = allowed.map((k) => `\`${k}\``).join(', ')
      return { offset, message: `unknown key \`${key}\`${didYouMean(key, allowed)}, expected one of ${list}` }
    }
    case 'required': {
      const missing = String(params.missingProperty)
      // Reported at the key that holds the object, ordered after the object's own content.
      const message = `${name} has no \`${missing}\`, expected ${requiredHint(schema, missing)}`
      return { offset: index.keyOffset(error.instancePath), sortOffset: info?.end ?? 0, message }
    }
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return { offset: valueAt, message: `${name} is empty, expected ${expected}` }
    default: {
      const is = shown(info, error.data, error.keyword === 'type')
      return { offset: valueAt, message: `${name} is ${is}, expected ${expected}${suggestion(node, error.data)}` }
    }
  }
}

/** `version` is `2`; a mapping/list is named by kind; strings are quoted as written (never interpolated). */
function shown(info: NodeInfo | undefined, data: unknown, sayType: boolean): string {
  if (data === null || data === undefined) return 'empty'
  if (Array.isArray(data)) return 'a list'
  if (typeof data === 'object') return 'a mapping'
  const written = (info?.written ?? String(data)).replace(/\s+/g, ' ')
  const short = written.length > 60 ? `${written.slice(0, 57)}...` : written
  return sayType ? `\`${short}\` (${KIND[typeof data] ?? typeof data})` : `\`${short}\``
}

function suggestion(node: ErrorNode, data: unknown): string {
  if (typeof data !== 'string') return ''
  const values = [node, ...node.branches]
    .filter((n) => n.error.keyword === 'enum')
    .flatMap((n) => (n.error.params as { allowedValues: unknown[] }).allowedValues.map(String))
  const match = closest(data, values)
  return match && match !== data ? ` (did you mean \`${match}\`?)` : ''
}

function requiredHint(schema: Schema, missing: string): string {
  const property = ((schema.properties ?? {}) as Record<string, Schema>)[missing]
  if (missing === 'version') return '`version: 1`'
  return property?.description ? `\`${missing}\`: ${lowerFirst(String(property.description))}` : `\`${missing}\``
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '')

const KIND: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing'
}

function expectedOf(schema: Schema): string {
  if (typeof schema['x-expected'] === 'string') return schema['x-expected']
  if (schema.minLength) return 'a non-empty string'
  const types = ([] as unknown[]).concat(schema.type ?? [])
  return types.length ? types.map((t) => KIND[String(t)] ?? String(t)).join(' or ') : 'something else'
}
