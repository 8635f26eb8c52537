import { describe, expect, it } from '@jest/globals'
import { parseDockerfile } from '../../src/init/dockerfile.js'
import { mapImage, normaliseSource, placeInImage, type Compiler } from '../../src/init/image-map.js'

/** A build context of these files (folders are what lies above them), with its tsconfig compilers. */
function facts(files: string[], compilers: Compiler[] = []) {
  const dirs = new Set(
    files.flatMap((f) =>
      f
        .split('/')
        .slice(0, -1)
        .map((_, i, p) => p.slice(0, i + 1).join('/'))
    )
  )
  return {
    isDirectory: (p: string) => p === '' || dirs.has(p),
    exists: (p: string) => p === '' || dirs.has(p) || files.includes(p),
    compilers
  }
}

const CONTEXT = [
  'package.json',
  'tsconfig.json',
  'server.js',
  'src/main.ts',
  'src/modules/billing/index.ts',
  'src/modules/users/index.ts',
  'public/index.html'
]
const TSC: Compiler[] = [{ config: 'tsconfig.json', rootDir: 'src', outDir: 'dist' }]

/** Where `path` of the context lands in the final image of `dockerfile` (every place), or the placement's status. */
function place(dockerfile: string[], path: string, compilers: Compiler[] = [], target?: string) {
  const placement = placeInImage(
    mapImage(parseDockerfile(dockerfile.join('\n')), facts(CONTEXT, compilers), target),
    path
  )
  return placement.status === 'placed' ? placement.at.map((a) => a.image) : placement.status
}

