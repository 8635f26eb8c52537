// `target.registry`: an image repository prefix as docker writes it (`registry.example.com/acme`, `10.0.0.5:5000`), never
// a URL with credentials in it. Docker's own login (`docker login`, its credential store) holds those on each side.

// docker/distribution's reference grammar: a domain (optional port) or a bracketed IPv6 address, then path components.
const DOMAIN = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?`
const COMPONENT = String.raw`[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*`
const REGISTRY = new RegExp(`^${DOMAIN}(?:/${COMPONENT})*$`)
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//
// A prefix never holds an `@` (no digest either): `user:pass@` or `user@` (after any scheme) is credentials, up to the LAST
// `@`, since a password may hold `/` or `@` itself.
const USERINFO = /^((?:[A-Za-z][A-Za-z0-9+.-]*:\/\/)?).*@/s

export type RegistryProblem = 'credentials' | 'scheme' | 'format'

/** What is wrong with a `target.registry` value, or null when docker can push to `<value>/<service>:<tag>`. */
export function registryProblem(value: string): RegistryProblem | null {
  const trimmed = value.trim().replace(/\/+$/, '')
  if (USERINFO.test(trimmed)) return 'credentials'
  if (SCHEME.test(trimmed)) return 'scheme'
  return REGISTRY.test(trimmed) ? null : 'format'
}

/** The value with any `user:pass@` replaced by `***@`: what a message may quote. */
export function withoutUserinfo(value: string): string {
  return value.replace(USERINFO, '$1***@')
}
