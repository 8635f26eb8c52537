#!/usr/bin/env node
import { tuneProcess } from '../wiring/process-flags.js'
import { main } from './main.js'

tuneProcess()
process.exitCode = await main(process.argv.slice(2))
