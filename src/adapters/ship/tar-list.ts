import { open } from 'node:fs/promises'
import { cString, paxRecords, readHeaderBlock, TAR_BLOCK, type TarEntryType } from '../docker/tar.js'

// PAX per-entry (`x`) and global (`g`) headers, GNU long name (`L`) and long link (`K`): they describe the next entry.
const META_FLAGS = ['x', 'g', 'L', 'K']

/**
 * The names and types of every entry of a tar file on disk, reading only the headers (bodies are skipped, never loaded):
 * what `git archive` really put in it, `export-ignore` and all. PAX `x` and GNU `L` long names are followed.
 */
export async function listTarEntries(file: string): Promise<{ name: string; type: TarEntryType }[]> {
  const handle = await open(file, 'r')
  try {
    const readAt = async (offset: number, length: number): Promise<Buffer> => {
      const buffer = Buffer.alloc(length)
      const { bytesRead } = await handle.read(buffer, 0, length, offset)
      return buffer.subarray(0, bytesRead)
    }
    const entries: { name: string; type: TarEntryType }[] = []
    let offset = 0
    let next: { name?: string; size?: number } = {}
    for (;;) {
      const header = await readAt(offset, TAR_BLOCK)
      // Two zero blocks end the archive; a short read without them is a truncated one.
      if (header.length === TAR_BLOCK && header.every((b) => b === 0)) return entries
      if (header.length < TAR_BLOCK) throw new Error(`${file}: truncated tar archive at byte ${offset}`)
      const block = readHeaderBlock(header)
      const meta = META_FLAGS.includes(block.flag)
      const size = meta ? block.size : (next.size ?? block.size)
      if (block.flag === 'x') next = { ...next, ...paxRecords(await readAt(offset + TAR_BLOCK, block.size)) }
      else if (block.flag === 'L') next.name = cString(await readAt(offset + TAR_BLOCK, block.size), 0, block.size)
      else if (!meta) {
        entries.push({ name: next.name ?? block.name, type: block.type })
        next = {}
      }
      offset += TAR_BLOCK + Math.ceil(size / TAR_BLOCK) * TAR_BLOCK
    }
  } finally {
    await handle.close()
  }
}
