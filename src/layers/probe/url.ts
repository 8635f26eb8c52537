/**
 * The probe URL: the service URL (which may carry a path prefix, e.g. behind a proxy at `/backoffice`) + the probe path.
 * `https://x.test/base/` + `/api/v1` → `https://x.test/base/api/v1`: one slash between them, the prefix kept.
 * A query string on the path is kept as written.
 */
export function joinUrl(serviceUrl: string, path: string): string {
  let base: URL
  try {
    base = new URL(serviceUrl)
  } catch {
    throw new Error(`invalid service url '${serviceUrl}'`)
  }
  const prefix = base.pathname.replace(/\/+$/, '')
  const [rawPath = '', ...queryParts] = path.split('?')
  const query = queryParts.length > 0 ? `?${queryParts.join('?')}` : ''
  const cleanPath = rawPath.replace(/^\/+/, '')
  const joined = cleanPath ? `${prefix}/${cleanPath}` : `${prefix}/`
  base.pathname = joined
  if (query) base.search = query
  base.hash = ''
  return base.toString()
}

/** The URL as shown in evidence: without `user:password@`. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (!parsed.username && !parsed.password) return url
    parsed.username = parsed.username ? '***' : ''
    parsed.password = ''
    return parsed.toString()
  } catch {
    return url
  }
}
