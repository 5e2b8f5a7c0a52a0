/**
 * The web app's Content-Security-Policy: its own scripts, styles and images
 * only, and calls to its own origin and to `connectOrigins` (the API, the
 * attachments bucket the uploads go to, the sign-in issuer). The same
 * directives as the local stack's, so the browser tests run under it.
 *
 * @example contentSecurityPolicy(['https://api.example.gov.cn']) // "default-src 'self'; … connect-src 'self' https://api.example.gov.cn; …"
 */
export function contentSecurityPolicy(connectOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connectOrigins].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}
