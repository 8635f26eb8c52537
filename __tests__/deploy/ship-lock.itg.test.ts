import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalRunner } from '../../src/adapters/exec.js'
import { LOCK_DIR, ShipTarget } from '../../src/adapters/ship.js'

// The lock's shell code, run for real (locally: over ssh it is the same `sh -c`): only an existing lock directory is "held".
const root = mkdtempSync(join(tmpdir(), 'driftcheck-lock-'))
const runner = new LocalRunner()
const target = (dir: string) => new ShipTarget({ local: runner, remote: runner, checkout: root, dir })
const info = { who: 'ci@runner-1', since: '2026-11-25T09:00:00.000Z', pid: 1, revision: 'abc' }

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('ShipTarget.lock', () => {
  it('takes the lock, and a second deploy is told who holds it', async () => {
    const dir = join(root, 'app')
    mkdirSync(dir)
    const release = await target(dir).lock(info)
    await expect(target(dir).lock({ ...info, who: 'someone-else' })).rejects.toThrow(
      /^deploy lock held by ci@runner-1 since/
    )
    await release()
    await (
      await target(dir).lock(info)
    )()
  })

  it('a lock that cannot be created is reported as itself, not as a lock someone holds', async () => {
    const file = join(root, 'a-file')
    writeFileSync(file, 'not a directory')
    const error = await target(join(file, 'app'))
      .lock(info)
      .then(
        () => null,
        (e: Error) => e
      )
    expect(error?.message).toMatch(/^cannot take the deploy lock in .*a-file\/app on local: .*Not a directory/)
    expect(error?.message).not.toMatch(/held/)
    expect(error?.message).not.toContain(LOCK_DIR + ' ')
  })
})
