import { readFileSync } from 'node:fs'
const { parseDocument, LineCounter } = await import('yaml')
const text = readFileSync(process.argv[2], 'utf8')
const v = process.argv[3]
const a = performance.now()
const opts = { lineCounter: new LineCounter(), prettyErrors: false, merge: true, uniqueKeys: v !== 'nouniq' }
if (v === 'keep') opts.keepSourceTokens = false
const d = parseDocument(text, opts)
console.log((performance.now() - a).toFixed(1))
