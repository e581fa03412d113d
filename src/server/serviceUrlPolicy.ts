/**
 * Without an app id CloudAdapter authenticates nobody and posts replies to whatever serviceUrl the caller
 * names. In that mode only loopback addresses and configured URLs are accepted, so the bot cannot be
 * used to send requests to other hosts.
 */
export function createServiceUrlPolicy(unauthenticated: boolean, allowed: readonly string[]) {
  const allowedOrigins = new Set(allowed.map((url) => new URL(url).origin));
  return function isServiceUrlAllowed(serviceUrl: string): boolean {
    if (!unauthenticated) return true;
    if (!URL.canParse(serviceUrl)) return false;
    const url = new URL(serviceUrl);
    return isLoopback(url.hostname) || allowedOrigins.has(url.origin);
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
