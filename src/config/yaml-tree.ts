import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml'
import type { Document, Node, Pair, YAMLError } from 'yaml'
import { ConfigError } from '../core/errors.js'
import type { ConfigUse } from '../core/uses.js'
import { interpolate } from './interpolate.js'
import { needsOf } from './needs.js'
import { displayPath, PositionIndex } from './positions.js'
import type { Path, Problem } from './positions.js'

/** A `${VAR}` that is not set: an error only for what needs the value (see needs.ts). */
export interface UnsetProblem extends Problem {
  needs: ConfigUse[]
}

export interface YamlTree {
  /** Plain JSON-like value, every string already interpolated (a string with an unset variable: as written). */
  value: unknown
  index: PositionIndex
  secrets: string[]
  /** Interpolation and structure problems found while reading (syntax errors are thrown at once). */
  problems: Problem[]
  /** Variables that are not set, with what needs each value: whether they are errors depends on what the config is loaded for. */
  unset: UnsetProblem[]
  /** Start offsets of the scalars whose interpolation failed: a schema complaint about them would only be an echo. */
  failedScalars: Set<number>
}

const MAX_DEPTH = 64
const MAX_ALIASES = 1000

/**
 * Parses YAML into a plain value plus the position of every node. Interpolation runs here, on the AST's scalars,
 * so positions stay those of the file and messages can quote the value as written (never the secret).
 */
export function readYamlTree(text: string, file: string, env: Record<string, string | undefined>): YamlTree {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, merge: true, uniqueKeys: true })
  const index = new PositionIndex(file, lineCounter)
  const syntaxError = doc.errors[0]
  if (syntaxError) throw new ConfigError(describeSyntaxError(syntaxError, text), index.location(syntaxError.pos[0]))
  if (doc.contents === null) {
    const message = 'the file is empty, expected a mapping with `version: 1` and `features`'
    throw new ConfigError(message, index.location(0))
  }
  const remote = doc.getIn(['target', 'host'], true) !== undefined || doc.getIn(['target', 'hosts'], true) !== undefined
  const needs = (path: Path) => needsOf(path, remote)
  return new TreeReader(doc, text, env, index, publicEnvNames(doc), needs).read()
}

/** The names under the top-level `publicEnv` (plain words, never interpolated): read first, since they decide what is secret. */
function publicEnvNames(doc: Document): Set<string> {
  const list = doc.get('publicEnv', true)
  if (!isSeq(list)) return new Set()
  return new Set(list.items.filter(isScalar).map((item) => String(item.value)))
}

function describeSyntaxError(error: YAMLError, text: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(text.slice(error.pos[0]))?.[1] ?? 'a key'
    return `duplicate key \`${key}\`, expected each key once per mapping`
  }
  if (error.code === 'MULTIPLE_DOCS') return 'more than one YAML document, expected a single document'
  const message = (error.message.split('\n')[0] ?? '').replace(/\.$/, '')
  return `invalid YAML: ${message}, expected valid YAML`
}

class TreeReader {
  private readonly secrets: string[] = []
  private readonly problems: Problem[] = []
  private readonly unset: UnsetProblem[] = []
  private readonly failedScalars = new Set<number>()
  private aliases = 0

  constructor(
    private readonly doc: Document,
    private readonly text: string,
    private readonly env: Record<string, string | undefined>,
    private readonly index: PositionIndex,
    private readonly publicNames: ReadonlySet<string>,
    private readonly needs: (path: Path) => ConfigUse[]
  ) {}

  read(): YamlTree {
    const value = this.node(this.doc.contents, [], undefined, 0)
    return {
      value,
      index: this.index,
      secrets: this.secrets,
      problems: this.problems,
      unset: this.unset,
      failedScalars: this.failedScalars
    }
  }

