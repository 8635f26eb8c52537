#!/usr/bin/env node
import { isMainThread } from 'node:worker_threads'
import { readConfigAhead } from '../wiring/config-ahead.js'
import { tuneProcess } from '../wiring/process-flags.js'

// This file is also the thread that reads a verify's config ahead (wiring/config-ahead.ts): there it loads the config's
// code only. On the main thread the read starts first, then the rest of the CLI loads beside it.
if (isMainThread) {
  tuneProcess()
  readConfigAhead(process.argv.slice(2), import.meta.url)
  const { main } = await import('./main.js')
  process.exitCode = await main(process.argv.slice(2))
} else {
  await import('../wiring/config-ahead-worker.js')
}
