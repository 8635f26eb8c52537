// `node --import <this file>`: registers module-log-hooks.mjs, so the process logs the modules it loads.
import { register } from 'node:module'

register('./module-log-hooks.mjs', import.meta.url)
