/** The same commit, allowing one side to be a short SHA (at least 7 hex digits). Layers judge with it, reports word with it. */
export function sameCommit(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return true
  const hex = /^[0-9a-f]{7,64}$/
  return hex.test(x) && hex.test(y) && (x.startsWith(y) || y.startsWith(x))
}
