import { readFileSync } from 'node:fs'
import { Lexer, Parser, Composer, parseDocument, LineCounter } from 'yaml'
const text = readFileSync(process.argv[2], 'utf8')
const t = (name, fn) => { const a = performance.now(); const r = fn(); console.log(name, (performance.now() - a).toFixed(1)); return r }
for (let i = 0; i < 3; i++) {
  t('lex', () => [...new Lexer().lex(text)].length)
  const cst = t('cst', () => [...new Parser().parse(text)])
  t('compose', () => [...new Composer({ merge: true, uniqueKeys: true }).compose(cst)])
  t('doc', () => parseDocument(text, { lineCounter: new LineCounter(), merge: true, uniqueKeys: true }))
  t('doc-nounique', () => parseDocument(text, { merge: true, uniqueKeys: false }))
  t('json', () => JSON.parse(JSON.stringify(parseDocument(text).toJS())))
}
