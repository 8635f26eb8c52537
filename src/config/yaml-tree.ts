import {
  boolCoreTag,
  EVENT_ID,
  floatCoreTag,
  getScalarValue,
  intCoreTag,
  NOT_RESOLVED,
  nullCoreTag,
  parseEvents,
  SCALAR_STYLE,
  strTag,
  YAMLException,
  type Event,
  type ScalarEvent,
  type ScalarTagDefinition
} from 'js-yaml'
import { ConfigError } from '../core/errors.js'
import type { ConfigUse } from '../core/uses.js'
import { interpolate } from './interpolate.js'
import { needsOf } from './needs.js'
import { displayPath, LineIndex, PositionIndex } from './positions.js'
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

/** YAML 1.2's core schema, in the order it resolves a plain scalar; anything else is a string. */
const IMPLICIT_TAGS: readonly ScalarTagDefinition[] = [nullCoreTag, boolCoreTag, intCoreTag, floatCoreTag]
const EXPLICIT_TAGS = new Map<string, ScalarTagDefinition>(
  [strTag, ...IMPLICIT_TAGS].flatMap((tag) => {
    const name = tag.tagName.replace('tag:yaml.org,2002:', '')
    return [
      [`!!${name}`, tag],
      [`!<${tag.tagName}>`, tag]
    ]
  })
)

/**
 * Parses YAML into a plain value plus the position of every node. js-yaml's event stream gives every node's offsets
 * (a cold parse ~4x faster than a syntax tree's: the build waits for the config). Interpolation runs here, on the scalars,
 * so positions stay those of the file and messages can quote the value as written (never the secret).
 */
export function readYamlTree(text: string, file: string, env: Record<string, string | undefined>): YamlTree {
  const index = new PositionIndex(file, new LineIndex(text))
  const events = parseOrThrow(text, index)
  const documents = events.flatMap((event, i) => (event.type === EVENT_ID.DOCUMENT ? [i] : []))
  if (documents.length > 1) {
    const message = 'more than one YAML document, expected a single document'
    throw new ConfigError(message, index.location(secondDocumentStart(text, events, documents[1]!)))
  }
  const root = documents.length ? documents[0]! + 1 : events.length
  if (root >= events.length || events[root]!.type === EVENT_ID.POP) {
    const message = 'the file is empty, expected a mapping with `version: 1` and `features`'
    throw new ConfigError(message, index.location(0))
  }
  const stream = new EventStream(text, events, index)
  const remote = stream.hasTopKey(root, 'target', ['host', 'hosts'])
  const needs = (path: Path) => needsOf(path, remote)
  return new TreeReader(stream, env, index, stream.publicEnvNames(root), needs).read(root)
}

/** js-yaml's words for the usual slips, with what usually causes them. */
const REASON_HINTS: Record<string, string> = {
  // Where an unclosed `[`, `{` or quote runs into the next line.
  'deficient indentation': ' (a `[`, `{` or quote left open above?)'
}

function parseOrThrow(text: string, index: PositionIndex): Event[] {
  try {
    return parseEvents(text, {})
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error
    const reason = error.reason.replace(/\.$/, '') + (REASON_HINTS[error.reason] ?? '')
    throw new ConfigError(`invalid YAML: ${reason}, expected valid YAML`, index.location(error.mark?.position ?? 0))
  }
}

/** Where the second document starts: its `---` line (the events carry no offset for a document itself). */
function secondDocumentStart(text: string, events: readonly Event[], document: number): number {
  const content =
    events
      .slice(document)
      .map(startOf)
      .find((at) => at >= 0) ?? text.length
  const marker = /^---/gm
  let found = -1
  for (let m = marker.exec(text); m && m.index <= content; m = marker.exec(text)) found = m.index
  return found >= 0 ? found : content
}

/** The offset where an event's node starts in the text, -1 when it has none (a document, an end, an empty scalar). */
function startOf(event: Event): number {
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) return event.start
  if (event.type === EVENT_ID.SCALAR) return event.valueStart
  if (event.type === EVENT_ID.ALIAS) return event.anchorStart - 1
  return -1
}

