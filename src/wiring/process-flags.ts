import { setFlagsFromString } from 'node:v8'

/**
 * V8 settings for driftcheck's own processes (the CLI and the action's steps), never for a program that imports the library.
 *
 * `--liftoff-only`: undici parses HTTP with llhttp compiled to WebAssembly, and V8's optimising tier recompiles it in the
 * background at the first probes: ~10 MB of peak RSS in a whole verify at 200 features (~30 MB in a probe-only run) and CPU
 * taken from the build on a 2-core runner, for a parser that reads a few hundred small answers. The baseline compiler alone
 * is enough for that. It must be set before the first WebAssembly module is compiled: the entry points call this first.
 *
 * `--semi-space-growth-factor=1`: the config's parse makes short-lived garbage in bursts, and V8 answers by growing the young
 * generation to its maximum (2 × 16 MB) for the rest of a run that then holds little. Kept at its start size, peak RSS at
 * 200 features drops by ~20 MB at the same speed (`npm run bench`; ~100 ms more of collection over the run, most of it while
 * the build runs). `--max-semi-space-size` would say it more directly, but V8 reads that one only as the heap is made, before
 * any of driftcheck's code runs.
 */
export function tuneProcess(): void {
  setFlagsFromString('--liftoff-only')
  setFlagsFromString('--semi-space-growth-factor=1')
}