describe('Dockerfile mapping: a context path → its paths in the final image', () => {
  it.each<[string, string[], string, string[] | string]>([
    ['single stage, absolute destination', ['FROM x', 'COPY src/ /app/src/'], 'src/modules', ['/app/src/modules']],
    [
      'a folder copies its contents (no trailing slash)',
      ['FROM x', 'COPY src /app/code'],
      'src/modules/users',
      ['/app/code/modules/users']
    ],
    ['WORKDIR-relative destination', ['FROM x', 'WORKDIR /srv', 'COPY src ./src'], 'src/modules', ['/srv/src/modules']],
    [
      'a relative WORKDIR is relative to the one before',
      ['FROM x', 'WORKDIR /srv', 'WORKDIR app', 'COPY src src'],
      'src',
      ['/srv/app/src']
    ],
    [
      'COPY . (the whole context)',
      ['FROM x', 'WORKDIR /app', 'COPY . .'],
      'src/modules/billing',
      ['/app/src/modules/billing']
    ],
    ['ADD behaves as COPY for local paths', ['FROM x', 'ADD src/ /opt/src/'], 'src/modules', ['/opt/src/modules']],
    ['a file into a folder (trailing slash)', ['FROM x', 'COPY server.js /app/'], 'server.js', ['/app/server.js']],
    [
      'a file to a new name (no trailing slash)',
      ['FROM x', 'COPY server.js /app/main.js'],
      'server.js',
      ['/app/main.js']
    ],
    [
      'several sources go into the destination folder',
      ['FROM x', 'WORKDIR /app', 'COPY package.json server.js .'],
      'server.js',
      ['/app/server.js']
    ],
    ['JSON form', ['FROM x', 'COPY ["src/", "/app/src/"]'], 'src/main.ts', ['/app/src/main.ts']],
    ['flags are not paths', ['FROM x', 'COPY --chown=node:node --chmod=644 src/ /app/src/'], 'src', ['/app/src']],
    ['a source written absolute is still context-relative', ['FROM x', 'COPY /src /app/src'], 'src', ['/app/src']],
    [
      'a folder copied twice is in both places',
      ['FROM x', 'COPY src /a', 'COPY src/modules /b'],
      'src/modules',
      ['/a/modules', '/b']
    ],
    ['not copied', ['FROM x', 'COPY public/ /www/'], 'src/modules', 'absent'],
    ['a missing source places nothing', ['FROM x', 'COPY lib/ /app/lib/'], 'lib', 'absent'],
    [
      'without a tsconfig, a RUN-made dist/ is not mapped to a source folder',
      [
        'FROM x AS build',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm run build',
        'FROM x',
        'COPY --from=build /app/dist ./dist'
      ],
      'src/modules',
      'absent'
    ]
  ])('%s', (_, dockerfile, path, expected) => {
    expect(place(dockerfile, path)).toEqual(expected)
  })

  it.each<[string, string[], string, string[] | string]>([
    [
      'multi-stage COPY --from=build /app/dist ./dist (tsconfig rootDir src → outDir dist)',
      [
        'FROM node AS build',
        'WORKDIR /app',
        'COPY . .',
        'RUN npm run build',
        'FROM node',
        'WORKDIR /srv',
        'COPY --from=build /app/dist ./dist'
      ],
      'src/modules/users',
      ['/srv/dist/modules/users']
    ],
    [
      'the compiled output of a stage that copied only src and tsconfig',
      [
        'FROM node AS build',
        'WORKDIR /b',
        'COPY tsconfig.json ./',
        'COPY src/ ./src/',
        'RUN tsc',
        'FROM node',
        'COPY --from=build /b/dist/ /app/dist/'
      ],
      'src/modules',
      ['/app/dist/modules']
    ],
    [
      'a chain of stages (build → assets → final), by name and by index',
      [
        'FROM x AS build',
        'COPY src /s',
        'FROM x AS assets',
        'COPY --from=build /s/modules /m',
        'FROM x',
        'COPY --from=1 /m /app/modules'
      ],
      'src/modules/billing',
      ['/app/modules/billing']
    ],
    [
      'copying the folder above what a stage placed',
      ['FROM x AS build', 'WORKDIR /w', 'COPY src ./src', 'FROM x', 'COPY --from=build /w /app'],
      'src/modules',
      ['/app/src/modules']
    ],
    [
      'a stage built on another inherits its files and WORKDIR',
      ['FROM x AS base', 'WORKDIR /app', 'COPY src ./src', 'FROM base', 'COPY public ./public'],
      'src/modules',
      ['/app/src/modules']
    ],
    [
      'only the final stage counts: the build stage had the source, the image does not',
      ['FROM x AS build', 'COPY src /s', 'RUN make', 'FROM x', 'COPY --from=build /s/out /app'],
      'src/modules',
      'absent'
    ],
    [
      '--from an outside image brings nothing of the context',
      ['FROM x', 'COPY --from=nginx:1 /etc/nginx /etc/nginx'],
      'src',
      'absent'
    ]
  ])('%s', (_, dockerfile, path, expected) => {
    expect(place(dockerfile, path, TSC)).toEqual(expected)
  })

  it('a compose build.target picks its stage, not the last one', () => {
    const dockerfile = ['FROM x AS prod', 'COPY src /app', 'FROM x AS dev', 'COPY . /dev']
    expect(place(dockerfile, 'src/modules', [], 'prod')).toEqual(['/app/modules'])
    expect(place(dockerfile, 'src/modules')).toEqual(['/dev/src/modules'])
  })

  it.each<[string, string[]]>([
    ['a glob source', ['FROM x', 'COPY src/* /app/']],
    ['a variable in the destination', ['FROM x', 'ARG DIR=/app', 'COPY src $DIR/src']],
    ['a glob copied from another stage', ['FROM x AS b', 'COPY src /s', 'FROM x', 'COPY --from=b /s/* /app/']]
  ])('%s is ambiguous, never guessed', (_, dockerfile) => {
    const placement = placeInImage(mapImage(parseDockerfile(dockerfile.join('\n')), facts(CONTEXT)), 'src/modules')
    expect(placement).toEqual({ status: 'ambiguous', reason: expect.stringMatching(/glob|variable/) })
  })

  it('says which instructions placed a path, outermost first', () => {
    const dockerfile = [
      'FROM x AS build',
      'WORKDIR /b',
      'COPY tsconfig.json src ./',
      'RUN tsc',
      'FROM x',
      'COPY --from=build /b/dist/ /app/dist/'
    ]
    const placement = placeInImage(mapImage(parseDockerfile(dockerfile.join('\n')), facts(CONTEXT, TSC)), 'src/modules')
    // `COPY tsconfig.json src ./` copies src's contents into /b: the compiler's rootDir is then not at /b/src, so nothing is compiled from it.
    expect(placement.status).toBe('absent')
    const fixed = [...dockerfile.slice(0, 2), 'COPY tsconfig.json ./', 'COPY src ./src', ...dockerfile.slice(3)]
    const placed = placeInImage(mapImage(parseDockerfile(fixed.join('\n')), facts(CONTEXT, TSC)), 'src/modules')
    expect(placed).toEqual({
      status: 'placed',
      at: [
        {
          image: '/app/dist/modules',
          mount: expect.objectContaining({
            compiled: true,
            via: [
              'COPY --from=build /b/dist/ /app/dist/ (line 7)',
              'RUN (line 5) compiles src into /b/dist (tsconfig.json: rootDir src, outDir dist)'
            ]
          })
        }
      ]
    })
  })
})

describe('normaliseSource', () => {
  it.each([
    ['./src/', 'src'],
    ['/src', 'src'],
    ['.', ''],
    ['./', ''],
    ['src//modules/', 'src/modules'],
    ['../outside', 'outside']
  ])('%s → %s', (input, expected) => expect(normaliseSource(input)).toBe(expected))
})
