// A preload (`node --import`) for __tests__/cli/startup.itg.test.ts: as the process exits, a function hot enough for V8's
// optimising compiler (what `node --trace-opt` reports), to tell whether the process still optimises.
import { isMainThread } from 'node:worker_threads'
function hot(n) {
  let sum = 0
  for (let i = 0; i < n; i++) sum += (i * 31) % 7
  return sum
}
if (isMainThread)
  process.on('exit', () => {
    let total = 0
    for (let round = 0; round < 2000; round++) total += hot(1000)
    if (total < 0) console.log(total)
  })
