import { Readable } from 'node:stream'
import { extract, type Header as TarHeader } from 'tar-stream'

export interface TarDirectory {
  /** The first entry: the directory itself (`assets/`), or whatever the path is when it is not a directory. */
  root: TarHeader
  /** Its direct entries, in the order read, each with its name inside the directory (`index-3f9a1c.js`, `sub`). */
  entries: { name: string; header: TarHeader }[]
}

/**
 * The direct entries of the directory a `docker cp CONTAINER:DIR/ - ` stream holds (its first entry is DIR itself, then its
 * whole tree, depth first). File contents are skipped as they pass, never held; reading ends — and so does the process —
 * at the end of the stream, or as soon as `done(name)` says the entries still to come cannot matter.
 * null for a stream without entries; throws for one that is not tar.
 */
export async function readTarDirectory(
  chunks: AsyncIterable<Buffer>,
  done: (name: string) => boolean = () => false
): Promise<TarDirectory | null> {
  const tar = extract()
  const source = Readable.from(chunks, { objectMode: false })
  source.on('error', (error) => tar.destroy(error))
  source.pipe(tar)
  try {
    let root: TarHeader | null = null
    let inside = ''
    const entries: TarDirectory['entries'] = []
    for await (const entry of tar) {
      entry.resume()
      if (!root) {
        root = entry.header
        if (root.type !== 'directory') break
        inside = `${root.name.replace(/\/+$/, '')}/`
        continue
      }
      const name = directChild(entry.header.name, inside)
      if (name === null) continue
      entries.push({ name, header: entry.header })
      if (done(name)) break
    }
    return root ? { root, entries } : null
  } finally {
    source.destroy()
    tar.destroy()
  }
}

/** `assets/index.js` in `assets/` → `index.js`; `assets/sub/` → `sub`; `assets/sub/x.js` (deeper) → null. */
export function directChild(entryName: string, inside: string): string | null {
  if (!entryName.startsWith(inside)) return null
  const rest = entryName.slice(inside.length).replace(/\/+$/, '')
  return rest === '' || rest.includes('/') ? null : rest
}
