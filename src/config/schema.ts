import { DURATION_PATTERN } from './duration.js'
/**
 * The JSON Schema of `driftcheck.yml`. This object is the source of truth: `schema/driftcheck.schema.json` (shipped for
 * editor completion) is generated from it, and a test fails when the two differ.
 * `x-expected` completes our one-line errors (`…, expected <x-expected>`); editors ignore it.
 */

const status = {
  type: 'integer',
  minimum: 100,
  maximum: 599,
  description: 'An HTTP status code.',
  'x-expected': 'an HTTP status from 100 to 599'
}

const ref = (name: string) => ({ $ref: `#/definitions/${name}` })

const statusForms = [
  {
    enum: ['protected', 'exists'],
    description: '`protected`: 401 or 403 (the route is there and wants auth). `exists`: answers, and not 404/405/501.'
  },
  ref('status'),
  {
    type: 'array',
    items: ref('status'),
    minItems: 1,
    description: 'Any of these statuses.',
    'x-expected': 'a non-empty list of HTTP statuses'
  }
]

const stringOrList = (what: string) => ({
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }
  ],
  'x-expected': `${what} or a non-empty list of them`
})

const stringMap = {
  type: 'object',
  additionalProperties: { type: ['string', 'number', 'boolean'], 'x-expected': 'a string' },
  'x-expected': 'a mapping of names to strings'
}

const expectation = {
  description:
    'What the response must be: `protected` (401/403), `exists` (not 404/405/501), a status, a list of statuses, ' +
    'or an object with `status`, `bodyContains`, `json` and `headers` checks.',
  anyOf: [
    ...statusForms,
    {
      type: 'object',
      additionalProperties: false,
      properties: {
        status: ref('statusForm'),
        bodyContains: { ...stringOrList('a string'), description: 'Text that must appear in the response body.' },
        json: {
          type: 'object',
          description: 'JSON path (`data.steps[0].id`) → expected value (deep equality).',
          'x-expected': 'a mapping of JSON paths to expected values'
        },
        headers: {
          ...ref('stringMap'),
          description: 'Response header (case-insensitive name) → expected value (exact).'
        }
      },
      'x-expected': 'a mapping with `status`, `bodyContains`, `json`, `headers`'
    }
  ],
  'x-expected':
    '`protected`, `exists`, a status (200), a list of statuses ([200, 204]) or a mapping with `status`, `bodyContains`, `json`, `headers`'
}

const probe = (what: string, defaultExpect: string) => ({
  type: 'object',
  description: what,
  additionalProperties: false,
  required: ['service', 'path'],
  properties: {
    service: { type: 'string', minLength: 1, description: 'A service declared under `services`, with a `url`.' },
    path: {
      type: 'string',
      pattern: '^/',
      description: 'The path probed, appended to the service URL.',
      'x-expected': 'a path starting with /'
    },
    params: {
      ...ref('stringMap'),
      description:
        "Values of the path's placeholders (`:slug` or `{slug}`), each sent URL-encoded as one path segment. A value from " +
        '`${NAME}` is a secret (redacted in reports) unless `publicEnv` lists it.'
    },
    method: {
      type: 'string',
      pattern: '^[A-Za-z][A-Za-z0-9-]*$',
      default: 'GET',
      description:
        'HTTP method (default GET): GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS or TRACE; any other needs `allowExtensionMethod: true`.',
      'x-expected': 'an HTTP method such as GET or POST'
    },
    allowExtensionMethod: {
      type: 'boolean',
      default: false,
      description:
        'Allow a `method` outside the standard ones (an extension method such as PROPFIND or PURGE). Without it an unknown method is refused as a typo.',
      'x-expected': 'true or false'
    },
    headers: {
      ...ref('stringMap'),
      description: 'Request headers. Use `${NAME}` for credentials: values from the environment are never printed.'
    },
    body: { type: 'string', description: 'Request body.' },
    timeout: {
      type: 'string',
      pattern: DURATION_PATTERN,
      description: 'How long to retry while a fresh deploy settles, with a unit: "500ms", "15s", "2m" (default 15s).',
      'x-expected': 'a duration with a unit, like "500ms", "30s" or "2m" (a bare number has no unit)'
    },
    expect: { ...ref('expectation'), description: `${expectation.description} Default: ${defaultExpect}.` }
  },
  'x-expected':
    'a mapping with `service`, `path` and optionally `params`, `method`, `allowExtensionMethod`, `headers`, `body`, `timeout`, `expect`'
})

