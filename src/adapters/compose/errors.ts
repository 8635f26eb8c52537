import { withoutTraceback } from '../docker/errors.js'

/**
 * Compose's own failures that are not the engine's (that is `classifyDockerError`, shared with docker), in one line:
 * no compose file, a compose file that does not exist, invalid YAML, an invalid compose file, an unknown service.
 * v1 (Python) and v2 (Go) word them differently; null when the output is none of them.
 */
export function composeFailure(stderr: string, dir: string): string | null {
  const text = withoutTraceback(stderr)
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  // v1: "Can't find a suitable configuration file in this directory or any parent. …  Supported filenames: …"
  // v2: "no configuration file provided: not found"
  if (/can't find a suitable configuration file|no configuration file provided/i.test(text)) {
    // v1 wraps its sentence over lines: join it back.
    const said = /can't find a suitable configuration file[\s\S]*?\?|no configuration file provided.*/i.exec(text)![0]
    const names = /Supported filenames: (.*)/.exec(text)?.[1]?.trim()
    return `no compose file in ${dir}: ${said.replace(/\s+/g, ' ')}${names ? ` (supported filenames: ${names})` : ''}`
  }
  // v1: "[Errno 2] No such file or directory: './nope.yml'" (the exception, traceback gone); v2: "open /x/nope.yml: no such file…"
  const missing =
    /No such file or directory: '([^']+)'/.exec(text)?.[1] ??
    /^open (\S+\.ya?ml): no such file or directory/im.exec(text)?.[1]
  if (missing) return `compose file ${missing} does not exist (in ${dir})`
  // v1 (PyYAML): "while parsing …\n  in "./f.yml", line 2, column 3\nexpected X, but found Y\n  in "./f.yml", line 4, column 4"
  const marks = [...text.matchAll(/^\s*in "([^"]+)", line (\d+), column (\d+)/gm)]
  if (marks.length) {
    const last = marks.at(-1)!
    const problem = lines
      .filter((l) => !/^in "/.test(l))
      .at(-1)
      ?.replace(/^yaml\.\w+\.\w+: /, '')
    return `invalid YAML in compose file ${last[1]}:${last[2]}:${last[3]}: ${problem}`
  }
  // v1: "The Compose file './f.yml' is invalid because:\nUnsupported config option for services.a: 'imag'" (one reason a line).
  const invalid = lines.findIndex((l) => /^The Compose file .* is invalid because:$/.test(l))
  if (invalid >= 0) return `${lines[invalid]} ${lines.slice(invalid + 1).join('; ')}`.trim()
  // v1 "No such service: x", v2 "no such service: x"; v2 "validating f.yml: …", "yaml: line 4: …": already one line.
  const oneLiner = lines.find((l) => /^(no such service: |validating .+: |yaml: |parsing .+: )/i.test(l))
  return oneLiner ?? null
}
