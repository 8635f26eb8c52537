#!/usr/bin/env node
// Generates the README's usage block from action.yml, between <!-- action-docs:start --> and <!-- action-docs:end -->.
//   node scripts/action-docs.mjs            rewrite the block in README.md
//   node scripts/action-docs.mjs --check    exit 1 when the block is stale (CI)
// Options for other files: --readme PATH, --action PATH.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse } from 'yaml'

const START = '<!-- action-docs:start -->'
const END = '<!-- action-docs:end -->'

function option(name, fallback) {
  const i = process.argv.indexOf(name)
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback
}

/** One line: a table cell must not break the table. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim()
}

export function usageBlock(action) {
  const inputs = Object.entries(action.inputs ?? {})
  const outputs = Object.entries(action.outputs ?? {})
  const lines = ['```yaml', '- uses: driftcheck/driftcheck@v1', '  with:']
  for (const [name, input] of inputs) {
    const words = cell(input.description).split(' ')
    // Wrap the description into comments of at most ~100 characters.
    let line = '    #'
    for (const word of words) {
      if (line.length + word.length + 1 > 100) {
        lines.push(line)
        line = '    #'
      }
      line += ` ${word}`
    }
    lines.push(line)
    if (input.default !== undefined && input.default !== '') lines.push(`    # Default: ${input.default}`)
    lines.push(`    ${name}: ''`, '')
  }
  if (lines.at(-1) === '') lines.pop()
  lines.push('```', '', '### Inputs', '', '| input | description | default |', '| :-- | :-- | :-- |')
  for (const [name, input] of inputs) {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``
    lines.push(`| \`${name}\` | ${cell(input.description)} | ${fallback} |`)
  }
  lines.push('', '### Outputs', '', '| output | description |', '| :-- | :-- |')
  for (const [name, output] of outputs) lines.push(`| \`${name}\` | ${cell(output.description)} |`)
  return lines.join('\n')
}

/** The README with the block between the markers replaced; throws when the markers are missing. */
export function withUsage(readme, block) {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END, start + START.length)
  if (start < 0 || end < 0) throw new Error(`no ${START} … ${END} markers in the README`)
  return `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}`
}

const readmePath = resolve(option('--readme', 'README.md'))
const actionPath = resolve(option('--action', 'action.yml'))
try {
  const block = usageBlock(parse(readFileSync(actionPath, 'utf8')))
  const readme = readFileSync(readmePath, 'utf8')
  const next = withUsage(readme, block)
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(`${readmePath}: the usage block is stale; run \`node scripts/action-docs.mjs\``)
      process.exit(1)
    }
    console.log(`${readmePath}: the usage block matches ${actionPath}`)
  } else if (next !== readme) {
    writeFileSync(readmePath, next)
    console.log(`${readmePath}: usage block updated from ${actionPath}`)
  }
} catch (error) {
  console.error(`action-docs: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