  private node(node: unknown, path: Path, keyOffset: number | undefined, depth: number): unknown {
    if (depth > MAX_DEPTH)
      throw new ConfigError('nesting too deep, expected a config', this.index.location(keyOffset ?? 0))
    if (isAlias(node)) return this.alias(node, path, keyOffset, depth)
    const range = (node as Node | null)?.range
    // `key:` with nothing after it has no node, or an empty one: point at the key.
    const empty = !range || (range[0] === range[1] && keyOffset !== undefined)
    const start = empty ? (keyOffset ?? 0) : range[0]
    this.index.set({ path: [...path], keyOffset, start, end: range?.[1] ?? start })
    if (isScalar(node)) return this.scalar(node.value, node.source, path, keyOffset, start, range?.[1] ?? start)
    if (isMap(node)) return this.map(node.items as Pair[], path, depth)
    if (isSeq(node)) return node.items.map((item, i) => this.node(item, [...path, i], undefined, depth + 1))
    return null
  }

  private alias(node: Node & { resolve(doc: Document): Node | undefined }, path: Path, keyOffset?: number, depth = 0) {
    if (++this.aliases > MAX_ALIASES) {
      throw new ConfigError('too many alias expansions, expected a config', this.index.location(node.range?.[0] ?? 0))
    }
    const value = this.node(node.resolve(this.doc), path, keyOffset, depth + 1)
    const start = node.range?.[0] ?? 0
    const info = this.index.get(path)
    this.index.set({ ...info, path: [...path], keyOffset, start, end: node.range?.[1] ?? start })
    return value
  }

  private scalar(
    value: unknown,
    source: string | undefined,
    path: Path,
    keyOffset: number | undefined,
    start: number,
    end: number
  ) {
    const written = typeof value === 'string' ? value : (source ?? String(value))
    this.index.set({ path: [...path], keyOffset, start, end, written })
    if (typeof value !== 'string') return value
    const result = interpolate(value, this.env, this.publicNames)
    this.secrets.push(...result.secrets)
    if (!result.problem) return result.value
    this.failedScalars.add(start)
    const problem = {
      offset: this.offsetInScalar(value, result.problem.index, start, end),
      message: result.problem.message
    }
    if (result.problem.kind === 'malformed') this.problems.push(problem)
    else this.unset.push({ ...problem, needs: this.needs(path) })
    // As written: a value with a hole in it must never look like a real one (and `${NAME}` quotes no secret).
    return value
  }

  /** Where the n-th `${` of the decoded value stands in the file (quoting and folding can shift it), else the scalar. */
  private offsetInScalar(value: string, index: number, start: number, end: number): number {
    const needle = value.slice(index, value.indexOf('}', index) + 1 || index + 2)
    const nth = value.slice(0, index).split(needle).length - 1
    let at = start - 1
    const raw = this.text.slice(start, end)
    for (let k = 0; k <= nth; k++) {
      at = raw.indexOf(needle, at - start + 1) + start
      if (at < start) return start
    }
    return at
  }

  private map(pairs: Pair[], path: Path, depth: number): Record<string, unknown> {
    const own = this.index.get(path)
    const out: Record<string, unknown> = {}
    // `<<: *defaults` first, read under this very path (so errors point at the anchor); explicit keys then overwrite.
    for (const pair of pairs.filter(isMergePair)) {
      const offset = (pair.key as Node).range?.[0] ?? 0
      for (const source of isSeq(pair.value) ? pair.value.items : [pair.value]) {
        const merged = this.node(source, path, offset, depth + 1)
        if (merged && typeof merged === 'object' && !Array.isArray(merged)) {
          for (const [k, v] of Object.entries(merged)) if (!Object.hasOwn(out, k)) define(out, k, v)
        } else {
          this.problems.push({
            offset,
            message: 'a merge key `<<` with a non-mapping value, expected an alias to a mapping'
          })
        }
      }
    }
    for (const pair of pairs) {
      if (isMergePair(pair)) continue
      const key = pair.key
      const keyOffset = (key as Node | null)?.range?.[0] ?? 0
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') {
        const where = displayPath(path)
        this.problems.push({ offset: keyOffset, message: `a complex key in ${where}, expected a plain name` })
        continue
      }
      const name = String(key.value)
      define(out, name, this.node(pair.value, [...path, name], keyOffset, depth + 1))
    }
    if (own) this.index.set(own)
    return out
  }
}

function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol'
}

/** Own property even for `__proto__`: a key in the file must never touch a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
