/** `{host}` in `services.<name>.nodeUrl`: the host name of a fleet node's ssh URL. */
export const NODE_URL_PLACEHOLDER = '{host}'

/** `http://{host}:8080` for `node-2` → `http://node-2:8080`; an IPv6 address is bracketed, as a URL needs it. */
export function nodeUrlFor(template: string, hostname: string): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname
  return template.split(NODE_URL_PLACEHOLDER).join(host)
}
