// The docker CLI's question that the entry also asks early (wiring/early.ts), in a module of its own: the early commands
// start before the rest of the CLI loads, and the argv builders' imports (ls's operands, the artifact globs) need not load.

/** `ping`'s question to the engine. */
export const DOCKER_SERVER_VERSION = ['version', '--format', '{{.Server.Version}}'] as const
