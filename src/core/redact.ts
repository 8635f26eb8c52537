/** What a secret becomes in every log, report, comment and JSON. */
export const REDACTED = '***'

/** Replaces every known secret with `***` before text reaches a log, a report, a comment or JSON. */
export class Redactor {
  private readonly secrets: string[]

  constructor(secrets: Iterable<string> = []) {
    // Longest first, so a secret that contains another is replaced whole; very short values would mangle ordinary text.
    // A multi-line value (a key) is hidden line by line too: a message cut at a line break must not keep one of its lines.
    // Its JSON-escaped forms too: a server that echoes it inside a JSON string escapes quotes, backslashes (and maybe `/`).
    const parts = [...secrets].flatMap(secretParts).flatMap(escapedForms)
    this.secrets = [...new Set(parts)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)
  }

  /** A new redactor that also hides `more`. */
  with(more: Iterable<string>): Redactor {
    return new Redactor([...this.secrets, ...more])
  }

  get size(): number {
    return this.secrets.length
  }

  redact(text: string): string {
    let out = text
    for (const secret of this.secrets) out = out.split(secret).join(REDACTED)
    return out
  }

  /**
   * An excerpt of `text` for a message or a report: redacted whole FIRST, then made one line and cut to `max` characters.
   * Cutting first would keep the start of a long token (the redactor only knows whole secrets).
   */
  excerpt(text: string, max: number): string {
    // Redacted again after the whitespace is folded: a secret with a space in it may have been written across a line break.
    return clipText(this.redact(foldLine(this.redact(text))), max)
  }

  /** Deep-redacts every string in a JSON-like value. */
  redactValue<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T
    if (Array.isArray(value)) return value.map((v) => this.redactValue(v)) as T
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactValue(v)])) as T
    }
    return value
  }
}

/** The value, and for a multi-line value (a key) each of its lines of 8+ characters, without the BEGIN/END armour. */
export function secretParts(value: string): string[] {
  if (!value) return []
  if (!value.includes('\n')) return [value]
  const lines = value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 8 && !/^-----(BEGIN|END) /.test(l))
  return [value, ...lines]
}

function escapedForms(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1)
  return [secret, json, json.replace(/\//g, '\\/')]
}

/**
 * At most `max` characters of already-redacted text, with `…` when cut. Never splits a surrogate pair, and never cuts
 * inside a `***` marker (a dangling `*` reads as part of a value).
 */
export function clipText(text: string, max: number): string {
  const chars = [...text]
  if (chars.length <= max) return text
  let cut = Math.max(0, max - 1)
  while (cut > 0 && chars[cut - 1] === '*' && chars[cut] === '*') cut--
  return chars.slice(0, cut).join('') + '…'
}

// eslint-disable-next-line no-control-regex -- folding control characters away is the point
const FOLD = /[\u0000-\u001f\u007f\s]+/g

/** One line: whitespace and control characters folded to single spaces. */
function foldLine(text: string): string {
  return text.replace(FOLD, ' ').trim()
}

/** Header names whose values are credentials whatever their source. */
export const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-auth-token'])
