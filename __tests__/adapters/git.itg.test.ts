import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { GitSourceTree } from '../../src/adapters/git.js'
import { LocalRunner } from '../../src/adapters/exec.js'
import type { CommandRunner, StdoutReader } from '../../src/core/ports.js'

async function write(root: string, file: string, text = 'x') {
  await mkdir(dirname(join(root, file)), { recursive: true })
  await writeFile(join(root, file), text)
}
const git = (cwd: string, ...args: string[]) =>
  execa('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd
  })

/** Counts the commands, to prove every git call goes through the runner. */
class CountingRunner implements CommandRunner {
  readonly where = 'local'
  readonly commands: string[] = []
  private readonly inner = new LocalRunner()
  run(file: string, args: readonly string[], options?: Parameters<CommandRunner['run']>[2]) {
    this.commands.push([file, ...args].join(' '))
    return this.inner.run(file, args, options)
  }
  stream<T>(
    file: string,
    args: readonly string[],
    read: StdoutReader<T>,
    options?: Parameters<CommandRunner['run']>[2]
  ) {
    return this.inner.stream(file, args, read, options)
  }
  runWithStdinFile(file: string, args: readonly string[], path: string, options?: Parameters<CommandRunner['run']>[2]) {
    return this.inner.runWithStdinFile(file, args, path, options)
  }
}

describe('GitSourceTree on a real git repository', () => {
  let repo: string
  let plain: string
  let head: string

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'driftcheck-git-'))
    plain = await mkdtemp(join(tmpdir(), 'driftcheck-plain-'))
    await git(repo, 'init', '-q')
    await write(repo, 'backend/src/modules/workflow/index.ts')
    await write(repo, 'backend/src/modules/workflow/steps/close books.ts')
    await write(repo, 'dashboard/src/pages/Workflow.tsx')
    await write(repo, 'dashboard/src/pages/Billing.tsx')
    await write(repo, 'doomed.txt')
    await git(repo, 'add', '.')
    await git(repo, 'commit', '-q', '-m', 'init')
    head = (await git(repo, 'rev-parse', 'HEAD')).stdout.trim()
    // Present on disk, but not tracked: must not count.
    await write(repo, 'backend/src/modules/untracked/index.ts')
    await write(repo, 'dashboard/src/pages/Draft.tsx')
    await rm(join(repo, 'doomed.txt'))
    await write(plain, 'backend/src/modules/workflow/index.ts')
    await mkdir(join(plain, 'empty'))
  })
  afterAll(async () => {
    await rm(repo, { recursive: true, force: true })
    await rm(plain, { recursive: true, force: true })
  })

  it('revision is HEAD', async () => {
    expect(await new GitSourceTree(repo, new LocalRunner()).revision()).toBe(head)
  })

  it('a folder matches its tracked files; a file matches itself; globs work', async () => {
    const tree = new GitSourceTree(repo, new LocalRunner())
    expect(await tree.match('backend/src/modules/workflow/')).toEqual([
      'backend/src/modules/workflow/index.ts',
      'backend/src/modules/workflow/steps/close books.ts'
    ])
    expect(await tree.match('backend/src/modules/workflow')).toHaveLength(2)
    expect(await tree.match('dashboard/src/pages/Workflow.tsx')).toEqual(['dashboard/src/pages/Workflow.tsx'])
    expect(await tree.match('dashboard/src/pages/*.tsx')).toEqual([
      'dashboard/src/pages/Billing.tsx',
      'dashboard/src/pages/Workflow.tsx'
    ])
  })

  it('untracked files and tracked files deleted from the working tree do not count', async () => {
    const tree = new GitSourceTree(repo, new LocalRunner())
    expect(await tree.match('backend/src/modules/untracked/')).toEqual([])
    expect(await tree.match('dashboard/src/pages/Draft.tsx')).toEqual([])
    expect(await tree.match('doomed.txt')).toEqual([])
  })

  it('a root inside the repository matches relative to that root', async () => {
    const tree = new GitSourceTree(join(repo, 'dashboard'), new LocalRunner())
    expect(await tree.match('src/pages/Workflow.tsx')).toEqual(['src/pages/Workflow.tsx'])
    expect(await tree.revision()).toBe(head)
  })

  it('lists tracked files once per tree, through the runner', async () => {
    const runner = new CountingRunner()
    const tree = new GitSourceTree(repo, runner)
    await tree.match('a')
    await tree.match('b')
    expect(runner.commands.filter((c) => c.startsWith('git ls-files'))).toEqual([
      'git ls-files -z',
      'git ls-files -z --deleted'
    ])
  })

  it('outside git: no revision, and the filesystem answers', async () => {
    const tree = new GitSourceTree(plain, new LocalRunner())
    expect(await tree.revision()).toBeNull()
    expect(await tree.match('backend/src/modules/workflow/')).toEqual(['backend/src/modules/workflow/index.ts'])
    expect(await tree.match('backend/**/*.ts')).toEqual(['backend/src/modules/workflow/index.ts'])
    expect(await tree.match('empty')).toEqual(['empty/'])
    expect(await tree.match('missing/')).toEqual([])
  })

  it('a repository without commits has no revision but still knows its staged files', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'driftcheck-fresh-'))
    try {
      await git(fresh, 'init', '-q')
      await write(fresh, 'a/b.ts')
      await git(fresh, 'add', '.')
      const tree = new GitSourceTree(fresh, new LocalRunner())
      expect(await tree.revision()).toBeNull()
      expect(await tree.match('a')).toEqual(['a/b.ts'])
    } finally {
      await rm(fresh, { recursive: true, force: true })
    }
  })

  it('dirty: a clean checkout is not; a changed tracked file or an untracked file (which a build takes) is; an ignored one is not', async () => {
    const work = await mkdtemp(join(tmpdir(), 'driftcheck-dirty-'))
    try {
      await git(work, 'init', '-q')
      await write(work, 'app/index.ts')
      await writeFile(join(work, '.gitignore'), 'node_modules/\n')
      await git(work, 'add', '.')
      await git(work, 'commit', '-q', '-m', 'init')
      const tree = new GitSourceTree(work, new LocalRunner())
      expect(await tree.dirty()).toBe(false)
      await write(work, 'node_modules/x/index.js')
      expect(await tree.dirty()).toBe(false)
      await write(work, 'app/new-module.ts')
      expect(await tree.dirty()).toBe(true)
      await rm(join(work, 'app/new-module.ts'))
      await writeFile(join(work, 'app/index.ts'), 'changed\n')
      expect(await tree.dirty()).toBe(true)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  })

  it('dirty outside git is false (nothing to compare with)', async () => {
    expect(await new GitSourceTree(plain, new LocalRunner()).dirty()).toBe(false)
  })
})
