/**
 * A local stand-in for GitHub's REST API: the endpoints the action uses, with state (comments, check runs, statuses,
 * releases) so reruns can be observed. Every request it receives is matched against the official OpenAPI description
 * (`@octokit/openapi`, api.github.com): the method and path must be an operation GitHub has, the path parameters and the
 * JSON body must validate against its schemas. Anything else is recorded in `problems`, so the stand-in cannot drift from
 * GitHub and a test fails on any request GitHub would refuse.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'

export interface RecordedRequest {
  method: string
  /** The path as requested (no query). */
  path: string
  /** The OpenAPI path template it matched (`/repos/{owner}/{repo}/statuses/{sha}`), or null. */
  template: string | null
  params: Record<string, string>
  query: Record<string, string>
  /** The raw body text, as sent. */
  raw: string
  body: unknown
  authorization: string | undefined
}

export interface StandinComment {
  id: number
  body: string
  user: { login: string; id: number; type: string }
  html_url: string
}

export interface StandinIssue {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  state_reason: string | null
  labels: Array<{ name: string }>
  user: { login: string; id: number; type: string }
  html_url: string
  /** Every write after the create (PATCH), oldest first: what each run changed. */
  edits: Json[]
  pull_request?: { url: string }
}

export interface StandinDeployment {
  id: number
  ref: string
  environment: string
  description: string
  statuses: Json[]
}

interface Operation {
  template: string
  method: string
  regex: RegExp
  names: string[]
  params: Record<string, ValidateFunction>
  body: ValidateFunction | null
}

type Json = Record<string, unknown>

// ---------------------------------------------------------------------------------------------------------------------
// The OpenAPI description, compiled once per process
// ---------------------------------------------------------------------------------------------------------------------

let operations: Operation[] | null = null

