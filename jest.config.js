// Two projects: `unit` (pure core, fakes, no daemon) and `integration` (real Docker engine, sshd, HTTP servers).
import { createDefaultEsmPreset } from 'ts-jest'

const esm = createDefaultEsmPreset({ tsconfig: 'tsconfig.json' })
const shared = {
  ...esm,
  testEnvironment: 'node',
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  roots: ['<rootDir>/__tests__']
}

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['\\.itg\\.test\\.ts$'] },
    { ...shared, displayName: 'integration', testMatch: ['**/*.itg.test.ts'], slowTestThreshold: 60 }
  ]
}
