/** Replaces every known secret with `***` before text reaches a log, a report, a comment or JSON. */
export class Redactor {
  private readonly secrets: string[]

  constructor(secrets: Iterable<string> = []) {
    // Longest first, so a secret that contains another is replaced whole; very short values would mangle ordinary text.
    this.secrets = [...new Set(secrets)].filter((s) => s.length >= 3).sort((a, b) => b.length - a.length)
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
    for (const secret of this.secrets) out = out.split(secret).join('***')
    return out
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

/** Header names whose values are credentials whatever their source. */
export const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'x-auth-token'])
