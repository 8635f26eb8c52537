import { chmod, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

export interface SshFiles {
  identityFile?: string
  knownHostsFile?: string
}

/**
 * Writes the `ssh-private-key` / `ssh-known-hosts` inputs to 0600 files under `dir` (the runner's temp folder), named
 * per config so two driftcheck steps in one job do not share them. OpenSSH refuses a key without its final newline.
 */
export async function writeSshFiles(
  inputs: { privateKey: string; knownHosts: string },
  dir: string,
  id: string
): Promise<SshFiles> {
  const files: SshFiles = {}
  if (inputs.privateKey) {
    files.identityFile = join(dir, `driftcheck-ssh-key-${id}`)
    await writePrivate(files.identityFile, withFinalNewline(inputs.privateKey))
  }
  if (inputs.knownHosts) {
    files.knownHostsFile = join(dir, `driftcheck-known-hosts-${id}`)
    await writePrivate(files.knownHostsFile, withFinalNewline(inputs.knownHosts))
  }
  return files
}

export async function removeSshFiles(files: SshFiles): Promise<void> {
  await Promise.all([files.identityFile, files.knownHostsFile].filter(Boolean).map((f) => rm(f!, { force: true })))
}

async function writePrivate(file: string, content: string): Promise<void> {
  await writeFile(file, content, { mode: 0o600 })
  await chmod(file, 0o600) // an existing file keeps its old mode through writeFile
}

function withFinalNewline(text: string): string {
  const lf = text.replace(/\r\n/g, '\n')
  return lf.endsWith('\n') ? lf : `${lf}\n`
}
