import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { parseConfig } from '../../src/config/load.js'
import { parseComposeFile } from '../../src/init/compose.js'
import { planInit, textsToRead, type CheckoutSnapshot } from '../../src/init/plan.js'
import { renderConfig } from '../../src/init/writer.js'

/** A checkout: compose text + files (path → text; Dockerfiles and tsconfig are read through `textsToRead` as the CLI does). */
function checkout(compose: string, files: Record<string, string>): CheckoutSnapshot {
  const services = parseComposeFile(compose, 'docker-compose.yml')
  const paths = ['docker-compose.yml', ...Object.keys(files)].sort()
  const texts = Object.fromEntries(textsToRead(services, paths).map((p) => [p, files[p]!]))
  return { composeFile: 'docker-compose.yml', services, files: paths, texts }
}

const NODE_API = {
  'api/Dockerfile': [
    'FROM driftcheck/node-base:local AS build',
    'WORKDIR /build',
    'COPY package.json tsconfig.json ./',
    'COPY src/ ./src/',
    'RUN node build.js',
    'FROM driftcheck/node-base:local',
    'WORKDIR /app',
    'COPY --from=build /build/dist ./dist',
    'CMD ["node", "dist/main.js"]'
  ].join('\n'),
  'api/package.json': '{}',
  'api/tsconfig.json': '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" /* compiled */ }, }',
  'api/src/main.ts': '',
  'api/src/modules/billing/index.ts': '',
  'api/src/modules/users/index.ts': '',
  'api/openapi.yaml': 'openapi: 3.0.3',
  'web/Dockerfile': 'FROM driftcheck/busybox:local\nCOPY index.html /www/\n',
  'web/index.html': '',
  'web/pages/Home.html': '',
  'docs/pages/intro.md': ''
}
const COMPOSE = [
  'services:',
  '  api: { build: ./api, ports: ["127.0.0.1:18080:8080"] }',
  '  web: { build: ./web }',
  '  db: { image: postgres:16 }'
].join('\n')

describe('init writes a config that loads, with its evidence and its TODOs', () => {
  const text = renderConfig(planInit(checkout(COMPOSE, NODE_API)))

  it('validates with driftcheck’s own loader', () => {
    const config = parseConfig(text, 'driftcheck.yml', {})
    expect(config.discover?.map((d) => d.source)).toEqual(['api/src/modules/*/'])
    expect(config.openapi).toBeDefined()
  })

  it('maps the modules through the multi-stage build and the tsconfig, and probes the OpenAPI document', () => {
    expect(parse(text)).toEqual({
      version: 1,
      services: { api: { url: 'http://127.0.0.1:18080' }, web: {} },
      discover: [{ source: 'api/src/modules/*/', artifact: { api: ['/app/dist/modules/{name}'] } }],
      openapi: { api: 'api/openapi.yaml' },
      features: { web: { source: ['web/index.html'], artifact: { web: ['/www/index.html'] } } }
    })
    expect(text).toContain(
      '# api/src/modules/*/ (2 folders: billing, users) → api: /app/dist/modules (api/Dockerfile: COPY --from=build /build/dist ./dist (line 8) ← RUN (line 5) compiles src into /build/dist (tsconfig.json: rootDir src, outDir dist))'
    )
  })

  it('writes what it cannot map as a TODO with the reason', () => {
    const todos = text.split('\n').filter((l) => l.includes('# TODO:'))
    expect(todos).toEqual([
      expect.stringContaining('TODO: web publishes no port driftcheck can reach: add its `url` to probe its routes'),
      expect.stringContaining(
        'TODO: db runs the image postgres:16, not built from this repository: nothing of the source to check in it'
      ),
      expect.stringContaining(
        'TODO: docs/pages/*.md (1 file) is not mapped: it is not copied into any image built here'
      ),
      expect.stringContaining(
        'TODO: web/pages/*.html (1 file) is not mapped: it is not copied into any image built here'
      )
    ])
    // A TODO is a comment: nothing it names is in the config itself.
    expect(parse(text).services.db).toBeUndefined()
  })

  it('a .dockerignore that leaves the modules out is a TODO naming it, not an entry', () => {
    const ignored = renderConfig(planInit(checkout(COMPOSE, { ...NODE_API, 'api/.dockerignore': 'src/modules\n' })))
    expect(ignored).toContain(
      'TODO: api/src/modules/*/ (2 folders) is not mapped: api: api/.dockerignore leaves it out of the build context'
    )
    expect(parse(ignored).discover).toBeUndefined()
    expect(() => parseConfig(ignored, 'driftcheck.yml', {})).not.toThrow()
  })

  it('an ambiguous COPY (a glob) is a TODO with the instruction, never a guessed path', () => {
    const glob = { ...NODE_API, 'web/Dockerfile': 'FROM x\nCOPY pages/* /www/\n' }
    const out = renderConfig(planInit(checkout(COMPOSE, glob)))
    expect(out).toContain(
      'TODO: web/pages/*.html (1 file) is not mapped: web: COPY pages/* /www/ (line 2) copies a glob: where each match lands depends on what it matches'
    )
  })

  it('two conventions that would make the same feature name get a prefix each', () => {
    const files = {
      Dockerfile: 'FROM x\nCOPY . /app\n',
      'src/modules/users/index.js': '',
      'src/routes/users/index.js': ''
    }
    const out = parse(renderConfig(planInit(checkout('services:\n  api: { build: . }\n', files))))
    expect(out.discover.map((d: { name?: string }) => d.name)).toEqual(['modules-{name}', 'routes-{name}'])
  })

  it('an OpenAPI document no service builds from is a TODO, not a guess', () => {
    const out = renderConfig(planInit(checkout(COMPOSE, { ...NODE_API, 'openapi.yaml': 'openapi: 3.1.0' })))
    expect(out).toContain('TODO: openapi.yaml: which service serves it? no service builds from its folder')
  })
})
