/** The bundled entry (`dist/action/index.js`): `node dist/action/index.js <phase>`, one call per composite step. */
import { runAction } from './run.js'

await runAction(process.argv[2])
