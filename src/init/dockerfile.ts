import { DockerfileParser, type Instruction } from 'dockerfile-ast'

/**
 * A Dockerfile as `init` needs it: its stages, each with its base and the instructions that place files (COPY/ADD, WORKDIR,
 * RUN). Parsed by dockerfile-ast (line continuations, JSON form, flags, heredocs are its business), never by regexes.
 */
export interface DockerStage {
  /** `AS name`, lowercased (stage names are case-insensitive); null when unnamed. */
  name: string | null
  /** The FROM image, or the earlier stage it builds on (`FROM build AS test`). */
  base: string
  steps: StageStep[]
}

export type StageStep =
  | { kind: 'workdir'; path: string; line: number }
  | { kind: 'copy'; keyword: 'COPY' | 'ADD'; sources: string[]; dest: string; from: string | null; line: number }
  | { kind: 'run'; line: number }

/** One-based line numbers, as a person reads the file. */
export function parseDockerfile(text: string): DockerStage[] {
  const stages: DockerStage[] = []
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase()
    const line = instruction.getRange().start.line + 1
    if (keyword === 'FROM') {
      const [image = '', as, name] = instruction.getArguments().map((a) => a.getValue())
      stages.push({ name: as?.toUpperCase() === 'AS' && name ? name.toLowerCase() : null, base: image, steps: [] })
      continue
    }
    const stage = stages.at(-1)
    if (!stage) continue // ARG before the first FROM: nothing is placed in an image by it.
    if (keyword === 'WORKDIR') stage.steps.push({ kind: 'workdir', path: argumentsOf(instruction).join(' '), line })
    else if (keyword === 'RUN') stage.steps.push({ kind: 'run', line })
    else if (keyword === 'COPY' || keyword === 'ADD') {
      const words = argumentsOf(instruction)
      if (words.length < 2) continue // invalid; docker refuses to build it
      const from = flagsOf(instruction).find((f) => f.name === 'from')?.value ?? null
      stage.steps.push({ kind: 'copy', keyword, sources: words.slice(0, -1), dest: words.at(-1)!, from, line })
    }
  }
  return stages
}

/** The words of an instruction without its flags: the JSON form's strings, or the shell form's arguments. */
function argumentsOf(instruction: Instruction): string[] {
  const json = 'getJSONStrings' in instruction ? (instruction as JsonLike).getJSONStrings() : []
  if (json.length) return json.map((s) => s.getJSONValue())
  return instruction.getArguments().map((a) => a.getValue())
}

function flagsOf(instruction: Instruction): { name: string; value: string | null }[] {
  if (!('getFlags' in instruction)) return []
  return (instruction as FlagLike).getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() }))
}

interface JsonLike {
  getJSONStrings(): { getJSONValue(): string }[]
}
interface FlagLike {
  getFlags(): { getName(): string; getValue(): string | null }[]
}
