// `compose config` outputs as the two versions print them, shared by the compose unit tests.

/** What docker-compose 1.29 `config` prints (YAML, context absolute, `$` escaped). */
export const V1_CONFIG = `services:
  api:
    build:
      args:
        GREETING: hi$$there
      context: /srv/shop/api
      labels:
        team: core
    environment:
      API_TOKEN: s3cret-token
    ports:
    - 127.0.0.1:18080:8080/tcp
  db:
    image: postgres:16
  worker:
    build:
      context: /srv/shop/worker
    image: registry.local/shop/worker:2
version: '3.8'
`

/** What compose v2 `config --format json` prints. */
export const V2_CONFIG = JSON.stringify({
  name: 'shop',
  services: {
    api: {
      build: { context: '/srv/shop/api', dockerfile: 'Dockerfile', labels: ['team=core'] },
      command: null,
      entrypoint: null,
      environment: { API_TOKEN: 's3cret-token' },
      networks: { default: null },
      ports: [{ mode: 'ingress', host_ip: '127.0.0.1', target: 8080, published: '18080', protocol: 'tcp' }]
    },
    db: { image: 'postgres:16', networks: { default: null } }
  },
  networks: { default: { name: 'shop_default' } }
})