/**
 * The event list as nodes: where each collection ends, which node each alias names (the last anchor of that name before
 * it, as YAML says), a scalar's range and value under YAML 1.2's core schema.
 */
class EventStream {
  /** Collection start → the index just after its end. */
  private readonly ends = new Map<number, number>()
  /** Alias event → the event of the node it names (absent: an anchor not yet set). */
  private readonly targets = new Map<number, number>()

  constructor(
    readonly text: string,
    readonly events: readonly Event[],
    private readonly index: PositionIndex
  ) {
    const open: number[] = []
    const anchors = new Map<string, number>()
    events.forEach((event, i) => {
      if (event.type === EVENT_ID.POP) {
        const start = open.pop()
        if (start !== undefined) this.ends.set(start, i + 1)
        return
      }
      if (event.type === EVENT_ID.ALIAS) {
        const target = anchors.get(text.slice(event.anchorStart, event.anchorEnd))
        if (target !== undefined) this.targets.set(i, target)
        return
      }
      if (event.type === EVENT_ID.DOCUMENT) return void open.push(i)
      if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), i)
      if (event.type !== EVENT_ID.SCALAR) open.push(i)
    })
  }

  /** The index just after the node at `i`. */
  next(i: number): number {
    return this.ends.get(i) ?? i + 1
  }

  /** The node an alias names; an unknown anchor is YAML's error. */
  target(i: number): number {
    const target = this.targets.get(i)
    if (target !== undefined) return target
    const event = this.events[i] as Event & { anchorStart: number; anchorEnd: number }
    const name = this.text.slice(event.anchorStart, event.anchorEnd)
    const message = `invalid YAML: unknown alias \`*${name}\` (an anchor must be set before its alias), expected valid YAML`
    throw new ConfigError(message, this.index.location(event.anchorStart - 1))
  }

  /** The range of a scalar as written: quotes included, a block scalar from its `|` or `>`; undefined when empty. */
  range(event: ScalarEvent): [number, number] | undefined {
    if (event.valueStart < 0) return undefined
    if (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED)
      return [event.valueStart - 1, event.valueEnd + 1]
    if (event.style === SCALAR_STYLE.LITERAL_BLOCK || event.style === SCALAR_STYLE.FOLDED_BLOCK)
      return [blockIndicator(this.text, event.valueStart), event.valueEnd]
    return [event.valueStart, event.valueEnd]
  }

  /** A scalar's value: an explicit core tag's, a plain scalar's under the core schema, else its text. */
  value(event: ScalarEvent): unknown {
    const text = getScalarValue(this.text, event)
    if (event.tagStart >= 0) {
      const tag = EXPLICIT_TAGS.get(this.text.slice(event.tagStart, event.tagEnd))
      const value = tag?.resolve(text, true, tag.tagName)
      return value === undefined || value === NOT_RESOLVED ? text : value
    }
    if (event.style !== SCALAR_STYLE.PLAIN) return text
    for (const tag of IMPLICIT_TAGS) {
      const value = tag.resolve(text, false, tag.tagName)
      if (value !== NOT_RESOLVED) return value
    }
    return text
  }

  /** The plain text of a scalar as written (for a number or a boolean: `0x1F`, `yes`). */
  source(event: ScalarEvent): string {
    return event.valueStart < 0 ? '' : this.text.slice(event.valueStart, event.valueEnd)
  }

  isMergeKey(i: number): boolean {
    const event = this.events[i]!
    return (
      event.type === EVENT_ID.SCALAR &&
      event.style === SCALAR_STYLE.PLAIN &&
      event.tagStart < 0 &&
      this.source(event) === '<<'
    )
  }

  /** The event indexes of the nodes directly inside the collection at `i`, in order. */
  items(i: number): number[] {
    const items: number[] = []
    for (let at = i + 1, end = this.next(i) - 1; at < end; at = this.next(at)) items.push(at)
    return items
  }

  /** The key/value event indexes of a mapping starting at `i`. */
  pairs(i: number): [number, number][] {
    const items = this.items(i)
    const pairs: [number, number][] = []
    for (let k = 0; k + 1 < items.length; k += 2) pairs.push([items[k]!, items[k + 1]!])
    return pairs
  }

  /** The value of `key` in the mapping at `i` (undefined when it is not a mapping or has no such plain key). */
  lookup(i: number, key: string): number | undefined {
    if (this.events[i]?.type !== EVENT_ID.MAPPING) return undefined
    for (const [k, v] of this.pairs(i)) {
      const event = this.events[k]!
      if (event.type === EVENT_ID.SCALAR && getScalarValue(this.text, event) === key) return v
    }
    return undefined
  }

  /** Whether the mapping under `top` has any of `keys` (`target.host`, `target.hosts`: a remote target). */
  hasTopKey(root: number, top: string, keys: readonly string[]): boolean {
    const under = this.lookup(root, top)
    return under !== undefined && keys.some((key) => this.lookup(under, key) !== undefined)
  }

  /** The names under the top-level `publicEnv` (plain words, never interpolated): read first, since they decide what is secret. */
  publicEnvNames(root: number): Set<string> {
    const list = this.lookup(root, 'publicEnv')
    if (list === undefined || this.events[list]!.type !== EVENT_ID.SEQUENCE) return new Set()
    const names = new Set<string>()
    for (const item of this.items(list)) {
      const event = this.events[item]!
      if (event.type === EVENT_ID.SCALAR) names.add(String(this.value(event)))
    }
    return names
  }
}

