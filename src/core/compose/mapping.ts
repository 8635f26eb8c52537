/** A YAML mapping of a compose file (a service, `build:`, a long-form port), as opposed to a list, a scalar or null. */
export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
