import { readFileSync } from 'node:fs'
const t0 = performance.now()
const { parseDocument, LineCounter, Parser, Composer } = await import('yaml')
const t1 = performance.now()
const text = readFileSync(process.argv[2], 'utf8')
const mode = process.argv[3] ?? 'doc'
const run = () => {
  if (mode === 'doc') return parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, merge: true, uniqueKeys: true })
  if (mode === 'cst') return [...new Parser().parse(text)]
  if (mode === 'js') return parseDocument(text).toJS()
}
run()
const t2 = performance.now()
run()
const t3 = performance.now()
console.log(`${mode}: import ${(t1 - t0).toFixed(0)} cold ${(t2 - t1).toFixed(0)} warm ${(t3 - t2).toFixed(0)}`)