const featureChecks = {
  artifact: {
    type: 'object',
    description:
      'Service → absolute paths that must exist inside its image and its running container; the last segment may be a glob (`*`, `?`, `[…]`).',
    additionalProperties: {
      anyOf: [ref('absolutePath'), { type: 'array', items: ref('absolutePath'), minItems: 1 }],
      'x-expected': 'an absolute path or a non-empty list of them'
    },
    'x-expected': 'a mapping of service names to absolute paths'
  },
  routes: {
    type: 'array',
    description: 'HTTP probes without credentials.',
    items: probe('A route probe (no credentials).', 'exists'),
    'x-expected': 'a list of route probes'
  },
  auth: {
    type: 'array',
    description: 'HTTP probes with credentials.',
    items: probe('A probe with credentials (`headers`).', '200'),
    'x-expected': 'a list of probes'
  }
}

const feature = {
  type: 'object',
  additionalProperties: false,
  properties: {
    source: {
      ...stringOrList('a path or glob'),
      description: "Paths/globs in the checkout (relative to the config's folder)."
    },
    ...featureChecks
  },
  'x-expected': 'a mapping with `source`, `artifact`, `routes`, `auth`'
}

const discover = {
  type: 'object',
  description:
    "A feature for every match of `source`. `{name}` (the match's folder name, or file name without extension) and `{path}` (its path in the checkout) fill `name`, artifact paths and probe paths.",
  additionalProperties: false,
  required: ['source'],
  properties: {
    source: {
      type: 'string',
      minLength: 1,
      description:
        "A glob in the checkout (relative to the config's folder), matched git-aware; a trailing `/` matches folders only.",
      'x-expected': 'a glob like `backend/src/modules/*/`'
    },
    name: {
      type: 'string',
      minLength: 1,
      default: '{name}',
      description: 'The feature name of each match (default `{name}`).',
      'x-expected': 'a feature name with `{name}` or `{path}`'
    },
    ...featureChecks
  },
  'x-expected': 'a mapping with `source`, `name`, `artifact`, `routes`, `auth`'
}

const absolutePath = {
  type: 'string',
  pattern: '^/',
  'x-expected': 'an absolute path (starting with /)'
}

