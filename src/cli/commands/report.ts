import { readFile } from 'node:fs/promises'
import { UsageError } from '../../core/errors.js'
import { exitCodeFor } from '../../core/verdict.js'
import { parseResult } from '../../report/index.js'
import { emitReport } from '../context.js'

/** `driftcheck report RESULT.json --format X`: re-render a saved result; the exit code follows its verdict. */
export async function reportCommand(file: string, options: { format?: string; output?: string; color?: boolean }) {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  const result = parseResult(text, file)
  await emitReport(result, options)
  return exitCodeFor(result.verdict)
}
