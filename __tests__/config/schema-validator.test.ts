import { describe, it, expect } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import standalone from 'ajv/dist/standalone/index.js'
import ucs2lengthModule from 'ajv/dist/runtime/ucs2length.js'
import { configSchema } from '../../src/config/schema.js'

// The loader validates with ajv's standalone code for configSchema, compiled here, not at every start (~50 ms of a CLI start).
const ucs2length = ucs2lengthModule.default
const file = join(import.meta.dirname, '..', '..', 'src', 'config', 'schema-validator.ts')

function generated(): string {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    allowUnionTypes: true,
    code: { source: true, esm: true }
  })
  ajv.addVocabulary(['x-expected']) // our own keyword: it completes the one-line errors
  const code = standalone.default(ajv, ajv.compile(configSchema))
  // The one runtime helper ajv's code requires, inlined as ajv writes it: the file then imports nothing (a bundler and Node
  // disagree on what the default import of a CommonJS module is).
  const runtime = 'require("ajv/dist/runtime/ucs2length").default'
  const requires = code.match(/require\([^)]*\)/g) ?? []
  expect(requires.every((r) => runtime.startsWith(r))).toBe(true)
  return [
    '/* eslint-disable */',
    '// @ts-nocheck',
    '// Generated from src/config/schema.ts by ajv standalone: UPDATE_SCHEMA=1 npx jest __tests__/config/schema-validator',
    ucs2length.toString(),
    code.replace('"use strict";', '').split(runtime).join('ucs2length'),
    ''
  ].join('\n')
}

describe('src/config/schema-validator.ts', () => {
  it('is the validator ajv compiles from configSchema (regenerate: UPDATE_SCHEMA=1 npx jest __tests__/config/schema-validator)', () => {
    const code = generated()
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, code)
    expect(readFileSync(file, 'utf8')).toBe(code)
  })
})
