import { createReadStream } from 'node:fs'
import { extract, type Header as TarHeader } from 'tar-stream'

/** An entry's kind as tar-stream names it (`file`, `directory`, `symlink`, …). */
export type TarEntryType = TarHeader['type']

/**
 * The names and types of every entry of a tar file on disk, streamed (bodies are drained, never held): what `git archive`
 * really put in it, `export-ignore` and all. tar-stream follows PAX and GNU long names.
 */
export async function listTarEntries(file: string): Promise<{ name: string; type: TarEntryType }[]> {
  const entries: { name: string; type: TarEntryType }[] = []
  const reader = extract()
  const source = createReadStream(file)
  source.on('error', (error) => reader.destroy(error))
  source.pipe(reader)
  try {
    for await (const entry of reader) {
      entries.push({ name: entry.header.name, type: entry.header.type })
      entry.resume()
    }
  } catch (error) {
    throw new Error(`${file}: not a readable tar archive (${(error as Error).message})`, { cause: error })
  } finally {
    source.destroy()
  }
  return entries
}
