import { setFlagsFromString } from 'node:v8'

/**
 * V8 settings for driftcheck's own processes (the CLI and the action's steps), never for a program that imports the library.
 *
 * `--liftoff-only`: undici (the engine socket's client, and Node's own `fetch`, which Octokit uses in the action's report
 * step) parses HTTP with llhttp compiled to WebAssembly, and V8's optimising tier recompiles it in the background at the
 * first requests: ~10 MB of peak RSS and CPU taken from other work on a 2-core runner (measured when the probes still went
 * over undici: ~30 MB in a probe-only run), for a parser that reads a few small answers. The baseline compiler alone is
 * enough. It must be set before the first WebAssembly module is compiled: the entry points call this first.
 *
 * `--semi-space-growth-factor=1`: the config's parse makes short-lived garbage in bursts, and V8 answers by growing the young
 * generation to its maximum (2 × 16 MB) for the rest of a run that then holds little. Kept at its start size, peak RSS at
 * 200 features drops by ~20 MB at the same speed (`npm run bench`; ~100 ms more of collection over the run, most of it while
 * the build runs). `--max-semi-space-size` would say it more directly, but V8 reads that one only as the heap is made, before
 * any of driftcheck's code runs.
 *
 * `--no-opt`: a run waits on processes and the network; V8's optimising compiler costs memory (~8 MB of peak RSS at 200
 * features: 105 → 96 MB in alternating runs, as fast) and background CPU taken from the build on 2 cores. The price: a
 * config of thousands of features parses ~40 % slower (2000 features: 1.3 → 1.8 s, on the worker thread of
 * verify-ahead.ts). Set only after the config is read, it saves half as much.
 */
export function tuneProcess(): void {
  setFlagsFromString('--liftoff-only')
  setFlagsFromString('--semi-space-growth-factor=1')
  setFlagsFromString('--no-opt')
}
