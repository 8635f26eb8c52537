// The example API: plain Node, no dependencies. Every folder in ./modules is a module that registers its routes at start,
// so an image built without a module simply does not know its routes (the incident: 404 "Route not found").
import { createServer } from 'node:http'
import { readdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { timingSafeEqual } from 'node:crypto'
import { Buffer } from 'node:buffer'

const modulesDir = process.env.MODULES_DIR ?? join(dirname(fileURLToPath(import.meta.url)), 'modules')
const port = Number(process.env.PORT ?? 8080)
const token = process.env.API_TOKEN ?? ''

/** `METHOD path` → { handler, public } */
const routes = new Map()
const router = {
  get(path, handler, options = {}) {
    routes.set(`GET ${path}`, { handler, public: options.public === true })
  }
}

const modules = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
for (const name of modules) {
  const module = await import(pathToFileURL(join(modulesDir, name, 'index.js')).href)
  module.register(router)
}

function authorized(header) {
  if (!token || typeof header !== 'string') return false
  const expected = Buffer.from(`Bearer ${token}`)
  const given = Buffer.from(header)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname
  const route = routes.get(`${req.method} ${path}`)
  if (!route) return send(res, 404, { error: 'Route not found' })
  if (!route.public && !authorized(req.headers.authorization)) return send(res, 401, { error: 'Unauthorized' })
  try {
    send(res, 200, await route.handler(req))
  } catch (error) {
    send(res, 500, { error: String(error) })
  }
})

server.listen(port, () => console.log(`api listening on ${port}; modules: ${modules.join(', ')}`))
// PID 1 in a container: without handlers, SIGTERM would be ignored and `compose down` would wait for its timeout.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0))
