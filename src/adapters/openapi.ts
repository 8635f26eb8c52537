import { stat } from 'node:fs/promises'
import { dirname, relative } from 'node:path'
import { ApiDescriptionError } from '../core/errors.js'
import type {
  ApiDescription,
  ApiDescriptions,
  ApiOperation,
  ApiParameter,
  ApiServer,
  SecurityRequirement
} from '../core/ports.js'

/** The operation keys of an OpenAPI path item, in the order the specification lists them. */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

type Json = Record<string, unknown>

/**
 * OpenAPI 3.0 / 3.1 documents through `@apidevtools/swagger-parser` (validation and every `$ref`, across files too). The
 * parser is loaded on the first read only: a config without `openapi` never pays for it (CLI start-up, issue #9).
 * References are resolved from files only: a document never makes driftcheck fetch a URL.
 */
export class SwaggerParserDescriptions implements ApiDescriptions {
  async read(file: string): Promise<ApiDescription> {
    await requireFile(file)
    const { default: SwaggerParser } = await import('@apidevtools/swagger-parser')
    let api: Json
    try {
      // `validate` dereferences as it validates: the operations come back with every `$ref` replaced.
      api = (await SwaggerParser.validate(file, { resolve: { http: false } })) as unknown as Json
    } catch (error) {
      throw new ApiDescriptionError(parserProblem(error, file))
    }
    const version = typeof api.openapi === 'string' ? api.openapi : null
    if (!version || !/^3\.[01]\./.test(version)) {
      const written = version
        ? `OpenAPI ${version}`
        : typeof api.swagger === 'string'
          ? `Swagger ${api.swagger}`
          : 'no `openapi` version'
      throw new ApiDescriptionError(`is ${written}, expected an OpenAPI 3.0 or 3.1 document`)
    }
    return describe(api, version)
  }
}

async function requireFile(file: string): Promise<void> {
  try {
    if ((await stat(file)).isDirectory()) throw new ApiDescriptionError('is a directory, expected an OpenAPI document')
  } catch (error) {
    if (error instanceof ApiDescriptionError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code})`
    throw new ApiDescriptionError(`${why} in the checkout, expected an OpenAPI document (YAML or JSON)`)
  }
}

/**
 * The parser's error in one line: a syntax error keeps its position, a validation its first finding, a `$ref` to a file
 * that cannot be read names that file (relative to the document's folder); the code excerpt and the rest are left out.
 */
export function parserProblem(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message.split('\n').map((line) => line.trim())
  const first = lines[0] ?? ''
  if (/^Swagger schema validation failed/i.test(first) || /^Validation failed/i.test(first)) {
    const finding = lines.slice(1).find(Boolean)
    return `is not a valid OpenAPI document: ${finding ?? first}`
  }
  const parsing = /^Error parsing (.+?): (.*?)(?: \((\d+):(\d+)\))?$/.exec(first)
  if (parsing) {
    const [, where, what, line, column] = parsing
    const at = line ? ` at line ${line}, column ${column}` : ''
    const of = where === file ? '' : ` in ${shownPath(where!, file)}`
    return `has a YAML/JSON syntax error${of}${at}: ${what}`
  }
  const opening = /^Error opening file (.+?): (E[A-Z]+)\b/.exec(first)
  if (opening) return `refers to ${shownPath(opening[1]!, file)}, which cannot be read (${opening[2]})`
  const pointer = /^Unable to resolve \$ref pointer "(.*)"/.exec(first)
  if (pointer) return `has a \`$ref\` that cannot be resolved from files: \`${pointer[1]}\``
  return `cannot be read as an OpenAPI document: ${first}`
}

/** A file the parser named, relative to the document's folder (as `$ref`s are written). */
function shownPath(target: string, file: string): string {
  const shown = relative(dirname(file), target)
  return shown && !shown.startsWith('..') ? shown : target
}

function describe(api: Json, version: string): ApiDescription {
  const paths = object(api.paths)
  const operations: ApiOperation[] = []
  for (const [path, item] of Object.entries(paths)) {
    const pathItem = object(item)
    for (const method of METHODS) {
      const op = pathItem[method]
      if (op && typeof op === 'object') operations.push(operation(path, method, object(op), pathItem))
    }
  }
  return {
    version,
    servers: servers(api.servers),
    ...(Array.isArray(api.security) ? { security: security(api.security) } : {}),
    operations
  }
}

function operation(path: string, method: string, op: Json, pathItem: Json): ApiOperation {
  return {
    method: method.toUpperCase(),
    path,
    ...(typeof op.operationId === 'string' ? { operationId: op.operationId } : {}),
    tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
    servers: servers(op.servers),
    pathServers: servers(pathItem.servers),
    ...(Array.isArray(op.security) ? { security: security(op.security) } : {}),
    parameters: parameters(op.parameters),
    pathParameters: parameters(pathItem.parameters),
    driftcheckExamples: object(op['x-driftcheck-example']),
    ...(op['x-driftcheck-probe'] !== undefined ? { driftcheckProbe: op['x-driftcheck-probe'] } : {})
  }
}

function servers(value: unknown): ApiServer[] {
  if (!Array.isArray(value)) return []
  return value.map(object).map((server) => ({
    url: typeof server.url === 'string' ? server.url : '',
    variables: Object.fromEntries(
      Object.entries(object(server.variables)).map(([name, variable]) => [name, String(object(variable).default ?? '')])
    )
  }))
}

function security(value: unknown[]): SecurityRequirement[] {
  return value
    .map(object)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []])
      )
    )
}

function parameters(value: unknown): ApiParameter[] {
  if (!Array.isArray(value)) return []
  return value.map(object).map((parameter) => {
    const schema = object(parameter.schema)
    return {
      name: String(parameter.name ?? ''),
      in: String(parameter.in ?? ''),
      ...defined('driftcheckExample', parameter['x-driftcheck-example']),
      ...defined('example', parameter.example),
      examples: Object.values(object(parameter.examples))
        .map(object)
        .filter((example) => 'value' in example)
        .map((example) => example.value),
      schema: {
        ...defined('example', schema.example),
        examples: Array.isArray(schema.examples) ? [...schema.examples] : [],
        ...defined('default', schema.default),
        enum: Array.isArray(schema.enum) ? [...schema.enum] : []
      }
    }
  })
}

function defined<K extends string>(key: K, value: unknown): Partial<Record<K, unknown>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, unknown>)
}

function object(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}
