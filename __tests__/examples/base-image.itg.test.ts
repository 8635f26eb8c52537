import { describe, it, expect } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

// scripts/base-image.sh: the offline base images of the example stack (no registry here).
const script = join(process.cwd(), 'scripts/base-image.sh')
const docker = (...args: string[]) => execFileSync('docker', args, { encoding: 'utf8' }).trim()

describe('scripts/base-image.sh', () => {
  it('builds once, then prints one line saying the images are up to date, fast', () => {
    execFileSync('bash', [script], { encoding: 'utf8' })
    const started = Date.now()
    const output = execFileSync('bash', [script], { encoding: 'utf8' })
    expect(output.trim().split('\n')).toHaveLength(1)
    expect(output).toMatch(/^base images up to date: driftcheck\/node-base:local \(node-v\d+\.\d+\.\d+-[0-9a-f]{12}\)/)
    expect(Date.now() - started).toBeLessThan(5_000)
  }, 60_000)

  it('node-base runs this machine’s node version, with busybox as sh and ls', () => {
    const stamp = docker(
      'image',
      'inspect',
      '--format',
      '{{index .Config.Labels "org.driftcheck.base"}}',
      'driftcheck/node-base:local'
    )
    expect(stamp.startsWith(`node-${process.version}-`)).toBe(true)
    expect(docker('run', '--rm', 'driftcheck/node-base:local', 'node', '-p', 'process.version')).toBe(process.version)
    expect(docker('run', '--rm', 'driftcheck/node-base:local', 'sh', '-c', 'ls -d /bin/ls /usr/local/bin/node')).toBe(
      '/bin/ls\n/usr/local/bin/node'
    )
  }, 60_000)

  it('busybox:local has httpd for the dashboard and no node', () => {
    expect(
      docker('run', '--rm', 'driftcheck/busybox:local', 'sh', '-c', 'ls -d /bin/httpd; ls /usr/local/bin 2>&1 || true')
    ).toMatch(/^\/bin\/httpd\nls: \/usr\/local\/bin: No such file or directory$/)
  }, 60_000)
})