function loadOperations(): Operation[] {
  if (operations) return operations
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('@octokit/openapi/package.json'))
  const spec = JSON.parse(readFileSync(join(root, 'generated', 'api.github.com.json'), 'utf8')) as Json
  const components = spec.components as Json
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true })
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/)
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i)
  ajv.addFormat('email', /^\S+@\S+$/)
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/)
  ajv.addFormat('uuid', /^[0-9a-f-]{36}$/i)
  ajv.addFormat('hostname', /^\S+$/)
  ajv.addFormat('ipv4', /^[\d.]+$/)
  ajv.addFormat('ipv6', /^[0-9a-f:]+$/i)
  ajv.addFormat('binary', () => true)
  ajv.addFormat('int32', () => true)
  ajv.addFormat('int64', () => true)
  ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/)
  ajv.addFormat('uri-template', () => true)
  // The description's schemas point at `#/components/...`: register them under one id and point there.
  ajv.addSchema({ $id: 'gh', components: rewriteRefs(components) })
  const resolve = (value: Json): Json => {
    const ref = value.$ref
    if (typeof ref !== 'string') return value
    const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? []
    return (components[kind!] as Json)[name!] as Json
  }
  const out: Operation[] = []
  for (const [template, item] of Object.entries(spec.paths as Record<string, Json>)) {
    const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)
    const regex = new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`)
    for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
      const op = item[method] as Json | undefined
      if (!op) continue
      let compiledParams: Record<string, ValidateFunction> | null = null
      let compiledBody: ValidateFunction | null | undefined
      const operation: Operation = {
        template,
        method: method.toUpperCase(),
        regex,
        names,
        // Compiled lazily: the description has about a thousand operations and a test uses a handful.
        get params() {
          compiledParams ??= Object.fromEntries(
            ((op.parameters as Json[] | undefined) ?? [])
              .map(resolve)
              .filter((p) => p.in === 'path')
              .map((p) => [p.name as string, ajv.compile(rewriteRefs(p.schema as Json))])
          )
          return compiledParams
        },
        get body() {
          if (compiledBody === undefined) {
            const schema = (
              (resolve((op.requestBody as Json) ?? {}).content as Json | undefined)?.['application/json'] as
                Json | undefined
            )?.schema as Json | undefined
            compiledBody = schema ? ajv.compile(rewriteRefs(schema)) : null
          }
          return compiledBody
        }
      }
      out.push(operation)
    }
  }
  operations = out
  return out
}

function rewriteRefs<T>(value: T): T {
  if (Array.isArray(value)) return value.map(rewriteRefs) as T
  if (value && typeof value === 'object') {
    // OpenAPI 3.0's `nullable` beside a `oneOf` (an issue's title: string or integer) is not JSON Schema; ajv refuses
    // it without a `type`. Dropped there: null is then refused, which is stricter than GitHub, never looser.
    const typeless = !('type' in value)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !(k === 'nullable' && typeless))
        .map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? `gh${v}` : rewriteRefs(v)])
    ) as T
  }
  return value
}

function match(method: string, path: string): { op: Operation; params: Record<string, string> } | null {
  // A literal path beats a template (`/repos/{o}/{r}/issues/comments` vs `/repos/{o}/{r}/issues/{issue_number}`).
  const candidates = loadOperations()
    .filter((op) => op.method === method)
    .map((op) => ({ op, m: op.regex.exec(path) }))
    .filter((c) => c.m)
    .sort((a, b) => a.op.names.length - b.op.names.length)
  const best = candidates[0]
  if (!best) return null
  return {
    op: best.op,
    params: Object.fromEntries(best.op.names.map((n, i) => [n, decodeURIComponent(best.m![i + 1]!)]))
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The stand-in
// ---------------------------------------------------------------------------------------------------------------------

export interface StandinOptions {
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean
  /** `GET /user` answers 403, as it does for installation tokens (GITHUB_TOKEN); else it returns `login`. */
  installationToken?: boolean
  login?: string
  /** Page size cap of list endpoints (GitHub: 100); small values force pagination. */
  maxPerPage?: number
  /** Writes whose path contains one of these answer 403 (a token without that one permission). */
  forbidden?: string[]
}

export class GitHubStandin {
  readonly requests: RecordedRequest[] = []
  /** Requests GitHub would not accept (unknown operation, invalid parameter or body). A test asserts this stays empty. */
  readonly problems: string[] = []
  readonly comments = new Map<number, StandinComment[]>()
  readonly checkRuns: Array<Json & { id: number; annotations: Json[] }> = []
  readonly statuses: Array<Json & { sha: string }> = []
  readonly releases = new Map<number, Json & { id: number; body: string }>()
  readonly pulls = new Map<number, { number: number; head: { sha: string } }>()
  readonly issues = new Map<number, StandinIssue>()
  readonly deployments: StandinDeployment[] = []
  /** Answers queued for the next matching requests (`{ method, status }`), to test retries. */
  readonly failures: Array<{ method: string; pathIncludes: string; status: number }> = []
  options: StandinOptions
  private server: Server | null = null
  private nextId = 1000

  constructor(options: StandinOptions = {}) {
    this.options = options
  }

  get url(): string {
    const address = this.server?.address() as AddressInfo | null
    if (!address) throw new Error('the stand-in is not listening')
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    loadOperations()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.problems.push(`stand-in crashed on ${req.method} ${req.url}: ${String(error)}`)
        send(res, 500, { message: 'stand-in error' })
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
    this.server = null
  }

  /** Clears recorded requests and problems (not the stored comments, runs, statuses, releases). */
  resetLog(): void {
    this.requests.length = 0
    this.problems.length = 0
  }

  addRelease(id: number, body: string): void {
    this.releases.set(id, { id, body, tag_name: `v${id}`, html_url: `https://github.com/o/r/releases/tag/v${id}` })
  }

  addPull(number: number, headSha: string): void {
    this.pulls.set(number, { number, head: { sha: headSha } })
  }

  /** A comment by someone else (for the "never take over another's comment" test). */
  addComment(issue: number, body: string, login: string): StandinComment {
    const comment = this.newComment(body, login)
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  /** An issue (or, with `pull: true`, a PR, which the issues API lists too) by someone else. */
  addIssue(title: string, body: string, login: string, pull = false): StandinIssue {
    const issue = this.newIssue({ title, body }, login)
    if (pull) issue.pull_request = { url: `https://api.github.com/repos/o/r/pulls/${issue.number}` }
    return issue
  }

  /** Every request body and every query as one string, to search for secrets. */
  everythingSent(): string {
    return this.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.query)} ${r.raw}`).join('\n')
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://standin')
    const method = req.method ?? 'GET'
    const raw = await readBody(req)
    let body: unknown = undefined
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.problems.push(`${method} ${url.pathname}: body is not JSON`)
      }
    }
    const found = match(method, url.pathname)
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      template: found?.op.template ?? null,
      params: found?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      raw,
      body,
      authorization: req.headers.authorization
    }
    this.requests.push(record)
    if (!found) {
      this.problems.push(`${method} ${url.pathname}: GitHub has no such operation`)
      return send(res, 404, { message: 'Not Found' })
    }
    this.validate(record, found.op)
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? '')) {
      return send(res, 401, { message: 'Requires authentication' })
    }
    const failure = this.failures.findIndex((f) => f.method === method && url.pathname.includes(f.pathIncludes))
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1)
      return send(res, f!.status, { message: `injected ${f!.status}` })
    }
    if (method !== 'GET' && this.options.forbidden?.some((part) => url.pathname.includes(part))) {
      return send(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    }
    if (this.options.readOnly && method !== 'GET') {
      return send(res, 403, { message: 'Resource not accessible by integration', status: '403' })
    }
    this.route(record, found.op.template, res)
  }

  private validate(record: RecordedRequest, op: Operation): void {
    const where = `${record.method} ${op.template}`
    for (const [name, validate] of Object.entries(op.params)) {
      const value = record.params[name]
      const typed = value !== undefined && /^\d+$/.test(value) ? Number(value) : value
      if (!validate(typed) && !validate(value)) {
        this.problems.push(`${where}: path parameter ${name}=${value} is invalid: ${ajvErrors(validate)}`)
      }
    }
    if (op.body) {
      if (!op.body(record.body ?? {})) this.problems.push(`${where}: body is invalid: ${ajvErrors(op.body)}`)
    } else if (record.raw && record.method !== 'GET') {
      this.problems.push(`${where}: GitHub takes no body here`)
    }
  }

  private route(request: RecordedRequest, template: string, res: ServerResponse): void {
    const { params, query } = request
    const body = (request.body ?? {}) as Json
    const key = `${request.method} ${template}`
    switch (key) {
      case 'GET /user': {
        if (this.options.installationToken) return send(res, 403, { message: 'Resource not accessible by integration' })
        return send(res, 200, user(this.options.login ?? 'driftcheck-bot'))
      }
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.sendPage(res, request, this.comments.get(Number(params.issue_number)) ?? [])
      case 'GET /repos/{owner}/{repo}/issues': {
        const state = query.state ?? 'open'
        const all = [...this.issues.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => !query.creator || i.user.login === query.creator)
          .filter((i) => !query.labels || query.labels.split(',').every((l) => i.labels.some((x) => x.name === l)))
          .map(({ edits: _edits, ...issue }) => issue)
        if (query.direction === 'desc') all.reverse()
        return this.sendPage(res, request, all)
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        const { edits: _edits, ...issue } = this.newIssue(body, this.writerLogin())
        return send(res, 201, issue)
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        const issue = this.issues.get(Number(params.issue_number))
        if (!issue) return send(res, 404, { message: 'Not Found' })
        issue.edits.push(body)
        if (typeof body.title === 'string') issue.title = body.title
        if (typeof body.body === 'string') issue.body = body.body
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state
        if (typeof body.state_reason === 'string') issue.state_reason = body.state_reason
        const { edits: _edits, ...shown } = issue
        return send(res, 200, shown)
      }
      case 'POST /repos/{owner}/{repo}/deployments': {
        const deployment: StandinDeployment = {
          id: this.nextId++,
          ref: String(body.ref),
          environment: String(body.environment ?? 'production'),
          description: String(body.description ?? ''),
          statuses: []
        }
        this.deployments.push(deployment)
        const { statuses: _statuses, ...shown } = deployment
        return send(res, 201, { ...shown, sha: deployment.ref, task: 'deploy' })
      }
      case 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': {
        const deployment = this.deployments.find((d) => d.id === Number(params.deployment_id))
        if (!deployment) return send(res, 404, { message: 'Not Found' })
        const status = { ...body, id: this.nextId++ }
        deployment.statuses.push(status)
        return send(res, 201, status)
      }
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const comment = this.newComment(String(body.body), this.writerLogin())
        const issue = Number(params.issue_number)
        this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
        return send(res, 201, comment)
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = [...this.comments.values()].flat().find((c) => c.id === Number(params.comment_id))
        if (!comment) return send(res, 404, { message: 'Not Found' })
        comment.body = String(body.body)
        return send(res, 200, comment)
      }
      case 'POST /repos/{owner}/{repo}/check-runs': {
        const output = (body.output ?? {}) as Json
        const run = {
          ...body,
          id: this.nextId++,
          html_url: `https://github.com/${params.owner}/${params.repo}/runs/${this.nextId}`,
          annotations: [...((output.annotations as Json[] | undefined) ?? [])]
        }
        this.checkRuns.push(run)
        return send(res, 201, run)
      }
      case 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': {
        const run = this.checkRuns.find((r) => r.id === Number(params.check_run_id))
        if (!run) return send(res, 404, { message: 'Not Found' })
        run.annotations.push(...((((body.output ?? {}) as Json).annotations as Json[] | undefined) ?? []))
        Object.assign(run, { ...body, annotations: run.annotations })
        return send(res, 200, run)
      }
      case 'POST /repos/{owner}/{repo}/statuses/{sha}': {
        const status = { ...body, sha: params.sha!, id: this.nextId++ }
        this.statuses.push(status)
        return send(res, 201, status)
      }
      case 'GET /repos/{owner}/{repo}/releases/{release_id}': {
        const release = this.releases.get(Number(params.release_id))
        return release ? send(res, 200, release) : send(res, 404, { message: 'Not Found' })
      }
      case 'PATCH /repos/{owner}/{repo}/releases/{release_id}': {
        const release = this.releases.get(Number(params.release_id))
        if (!release) return send(res, 404, { message: 'Not Found' })
        if (typeof body.body === 'string') release.body = body.body
        return send(res, 200, release)
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(Number(params.pull_number))
        return pull ? send(res, 200, pull) : send(res, 404, { message: 'Not Found' })
      }
      default:
        this.problems.push(`${key}: a real GitHub operation, but the stand-in does not implement it`)
        return send(res, 501, { message: 'not implemented by the stand-in' })
    }
  }

  /** One page of a list, with GitHub's `link: <…>; rel="next"` header while more follow. */
  private sendPage(res: ServerResponse, request: RecordedRequest, all: unknown[]): void {
    const perPage = Math.min(Number(request.query.per_page ?? 30), this.options.maxPerPage ?? 100)
    const page = Number(request.query.page ?? 1)
    const items = all.slice((page - 1) * perPage, page * perPage)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const headers: Record<string, string> = {}
    if (page < last) {
      const next = new URL(`${this.url}${request.path}`)
      for (const [k, v] of Object.entries(request.query)) next.searchParams.set(k, v)
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next}>; rel="next"`
    }
    send(res, 200, items, headers)
  }

  private newIssue(body: Json, login: string): StandinIssue {
    // Issues and PRs share one number sequence per repository; the stand-in keeps it simple: one repository.
    const number = this.issues.size + this.pulls.size + 100
    const labels = ((body.labels as unknown[] | undefined) ?? []).map((l) =>
      typeof l === 'string' ? { name: l } : { name: String((l as Json).name) }
    )
    const issue: StandinIssue = {
      number,
      title: String(body.title),
      body: typeof body.body === 'string' ? body.body : '',
      state: 'open',
      state_reason: null,
      labels,
      user: user(login),
      html_url: `https://github.com/o/r/issues/${number}`,
      edits: []
    }
    this.issues.set(number, issue)
    return issue
  }

  private writerLogin(): string {
    return this.options.installationToken ? 'github-actions[bot]' : (this.options.login ?? 'driftcheck-bot')
  }

  private newComment(body: string, login: string): StandinComment {
    const id = this.nextId++
    return { id, body, user: user(login), html_url: `https://github.com/o/r/pull/1#issuecomment-${id}` }
  }
}

function user(login: string) {
  return { login, id: login.length, type: login.endsWith('[bot]') ? 'Bot' : 'User' }
}

function ajvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}