export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'driftcheck.yml',
  description:
    'driftcheck: prove a feature really exists in production — source → image → running container → route → behaviour after auth.',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  // `features`, `discover`, `openapi` or several: a config with none of them proves nothing.
  anyOf: [
    {
      required: ['features'],
      properties: {
        features: {
          description:
            'The features to prove, by name, or `discover`: one feature per match of a source glob, or `openapi`: the routes of an OpenAPI document.'
        }
      }
    },
    {
      required: ['discover'],
      properties: { discover: { description: 'One feature per match of a source glob, or `features`: by name.' } }
    },
    {
      required: ['openapi'],
      properties: { openapi: { description: 'The routes of an OpenAPI document, or `features`: by name.' } }
    }
  ],
  properties: {
    version: { const: 1, description: 'Config format version. Always 1.', 'x-expected': '1' },
    target: {
      type: 'object',
      description:
        'Where the running system lives. Omit `host` for the local engine (DOCKER_HOST honoured); `hosts` for a fleet.',
      additionalProperties: false,
      properties: {
        host: {
          type: 'string',
          description: 'ssh://[user@]host[:port] of the Docker host. Omit for the local engine.',
          'x-expected': 'ssh://[user@]host[:port]'
        },
        hosts: {
          type: 'array',
          items: { type: 'string', 'x-expected': 'ssh://[user@]host[:port]' },
          minItems: 1,
          description:
            'A fleet: ssh://[user@]host[:port] of each Docker host running the same compose project (instead of `host`).',
          'x-expected': 'a non-empty list of ssh://[user@]host[:port]'
        },
        ssh: {
          type: 'object',
          description: 'ssh client settings for `host` (and each of `hosts`).',
          additionalProperties: false,
          properties: {
            identityFile: { type: 'string', minLength: 1, description: 'Private key file (~ is your home).' },
            knownHostsFile: { type: 'string', minLength: 1, description: 'known_hosts file (~ is your home).' }
          },
          'x-expected': 'a mapping with `identityFile`, `knownHostsFile`'
        },
        dir: {
          type: 'string',
          minLength: 1,
          description:
            "The compose project's directory on the target. Default: the config file's folder (local); required and absolute for ssh."
        },
        compose: {
          type: 'object',
          description:
            "Compose project settings. Omit for compose's own discovery (compose.yaml, docker-compose.yml… in `dir`).",
          additionalProperties: false,
          properties: {
            project: { type: 'string', minLength: 1, description: 'Compose project name (default: the folder name).' },
            files: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              minItems: 1,
              description: 'Compose files, relative to `dir`.',
              'x-expected': 'a non-empty list of compose files'
            }
          },
          'x-expected': 'a mapping with `project`, `files`'
        },
        registry: {
          type: 'string',
          minLength: 1,
          description:
            'Image repository prefix for `deploy --strategy registry` (registry.example.com/acme): images are pushed as <registry>/<service>:<revision> and pulled on the target. Credentials: `docker login` on each side, never here.'
        },
        swarm: {
          type: 'object',
          description:
            'A Docker Swarm stack: `host` is a manager (omit it for the local engine); the services are `<stack>_<service>`.',
          additionalProperties: false,
          required: ['stack'],
          properties: {
            stack: {
              type: 'string',
              pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
              description: 'The stack name (`docker stack deploy … <stack>`).',
              'x-expected': 'a stack name of letters, digits, `_`, `.` and `-`'
            },
            nodes: {
              type: 'object',
              description:
                "Node hostname → ssh://[user@]host[:port] of that node's engine. Default: ssh://<user of host>@<the node's Swarm address>.",
              additionalProperties: { type: 'string', 'x-expected': 'ssh://[user@]host[:port]' },
              'x-expected': 'a mapping of node hostnames to ssh://[user@]host[:port]'
            }
          },
          'x-expected': 'a mapping with `stack`, `nodes`'
        }
      },
      'x-expected': 'a mapping with `host`, `hosts`, `ssh`, `dir`, `compose`, `registry`, `swarm`'
    },
    services: {
      type: 'object',
      description: 'Services by compose service name. Their build comes from the compose file.',
      additionalProperties: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          url: { type: 'string', description: 'Base URL for route and auth probes (http or https).' },
          nodeUrl: {
            type: 'string',
            description:
              'Optional: each node of the fleet probed directly besides `url` (`http://{host}:8080`; `{host}`: the host name of its ssh URL).'
          },
          image: {
            type: 'string',
            minLength: 1,
            description: 'For a service not in a compose file: the image to inspect.'
          },
          container: {
            type: 'string',
            minLength: 1,
            description: "For a service not in a compose file: the running container's name or ID."
          }
        },
        'x-expected': 'a mapping with `url`, `nodeUrl`, `image`, `container`'
      },
      'x-expected': 'a mapping of service names to their settings'
    },
    features: {
      type: 'object',
      description: 'The features to prove, by name.',
      minProperties: 1,
      additionalProperties: ref('feature'),
      'x-expected': 'a mapping of feature names to their checks'
    },
    discover: {
      type: 'array',
      description:
        'One feature per match of a source glob (`backend/src/modules/*/`): a module added to the source is checked without touching the config.',
      minItems: 1,
      items: ref('discover'),
      'x-expected': 'a non-empty list of discover entries'
    },
    openapi: {
      type: 'object',
      description:
        "Service → the path of its OpenAPI document (3.0 or 3.1, YAML or JSON) in the checkout (relative to the config's folder): every operation becomes a route probe on that service, `protected` where a security requirement applies, `exists` otherwise. Operations join the feature named by their first tag (else their first path segment); one defined in `features` or made by `discover` gets them as routes.",
      minProperties: 1,
      additionalProperties: {
        type: 'string',
        minLength: 1,
        'x-expected': 'the path of an OpenAPI document in the checkout, like `backend/openapi.yaml`'
      },
      'x-expected': 'a mapping of service names to OpenAPI documents, like `{ api: backend/openapi.yaml }`'
    },
    publicEnv: {
      type: 'array',
      description:
        'Environment variables whose values are not secrets (URLs, ports): shown as they are in logs and reports. ' +
        'Every other value taken from the environment is a secret and redacted everywhere.',
      items: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', 'x-expected': 'a variable name like API_URL' },
      'x-expected': 'a list of environment variable names'
    },
    preview: {
      type: 'object',
      description:
        '`driftcheck preview`: build the checkout and start it on the local engine under a throwaway compose project, then verify there.',
      additionalProperties: false,
      properties: {
        services: {
          type: 'array',
          items: {
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
            'x-expected': 'a compose service name'
          },
          minItems: 1,
          description:
            'The compose services the preview starts (the services they depend on come along, as compose starts them). Default: every configured service the compose file defines.',
          'x-expected': 'a non-empty list of compose service names'
        }
      },
      'x-expected': 'a mapping with `services`'
    }
  },
  definitions: {
    status,
    statusForm: {
      description: '`protected`, `exists`, a status or a list of statuses.',
      anyOf: statusForms,
      'x-expected': '`protected`, `exists`, a status (200) or a list of statuses ([200, 204])'
    },
    expectation,
    stringMap,
    absolutePath,
    feature,
    discover
  }
} as const
