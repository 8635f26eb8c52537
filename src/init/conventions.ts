import { posix } from 'node:path'

/**
 * Folder conventions: a folder whose children are each one feature (`src/modules/billing/`, `pages/Workflow.html`,
 * `apps/api/`). What `init` turns into `discover` entries. Pure: it reads a list of the checkout's files.
 */
export interface Convention {
  /** The folder holding the features, relative to the repository root: `backend/src/modules`. */
  folder: string
  /** Which convention it is: the folder's own name (`modules`, `routes`, `pages`, `apps`, …). */
  kind: string
  /** A discover source glob: `backend/src/modules/*\/` (folders) or `web/pages/*.html` (files of one extension). */
  glob: string
  children: 'folders' | 'files'
  /** For `files`: the extension every child has, `.html`. */
  extension?: string
  /** The children's names, sorted (as discover names them). */
  names: string[]
}

/** Folder names whose children are features, by how common they are. */
export const CONVENTION_FOLDERS = [
  'modules',
  'routes',
  'pages',
  'features',
  'controllers',
  'handlers',
  'plugins',
  'apps',
  'packages'
] as const

/** Never read for conventions: dependencies, build output, VCS data. */
const SKIPPED = new Set(['node_modules', 'vendor', 'dist', 'build', 'out', 'coverage', 'target', '__pycache__'])

/** The conventions among `files` (repository-relative paths), in path order. */
export function detectConventions(files: readonly string[]): Convention[] {
  const byFolder = new Map<string, { dirs: Set<string>; files: string[] }>()
  for (const file of files) {
    const parts = file.split('/')
    if (parts.some((p) => SKIPPED.has(p) || p.startsWith('.'))) continue
    for (let i = 0; i < parts.length - 1; i++) {
      if (!(CONVENTION_FOLDERS as readonly string[]).includes(parts[i]!)) continue
      const folder = parts.slice(0, i + 1).join('/')
      const entry = byFolder.get(folder) ?? { dirs: new Set<string>(), files: [] }
      if (i + 2 < parts.length) entry.dirs.add(parts[i + 1]!)
      else entry.files.push(parts[i + 1]!)
      byFolder.set(folder, entry)
    }
  }
  const conventions: Convention[] = []
  for (const [folder, entry] of [...byFolder].sort(([a], [b]) => a.localeCompare(b))) {
    const kind = posix.basename(folder)
    if (entry.dirs.size) {
      conventions.push({ folder, kind, glob: `${folder}/*/`, children: 'folders', names: [...entry.dirs].sort() })
      continue
    }
    // Files of one kind only (pages/*.html): mixed kinds are code of the folder itself, not one feature per file.
    const features = entry.files
    const extensions = new Set(features.map((f) => posix.extname(f)))
    const [extension] = extensions
    if (extensions.size === 1 && extension && features.length) {
      const names = features.map((f) => f.slice(0, -extension.length)).sort()
      conventions.push({ folder, kind, glob: `${folder}/*${extension}`, children: 'files', extension, names })
    }
  }
  return conventions.filter((c) => !nestedInAnother(c, conventions))
}

/** `apps/api/src/modules` is its own convention; `apps/api/src/modules/x/routes` (inside a module) is not. */
function nestedInAnother(convention: Convention, all: readonly Convention[]): boolean {
  return all.some(
    (other) =>
      other !== convention &&
      other.kind !== 'apps' &&
      other.kind !== 'packages' &&
      convention.folder.startsWith(`${other.folder}/`)
  )
}
