// Prints the closing line CI reads: `N passed, N failed` (jest's own summary is not parsed by CI).
import { readFileSync } from 'node:fs'

const file = process.argv[2] ?? '.driftcheck/jest-results.json'
let results
try {
  results = JSON.parse(readFileSync(file, 'utf8'))
} catch (error) {
  console.log(`tests: could not read ${file}: ${error.message}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
// A suite that failed to run (syntax error, failing beforeAll) counts as a failure even when it reports no test.
const brokenSuites = results.testResults.filter((s) => s.status === 'failed' && s.assertionResults.length === 0).length
const skipped = results.numPendingTests + results.numTodoTests
console.log(
  `${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed` +
    (skipped ? `, ${skipped} skipped` : '')
)
