import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { engineSocketPath, localEngineSocket } from '../../src/adapters/docker/endpoint.js'

describe('engineSocketPath: the socket the local docker CLI uses, or null when that is not plain', () => {
  it.each([
    [{}, null, '/var/run/docker.sock'],
    [{}, 'default', '/var/run/docker.sock'],
    [{ DOCKER_HOST: 'unix:///run/user/1000/docker.sock' }, null, '/run/user/1000/docker.sock'],
    // DOCKER_HOST wins over any context, as in the CLI.
    [{ DOCKER_HOST: 'unix:///tmp/d.sock', DOCKER_CONTEXT: 'remote' }, 'remote', '/tmp/d.sock'],
    [{ DOCKER_HOST: 'tcp://10.0.0.2:2376' }, null, null],
    [{ DOCKER_HOST: 'ssh://deploy@infra' }, null, null],
    [{ DOCKER_HOST: 'unix://' }, null, null],
    [{ DOCKER_CONTEXT: 'remote' }, null, null],
    [{ DOCKER_CONTEXT: 'default' }, 'remote', '/var/run/docker.sock'],
    [{}, 'colima', null]
  ])('%j, current context %s → %s', (env, context, expected) => {
    expect(engineSocketPath(env, context)).toBe(expected)
  })
})

describe('localEngineSocket reads the current context from $DOCKER_CONFIG/config.json', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'driftcheck-docker-config-archive-api-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it.each([
    ['no config file', null, '/var/run/docker.sock'],
    ['no current context', '{"auths":{}}', '/var/run/docker.sock'],
    ['a named context', '{"currentContext":"remote"}', null],
    ['an unreadable config (the CLI would fail: not the socket)', '{not json', null]
  ])('%s', async (_name, config, expected) => {
    const configDir = await mkdtemp(join(dir, 'c-'))
    if (config !== null) await writeFile(join(configDir, 'config.json'), config)
    expect(await localEngineSocket({ DOCKER_CONFIG: configDir })).toBe(expected)
  })
})
