#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads'
import { disposeAhead, readConfigAhead, startEarlyAhead, verifyAsk } from '../wiring/verify-ahead.js'
import { tuneProcess } from '../wiring/process-flags.js'

// This file is also the thread that reads a verify's config ahead (wiring/verify-ahead.ts): there it loads the config's
// code only. On the main thread a verify's config read and its early commands start first, then the rest of the CLI loads.
if (isMainThread) {
  tuneProcess()
  const argv = process.argv.slice(2)
  const ask = verifyAsk(argv)
  if (ask) {
    // A worker's start undoes `--semi-space-growth-factor=1` for the main heap too (checked: its young generation grows to
    // 32 MB again, as a plain node's): the flags are set once more as soon as the worker runs.
    readConfigAhead(ask, import.meta.url, { online: tuneProcess })
    await startEarlyAhead(ask)
  }
  const { main } = await import('./main.js')
  process.exitCode = await main(argv)
  disposeAhead()
} else {
  await import('../wiring/verify-ahead-worker.js')
}
