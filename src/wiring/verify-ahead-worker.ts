import { parentPort, workerData } from 'node:worker_threads'
import { loadConfig } from '../config/load.js'
import type { WorkerAsk } from './verify-ahead.js'

// The worker's side of verify-ahead.ts: loads the config and sends it; on any error it sends none (the main thread loads
// the file itself then, and its error is the one the user sees).
const { file, uses } = workerData as WorkerAsk
const config = await loadConfig(file, process.env, { uses }).catch(() => null)
parentPort?.postMessage({ config })
