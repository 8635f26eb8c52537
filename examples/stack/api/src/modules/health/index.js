// Liveness: public, no token needed.
export function register(router) {
  router.get('/api/v1/health', () => ({ status: 'ok' }), { public: true })
}
