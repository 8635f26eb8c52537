import { describe, it, expect } from '@jest/globals'
import { getSettings } from '../../src/action/inputs.js'
import { UsageError } from '../../src/core/errors.js'
import { LAYERS } from '../../src/core/model.js'

const base = { GITHUB_WORKSPACE: '/work/repo' }

describe('getSettings', () => {
  it('has defaults for every input', () => {
    expect(getSettings(base)).toEqual({
      config: '/work/repo/driftcheck.yml',
      command: 'verify',
      layers: [...LAYERS],
      services: [],
      strategy: 'source',
      batch: 1,
      githubToken: '',
      comment: true,
      checkRun: true,
      commitStatus: true,
      statusContext: 'driftcheck',
      failOn: 'error',
      environment: '',
      environmentUrl: '',
      issue: false,
      sshPrivateKey: '',
      sshKnownHosts: '',
      workingDirectory: '/work/repo'
    })
  })

  it('resolves the config from the working directory, and reads hyphenated and underscored names', () => {
    const settings = getSettings({
      ...base,
      INPUT_WORKING_DIRECTORY: 'deploy',
      INPUT_CONFIG: 'prod.yml',
      'INPUT_GITHUB-TOKEN': 'ghs_abc',
      INPUT_LAYERS: 'source, route\nauth',
      INPUT_SERVICES: 'api,dashboard',
      INPUT_FAIL_ON: 'never',
      INPUT_COMMENT: 'False',
      INPUT_DEPLOY_STRATEGY: 'registry'
    })
    expect(settings.strategy).toBe('registry')
    expect(settings.config).toBe('/work/repo/deploy/prod.yml')
    expect(settings.githubToken).toBe('ghs_abc')
    expect(settings.layers).toEqual(['source', 'route', 'auth'])
    expect(settings.services).toEqual(['api', 'dashboard'])
    expect(settings.failOn).toBe('never')
    expect(getSettings({ ...base, INPUT_DEPLOY_BATCH: '3' }).batch).toBe(3)
    expect(settings.comment).toBe(false)
  })

  it('reads the deployment and watch inputs', () => {
    const settings = getSettings({
      ...base,
      INPUT_ENVIRONMENT: ' production ',
      INPUT_ENVIRONMENT_URL: 'https://shop.example.com',
      INPUT_ISSUE: 'true'
    })
    expect([settings.environment, settings.environmentUrl, settings.issue]).toEqual([
      'production',
      'https://shop.example.com',
      true
    ])
  })

  it('keeps the line breaks of a key and turns CRLF into LF', () => {
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\r\nAAAA\r\n-----END OPENSSH PRIVATE KEY-----\r\n'
    expect(getSettings({ ...base, INPUT_SSH_PRIVATE_KEY: key }).sshPrivateKey).toBe(
      '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----'
    )
  })

  it.each([
    ['INPUT_COMMAND', 'destroy', "Invalid command 'destroy'. Expected one of: verify, deploy, preview."],
    ['INPUT_FAIL_ON', 'sometimes', "Invalid fail-on 'sometimes'. Expected one of: drift, error, never."],
    ['INPUT_COMMENT', 'yes', "Invalid comment 'yes'. Expected true or false."],
    ['INPUT_CHECK_RUN', '1', "Invalid check-run '1'. Expected true or false."],
    ['INPUT_ISSUE', 'on', "Invalid issue 'on'. Expected true or false."],
    [
      'INPUT_ENVIRONMENT_URL',
      'shop.example.com',
      "Invalid environment-url 'shop.example.com'. Expected an http:// or https:// URL."
    ],
    ['INPUT_DEPLOY_STRATEGY', 'rsync', "Invalid deploy-strategy 'rsync'. Expected one of: source, image, registry."],
    ['INPUT_DEPLOY_BATCH', '0', "Invalid deploy-batch '0'. Expected a whole number >= 1."],
    ['INPUT_DEPLOY_BATCH', 'two', "Invalid deploy-batch 'two'. Expected a whole number >= 1."],
    [
      'INPUT_LAYERS',
      'source,routes',
      "Invalid layers 'routes'. Expected a comma-separated list of: source, artifact, container, route, auth."
    ]
  ])('%s=%s is a one-line usage error quoting the value', (name, value, message) => {
    const read = () => getSettings({ ...base, [name]: value })
    expect(read).toThrow(UsageError)
    expect(read).toThrow(message)
  })
})
