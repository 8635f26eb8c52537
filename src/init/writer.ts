import { Document, isMap, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import type { InitPlan, Todo } from './plan.js'

/**
 * The plan as a commented `driftcheck.yml` (the yaml Document API: comments sit on the nodes they explain). Each entry says
 * what it was read from; each TODO says what could not be mapped and why, in the section it belongs to.
 */
export function renderConfig(plan: InitPlan): string {
  const doc = new Document({ version: 1 } as Record<string, unknown>)
  doc.commentBefore = [
    ` driftcheck.yml, written by \`driftcheck init\` from ${plan.read.join(', ')}.`,
    ' Each entry says what it was read from; a TODO is what init could not map, and why. Then: `driftcheck verify`.'
  ].join('\n')
  const root = doc.contents as YAMLMap
  const todos = (section: Todo['section']) =>
    plan.todos.filter((t) => t.section === section).map((t) => ` TODO: ${t.text}`)

  const services = doc.createNode(
    Object.fromEntries(plan.services.map((s) => [s.name, s.url ? { url: s.url } : {}]))
  ) as YAMLMap
  plan.services.forEach((service, i) => {
    const pair = services.items[i] as Pair<Node, Node>
    pair.key.commentBefore = ` ${service.comment}`
    if (isMap(pair.value) && !service.url) pair.value.flow = true
  })
  addSection(doc, root, 'services', services, todos('services'))

  const discover = doc.createNode(
    plan.discover.map((d) => ({ source: d.source, ...(d.name ? { name: d.name } : {}), artifact: d.artifact }))
  ) as YAMLSeq
  plan.discover.forEach((entry, i) => {
    const node = discover.items[i] as YAMLMap
    node.commentBefore = ` ${entry.comment}`
    flowLists(node)
  })
  addSection(doc, root, 'discover', discover, todos('discover'))

  const openapi = doc.createNode(Object.fromEntries(plan.openapi.map((o) => [o.service, o.document]))) as YAMLMap
  plan.openapi.forEach((entry, i) => ((openapi.items[i] as Pair<Node, Node>).key.commentBefore = ` ${entry.comment}`))
  addSection(doc, root, 'openapi', openapi, todos('openapi'))

  const features = doc.createNode(
    Object.fromEntries(plan.features.map((f) => [f.name, { source: f.source, artifact: f.artifact }]))
  ) as YAMLMap
  plan.features.forEach((feature, i) => {
    const pair = features.items[i] as Pair<Node, Node>
    pair.key.commentBefore = ` ${feature.comment}`
    flowLists(pair.value as YAMLMap)
  })
  addSection(doc, root, 'features', features, todos('features'))

  return doc.toString({ lineWidth: 0, flowCollectionPadding: false })
}

/**
 * A section with entries is written with its TODOs after them; one without entries is left out (an empty `discover:` is
 * a config error), and its TODOs go to the end of the file, still under its name.
 */
function addSection(doc: Document, root: YAMLMap, key: string, node: YAMLMap | YAMLSeq, todos: string[]): void {
  if (node.items.length) {
    if (todos.length) node.comment = todos.join('\n')
    root.add(doc.createPair(key, node))
    return
  }
  if (!todos.length) return
  const lines = [` ${key}: nothing to write`, ...todos]
  doc.comment = doc.comment ? `${doc.comment}\n${lines.join('\n')}` : lines.join('\n')
}

/** Lists of paths on one line each (`api: [/app/dist/modules/{name}]`): the file stays as short as a hand-written one. */
function flowLists(node: YAMLMap): void {
  for (const pair of node.items) {
    const value = pair.value
    if (isSeq(value)) value.flow = true
    if (isMap(value)) for (const inner of value.items) if (isSeq(inner.value)) inner.value.flow = true
  }
}
