import { describe, expect, it } from '@jest/globals'
import { pack, type Header } from 'tar-stream'
import { directChild, readTarDirectory } from '../../src/adapters/docker/tar-directory.js'

type Entry = Partial<Header> & { name: string; body?: string }

/** A tar as `docker cp CONTAINER:/app/assets/ -` sends it: the directory, then its tree depth first, in name order. */
async function tarOf(entries: Entry[]): Promise<Buffer[]> {
  const tar = pack()
  for (const { body, ...header } of entries) tar.entry(header, body ?? '')
  tar.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of tar) chunks.push(chunk as Buffer)
  return chunks
}

/** Yields the chunks one by one and counts how many were asked for (proves reading stopped early). */
function source(chunks: Buffer[]) {
  const state = { pulled: 0 }
  const iterable = (async function* () {
    for (const chunk of chunks) {
      state.pulled++
      yield chunk
    }
  })()
  return { iterable, state }
}

const ASSETS: Entry[] = [
  { name: 'assets/', type: 'directory', mode: 0o755 },
  { name: 'assets/a.js', body: 'a' },
  { name: 'assets/index-3f9a1c.js', body: 'x'.repeat(10_000) },
  { name: 'assets/sub/', type: 'directory', mode: 0o755 },
  { name: 'assets/sub/deep.js', body: 'deep' },
  { name: 'assets/vendor-77aa01.js', body: 'v'.repeat(200_000) },
  { name: 'assets/zz/', type: 'directory', mode: 0o755 },
  { name: 'assets/zz/q', body: 'q' }
]

describe('readTarDirectory', () => {
  it('keeps the direct entries only, skipping contents and deeper entries', async () => {
    const { iterable } = source(await tarOf(ASSETS))
    const read = await readTarDirectory(iterable)
    expect(read!.root.type).toBe('directory')
    expect(read!.entries.map((e) => [e.name, e.header.type, e.header.size])).toEqual([
      ['a.js', 'file', 1],
      ['index-3f9a1c.js', 'file', 10_000],
      ['sub', 'directory', 0],
      ['vendor-77aa01.js', 'file', 200_000],
      ['zz', 'directory', 0]
    ])
  })

  it('stops as soon as `done` says so: the rest of the stream is never pulled', async () => {
    const chunks = await tarOf(ASSETS)
    const all = source(chunks)
    await readTarDirectory(all.iterable)
    const early = source(chunks)
    const read = await readTarDirectory(early.iterable, (name) => name > 'index-')
    expect(read!.entries.map((e) => e.name)).toEqual(['a.js', 'index-3f9a1c.js'])
    expect(early.state.pulled).toBeLessThan(all.state.pulled)
  })

  it('a path that is not a directory: its own entry, nothing else', async () => {
    const { iterable } = source(await tarOf([{ name: 'app.js', body: 'x' }]))
    const read = await readTarDirectory(iterable)
    expect(read!.root.type).toBe('file')
    expect(read!.entries).toEqual([])
  })

  it('null for an empty stream; throws for one that is not tar', async () => {
    expect(await readTarDirectory(source([]).iterable)).toBeNull()
    await expect(readTarDirectory(source([Buffer.from('Error: not a tar\n'.repeat(64))]).iterable)).rejects.toThrow()
  })

  it.each([
    ['assets/index.js', 'assets/', 'index.js'],
    ['assets/sub/', 'assets/', 'sub'],
    ['assets/sub/x.js', 'assets/', null],
    ['assets/', 'assets/', null],
    ['other/x.js', 'assets/', null],
    // `docker cp CONTAINER:/ -` names its entries from the root: `/`, `/app/`, `/app/a.js`.
    ['/app/', '/', 'app'],
    ['/app/a.js', '/', null]
  ])('directChild(%s, %s) → %s', (name, inside, expected) => {
    expect(directChild(name, inside)).toBe(expected)
  })
})
