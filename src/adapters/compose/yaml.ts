import { CORE_SCHEMA, loadAll, YAML11_SCHEMA } from 'js-yaml'

/**
 * One YAML document as compose reads it: YAML 1.1 for the files (v1's PyYAML: merge keys, `on` a boolean), 1.2's core
 * schema for `compose config`'s output. js-yaml, as the config's reader: a verify loads one YAML library. Null when the
 * text holds no document; throws on a syntax error, a duplicate key or several documents.
 */
export function readComposeYaml(text: string, version: '1.1' | '1.2'): unknown {
  const documents = loadAll(text, { schema: version === '1.1' ? YAML11_SCHEMA : CORE_SCHEMA })
  if (documents.length > 1) throw new Error('more than one YAML document')
  return documents[0] ?? null
}
