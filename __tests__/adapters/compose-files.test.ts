import { describe, it, expect } from '@jest/globals'
import { parse } from 'yaml'
import {
  labelsOverride,
  parseDotEnv,
  readComposeFiles,
  servicesOf,
  type ReadText
} from '../../src/adapters/compose/files.js'

describe('servicesOf', () => {
  it('merges files as compose does: a later image: wins, a build: anywhere builds', () => {
    const base = "version: '3.8'\nservices:\n  api:\n    build: ./api\n  db:\n    image: postgres:16\n"
    const prod = "version: '3.8'\nservices:\n  api:\n    image: ${REG:-local}/api:${TAG}\n  db: {}\n"
    expect(servicesOf(['base.yml', 'prod.yml'], [base, prod], { TAG: '7' })).toEqual({
      files: ['base.yml', 'prod.yml'],
      version: '3.8',
      services: {
        api: { image: 'local/api:7', builds: true },
        db: { image: 'postgres:16', builds: false }
      }
    })
  })

  it('reads YAML merge keys (anchors in x- fields)', () => {
    const text = 'x-app: &app\n  build: ./app\nservices:\n  a:\n    <<: *app\n  b:\n    <<: *app\n    image: b:1\n'
    expect(servicesOf(['c.yml'], [text], {})).toMatchObject({
      version: undefined,
      services: { a: { image: null, builds: true }, b: { image: 'b:1', builds: true } }
    })
  })

  it.each([
    ['extends', 'services:\n  a:\n    extends: { file: base.yml, service: a }\n', /uses extends:/],
    ['profiles', 'services:\n  a:\n    image: x\n    profiles: [debug]\n', /uses profiles:/],
    ['include', 'include: [other.yml]\nservices: {}\n', /include:/],
    ['no services', "version: '3.8'\n", /no services: mapping/],
    ['not YAML', 'services: [unclosed', /not YAML/],
    ['a duplicate key', 'services:\n  a: { image: x }\n  a: { image: y }\n', /not YAML/],
    ['an image that is not a string', 'services:\n  a:\n    image: 1.5\n', /not a string/],
    ['interpolation compose reads itself', 'services:\n  a:\n    image: a:${T:?set T}\n', /interpolation/],
    ['a version that is not a string', 'version: 3.8\nservices: {}\n', /version/]
  ])('leaves a file with %s to compose config', (_name, text, reason) => {
    const read = servicesOf(['c.yml'], [text], {})
    expect(read).toEqual({ fallback: expect.stringMatching(reason) })
  })
})

describe('parseDotEnv', () => {
  it('reads plain NAME=value lines, comments and blank lines', () => {
    expect(parseDotEnv('# ports\nAPI_PORT=8080\n\nTAG=1.2-rc\r\nEMPTY=\n')).toEqual({
      API_PORT: '8080',
      TAG: '1.2-rc',
      EMPTY: ''
    })
  })

  it.each([['TAG="1.2"'], ["TAG='1.2'"], ['export TAG=1.2'], ['TAG=${OTHER}'], ['TAG=1.2 # note'], ['not a line']])(
    'leaves %s to compose (null)',
    (line) => {
      expect(parseDotEnv(`A=1\n${line}\n`)).toBeNull()
    }
  )
})

describe('readComposeFiles', () => {
  const fs =
    (files: Record<string, string>): ReadText =>
    async (path) =>
      files[path] ?? null
  const api = "version: '3.8'\nservices:\n  api:\n    build: ./api\n    image: shop/api:${TAG:-dev}\n"

  it('discovers the one compose file and its override', async () => {
    const read = await readComposeFiles(
      '/srv/shop',
      undefined,
      {},
      fs({
        '/srv/shop/docker-compose.yml': api,
        '/srv/shop/docker-compose.override.yml': "version: '3.8'\nservices:\n  api:\n    image: shop/api:local\n"
      })
    )
    expect(read).toEqual({
      files: ['docker-compose.yml', 'docker-compose.override.yml'],
      version: '3.8',
      services: { api: { image: 'shop/api:local', builds: true } }
    })
  })

  it('the config’s files win over COMPOSE_FILE, which wins over discovery', async () => {
    const files = fs({ '/p/a.yml': api, '/p/b.yml': api, '/p/compose.yml': api })
    expect(await readComposeFiles('/p', ['a.yml'], { COMPOSE_FILE: 'b.yml' }, files)).toMatchObject({
      files: ['a.yml']
    })
    expect(await readComposeFiles('/p', undefined, { COMPOSE_FILE: 'a.yml:b.yml' }, files)).toMatchObject({
      files: ['a.yml', 'b.yml']
    })
    expect(
      await readComposeFiles('/p', undefined, { COMPOSE_FILE: 'a.yml;b.yml', COMPOSE_PATH_SEPARATOR: ';' }, files)
    ).toMatchObject({ files: ['a.yml', 'b.yml'] })
    expect(await readComposeFiles('/p', undefined, {}, files)).toMatchObject({ files: ['compose.yml'] })
  })

  it('the project’s .env fills what the environment lacks (COMPOSE_FILE too); the environment wins', async () => {
    const files = fs({ '/p/.env': 'TAG=from-dotenv\nCOMPOSE_FILE=a.yml\n', '/p/a.yml': api })
    expect(await readComposeFiles('/p', undefined, {}, files)).toMatchObject({
      files: ['a.yml'],
      services: { api: { image: 'shop/api:from-dotenv' } }
    })
    expect(await readComposeFiles('/p', undefined, { TAG: 'env' }, files)).toMatchObject({
      services: { api: { image: 'shop/api:env' } }
    })
  })

  it.each([
    ['no compose file (compose searches the parents)', {}, /0 compose files/],
    [
      'two compose files (v1 and v2 pick differently)',
      { '/p/compose.yml': api, '/p/docker-compose.yml': api },
      /2 compose files/
    ],
    ['a .env compose parses itself', { '/p/compose.yml': api, '/p/.env': 'TAG="x"\n' }, /\.env/]
  ])('falls back on %s', async (_name, files, reason) => {
    expect(await readComposeFiles('/p', undefined, {}, fs(files))).toEqual({ fallback: expect.stringMatching(reason) })
  })

  it('falls back on a named file that does not exist (compose says so in its words)', async () => {
    expect(await readComposeFiles('/p', ['nope.yml'], {}, fs({}))).toEqual({ fallback: 'nope.yml does not exist' })
  })
})

describe('labelsOverride', () => {
  it('stamps the labels on each service’s build, with the first file’s version, $ escaped, every value a string', () => {
    const text = labelsOverride('3.8', ['api', 'web'], {
      'org.opencontainers.image.created': '2026-01-02T03:04:05Z',
      'org.example.price': 'a$b'
    })
    const labels = { 'org.opencontainers.image.created': '2026-01-02T03:04:05Z', 'org.example.price': 'a$$b' }
    // Read as v1's YAML 1.1 parser would: the timestamp stays a string.
    expect(parse(text, { version: '1.1' })).toEqual({
      version: '3.8',
      services: { api: { build: { labels } }, web: { build: { labels } } }
    })
  })

  it('no version: line when the project’s first file has none', () => {
    expect(JSON.parse(labelsOverride(undefined, ['api'], {}))).toEqual({ services: { api: { build: { labels: {} } } } })
  })
})
