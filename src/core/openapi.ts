/**
 * What the operations of an OpenAPI document become (`openapi:` in the config): one route probe each, of the feature its
 * first tag (else its first path segment) names, or a fact saying why it is not probed. Pure: the ApiDescriptions port
 * reads the document, `engine/openapi.ts` adds the probes to the config's features.
 */
import { DEFAULT_PROBE_TIMEOUT_MS, type OpenApiConfig, type ProbeConfig } from './config.js'
import type { NotProbedOperation } from './model.js'
import { isDotSegment } from './path-params.js'
import type { ApiDescription, ApiOperation, ApiParameter, ApiServer, SecurityRequirement } from './ports.js'

/** Methods that do not act on the server (RFC 9110 "safe"): the only ones probed where anyone may call the operation. */
export const SAFE_METHODS: readonly string[] = ['GET', 'HEAD', 'OPTIONS', 'TRACE']

/** One operation: the feature it joins, and its probe or why it has none. */
export type OperationPlan = { feature: string } & ({ probe: ProbeConfig } | { notProbed: NotProbedOperation })

/** An OpenAPI path template's placeholders: `{orderId}`, `{order-id}` (any name without braces or `/`). */
const TEMPLATE = /\{([^{}/]+)\}/g
/** Names the probe layer fills from `params` (`core/path-params.ts`); others are filled into the path here. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Every operation of the document, in document order. */
export function planOperations(entry: OpenApiConfig, doc: ApiDescription): OperationPlan[] {
  return doc.operations.map((op) => planOperation(entry, doc, op))
}

export function planOperation(entry: OpenApiConfig, doc: ApiDescription, op: ApiOperation): OperationPlan {
  const prefix = serverPrefix(op.servers.length ? op.servers : op.pathServers.length ? op.pathServers : doc.servers)
  const feature = featureName(op, entry.service)
  const anonymous = allowsAnonymous(op.security ?? doc.security)
  const notProbed = (reason: NotProbedOperation['reason'], parameters?: string[]): OperationPlan => ({
    feature,
    notProbed: {
      service: entry.service,
      method: op.method,
      path: prefix + op.path,
      ...(op.operationId ? { operationId: op.operationId } : {}),
      reason,
      ...(parameters ? { parameters } : {})
    }
  })
  if (op.driftcheckProbe === false) return notProbed('opted-out')
  // Without credentials a protected operation is refused before it acts; one anyone may call would act on production.
  if (anonymous && !SAFE_METHODS.includes(op.method) && op.driftcheckProbe !== true) return notProbed('unsafe-method')
  const filled = fillTemplate(op)
  if ('missing' in filled) return notProbed('unfilled-parameter', filled.missing)
  const probe: ProbeConfig = {
    service: entry.service,
    path: prefix + filled.path,
    ...(Object.keys(filled.params).length ? { params: filled.params } : {}),
    method: op.method,
    headers: {},
    expect: { status: { kind: anonymous ? 'exists' : 'protected' }, bodyContains: [], json: {}, headers: {} },
    timeoutMs: DEFAULT_PROBE_TIMEOUT_MS,
    ...(entry.location ? { location: entry.location } : {})
  }
  return { feature, probe }
}

/**
 * The path part of the first server URL, its variables filled with their defaults: `https://api.example.com/api/v1/` and
 * `/api/v1` → `/api/v1`. The host is the service's `url`, never the document's. No server, or `/`, → ''.
 */
export function serverPrefix(servers: readonly ApiServer[]): string {
  const server = servers[0]
  if (!server) return ''
  const url = server.url.replace(TEMPLATE, (whole, name: string) => server.variables[name] ?? whole)
  let pathname: string
  try {
    pathname = new URL(url, 'http://driftcheck.invalid/').pathname
  } catch {
    return ''
  }
  return pathname.replace(/\/+$/, '')
}

/**
 * Anonymous access is allowed where no requirement applies (none, or an empty list) or one of them is empty (`{}`):
 * `security` alternatives are OR-ed, and `{}` is the one that asks for nothing.
 */
export function allowsAnonymous(security: readonly SecurityRequirement[] | undefined): boolean {
  return !security || security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0)
}

/** The operation's first tag, else its first path segment that is no placeholder, else the service's name. */
export function featureName(op: ApiOperation, service: string): string {
  const tag = op.tags[0]?.trim()
  if (tag) return tag
  const segment = op.path.split('/').find((s) => s !== '' && !/[{}]/.test(s))
  return segment ? decodeSegment(segment) : service
}

/** The parameters that apply: the path item's, each replaced by the operation's of the same name and `in`. */
export function effectiveParameters(op: ApiOperation): ApiParameter[] {
  const own = new Set(op.parameters.map((p) => `${p.in}:${p.name}`))
  return [...op.pathParameters.filter((p) => !own.has(`${p.in}:${p.name}`)), ...op.parameters]
}

/**
 * A path parameter's value, from the first place that gives a usable one: the operation's `x-driftcheck-example`, the
 * parameter's `x-driftcheck-example`, its `example`, its `examples`, then its schema's `example`, `examples`, `default`,
 * `enum`. Usable: a string, number or boolean that is a path segment (not empty, not `.` or `..`). Undefined when none is.
 */
export function parameterValue(op: ApiOperation, name: string): string | undefined {
  const parameter = effectiveParameters(op).find((p) => p.in === 'path' && p.name === name)
  const candidates: unknown[] = [Object.hasOwn(op.driftcheckExamples, name) ? op.driftcheckExamples[name] : undefined]
  if (parameter) {
    const { schema } = parameter
    candidates.push(parameter.driftcheckExample, parameter.example, ...parameter.examples)
    candidates.push(schema.example, ...schema.examples, schema.default, ...schema.enum)
  }
  for (const candidate of candidates) {
    const value = segmentValue(candidate)
    if (value !== undefined) return value
  }
  return undefined
}

function segmentValue(candidate: unknown): string | undefined {
  if (typeof candidate === 'number' && !Number.isFinite(candidate)) return undefined
  if (!['string', 'number', 'boolean'].includes(typeof candidate)) return undefined
  const value = String(candidate)
  return value === '' || isDotSegment(value) ? undefined : value
}

/**
 * The operation's path with every placeholder given a value: those the probe layer can fill stay placeholders with their
 * value in `params` (the report then shows the template); any other name is filled in here, URL-encoded. `missing`: the
 * placeholders without a value, in path order.
 */
export function fillTemplate(
  op: ApiOperation
): { path: string; params: Record<string, string> } | { missing: string[] } {
  const params: Record<string, string> = {}
  const missing: string[] = []
  const path = op.path.replace(TEMPLATE, (whole, name: string) => {
    const value = parameterValue(op, name)
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name)
      return whole
    }
    if (!PARAM_NAME.test(name)) return encodeURIComponent(value)
    params[name] = value
    return whole
  })
  return missing.length ? { missing } : { path, params }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
