// Pure argv builders and parsers for `docker tag/push/pull`: plain argv, so they run the same locally and over ssh.

export function tagArgs(source: string, ref: string): string[] {
  return ['tag', source, ref]
}

/** Not `--quiet`: the digest is on its last line. */
export function pushArgs(ref: string): string[] {
  return ['push', ref]
}

/** `--quiet`: only the reference on success (no progress lines); errors still reach stderr. */
export function pullArgs(ref: string): string[] {
  return ['pull', '--quiet', ref]
}

/** The manifest digest `docker push` ends with (`<tag>: digest: sha256:… size: 527`); null when it printed none. */
export function parsePushDigest(stdout: string): string | null {
  return /\bdigest: (sha256:[0-9a-f]{64})\b/.exec(stdout)?.[1] ?? null
}

/**
 * The registry a reference names, as `docker login` wants it: its first component when that is a host (has `.` or `:`, or is
 * `localhost`), else Docker Hub.
 */
export function registryHost(ref: string): string {
  const first = ref.split('/')[0] ?? ''
  return ref.includes('/') && (/[.:]/.test(first) || first === 'localhost') ? first : 'docker.io'
}
