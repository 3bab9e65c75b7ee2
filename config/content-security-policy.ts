/**
 * The content security policy of the production build (docs/security.md explains each line).
 * No inline script and no eval; everything from the app's own origin, except datasets, which a
 * link may fetch from any https (or http) address.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'worker-src': "'self'",
  'style-src': "'self'",
  'font-src': "'self'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self' https: http:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  // Embed mode exists to be framed by other sites.
  'frame-ancestors': '*',
};

/** As an HTTP header (what a server should send). */
export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** As a <meta> tag, for static hosting without headers: browsers ignore frame-ancestors there. */
export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
