// A preload (`node --import`) for __tests__/cli/startup.itg.test.ts: as the process exits, a workload whose objects survive a few
// scavenges (what makes V8 grow its young generation), then the young generation's size before and after, into $YOUNG_GEN_LOG.
import { getHeapSpaceStatistics } from 'node:v8'
import { writeFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'
const newSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size
const start = newSpace()
// A worker thread loads this preload too (it inherits the process's flags): only the main thread's heap is measured.
if (isMainThread)
  process.on('exit', () => {
    const ring = new Array(50_000)
    for (let i = 0; i < 1_000_000; i++) ring[i % ring.length] = { i, text: `entry ${i}` }
    writeFileSync(process.env.YOUNG_GEN_LOG, JSON.stringify({ start, end: newSpace() }))
  })
