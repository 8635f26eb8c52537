import { Readable } from 'node:stream'
import { extract, type Header as TarHeader } from 'tar-stream'

/**
 * The first header of a tar stream (`docker cp CONTAINER:PATH -`: that entry is PATH itself), read as the bytes arrive; the
 * rest is never read: returning ends the source, so the runner stops the process instead of streaming a whole directory.
 * null for a stream without entries; throws for one that is not tar (the caller turns that into an error, never "absent").
 */
export async function readTarHead(chunks: AsyncIterable<Buffer>): Promise<TarHeader | null> {
  const entries = extract()
  const source = Readable.from(chunks, { objectMode: false })
  source.on('error', (error) => entries.destroy(error))
  source.pipe(entries)
  try {
    for await (const entry of entries) {
      entry.resume()
      return entry.header
    }
    return null
  } finally {
    source.destroy()
    entries.destroy()
  }
}
