import { describe, it, expect } from '@jest/globals'
import { buildArgs, composeInvocation, configArgs, stdinTarget, upArgs } from '../../src/adapters/compose/args.js'
import { COMPOSE_PLUGIN, COMPOSE_STANDALONE } from '../../src/adapters/compose/command.js'
import type { ComposeCommand } from '../../src/adapters/compose/command.js'
import { parseComposeVersion } from '../../src/adapters/compose/command.js'
import {
  defaultImageRef,
  defaultProjectName,
  hasDefaultName,
  normaliseProjectName
} from '../../src/adapters/compose/project.js'

const v1: ComposeCommand = { file: 'docker-compose', prefix: [], flavour: 'v1', version: '1.29.2' }
const v2: ComposeCommand = { file: 'docker', prefix: ['compose'], flavour: 'v2', version: '2.27.0' }

describe('compose version', () => {
  it.each([
    ['1.29.2\n', '1.29.2', 'v1'],
    ['v2.27.0\n', '2.27.0', 'v2'],
    ['2.24.6-desktop.1\n', '2.24.6-desktop.1', 'v2'],
    ['Docker Compose version v2.20.2\n', '2.20.2', 'v2'],
    ['docker-compose version 1.25.0, build unknown\n', '1.25.0', 'v1']
  ])('%j → %s (%s)', (output, version, flavour) => {
    expect(parseComposeVersion(output)).toEqual({ version, flavour })
  })

  it('has no version in an error message', () => {
    expect(parseComposeVersion("docker: 'compose' is not a docker command.")).toBeNull()
  })
})

describe('default project name', () => {
  it.each([
    ['/srv/ai-backoffice-pack', 'v1', 'ai-backoffice-pack'],
    ['/srv/ai-backoffice-pack', 'v2', 'ai-backoffice-pack'],
    ['/srv/My Stack.v2/', 'v1', 'mystackv2'],
    ['/srv/My_Stack-2', 'v2', 'my_stack-2'],
    ['/tmp/_hidden', 'v1', '_hidden'],
    ['/tmp/_hidden', 'v2', 'hidden'],
    ['/tmp/ÉTÉ', 'v2', 't'],
    ['/tmp/ÉÉ', 'v2', 'default'],
    ['/', 'v1', 'default']
  ] as const)('%s with %s → %s', (dir, flavour, name) => {
    expect(defaultProjectName(dir, flavour)).toBe(name)
  })
})

describe('explicit project names', () => {
  it.each([
    ['driftcheck-demo', 'v1', 'driftcheck-demo'],
    ['My.App', 'v1', 'myapp'],
    ['My.App', 'v2', 'myapp'],
    ['-x', 'v2', 'x']
  ] as const)('%s with %s → %s', (name, flavour, normalised) => {
    expect(normaliseProjectName(name, flavour)).toBe(normalised)
  })
})

describe('default image reference of a built service', () => {
  it.each([
    ['aibp', 'api', 'v1', 'aibp_api'],
    ['aibp', 'api', 'v2', 'aibp-api'],
    ['_x', 'api', 'v1', 'x_api']
  ] as const)('%s/%s with %s → %s', (project, service, flavour, ref) => {
    expect(defaultImageRef(project, service, flavour)).toBe(ref)
  })
})

describe("an image carrying compose's default name", () => {
  it.each([
    [['x_api:latest'], 'x_api', true],
    [['docker.io/library/x_api:latest'], 'x_api', true],
    [['x_api:v2'], 'x_api', false],
    [['x_api_other:latest', 'registry.example/x_api:latest'], 'x_api', false],
    [[], 'x_api', false]
  ])('%j is %s: %s', (tags, name, expected) => {
    expect(hasDefaultName(tags, name)).toBe(expected)
  })
})

describe('compose argv', () => {
  it.each([
    [v1, { project: 'p' }, ['config'], 'docker-compose', ['-p', 'p', 'config']],
    [v2, { project: 'p' }, ['config'], 'docker', ['compose', '-p', 'p', 'config']],
    [
      v1,
      { project: 'p', files: ['a.yml', 'b.yml'] },
      ['ps'],
      'docker-compose',
      ['-p', 'p', '-f', 'a.yml', '-f', 'b.yml', 'ps']
    ],
    [
      v2,
      stdinTarget({ project: 'p', files: ['a.yml'] }),
      ['build', 'api'],
      'docker',
      ['compose', '-p', 'p', '-f', '-', 'build', 'api']
    ]
  ])('%#', (command, target, subcommand, file, args) => {
    expect(composeInvocation(command, target, subcommand)).toEqual({ file, args })
  })

  it.each([
    ['docker-compose (v1, or a standalone v2)', COMPOSE_STANDALONE, ['config']],
    ['the v2 plugin', COMPOSE_PLUGIN, ['config', '--format', 'json']]
  ] as const)('config for %s', (_, command, args) => {
    expect(configArgs(command)).toEqual(args)
  })

  it.each([
    [{}, ['up', '-d', 'api', 'dashboard']],
    [{ noBuild: true }, ['up', '-d', '--no-build', 'api', 'dashboard']],
    [{ forceRecreate: true }, ['up', '-d', '--force-recreate', 'api', 'dashboard']],
    [{ noBuild: true, forceRecreate: true }, ['up', '-d', '--no-build', '--force-recreate', 'api', 'dashboard']]
  ])('up %j', (options, args) => {
    expect(upArgs(['api', 'dashboard'], options)).toEqual(args)
  })

  it('builds only the named services', () => {
    expect(buildArgs(['api'])).toEqual(['build', 'api'])
  })
})
