import { InfraError } from '../../core/errors.js'
import { dockerMessage } from '../docker/errors.js'
import { registryHost } from './args.js'

/** What a failed `docker push`/`docker pull` says about the registry. Anything else is reported in docker's own words. */
export type RegistryFailure = 'auth' | 'insecure' | 'tls' | 'not-found' | 'unreachable' | 'other'

const PATTERNS: [RegistryFailure, RegExp][] = [
  [
    'auth',
    /unauthorized|authentication required|no basic auth credentials|denied: |requested access to the resource is denied|may require 'docker login'/i
  ],
  ['insecure', /server gave HTTP response to HTTPS client/i],
  ['tls', /x509:|certificate signed by unknown authority|tls: /i],
  [
    'not-found',
    /manifest unknown|manifest for .* not found|not found: manifest|repository .* not found|: not found$/im
  ],
  ['unreachable', /connection refused|no such host|i\/o timeout|dial tcp|no route to host|network is unreachable/i]
]

export function classifyRegistryError(stderr: string): RegistryFailure {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(stderr)) return kind
  return 'other'
}

/**
 * A failed push or pull as one line and its fix. `where` is the machine whose engine talked to the registry (`local`, the
 * target): credentials and trust are set up there, by docker, never by driftcheck.
 */
export function registryError(
  action: 'push' | 'pull',
  ref: string,
  where: string,
  stderr: string,
  cause?: unknown
): InfraError {
  const host = registryHost(ref)
  const on = where === 'local' ? 'on this machine' : `on ${where}`
  const fix: Record<RegistryFailure, string> = {
    auth: `run \`docker login ${host}\` ${on} (docker keeps the credentials; driftcheck never sees them)`,
    insecure: `serve ${host} over TLS, or list it under "insecure-registries" in /etc/docker/daemon.json ${on}`,
    tls: `trust the registry's CA ${on}: /etc/docker/certs.d/${host}/ca.crt`,
    'not-found':
      action === 'pull'
        ? `the image was not pushed there: check that this machine and the target name the same registry (${host})`
        : `check target.registry: ${host} has no such repository`,
    unreachable: `check that ${host} is reachable ${on}`,
    other: `run \`docker ${action} ${ref}\` ${on} to see all of its output`
  }
  const kind = classifyRegistryError(stderr)
  return new InfraError(
    `docker ${action} ${ref} failed (${where}): ${dockerMessage(stderr) || 'no output'}`,
    fix[kind],
    cause === undefined ? undefined : { cause }
  )
}
