import { describe, expect, it } from '@jest/globals'
import { matchList, normalisePattern } from '../../src/adapters/git.js'

const FILES = [
  'backend/src/modules/workflow/index.ts',
  'backend/src/modules/workflow/steps/close.ts',
  'backend/src/modules/workflowing.ts',
  'dashboard/src/pages/Workflow.tsx',
  'dashboard/src/pages/nested/Deep.tsx',
  'dashboard/.env.example',
  'README.md'
]

describe('matchList (git-aware matching over tracked files)', () => {
  it.each([
    [
      'backend/src/modules/workflow',
      ['backend/src/modules/workflow/index.ts', 'backend/src/modules/workflow/steps/close.ts']
    ],
    ['dashboard/src/pages/Workflow.tsx', ['dashboard/src/pages/Workflow.tsx']],
    ['dashboard/src/pages/Workflow', []],
    ['dashboard/src/pages/workflow.tsx', []],
    ['backend/src/modules/work', []],
    ['dashboard/src/pages/*.tsx', ['dashboard/src/pages/Workflow.tsx']],
    ['dashboard/src/pages/**/*.tsx', ['dashboard/src/pages/Workflow.tsx', 'dashboard/src/pages/nested/Deep.tsx']],
    ['backend/src/modules/*', ['backend/src/modules/workflow/', 'backend/src/modules/workflowing.ts']],
    ['dashboard/.env*', ['dashboard/.env.example']],
    ['nothing/**', []]
  ])('%s', (pattern, expected) => {
    expect(matchList(FILES, pattern)).toEqual(expected)
  })
})

describe('normalisePattern', () => {
  it.each([
    ['backend/src/modules/workflow/', 'backend/src/modules/workflow'],
    ['./backend//src/', 'backend/src'],
    ['  dashboard/src/pages/*.tsx ', 'dashboard/src/pages/*.tsx'],
    ['.\\win\\path', 'win/path']
  ])('%s → %s', (input, output) => {
    expect(normalisePattern(input)).toBe(output)
  })
})