/** A block scalar's range starts at its indicator (`|`, `>-`, …) on the line before its content, as YAML tools point. */
function blockIndicator(text: string, contentStart: number): number {
  const headerEnd = text[contentStart - 1] === '\n' ? contentStart - 1 : contentStart
  const lineStart = text.lastIndexOf('\n', headerEnd - 1) + 1
  const header = text.slice(lineStart, headerEnd).replace(/\r$/, '')
  // A comment needs a blank before its `#`: `"|#": |` has its indicator last.
  const indicator = /[|>][-+1-9]*(?:[ \t]+#.*)?[ \t]*$/.exec(header)
  return indicator ? lineStart + indicator.index : contentStart
}

class TreeReader {
  private readonly secrets: string[] = []
  private readonly problems: Problem[] = []
  private readonly unset: UnsetProblem[] = []
  private readonly failedScalars = new Set<number>()
  private aliases = 0
  /** Where the last node read ends (a collection: where it starts, until its items are read). */
  private lastEnd = 0

  constructor(
    private readonly stream: EventStream,
    private readonly env: Record<string, string | undefined>,
    private readonly index: PositionIndex,
    private readonly publicNames: ReadonlySet<string>,
    private readonly needs: (path: Path) => ConfigUse[]
  ) {}

  read(root: number): YamlTree {
    const value = this.node(root, [], undefined, 0)
    return {
      value,
      index: this.index,
      secrets: this.secrets,
      problems: this.problems,
      unset: this.unset,
      failedScalars: this.failedScalars
    }
  }

  private node(i: number, path: Path, keyOffset: number | undefined, depth: number): unknown {
    if (depth > MAX_DEPTH)
      throw new ConfigError('nesting too deep, expected a config', this.index.location(keyOffset ?? 0))
    const event = this.stream.events[i]!
    if (event.type === EVENT_ID.ALIAS) return this.alias(i, event.anchorStart - 1, path, keyOffset, depth)
    if (event.type === EVENT_ID.SCALAR) {
      const range = this.stream.range(event)
      // `key:` with nothing after it: point at the key; `-` with nothing after it: just after the dash.
      const empty = keyOffset ?? this.afterDash()
      const [start, end] = range ?? [empty, empty]
      this.lastEnd = end
      return this.scalar(event, path, keyOffset, start, end)
    }
    if (event.type !== EVENT_ID.MAPPING && event.type !== EVENT_ID.SEQUENCE) return null
    const start = event.start
    this.lastEnd = start
    const value = event.type === EVENT_ID.MAPPING ? this.map(i, path, depth) : this.sequence(i, path, depth)
    // Set after its content: a merge read under this very path has written it meanwhile, and the mapping's own wins.
    this.index.set({ path: [...path], keyOffset, start, end: Math.max(this.lastEnd, start) })
    return value
  }

  /** Where an empty list item stands: after the next `-` from the last node read, and the blanks after it. */
  private afterDash(): number {
    const dash = this.stream.text.indexOf('-', this.lastEnd)
    if (dash < 0) return this.lastEnd
    let at = dash + 1
    while (this.stream.text[at] === ' ' || this.stream.text[at] === '\t') at++
    return at
  }

  private sequence(i: number, path: Path, depth: number): unknown[] {
    return this.stream.items(i).map((item, k) => this.node(item, [...path, k], undefined, depth + 1))
  }

  private alias(i: number, start: number, path: Path, keyOffset: number | undefined, depth: number) {
    if (++this.aliases > MAX_ALIASES) {
      throw new ConfigError('too many alias expansions, expected a config', this.index.location(start))
    }
    const value = this.node(this.stream.target(i), path, keyOffset, depth + 1)
    const event = this.stream.events[i] as Event & { anchorEnd: number }
    const info = this.index.get(path)
    this.index.set({ ...info, path: [...path], keyOffset, start, end: event.anchorEnd })
    this.lastEnd = event.anchorEnd
    return value
  }

  private scalar(event: ScalarEvent, path: Path, keyOffset: number | undefined, start: number, end: number) {
    const value = this.stream.value(event)
    const written = typeof value === 'string' ? value : this.stream.source(event)
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
    const raw = this.stream.text.slice(start, end)
    for (let k = 0; k <= nth; k++) {
      at = raw.indexOf(needle, at - start + 1) + start
      if (at < start) return start
    }
    return at
  }

  private map(i: number, path: Path, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const pairs = this.stream.pairs(i)
    // `<<: *defaults` first, read under this very path (so errors point at the anchor); explicit keys then overwrite.
    for (const [key, value] of pairs.filter(([key]) => this.stream.isMergeKey(key))) {
      const offset = this.keyStart(key)
      const event = this.stream.events[value]!
      const sources = event.type === EVENT_ID.SEQUENCE ? this.stream.items(value) : [value]
      for (const source of sources) {
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
    const seen = new Set<unknown>()
    for (const [key, value] of pairs) {
      if (this.stream.isMergeKey(key)) continue
      const keyOffset = this.keyStart(key)
      const event = this.stream.events[key]!
      const name = event.type === EVENT_ID.SCALAR ? this.stream.value(event) : undefined
      if (event.type !== EVENT_ID.SCALAR || name === null || typeof name === 'object') {
        const where = displayPath(path)
        this.problems.push({ offset: keyOffset, message: `a complex key in ${where}, expected a plain name` })
        continue
      }
      if (seen.has(name)) throw this.duplicateKey(keyOffset)
      seen.add(name)
      define(out, String(name), this.node(value, [...path, String(name)], keyOffset, depth + 1))
    }
    return out
  }

  private keyStart(i: number): number {
    const event = this.stream.events[i]!
    if (event.type === EVENT_ID.SCALAR) return this.stream.range(event)?.[0] ?? this.lastEnd
    return startOf(event) >= 0 ? startOf(event) : this.lastEnd
  }

  private duplicateKey(offset: number): ConfigError {
    const key = /^("[^"\n]*"|'[^'\n]*'|[^:\n]+?)\s*:/.exec(this.stream.text.slice(offset))?.[1] ?? 'a key'
    return new ConfigError(`duplicate key \`${key}\`, expected each key once per mapping`, this.index.location(offset))
  }
}

/** Own property even for `__proto__`: a key in the file must never touch a prototype. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}
