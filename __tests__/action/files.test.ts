import { beforeAll, describe, it, expect } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionsContext, readRunContext, type ActionsContext } from '../../src/action/context.js'
import { removeSshFiles, writeSshFiles } from '../../src/action/ssh-files.js'
import { emptyState, loadState, recordError, saveState, statePath } from '../../src/action/state.js'

const temp = () => mkdtempSync(join(tmpdir(), 'driftcheck-action-'))

describe('ssh files', () => {
  it('writes the key and known_hosts 0600 with a final newline, and removes them', async () => {
    const dir = temp()
    const files = await writeSshFiles(
      { privateKey: 'KEY\nLINE', knownHosts: '[127.0.0.1]:2222 ssh-ed25519 AAAA' },
      dir,
      'abc'
    )
    for (const file of [files.identityFile!, files.knownHostsFile!]) {
      expect(statSync(file).mode & 0o777).toBe(0o600)
      expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true)
    }
    await removeSshFiles(files)
    expect(existsSync(files.identityFile!)).toBe(false)
    expect(existsSync(files.knownHostsFile!)).toBe(false)
  })

  it('writes nothing for empty inputs', async () => {
    expect(await writeSshFiles({ privateKey: '', knownHosts: '' }, temp(), 'abc')).toEqual({})
  })
})

describe('state file', () => {
  it('lives under RUNNER_TEMP, one per config, and round-trips', async () => {
    const dir = temp()
    const a = statePath(dir, '/w/a.yml')
    expect(a).toMatch(new RegExp(`^${dir}/driftcheck-state-[0-9a-f]{12}\\.json$`))
    expect(statePath(dir, '/w/b.yml')).not.toBe(a)
    const state = recordError(emptyState('/w/a.yml'), { phase: 'build', message: 'x', kind: 'infra' })
    await saveState(a, state)
    expect(statSync(a).mode & 0o777).toBe(0o600)
    expect(await loadState(a, '/w/a.yml')).toEqual(state)
    expect(await loadState(a, '/w/other.yml')).toEqual(emptyState('/w/other.yml'))
    expect(await loadState(join(dir, 'missing.json'), '/w/a.yml')).toEqual(emptyState('/w/a.yml'))
  })

  it('records the same error once', () => {
    const error = { phase: 'build', message: 'bad', kind: 'usage' as const }
    const state = recordError(recordError(emptyState('/c'), error), { ...error, phase: 'probe' })
    expect(state.errors).toHaveLength(1)
  })
})

describe('readRunContext', () => {
  const event = (payload: unknown) => {
    const file = join(temp(), 'event.json')
    writeFileSync(file, JSON.stringify(payload))
    return file
  }
  const env = {
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: 'merge',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com'
  }

  /**
   * @actions/github's own Context, hydrated from `vars` (it reads process.env and the event file when built, and
   * `repo` when asked): a fresh one per case, the process's variables restored after.
   */
  let Context: new () => ActionsContext
  beforeAll(async () => {
    Context = (await actionsContext()).constructor as new () => ActionsContext
  })
  const readRunContextOf = (vars: Record<string, string>) => {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]))
    Object.assign(process.env, vars)
    try {
      return readRunContext(new Context(), '/w')
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k]
        else process.env[k] = v
      }
    }
  }

  it('pull_request: the PR number and its head sha (not GITHUB_SHA, the merge commit)', () => {
    const ctx = readRunContextOf({
      ...env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event({ pull_request: { number: 7, head: { sha: 'head' } } })
    })
    expect([ctx.owner, ctx.repo, ctx.pullNumber, ctx.pullHeadSha, ctx.sha]).toEqual([
      'acme',
      'shop',
      7,
      'head',
      'merge'
    ])
    expect(ctx.runUrl).toBe('https://github.com/acme/shop/actions/runs/42')
  })

  it('issue_comment on a PR: the number, the head to be asked for', () => {
    const ctx = readRunContextOf({
      ...env,
      GITHUB_EVENT_NAME: 'issue_comment',
      GITHUB_EVENT_PATH: event({ issue: { number: 9, pull_request: {} } })
    })
    expect([ctx.pullNumber, ctx.pullHeadSha]).toEqual([9, null])
  })

  it('release: the release id; push: neither', () => {
    expect(
      readRunContextOf({ ...env, GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: event({ release: { id: 5 } }) })
        .releaseId
    ).toBe(5)
    const push = readRunContextOf({
      ...env,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event({ ref: 'refs/heads/main' })
    })
    expect([push.pullNumber, push.releaseId]).toEqual([null, null])
  })

  it('no repository and no run id: empty names and no run link (the report step then skips GitHub)', () => {
    const ctx = readRunContextOf({
      GITHUB_REPOSITORY: '',
      GITHUB_RUN_ID: '',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: event({})
    })
    expect([ctx.owner, ctx.repo, ctx.runUrl]).toEqual(['', '', undefined])
  })
})
