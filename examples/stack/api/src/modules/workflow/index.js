// The month-end close workflow: the feature of the incident.
const steps = [
  { id: 'reconcile-bank', title: 'Reconcile bank accounts' },
  { id: 'accruals', title: 'Post accruals' },
  { id: 'close-books', title: 'Close the books' }
]

export function register(router) {
  router.get('/api/v1/workflows/steps/definitions', () => ({ steps }))
}
