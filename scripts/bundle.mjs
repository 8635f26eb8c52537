// Bundles the two entry points with @vercel/ncc into committed, self-contained files:
//   src/cli/index.ts    → dist/cli/index.js     (package.json bin.driftcheck)
//   src/action/main.ts  → dist/action/index.js  (each composite step: node dist/action/index.js <phase>)
// CI rebuilds and diffs dist/ (scripts/check-dist.sh): the action must not drift from its own source.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = [
  ['src/cli/index.ts', 'dist/cli'],
  ['src/action/main.ts', 'dist/action']
]
rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of entries) {
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit'
    }
  )
}
console.log(`bundled ${entries.map(([, out]) => `${out}/index.js`).join(', ')}`)
