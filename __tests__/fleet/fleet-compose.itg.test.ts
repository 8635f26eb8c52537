// A fleet of three real hosts (helpers/fleet.ts: own netns, dockerd, sshd each) running one compose project, end to end
// through the CLI: a rolling deploy (batches, each verified), one that stops at a failing batch and puts it back, the
// report saying which host runs which revision, a stale node named, a node's own URL disagreeing with the public URL
// (a balancer in front of node-1), and an unreachable node that is `error` for what it hosts, never skipped.
//
// The nodes build from the shipped tree (`FROM driftcheck/busybox:local`, loaded on every node at start); nothing is pulled.
// node-2's failure is real: an operator's docker-compose.override.yml there (untracked: deploys leave it alone) bind-mounts
// an old copy of /www over the image's, so the new route answers 404 on that node whatever image it runs.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execa } from 'execa'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { main } from '../../src/cli/main.js'
import type { RunResult } from '../../src/core/model.js'
import { render } from '../../src/report/index.js'
import { startFleet, type Fleet, type FleetNode } from '../helpers/fleet.js'
import { uniqueName } from '../helpers/images.js'

const project = uniqueName('fleet-compose')
const ACTION = join(process.cwd(), 'src', 'action', 'main.ts')
// The phases run in the checkout, where `--import tsx` would not resolve: name the loader's file.
const TSX = pathToFileURL(join(process.cwd(), 'node_modules', 'tsx', 'dist', 'loader.mjs')).href
const dir = `/srv/${project}`

let fleet: Fleet
let root: string
let checkout: string
let configFile: string
let balancer: Server
let balancerPort: number
let nodes: { n1: FleetNode; n2: FleetNode; n3: FleetNode }
let oldRevision: string
let headRevision: string

const git = (...args: string[]) => execa('git', ['-C', checkout, ...args])
async function commit(message: string): Promise<string> {
  await git('add', '-A')
  await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', message)
  return (await git('rev-parse', 'HEAD')).stdout.trim()
}

/** `driftcheck …` through the CLI's own entry, the JSON result read back. */
async function cli(...args: string[]): Promise<{ code: number; result: RunResult | null }> {
  const output = join(root, `result-${Math.random().toString(36).slice(2)}.json`)
  const code = await main([...args, '--config', configFile, '--format', 'json', '--output', output, '--no-color'])
  const result = existsSync(output) ? (JSON.parse(await readFile(output, 'utf8')) as RunResult) : null
  return { code, result }
}

const feature = (result: RunResult | null, name: string) => result?.features.find((f) => f.name === name)
const layer = (result: RunResult | null, name: string, which: string) =>
  feature(result, name)?.layers.find((l) => l.layer === which)
/** host → `service revision,…` of what runs there, as the rollout reports it. */
const revisions = (result: RunResult | null) =>
  Object.fromEntries((result?.rollout?.hosts ?? []).map((h) => [h.host, `${h.state} ${JSON.stringify(h.revisions)}`]))

async function writeConfig(hosts: FleetNode[], withWorkflow: boolean): Promise<void> {
  const workflow = [
    '  workflow:',
    '    source: [api/www/api/workflow]',
    '    artifact: { api: [/www/api/workflow] }',
    '    routes: [{ service: api, path: /api/workflow, expect: { status: 200, bodyContains: close-books } }]'
  ]
  await writeFile(
    configFile,
    [
      'version: 1',
      'target:',
      `  hosts: [${hosts.map((n) => n.sshUrl).join(', ')}]`,
      `  ssh: { identityFile: ${fleet.identityFile}, knownHostsFile: ${fleet.knownHostsFile} }`,
      `  dir: ${dir}`,
      `  compose: { project: ${project} }`,
      'services:',
      `  api: { url: "http://127.0.0.1:${balancerPort}", nodeUrl: "http://{host}:8080" }`,
      'features:',
      '  health:',
      '    source: [api/www/health]',
      '    artifact: { api: [/www/health] }',
      '    routes: [{ service: api, path: /health, expect: 200 }]',
      ...(withWorkflow ? workflow : []),
      ''
    ].join('\n')
  )
}

