/** The bundled entry (`dist/action/index.js`): `node dist/action/index.js <phase>`, one call per composite step. */
import { tuneProcess } from '../wiring/process-flags.js'
import { runAction } from './run.js'

tuneProcess()
await runAction(process.argv[2])