/** The public URL: a balancer on 127.0.0.1 that sends every request to node-1. */
async function startBalancer(to: FleetNode): Promise<Server> {
  const server = createServer((req, res) => {
    const upstream = request(
      { host: to.address, port: 8080, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    upstream.on('error', () => res.writeHead(502).end('upstream down'))
    req.pipe(upstream)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return server
}

beforeAll(async () => {
  fleet = await startFleet({ nodes: 3 })
  const [n1, n2, n3] = fleet.nodes as [FleetNode, FleetNode, FleetNode]
  nodes = { n1, n2, n3 }
  root = await mkdtemp(join(tmpdir(), 'driftcheck-fleet-compose-'))
  checkout = join(root, 'checkout')
  balancer = await startBalancer(n1)
  balancerPort = (balancer.address() as AddressInfo).port
  configFile = join(checkout, 'driftcheck.yml')

  await mkdir(join(checkout, 'api/www'), { recursive: true })
  await writeFile(
    join(checkout, 'docker-compose.yml'),
    "version: '3.8'\nservices:\n  api:\n    build: ./api\n    ports: ['8080:8080']\n    stop_grace_period: 1s\n"
  )
  await writeFile(
    join(checkout, 'api/Dockerfile'),
    'FROM driftcheck/busybox:local\nCOPY www /www\nCMD ["httpd", "-f", "-p", "8080", "-h", "/www"]\n'
  )
  await writeFile(join(checkout, 'api/www/health'), 'ok\n')
  // Rolled out in the order node-1, node-3, node-2: node-2 (the one that fails) comes last.
  await writeConfig([n1, n3, n2], false)
  await git('init', '-q')
  oldRevision = await commit('old: health only')
  await Promise.all(fleet.nodes.map((node) => node.ssh(`mkdir -p ${dir}`)))
}, 180_000)

afterAll(async () => {
  await new Promise((resolve) => balancer?.close(resolve))
  await fleet?.stop()
  // The artifact layer's local builds of the checkout.
  await execa('sh', ['-c', `docker images -q --filter reference='${project}*' | xargs -r docker rmi -f`], {
    reject: false
  })
  if (root) await rm(root, { recursive: true, force: true })
}, 120_000)

describe('a fleet of hosts running one compose project', () => {
  it('deploys two hosts at a time, each batch verified, and says which host runs which revision', async () => {
    const { code, result } = await cli('deploy', '--batch', '2')
    expect(code).toBe(0)
    expect(result?.verdict).toBe('pass')
    const { n1, n2, n3 } = nodes
    const api = JSON.stringify({ api: [oldRevision] })
    expect(revisions(result)).toEqual({
      [n1.address]: `deployed ${api}`,
      [n3.address]: `deployed ${api}`,
      [n2.address]: `deployed ${api}`
    })
    expect(result?.rollout?.hosts.map((h) => h.batch)).toEqual([1, 1, 2])
    expect(result?.rollout?.stopped).toBeNull()
    // Each host's compose project really runs there, from the tree shipped to that host.
    for (const node of fleet.nodes) {
      const ps = await node.docker(['ps', '--filter', `label=com.docker.compose.project=${project}`, '-q'])
      expect(ps.stdout.trim()).not.toBe('')
    }
    // Every host's replica is in the result, named by its host.
    const replicas = result?.services.find((s) => s.name === 'api')?.replicas ?? []
    expect(replicas.map((r) => r.host).sort()).toEqual([n1.address, n2.address, n3.address].sort())
  }, 600_000)

  it('stops at the batch that fails its verification, puts it back, and names which host runs which revision', async () => {
    const { n1, n2, n3 } = nodes
    await mkdir(join(checkout, 'api/www/api'), { recursive: true })
    await writeFile(join(checkout, 'api/www/api/workflow'), 'close-books\n')
    await writeConfig([n1, n3, n2], true)
    headRevision = await commit('new: workflow')
    // node-2's operator pinned /www to an old copy: whatever image runs there, it has no workflow.
    await n2.ssh(
      `mkdir -p /srv/old-www && echo ok > /srv/old-www/health && printf "version: '3.8'\\nservices:\\n  api:\\n    volumes: ['/srv/old-www:/www:ro']\\n" > ${dir}/docker-compose.override.yml`
    )

    const { code, result } = await cli('deploy', '--rollback-on-fail')
    expect(code).toBe(1)
    expect(result?.rollout?.stopped).toMatchObject({ batch: 3, hosts: [n2.address] })
    expect(result?.rollout?.stopped?.reason).toMatch(/the verification of .* says fail: workflow/)
    expect(revisions(result)).toEqual({
      [n1.address]: `deployed ${JSON.stringify({ api: [headRevision] })}`,
      [n3.address]: `deployed ${JSON.stringify({ api: [headRevision] })}`,
      [n2.address]: `rolled-back ${JSON.stringify({ api: [oldRevision] })}`
    })
    // node-2 really runs the previous image again, and still answers for what it had.
    const running = await n2.docker([
      'ps',
      '--filter',
      `label=com.docker.compose.project=${project}`,
      '--format',
      '{{.Image}}'
    ])
    expect(running.stdout.trim()).toBe(`${project}_api`)
    expect((await fetch(`http://${n2.address}:8080/health`)).status).toBe(200)

    // The report says it in words: each host, its revision, what the rollout did there.
    const text = render(result!, 'text')
    const [head, old] = [headRevision.slice(0, 7), oldRevision.slice(0, 7)]
    expect(text).toContain(`rollout of ${head}, 1 host at a time: stopped at batch 3 (${n2.address})`)
    expect(text).toContain(`${n1.address} runs ${head} (batch 1, deployed, verified)`)
    expect(text).toContain(`${n3.address} runs ${head} (batch 2, deployed, verified)`)
    expect(text).toContain(`${n2.address} runs ${old} (batch 3, rolled back)`)
  }, 600_000)

  it('verify: the one stale node is named at the fault line', async () => {
    const { code, result } = await cli('verify')
    expect(code).toBe(1)
    expect(feature(result, 'workflow')?.verdict).toBe('runtime-drift')
    const container = layer(result, 'workflow', 'container')!
    expect(container.evidence.summary).toMatch(
      new RegExp(
        `^api on ${nodes.n2.address.replace(/\./g, '\\.')} runs an image built .* from ${oldRevision.slice(0, 7)}; HEAD is ${headRevision.slice(0, 7)} — stale`
      )
    )
    const api = result?.services.find((s) => s.name === 'api')
    expect(api?.stale).toBe(true)
    expect(api?.replicas?.filter((r) => r.stale).map((r) => r.host)).toEqual([nodes.n2.address])
    expect(feature(result, 'health')?.verdict).toBe('pass')
  }, 300_000)

  it('verify: the public URL answers from a fresh node, node-2’s own URL answers 404 — named', async () => {
    const { code, result } = await cli('verify', '--layers', 'route')
    expect(code).toBe(1)
    expect(feature(result, 'workflow')?.verdict).toBe('route-missing')
    const route = layer(result, 'workflow', 'route')!
    const checks = route.evidence.checks ?? []
    expect(checks.find((c) => !c.host)).toMatchObject({ status: 'pass', httpStatus: 200 })
    expect(checks.filter((c) => c.status === 'fail').map((c) => [c.host, c.httpStatus])).toEqual([
      [nodes.n2.address, 404]
    ])
    expect(route.evidence.summary).toBe(
      `GET /api/workflow on ${nodes.n2.address} answered 404 (404 Not Found): the route is missing (1 of 4 routes failed)`
    )
  }, 300_000)

  it('after the fix, the rollout goes through every batch and the whole fleet verifies', async () => {
    await nodes.n2.ssh(`rm ${dir}/docker-compose.override.yml`)
    const { code, result } = await cli('deploy', '--batch', '3')
    expect(code).toBe(0)
    const api = JSON.stringify({ api: [headRevision] })
    expect(Object.values(revisions(result))).toEqual([`deployed ${api}`, `deployed ${api}`, `deployed ${api}`])
  }, 600_000)

  it('the action’s deploy step rolls out the fleet too, batch by batch, and logs which host runs which revision', async () => {
    const temp = await mkdtemp(join(root, 'runner-'))
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: checkout,
      RUNNER_TEMP: temp,
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      INPUT_CONFIG: 'driftcheck.yml',
      INPUT_COMMAND: 'deploy',
      INPUT_DEPLOY_BATCH: '2'
    }
    await writeFile(env.GITHUB_OUTPUT, '')
    await writeFile(env.GITHUB_STEP_SUMMARY, '')
    const step = (phase: string) =>
      execa(process.execPath, ['--import', TSX, ACTION, phase], { cwd: checkout, env, extendEnv: false, reject: false })
    expect((await step('check-node')).exitCode).toBe(0)
    const deployed = await step('deploy')
    expect(deployed.exitCode).toBe(0)
    const log = deployed.stdout + deployed.stderr
    expect(log).toContain(
      `rollout of ${headRevision.slice(0, 7)}, 2 hosts at a time: every batch deployed and verified`
    )
    for (const node of fleet.nodes)
      expect(log).toMatch(
        new RegExp(`${node.address} runs ${headRevision.slice(0, 7)} \\(batch [12], deployed, verified\\)`)
      )
  }, 600_000)

  it('an unreachable node is error for what it hosts, its host named; deploy refuses to start a rollout', async () => {
    const { n3 } = nodes
    await n3.stopSshd()
    try {
      const { code, result } = await cli('verify')
      expect(code).toBe(3)
      expect(result?.verdict).toBe('error')
      for (const name of ['health', 'workflow']) {
        const container = layer(result, name, 'container')!
        expect(container.status).toBe('error')
        expect(container.evidence.summary).toMatch(
          new RegExp(`could not look up the api containers on ${n3.address.replace(/\./g, '\\.')}: .*refused`)
        )
        // What could be checked was: the reachable hosts' containers are in the evidence, the probes passed.
        expect(layer(result, name, 'route')?.status).toBe('pass')
      }
      const hosts = result?.services.find((s) => s.name === 'api')?.replicas?.map((r) => r.host)
      expect(hosts?.sort()).toEqual([nodes.n1.address, nodes.n2.address].sort())

      const deployed = await cli('deploy')
      expect(deployed.code).toBe(3)
      expect(deployed.result).toBeNull()
    } finally {
      await n3.startSshd()
    }
  }, 300_000)
})
